/**
 * `npm run size`: prints the weight of every built page (HTML + its local CSS and JS, gzipped), the largest data file
 * and what the search loads before its first answer, and exits non-zero when a budget is broken
 * (scripts/lib/size-budget.ts). Reads dist/, or the folder given: `node scripts/size.ts out/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesOverBudget, formatFiles, formatTable, overBudget, weighPages } from './lib/size-budget.ts';

const dir = process.argv[2] ?? 'dist';
let names: string[];
try {
  names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
} catch {
  console.error(`size: no built site in ${dir}/; run \`npm run build\` first.`);
  process.exit(2);
}
const files = new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
const pages = weighPages(files);
console.log(formatTable(pages));
console.log(formatFiles(files));
const problems = [...overBudget(pages), ...filesOverBudget(files)];
if (problems.length > 0) {
  console.error(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages are within budget.');
console.log('The data files and the search are within theirs.');
