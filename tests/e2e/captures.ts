/** The raw captures (tests/fixtures/captures/) as lines, for checking the built pages against them. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../fixtures/captures/', import.meta.url));

export interface Capture {
  slug: string;
  /** Non-empty lines, whitespace normalised, with the leading " date YYYY-MM-DD" capture metadata split off. */
  lines: string[];
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export const captures: Capture[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const lines = readFileSync(folder + name, 'utf8')
      .split('\n')
      .map(normalise)
      .filter(Boolean)
      .flatMap((line) => {
        const dated = /^date (\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
        return dated ? [`date ${dated[1]}`, dated[2]!] : [line];
      });
    return { slug: name.replace(/\.txt$/, ''), lines };
  });
