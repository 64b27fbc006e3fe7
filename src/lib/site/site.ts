/** The site's name: in every page's title and header, the Open Graph site name, and the 404 page. */
export const SITE_NAME = 'India–US Homeland Security Dialogue 2024: the reports compared';
