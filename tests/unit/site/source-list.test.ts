/** The list of all reports in pages (src/lib/site/source-list.ts). */
import { expect, test } from 'vitest';
import {
  SOURCES_PAGE_SIZE,
  pageWhereDateBegins,
  sourcesPageOf,
  sourcesPagePath,
} from '../../../src/lib/site/source-list.ts';

test('fifty reports a page, as the comparison and the officials have them', () => {
  expect(SOURCES_PAGE_SIZE).toBe(50);
});

test('page 1 of the list is /sources/ itself, the next /sources/2/', () => {
  expect(sourcesPagePath(1)).toBe('/sources/');
  expect(sourcesPagePath(2)).toBe('/sources/2/');
  expect(sourcesPagePath(21)).toBe('/sources/21/');
});

test('the first fifty reports are on page 1, the 51st on page 2, the 1,005th on page 21', () => {
  expect(sourcesPageOf(0)).toBe(1);
  expect(sourcesPageOf(49)).toBe(1);
  expect(sourcesPageOf(50)).toBe(2);
  expect(sourcesPageOf(99)).toBe(2);
  expect(sourcesPageOf(100)).toBe(3);
  expect(sourcesPageOf(1004)).toBe(21);
  expect(sourcesPageOf(3, 2)).toBe(2);
});

// Dates as the dossier orders them (a month before the days of that month): 3 reports of 28 February, 4 of
// 29 February, 1 of March 2024 (the month only), 2 of 1 March.
const dossier = [
  ...Array<string>(3).fill('2024-02-28'),
  ...Array<string>(4).fill('2024-02-29'),
  '2024-03',
  ...Array<string>(2).fill('2024-03-01'),
].map((iso) => ({ date: { iso } }));

test('a date’s reports begin on the page of the first of them', () => {
  // Pages of three: [28, 28, 28], [29, 29, 29], [29, Mar, 1 Mar], [1 Mar].
  expect(pageWhereDateBegins(dossier, '2024-02-28', 3)).toBe(1);
  expect(pageWhereDateBegins(dossier, '2024-02-29', 3)).toBe(2);
  expect(pageWhereDateBegins(dossier, '2024-03', 3)).toBe(3);
  expect(pageWhereDateBegins(dossier, '2024-03-01', 3)).toBe(3);
  // Pages of four: [28, 28, 28, 29], [29, 29, 29, Mar], [1 Mar, 1 Mar].
  expect(pageWhereDateBegins(dossier, '2024-02-29', 4)).toBe(1);
  expect(pageWhereDateBegins(dossier, '2024-03-01', 4)).toBe(3);
  // A month is not its first day, nor the other way round.
  expect(pageWhereDateBegins(dossier, '2024-03', 4)).toBe(2);
  // Fifty a page by default: all ten on page 1.
  expect(pageWhereDateBegins(dossier, '2024-03-01')).toBe(1);
});

test('a date no report has leads to the first page', () => {
  expect(pageWhereDateBegins(dossier, '2024-02-27', 3)).toBe(1);
  expect(pageWhereDateBegins([], '2024-02-29')).toBe(1);
});
