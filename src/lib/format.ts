/** Numbers in the site's prose. */

/** "1 sentence", "3 sentences". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
