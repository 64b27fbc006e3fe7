/**
 * A digest of the analysis's output, step by step (scripts/bench.ts --analysis-only --digest): to show that a change
 * made for speed leaves what the analysis finds the same, byte for byte. Maps and sets are written as their entries
 * in order, functions by their source (a change of what a function returns shows in the data it is applied to).
 */
import { createHash } from 'node:crypto';

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value.values()] };
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/** SHA-256 of each field of `result` as JSON (hashed in pieces, so that no one string need hold it all). */
export function analysisDigest(result: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(result)) {
    const hash = createHash('sha256');
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map)) {
      for (const [key, part] of Object.entries(value)) hash.update(`${key}:${JSON.stringify(part, replacer) ?? ''}\n`);
    } else hash.update(JSON.stringify(value, replacer) ?? '');
    out[name] = hash.digest('hex');
  }
  return out;
}
