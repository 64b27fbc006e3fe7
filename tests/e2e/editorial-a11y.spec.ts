/**
 * Accessibility of the overview, discrepancy, officials, timeline and reuse pages: axe with the WCAG 2.0, 2.1 and
 * 2.2 A and AA rules, in the light and the dark colour scheme. No rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CITING_PAGES } from './editorial';

test.describe.configure({ timeout: 120_000 });

const PAGES = [
  ...CITING_PAGES,
  'reuse/',
  'side-by-side/khatrimaza-republication--ians-menafn/',
  'side-by-side/dhs-readout--tfipost/',
  'glossary/',
  'derivation/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`/${path} passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Open the <details> so that their content is checked too.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
