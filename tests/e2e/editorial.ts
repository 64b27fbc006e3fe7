/** The editorial pages: those that cite the reports (src/components/Cite.astro), for the specs that visit them. */
export const CITING_PAGES = [
  '',
  'discrepancies/',
  'officials/',
  'officials/ajay-bhalla/',
  'officials/kristie-canegallo/',
  'timeline/',
];
