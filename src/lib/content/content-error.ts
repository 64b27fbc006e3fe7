/**
 * The error every build check throws on bad content: the dossier (src/lib/content/dossier.ts), topic coverage
 * (src/lib/analysis/topics/coverage.ts) and the editorial layer (src/lib/editorial/editorial.ts). Each check collects every problem first,
 * each naming the file and the field, and fails once with all of them.
 */
export class ContentError extends Error {
  // A plain field, not a constructor parameter property: Node's type stripping (scripts/*.ts) refuses those.
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
