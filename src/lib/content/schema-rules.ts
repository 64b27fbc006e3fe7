/**
 * Editorial rules for frontmatter fields, as plain zod schemas (no astro:* import, so tests can use them).
 * Messages are written for an editor: they say what is wrong and what to write instead. Astro adds the file and
 * the field to each message.
 */
import { z } from 'astro/zod';
import { HOSTILE } from './article.ts';
import { isPartialDate, parsePartialDate } from './dates.ts';

/** A non-empty, single-line string without hostile invisible characters. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`)
    .refine((s) => !HOSTILE.test(s), {
      message: `${what} contains an invisible control or direction-override character; remove it`,
    });

/**
 * A date as a quoted string, "YYYY-MM-DD" or, where only the month is known, "YYYY-MM". Unquoted YAML dates are
 * refused: YAML reads them as timestamps and silently turns 2024-02-30 into 1 March.
 */
export const partialDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === undefined || value === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'date is required: write "YYYY-MM-DD", or "YYYY-MM" if only the month is known',
      });
      return;
    }
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message:
          'write the date in quotes, e.g. date: "2024-02-29" (unquoted, YAML reads it as a timestamp and turns impossible dates such as 2024-02-30 into real ones)',
      });
      return;
    }
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'date must be a quoted string "YYYY-MM-DD" or "YYYY-MM"' });
      return;
    }
    const parsed = parsePartialDate(value);
    if (!isPartialDate(parsed)) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .transform((value) => value as string);

/**
 * An object whose fields are closed, like `z.strictObject`, but each unknown field is reported under its own name
 * ("autor: "autor" is not a field of a report…"): a strict object reports unknown keys at the object itself, which
 * Astro prints with an empty field name.
 */
export function fieldsOf<Shape extends z.core.$ZodLooseShape>(what: string, shape: Shape) {
  const known = Object.keys(shape);
  return z.looseObject(shape).superRefine(
    (data, ctx) => {
      for (const key of Object.keys(data)) {
        if (Object.hasOwn(shape, key)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a field of ${what}; check its spelling (the fields are: ${known.join(', ')})`,
        });
      }
    },
    // Also when other fields are wrong: a misspelt field usually comes with a "required" error for the right one.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

/** One value of a closed list; the message lists them all. */
export const oneOf = <const Values extends readonly [string, ...string[]]>(what: string, values: Values) =>
  z.enum(values, { error: `${what} must be one of: ${values.join(', ')}` });

/** An http(s) address. */
export const webAddress = (what: string) =>
  z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `${what} is required: a full http(s) address, or null where it is not known`
        : `${what} must be a full http(s) address, e.g. https://example.org/page`,
  });

/**
 * Where the repository keeps a report's raw capture, with its SHA-256 as recorded when it was kept (README,
 * "Fixity"). The build never reads the file; tests/unit/content/fixity-files.test.ts checks the digest against it.
 */
export const captureFixity = fieldsOf('capture', {
  file: z
    .string()
    .regex(
      /^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$)).+$/,
      'capture.file must be a path inside the repository, such as "tests/fixtures/captures/<slug>.txt"',
    )
    .describe('The capture file, as a path from the repository’s top folder.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'capture.sha256 must be 64 lowercase hexadecimal digits, as `sha256sum` prints them')
    .describe('SHA-256 of the file’s bytes as received.'),
});
