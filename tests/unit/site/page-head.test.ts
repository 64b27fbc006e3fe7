/** The contents of every page's <head>, written as one string (src/lib/site/page-head.ts). */
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/site/csp.ts';
import { pageHeadHtml } from '../../../src/lib/site/page-head.ts';
import { SITE_NAME } from '../../../src/lib/site/site.ts';

const fixed =
  `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${CONTENT_SECURITY_POLICY}">` +
  '<meta name="viewport" content="width=device-width, initial-scale=1">';

test('the least head: charset, policy, viewport, title with the site name, colour schemes', () => {
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/[&"]/);
  expect(pageHeadHtml({ title: 'Page not found', noindex: true })).toBe(
    `${fixed}<title>Page not found · ${SITE_NAME}</title><meta name="color-scheme" content="light dark">` +
      '<meta name="robots" content="noindex">',
  );
  expect(pageHeadHtml({ title: SITE_NAME })).toContain(`<title>${SITE_NAME}</title>`);
});

test('description, icon, canonical address, Open Graph tags and JSON-LD, in that order, escaped', () => {
  const html = pageHeadHtml({
    title: 'Who else says “A & B <c>”',
    description: 'Said "so" & more',
    icon: '../favicon.svg',
    meta: {
      canonical: 'https://example.org/hsd/a/?x=1&y=2',
      openGraph: [
        { property: 'og:title', content: 'A & "B"' },
        { property: 'og:description', content: '' },
      ],
    },
    jsonLd: '{"name":"A \\u0026 B"}',
  });
  expect(html).toBe(
    `${fixed}<title>Who else says “A &amp; B &lt;c&gt;” · ${SITE_NAME}</title>` +
      '<meta name="description" content="Said &quot;so&quot; &amp; more"><meta name="color-scheme" content="light dark">' +
      '<link rel="icon" href="../favicon.svg" type="image/svg+xml">' +
      '<link rel="canonical" href="https://example.org/hsd/a/?x=1&amp;y=2">' +
      '<meta property="og:title" content="A &amp; &quot;B&quot;"><meta property="og:description" content>' +
      '<script type="application/ld+json">{"name":"A \\u0026 B"}</script>',
  );
});
