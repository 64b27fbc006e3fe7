/**
 * The real thing: `astro build` of a copy of the site in which one fact misquotes its source must fail, and say
 * which fact file and which report. (The pure check is tested in facts.test.ts; this proves the build runs it.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';

let copy = '';
afterAll(() => removeSite(copy));

test('a fact whose quote is not in its source fails the build, naming the fact and the source', async () => {
  copy = await copySite({ prefix: 'hsd-broken-fact-' });
  const fact = join(copy, 'content/facts/venue.yaml');
  const yaml = readFileSync(fact, 'utf8');
  expect(yaml).toContain('quote: "met in New Delhi to co-chair"');
  writeFileSync(fact, yaml.replace('met in New Delhi to co-chair', 'met in Old Delhi to co-chair'));

  const build = await buildSite(copy);
  expect(build.code).not.toBe(0);
  expect(build.output).toContain(
    'content/facts/venue.yaml: support[0].quote: "met in Old Delhi to co-chair" is not word for word in the ' +
      'article text of report "dhs-readout" (content/sources/dhs-readout.mdx)',
  );
});
