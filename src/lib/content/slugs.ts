/**
 * Entry ids ("slugs") are page addresses, so they are checked rather than derived: an id comes from the file's
 * name alone (content/sources/2024/dhs-readout.mdx -> "dhs-readout"), must be lowercase letters, digits and
 * single hyphens, and two files may not claim the same one. A report's may not be a number alone: /sources/2/ is the
 * second page of the list of reports, beside the reports' own pages at /sources/<slug>/.
 */
import { APOSTROPHES } from '../text/words.ts';

const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Whether a slug is a number alone ("2", "2024"): the address of a page of a list, where lists are in pages. */
export function isPageNumber(slug: string): boolean {
  return /^[0-9]+$/.test(slug);
}

/** "2024/dhs-readout.mdx" -> "dhs-readout". */
export function slugOfEntryPath(entry: string): string {
  const name = entry.split(/[\\/]/).at(-1) ?? entry;
  return name.replace(/\.[^.]+$/, '');
}

/** Lowercase, ASCII-only slug from a title: "India, US stand ready" -> "india-us-stand-ready". */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(APOSTROPHE, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * An id generator for a content collection: checks each file's slug and remembers which file claimed it, so a
 * second file with the same name in another folder is an error naming both files. `pagedList`, where given, is the
 * site path of a list in pages that shares the entries' folder ("/sources/": its pages are /sources/2/ and on, the
 * entries' /sources/<slug>/): a slug that is a number alone is then an error, whatever the dossier's size, since it
 * would be, or one day become, the address of one of those pages.
 */
export function createIdGenerator(folder: string, pagedList?: string): (options: { entry: string }) => string {
  const claimedBy = new Map<string, string>();
  return ({ entry }) => {
    const slug = slugOfEntryPath(entry);
    const file = `${folder}/${entry}`;
    if (!isSlug(slug)) {
      throw new Error(
        `${file}: the file name "${slug}" is the page address (slug) and must use only lowercase letters, ` +
          'digits and single hyphens, e.g. "dhs-readout"',
      );
    }
    if (pagedList !== undefined && isPageNumber(slug)) {
      throw new Error(
        `${file}: the file name "${slug}" is the page address (slug) and must not be a number alone: ` +
          `${pagedList}2/, ${pagedList}3/ and on are the pages of the list; add a word, e.g. "report-${slug}"`,
      );
    }
    const previous = claimedBy.get(slug);
    if (previous !== undefined && previous !== file) {
      throw new Error(`${file}: duplicate slug "${slug}": ${previous} already uses it; rename one of the files`);
    }
    claimedBy.set(slug, file);
    return slug;
  };
}
