/** What a content check reports: the problems of the ContentError that `build` throws, or [] if it throws none. */
import { ContentError } from '../../src/lib/content/content-error.ts';

export function contentProblems(build: () => unknown): string[] {
  try {
    build();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
