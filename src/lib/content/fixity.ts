/**
 * Fixity: SHA-256 digests that let anyone confirm that a text is the text the site holds (docs/architecture.md, "Fixity").
 *
 * - The **article text** of a report is its article paragraphs (src/lib/content/article.ts: capture artifacts and headings
 *   are not paragraphs) in order, each exactly as the page shows it, joined by one blank line ("\n\n"), with no
 *   line break at the end, in Unicode normalisation form NFC, encoded as UTF-8. Its digest is the one shown on the
 *   source page and given in data/sources.json, whose `text` field holds exactly these characters.
 * - The **capture** digest is of the raw capture file, byte for byte as received, where the repository keeps it
 *   (the report's frontmatter names the file and records the digest; tests/unit/content/fixity-files.test.ts checks it).
 *
 * NFC makes the digest independent of how a tool happens to store an accented letter (one code point or two);
 * the blank line is how the article is written in its MDX file and how add-source reads a text.
 */
import { createHash } from 'node:crypto';
import type { Article } from './article.ts';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** The article text as defined above (the characters that are hashed). */
export function fixityText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs
    .map((p) => p.text)
    .join(PARAGRAPH_SEPARATOR)
    .normalize('NFC');
}

/** SHA-256 in lowercase hexadecimal, of a string's UTF-8 bytes or of raw bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The digest of a report's article text. */
export function articleDigest(article: Pick<Article, 'paragraphs'>): string {
  return sha256(fixityText(article));
}

/** Where a report's raw capture is kept and its digest as recorded, or null when the repository keeps none. */
export interface CaptureFixity {
  /** Path in the repository, e.g. "tests/fixtures/captures/tfipost.txt". */
  file: string;
  sha256: string;
}

/** A shell command that prints the article text's digest from data/sources.json (needs jq and sha256sum). */
export function textCheckCommand(slug: string): string {
  return `jq -j '.sources[] | select(.slug == "${slug}") | .text' sources.json | sha256sum`;
}

/** A shell command, run in a copy of the repository, that prints the capture's digest. */
export function captureCheckCommand(capture: CaptureFixity): string {
  return `sha256sum ${capture.file}`;
}
