/**
 * npm run add-source (scripts/add-source.ts, scripts/lib/add-source.ts): the pure parts on their own, and the
 * command itself run as a child process against a temporary copy of content/. A hostile text added to a copy of
 * the site and built with the real `astro build` is tests/build/add-source-build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type AddSourceOptions,
  type KnownOfficial,
  citationName,
  decodeText,
  detectOfficials,
  findHostileCharacter,
  isRefusal,
  matchOutlet,
  parseAddSourceArgs,
  parseFrontmatter,
  renderSourceMdx,
  splitParagraphs,
  suggestTitle,
} from '../../../scripts/lib/add-source.ts';
import { REPO_ROOT } from '../../../scripts/lib/temp-site.ts';
import { articleOf } from '../../helpers/articles.ts';

const bhalla: KnownOfficial = {
  slug: 'ajay-bhalla',
  name: 'Ajay Bhalla',
  names: ['Ajay Bhalla', 'Bhalla'],
  knownTitles: ['Indian Home Secretary', 'Home Secretary'],
};
const canegallo: KnownOfficial = {
  slug: 'kristie-canegallo',
  name: 'Kristie Canegallo',
  names: ['Kristie Canegallo', 'Canegallo'],
  knownTitles: ['Acting Deputy Secretary'],
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const frontmatterOf = (mdx: string) => load(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
const bodyOf = (mdx: string) => mdx.split('\n---\n').slice(1).join('\n---\n');

describe('reading the command line', () => {
  const base = ['report.txt', '--title', 'A title', '--outlet', 'menafn', '--date', '2024-02-28'];

  test('the defaults', () => {
    const options = parseAddSourceArgs(base) as AddSourceOptions;
    expect(options).toMatchObject({
      file: 'report.txt',
      title: 'A title',
      outlet: 'menafn',
      date: '2024-02-28',
      kind: 'news',
      url: null,
      slug: undefined,
      officials: undefined,
      author: null,
      language: 'en',
      titleSource: 'capture',
      provenance: [],
    });
  });

  test('--officials "" means none; a list is split on commas', () => {
    expect((parseAddSourceArgs([...base, '--officials', '']) as AddSourceOptions).officials).toEqual([]);
    expect((parseAddSourceArgs([...base, '--officials', 'a, b']) as AddSourceOptions).officials).toEqual(['a', 'b']);
  });

  test.each([
    [[...base.slice(0, 5)], '--date is required'],
    [base.slice(1), 'give the text file to add'],
    [[...base, 'other.txt'], 'give one text file, not 2'],
    [[...base, '--date', '2024-02-30'], '--date: "2024-02-30" is impossible: February 2024 has 29 days'],
    [[...base, '--date', '2023-02-29'], '--date: "2023-02-29" is impossible: February 2023 has 28 days'],
    [[...base, '--date', '2024-13'], '--date: "2024-13" has no month 13'],
    [[...base, '--date', '28/02/2024'], '--date: "28/02/2024" is not a date of the form YYYY-MM-DD or YYYY-MM'],
    [
      [...base, '--kind', 'opinion'],
      '--kind: "opinion" is not a kind of report; use one of: official-readout, wire, news, blog, republication',
    ],
    [[...base, '--url', 'javascript:alert(1)'], '--url: "javascript:alert(1)" is not a full http(s) address'],
    [[...base, '--url', 'example.org'], '--url: "example.org" is not a full http(s) address'],
    [
      [...base, '--slug', 'Not A Slug'],
      '--slug: "Not A Slug" must use only lowercase letters, digits and single hyphens',
    ],
    [[...base, '--title', 'Right\u202Eleft'], '--title contains the invisible character U+202E'],
    [[...base, '--title', '   '], '--title is empty'],
    [[...base, '--language', 'English'], '--language: "English" is not a language tag'],
    [[...base, '--title-source', 'guess'], '--title-source: "guess" must be capture'],
    [[...base, '--outlet-kind', 'newspaper'], '--outlet-kind: "newspaper" is not a kind of outlet'],
    [[...base, '--bogus'], "Unknown option '--bogus' (npm run add-source -- --help lists the options)"],
  ])('refuses %j', (argv, message) => {
    const result = parseAddSourceArgs(argv);
    expect(isRefusal(result) && result.refusal).toContain(message);
  });
});

describe('reading the text', () => {
  test('paragraphs are lines when the file has no blank line', () => {
    expect(splitParagraphs('First line.\r\nSecond  line.\n\n')).toEqual({
      paragraphs: ['First line.', 'Second line.'],
      layout: 'lines',
    });
  });

  test('paragraphs are blank-line-separated blocks when it has one, lines of a block joined by a space', () => {
    const text = '\n\nFirst block,\n  on two lines.\n\n \t \nSecond block.\n';
    expect(splitParagraphs(text)).toEqual({
      paragraphs: ['First block, on two lines.', 'Second block.'],
      layout: 'blocks',
    });
  });

  test('UTF-8 is read, a byte-order mark dropped', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('India’s')]), 'a.txt')).toBe('India’s');
  });

  test.each([
    ['empty', new Uint8Array([]), 'a.txt is empty'],
    ['only whitespace', utf8(' \n\t\n'), 'a.txt is empty (only whitespace)'],
    [
      'Latin-1',
      new Uint8Array([...utf8('Line one\nCaf'), 0xe9, ...utf8('\n')]),
      'a.txt is not UTF-8 text (first invalid byte on line 2)',
    ],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'a.txt is UTF-16 text, not UTF-8'],
  ])('refuses a file that is %s', (_, bytes, message) => {
    const result = decodeText(bytes, 'a.txt');
    expect(isRefusal(result) && result.refusal).toContain(message);
  });

  test('finds invisible control and direction-override characters, with their line', () => {
    expect(findHostileCharacter('fine\nalso fine\nbad \u202E here')).toEqual({ line: 3, codePoint: 'U+202E' });
    expect(findHostileCharacter('a NUL \u0000')).toEqual({ line: 1, codePoint: 'U+0000' });
    expect(findHostileCharacter('tabs\tand\fform feeds are whitespace')).toBeUndefined();
  });
});

describe('outlets and officials', () => {
  const outlets = [
    { slug: 'menafn', name: 'MENAFN' },
    { slug: 'india-news-network', name: 'India News Network' },
  ];

  test.each([
    ['menafn', 'menafn'],
    ['MENAFN', 'menafn'],
    ['india news  network', 'india-news-network'],
    ['India-News-Network', 'india-news-network'],
    ['The Daily Example', undefined],
  ])('--outlet %j is %s', (query, slug) => expect(matchOutlet(query, outlets)?.slug).toBe(slug));

  test('detects officials named as whole words, with the name form found', () => {
    const text = 'Home Secretary Ajay Bhalla met the Bhallaji family. Canegallo spoke.';
    expect(detectOfficials(text, [bhalla, canegallo]).map((d) => [d.official.slug, d.as])).toEqual([
      ['ajay-bhalla', 'Ajay Bhalla'],
      ['kristie-canegallo', 'Canegallo'],
    ]);
    expect(detectOfficials('The Bhallaji family.', [bhalla])).toEqual([]);
  });

  test('suggests a title that other reports use, only where it stands next to the name', () => {
    expect(suggestTitle('Indian Home Secretary Ajay Bhalla spoke.', bhalla)).toEqual({
      title: 'Indian Home Secretary',
      context: 'Indian Home Secretary Ajay Bhalla',
    });
    expect(suggestTitle('Bhalla, Home Secretary, spoke.', bhalla)?.title).toBe('Home Secretary');
    expect(suggestTitle('The Home Secretary arrived. Later, Ajay Bhalla spoke.', bhalla)).toBeUndefined();
  });
});

describe('the MDX file', () => {
  test('a content file reads back as its frontmatter and its body, a rule of dashes in the body kept', () => {
    expect(parseFrontmatter('---\ntitle: "T"\nshortName: "X"\n---\n\nOne.\n---\nTwo.\n')).toEqual({
      data: { title: 'T', shortName: 'X' },
      body: '\n\nOne.\n---\nTwo.\n',
    });
    expect(parseFrontmatter('No frontmatter.').data).toEqual({});
  });

  const frontmatter = {
    title: 'A "quoted" title: with #, {braces}, <b> and a colon',
    titleSource: 'capture' as const,
    date: '2024-03',
    dateSource: 'given by the editor who added the report',
    outlet: 'menafn',
    kind: 'news' as const,
    author: null,
    url: null,
    language: 'en',
    officials: ['ajay-bhalla'],
    provenance: ['yes: no', '2024-02-30', 'null'],
  };

  test('its frontmatter reads back as written, every string a string (no date or null sneaks in)', () => {
    const mdx = renderSourceMdx(frontmatter, ['Text.']);
    expect(frontmatterOf(mdx)).toEqual(frontmatter);
    expect(mdx).toContain('date: "2024-03"\n');
  });

  test('its body renders back to the paragraphs through the real MDX compiler', async () => {
    const paragraphs = ['{x} <y> *z* _w_ # [a](b) `c` | \\ ~d~ &amp;', '1. one', '> quote', 'import a from "b"', '---'];
    const article = await articleOf(bodyOf(renderSourceMdx(frontmatter, paragraphs)));
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });
});

describe('the add-source command', () => {
  let root: string;
  const script = join(REPO_ROOT, 'scripts', 'add-source.ts');
  const input = (name: string, contents: string | Uint8Array) => {
    writeFileSync(join(root, name), contents);
    return name;
  };
  // INIT_CWD is where npm was started; the command reads the text file relative to it.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args, '--root', root], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
    });
  const sources = () => readdirSync(join(root, 'content', 'sources')).sort();
  const outlets = () => readdirSync(join(root, 'content', 'outlets')).sort();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hsd-add-source-'));
    cpSync(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes the report, reuses a known outlet, detects the officials, and says so', () => {
    const file = input(
      'talks.txt',
      'Home Secretary Ajay Bhalla met Acting Deputy Secretary Kristie Canegallo.\nThey spoke of {drugs} & <crime>.\n',
    );
    const result = run(
      file,
      '--title',
      'Talks in Delhi',
      '--outlet',
      'MENAFN',
      '--date',
      '2024-02-28',
      '--url',
      'https://example.org/talks',
      // Its own citation name: the outlet's, "MENAFN", may already cite a report an editor added.
      '--short-name',
      'Talks in Delhi (add-source test)',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('wrote content/sources/talks-in-delhi.mdx (2 paragraph(s), one per line of the file)');
    expect(lines[1]).toBe('  outlet: menafn (MENAFN), already known');
    expect(lines[2]).toBe(
      '  officials detected in the text: ajay-bhalla (named as "Ajay Bhalla"), kristie-canegallo (named as "Kristie Canegallo")',
    );
    expect(lines[3]).toContain('in content/officials/ajay-bhalla.yaml, add under titles "- source: talks-in-delhi"');
    expect(lines[3]).toContain('(perhaps "Home Secretary": the text has "Home Secretary Ajay Bhalla")');
    expect(lines[4]).toContain(
      '(perhaps "Acting Deputy Secretary": the text has "Acting Deputy Secretary Kristie Canegallo")',
    );

    const mdx = readFileSync(join(root, 'content/sources/talks-in-delhi.mdx'), 'utf8');
    expect(frontmatterOf(mdx)).toEqual({
      title: 'Talks in Delhi',
      shortName: 'Talks in Delhi (add-source test)',
      titleSource: 'capture',
      date: '2024-02-28',
      dateSource: 'given by the editor who added the report',
      outlet: 'menafn',
      kind: 'news',
      author: null,
      url: 'https://example.org/talks',
      language: 'en',
      officials: ['ajay-bhalla', 'kristie-canegallo'],
      provenance: [
        'Added with add-source from the text file talks.txt; each line of the file is a paragraph, whitespace normalised.',
      ],
    });
    expect(bodyOf(mdx)).toBe(
      '\nHome Secretary Ajay Bhalla met Acting Deputy Secretary Kristie Canegallo.\n\nThey spoke of \\{drugs\\} \\& \\<crime\\>.\n',
    );
  });

  test('creates an unknown outlet, takes the options given, and writes no title hint without officials', () => {
    const file = input('blog.txt', 'A first paragraph,\non two lines.\n\nA second one.\n');
    const result = run(
      file,
      ...['--title', 'A blog post', '--outlet', 'The Daily Example', '--date', '2024-03', '--kind', 'blog'],
      ...[
        '--slug',
        'daily-example-post',
        '--officials',
        '',
        '--author',
        'A. Writer',
        '--provenance',
        'Sent by the author.',
      ],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'wrote content/sources/daily-example-post.mdx (2 paragraph(s), one per blank-line-separated block of the file)',
    );
    expect(result.stdout).toContain(
      'outlet: created content/outlets/the-daily-example.yaml for "The Daily Example" (kind blog)',
    );
    expect(result.stdout).toContain('officials, as given with --officials: none');
    expect(result.stdout).not.toContain('content/officials/');
    expect(load(readFileSync(join(root, 'content/outlets/the-daily-example.yaml'), 'utf8'))).toEqual({
      name: 'The Daily Example',
      country: null,
      kind: 'blog',
      homepage: null,
    });
    const data = frontmatterOf(readFileSync(join(root, 'content/sources/daily-example-post.mdx'), 'utf8'));
    expect(data).toMatchObject({
      outlet: 'the-daily-example',
      kind: 'blog',
      date: '2024-03',
      author: 'A. Writer',
      officials: [],
    });
    expect(data['provenance']).toEqual([
      'Added with add-source from the text file blog.txt; each blank-line-separated block of the file is a paragraph, whitespace normalised.',
      'Sent by the author.',
    ]);
  });

  const refusals: [string, () => string[], string][] = [
    ['a missing file', () => ['nowhere.txt'], 'add-source: cannot read nowhere.txt: no such file'],
    ['an empty file', () => [input('empty.txt', '')], 'add-source: empty.txt is empty'],
    [
      'a file that is not UTF-8',
      () => [input('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))],
      'add-source: latin1.txt is not UTF-8 text (first invalid byte on line 1); save it as UTF-8 and try again',
    ],
    [
      'a direction override in the text',
      () => [input('bidi.txt', 'Fine.\nRight \u202Eleft.\n')],
      'add-source: bidi.txt: line 2 contains the invisible character U+202E, which changes what a reader sees; remove it',
    ],
    [
      'an existing slug',
      () => [input('ok.txt', 'Text.'), '--slug', 'dhs-readout'],
      'add-source: a report with the slug "dhs-readout" already exists in content/sources/; choose another with --slug',
    ],
    [
      'a slug that is a number alone',
      () => [input('ok.txt', 'Text.'), '--slug', '2'],
      'add-source: the slug "2" is a number alone, the address of a page of the list of reports; choose another with --slug',
    ],
    [
      'a title whose slug would be a number alone',
      () => [input('ok.txt', 'Text.'), '--title', '2024!'],
      'add-source: the slug "2024" is a number alone, the address of a page of the list of reports; choose another with --slug',
    ],
    [
      'an impossible date',
      () => [input('ok.txt', 'Text.'), '--date', '2024-02-30'],
      'add-source: --date: "2024-02-30" is impossible: February 2024 has 29 days',
    ],
    [
      'a month 13',
      () => [input('ok.txt', 'Text.'), '--date', '2024-13'],
      'add-source: --date: "2024-13" has no month 13',
    ],
    [
      'an unknown kind',
      () => [input('ok.txt', 'Text.'), '--kind', 'opinion'],
      'add-source: --kind: "opinion" is not a kind of report; use one of: official-readout, wire, news, blog, republication',
    ],
    [
      'an unknown official',
      () => [input('ok.txt', 'Text.'), '--officials', 'amit-shah'],
      'add-source: --officials: no official "amit-shah" in content/officials/ (known: ajay-bhalla, kristie-canegallo)',
    ],
    [
      'a short name another report is cited by',
      () => [input('ok.txt', 'Text.'), '--short-name', 'IANS', '--officials', ''],
      'add-source: --short-name: "IANS" already names the report "ians-menafn" in citations; choose another',
    ],
    [
      'an official the text never names',
      () => [input('ok.txt', 'Text.'), '--officials', 'ajay-bhalla'],
      'add-source: --officials: the text never names Ajay Bhalla (looked for: Ajay Bhalla, Bhalla)',
    ],
  ];

  test.each(refusals)('refuses %s with one line and status 1, writing nothing', (_, args, message) => {
    const before = [sources(), outlets()];
    const argv = args();
    const defaults = ['--title', 'Refused report', '--outlet', 'A New Outlet', '--date', '2024-02-28'];
    // Later options win, so the case's own --date or --kind replaces the default.
    const result = run(argv[0]!, ...defaults, ...argv.slice(1));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\n`);
    expect([sources(), outlets()]).toEqual(before);
  });

  test('a second report of an outlet gets a citation name of its own without a flag: "TFIPost 2"', () => {
    const result = run(
      input('second.txt', 'A second post.'),
      ...['--title', 'Another TFIPost post', '--outlet', 'tfipost', '--date', '2024-03', '--officials', ''],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('cited as "[TFIPost 2 ¶1]"');
    const mdx = readFileSync(join(root, 'content/sources/another-tfipost-post.mdx'), 'utf8');
    expect(frontmatterOf(mdx)).toMatchObject({ shortName: 'TFIPost 2', outlet: 'tfipost' });
    rmSync(join(root, 'content/sources/another-tfipost-post.mdx'));
  });

  test('--short-name gives a second report of an outlet a citation name of its own', () => {
    const result = run(
      input('second.txt', 'A second post.'),
      ...['--title', 'A second TFIPost post', '--outlet', 'tfipost', '--date', '2024-03'],
      ...['--short-name', 'TFIPost 2', '--officials', ''],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const mdx = readFileSync(join(root, 'content/sources/a-second-tfipost-post.mdx'), 'utf8');
    expect(frontmatterOf(mdx)).toMatchObject({
      title: 'A second TFIPost post',
      shortName: 'TFIPost 2',
      outlet: 'tfipost',
    });
    rmSync(join(root, 'content/sources/a-second-tfipost-post.mdx'));
  });

  test('a slug used by a report in a subfolder is taken too', () => {
    const nested = join(root, 'content/sources/2024');
    mkdirSync(nested);
    cpSync(join(root, 'content/sources/tfipost.mdx'), join(nested, 'nested-report.mdx'));
    const result = run(
      input('ok.txt', 'Text.'),
      '--title',
      'Nested report',
      '--outlet',
      'menafn',
      '--date',
      '2024-02-28',
    );
    rmSync(nested, { recursive: true });
    expect(result.stderr).toBe(
      'add-source: a report with the slug "nested-report" already exists in content/sources/; choose another with --slug\n',
    );
    expect(result.status).toBe(1);
  });

  test('--help prints the usage', () => {
    const result = spawnSync(process.execPath, [script, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run add-source -- <file.txt> --title T --outlet O --date D/);
  });
});

describe('citationName', () => {
  const names = new Map([
    ['ANI', 'ani-story'],
    ['ANI 2', 'ani-second-story'],
  ]);
  test('the outlet’s name when free, numbered past every name taken when not', () => {
    expect(citationName(undefined, 'PTI', names)).toEqual({ numbered: undefined, taken: undefined });
    expect(citationName(undefined, 'ANI', names)).toEqual({ numbered: 'ANI 3', taken: 'ani-story' });
  });
  test('an explicit short name already taken is refused', () => {
    expect(citationName('ANI 2', 'ANI', names)).toEqual({
      refusal: '--short-name: "ANI 2" already names the report "ani-second-story" in citations; choose another',
    });
    expect(citationName('ANI (Mint)', 'ANI', names)).toEqual({ numbered: undefined, taken: undefined });
  });
});
