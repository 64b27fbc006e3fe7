/**
 * Reproducible builds (docs/architecture.md, "Checks on the built site"): two builds of one commit must give byte-identical output. This compares two
 * built trees given as maps from a file's path inside the output folder to a hash of its bytes.
 */

/** Every difference between two trees, in words, sorted by path; empty when they are identical. */
export function diffTrees(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
  names = ['first', 'second'],
): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    const ha = a.get(path);
    const hb = b.get(path);
    if (ha === undefined) return [`${path}: only in the ${names[1]} build`];
    if (hb === undefined) return [`${path}: only in the ${names[0]} build`];
    return ha === hb ? [] : [`${path}: different bytes`];
  });
}
