/** The phrase language and the negation rule of src/lib/analysis/topics/topic-match.ts, on small made-up rules. */
import { describe, expect, test } from 'vitest';
import {
  PhraseError,
  compilePhrase,
  type CompiledTopic,
  type SentenceMatch,
  compileTopics,
  isNegatedClause,
  matchSentence,
  splitClauses,
  type TopicRules,
} from '../../../../src/lib/analysis/topics/topic-match.ts';
import { canonicalWord, normaliseForMatching } from '../../../../src/lib/text/normalise-text.ts';
import { loadArticles, loadTopics } from '../../../helpers/content.ts';

const hits = (phrase: string, text: string) => compilePhrase(phrase).test(normaliseForMatching(text));

describe('compilePhrase', () => {
  test.each([
    // [phrase, text, matches]
    ['terrorism', 'Terrorism was discussed.', true],
    ['terrorism', 'counterterrorism was discussed', false], // whole words only
    ['terror', 'terrorism', false],
    ['agency', 'law enforcement agencies', true], // y -> ies
    ['visa', 'holders of visas', true], // +s
    ['process', 'migration processes', true], // +es
    ['smuggl*', 'smuggle', true],
    ['smuggl*', 'Smugglers prey on migrants', true],
    ['smuggl*', 'smuggling operations', true],
    ['smuggl*', 'smuggled', true],
    ['counter-terrorism', 'counter-terrorism', true],
    ['counter-terrorism', 'counterterrorism', true],
    ['counter-terrorism', 'counter terrorism', true],
    ['counter-terrorism', 'Counter–Terrorism', true],
    ['terror-financ*', 'terror financing', true],
    ['terror-financ*', 'terror-financing', true],
    ['terror-financ*', 'terrorfinancing', true],
    ['organised crime', 'organized crime', true],
    ['organised crime', 'Organised Crime', true],
    ['organized crime', 'organised crimes', true],
    ['national police academy', 'India’s National Police Academy', true],
    ['people-to-people', 'people to people ties', true],
    ['last … dialogue was held', 'The last India-US homeland security dialogue was held in January 2022.', true],
    ['last … dialogue was held', 'The last dialogue was held in 2022.', true], // … may stand for no word
    ['last … dialogue was held', 'The last one, before a long pause in the dialogue, was held', false], // > 4 words
    ['last ... dialogue', 'the last bilateral dialogue', true], // three dots work too
  ])('%s in "%s": %s', (phrase, text, expected) => {
    expect(hits(phrase, text)).toBe(expected);
  });

  test.each([
    ['*', 'a * must end a word'],
    ['smuggl *', 'a * must end a word'],
    ['… dialogue', '… must stand between two words'],
    ['dialogue …', '… must stand between two words'],
    ['next … … round', 'two … in a row'],
    ['—', 'has no words'],
  ])('refuses %s', (phrase, problem) => {
    expect(() => compilePhrase(phrase)).toThrow(PhraseError);
    expect(() => compilePhrase(phrase)).toThrow(problem);
  });
});

describe('compileTopics', () => {
  test('reports every bad phrase with its field', () => {
    const { problems } = compileTopics([
      { slug: 'a', terms: ['fine', '*', { phrase: 'x', with: ['ok', '… y'] }], exclude: ['z …'] },
    ]);
    expect(problems.map((p) => `${p.topic} ${p.field}`)).toEqual(['a terms[1]', 'a terms[2].with[1]', 'a exclude[0]']);
  });
});

describe('matchSentence', () => {
  const rules: TopicRules[] = [
    { slug: 'ct', terms: ['terror*'], exclude: ['terror-financ*'] },
    { slug: 'if', terms: ['terror-financ*', 'money-launder*'] },
    { slug: 'st', terms: [{ phrase: 'smuggl*', with: ['migra*'] }], exclude: ['drug smuggl*'] },
    { slug: 'kp', terms: ['pannun', 'khalistan*'] },
  ];
  const { compiled, problems } = compileTopics(rules);
  const topicsOf = (sentence: string) =>
    matchSentence(sentence, compiled).map((m) => (m.negated ? `!${m.topic}` : m.topic));

  test('a phrase with "with" counts only in company', () => {
    expect(problems).toEqual([]);
    expect(topicsOf('They will target smugglers who prey on vulnerable migrants.')).toEqual(['st']);
    expect(topicsOf('They will target smugglers.')).toEqual([]);
  });

  test('an exclusion blanks out its words before the terms are tried', () => {
    expect(topicsOf('They discussed terror financing.')).toEqual(['if']);
    expect(topicsOf('They discussed terrorism and terror-financing.')).toEqual(['ct', 'if']);
    expect(topicsOf('Drug smuggling and illegal migration were discussed.')).toEqual([]);
  });

  test('reports the terms that matched', () => {
    expect(matchSentence('Khalistani leader Pannun', compiled)).toEqual([
      { topic: 'kp', negated: false, terms: ['pannun', 'khalistan*'] },
    ]);
  });

  test('a clause saying the topic did not figure negates it; other clauses keep theirs', () => {
    expect(topicsOf('The Pannun case didn’t figure in the dialogue.')).toEqual(['!kp']);
    expect(topicsOf('Terrorism was discussed, but the Pannun case was not raised.')).toEqual(['ct', '!kp']);
    expect(topicsOf('Pannun was not discussed; Pannun’s group was, however, named.')).toEqual(['kp']);
  });
});

describe('negation', () => {
  test.each([
    'The issue didn’t figure in the dialogue.',
    'The issue did not figure in the talks.',
    'It was not discussed.',
    'The case was not formally discussed.',
    'The matter did not come up.',
    'It never came up.',
    'The case was not on the agenda.',
    'Neither side raised it, and it was not raised by the press either.',
    'There was no mention of the case.',
    'The case was absent from the talks.',
    'The plot was kept off the agenda.',
    'It wasn’t brought up.',
  ])('negated: %s', (clause) => {
    expect(isNegatedClause(clause)).toBe(true);
  });

  test.each([
    'The issue figured in the talks.',
    'The issue of handling the cases also figured in the talks.',
    'The dialogue not only covered terrorism but also narcotics.',
    'individuals who do not have a legal basis to remain',
    'It was not immediately clear whether the case was raised.',
    'They discussed ways to counter money laundering.',
  ])('not negated: %s', (clause) => {
    expect(isNegatedClause(clause)).toBe(false);
  });

  test('clauses split at semicolons, colons, spaced dashes and contrastive conjunctions', () => {
    expect(splitClauses('A was discussed; B was not. C — D: E, but F while G')).toEqual([
      'A was discussed',
      'B was not. C',
      'D',
      'E',
      'but F',
      'while G',
    ]);
  });
});

describe('splitClauses keeps every word', () => {
  // matchSentence builds the whole sentence's normal form from its clauses: that holds only if splitting drops
  // separators and never a word.
  test.each([
    'Terrorism was discussed, but the Pannun case was not raised.',
    'They discussed terror financing; money laundering - and cyber-crimes: all of them, although briefly.',
    'The issue of Nikhil Gupta didn’t figure in the dialogue — however, Pannun was named.',
    ';;: - ',
  ])('%s', (sentence) => {
    const joined = splitClauses(sentence)
      .map((c) => normaliseForMatching(c).trim())
      .filter((t) => t.length > 0)
      .join(' ');
    expect(` ${joined} `).toBe(normaliseForMatching(sentence));
  });
});

describe('the stem index (matchSentence looks up words before it runs any pattern)', () => {
  // Each phrase of every real topic made a topic of its own, with no `with` and no exclusion, so that matchSentence
  // must say exactly what the phrase's pattern says on its own.
  const phrases = [
    ...new Set(
      loadTopics().flatMap((t) => [
        ...t.data.terms.flatMap((term) => (typeof term === 'string' ? [term] : [term.phrase, ...(term.with ?? [])])),
        ...t.data.exclude,
      ]),
    ),
  ];
  const { compiled } = compileTopics(phrases.map((phrase, i) => ({ slug: `t${i}`, terms: [phrase] })));
  const sentencesOf = async () => [
    ...(await loadArticles()).flatMap(({ article }) =>
      article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    ),
    // The forms a stem must not miss: plurals, y/ies, prefixes, closed compounds, spellings, possessives, capitals.
    'Agencies, smugglers, COUNTERTERRORISM, organized crime, India’s ministries and cyber-crimes were named.',
    'The centres of excellence, the defence dialogue and narcotics-trafficking networks.',
  ];

  test('finds exactly the phrases whose patterns match, in every sentence of the five reports and more', async () => {
    let matched = 0;
    for (const sentence of await sentencesOf()) {
      const text = normaliseForMatching(sentence);
      const expected = phrases.flatMap((phrase, i) => (compilePhrase(phrase).test(text) ? [`t${i}`] : []));
      // Clause by clause, as matchSentence reads: a phrase found only across a clause break is not evidence.
      const byClause = phrases.flatMap((phrase, i) =>
        splitClauses(sentence).some((c) => compilePhrase(phrase).test(normaliseForMatching(c))) ? [`t${i}`] : [],
      );
      expect(
        matchSentence(sentence, compiled).map((m) => m.topic),
        sentence,
      ).toEqual(byClause);
      expect(byClause.every((t) => expected.includes(t))).toBe(true);
      matched += byClause.length;
    }
    // Not vacuous: the reports are full of the topics' phrases.
    expect(matched).toBeGreaterThan(300);
  });
});

/**
 * matchSentence as it was first written, with no index and no shortcut: every term of every topic tried on every
 * clause. The index of stems, the cache of words and the ordering of candidates must change nothing it says.
 */
function matchEveryTerm(sentence: string, topics: readonly CompiledTopic[]): SentenceMatch[] {
  const test = (pattern: RegExp, text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const mask = (text: string, exclusions: readonly RegExp[]) =>
    exclusions.reduce((masked, exclusion) => masked.replace(exclusion, (span) => span.replace(/[^ ]+/g, '_')), text);
  const clauses = splitClauses(sentence).map((c) => ({ text: normaliseForMatching(c), negated: isNegatedClause(c) }));
  const whole = ` ${clauses
    .map((c) => c.text.trim())
    .filter((t) => t.length > 0)
    .join(' ')} `;
  return topics.flatMap((topic) => {
    const terms = new Set<string>();
    let positive = false;
    let negative = false;
    for (const clause of clauses) {
      const masked = mask(clause.text, topic.exclude);
      const found = topic.terms.filter(
        (t) =>
          test(t.pattern, masked) && (t.with.length === 0 || t.with.some((w) => test(w, mask(whole, topic.exclude)))),
      );
      if (found.length === 0) continue;
      for (const t of found) terms.add(t.label);
      if (clause.negated) negative = true;
      else positive = true;
    }
    return terms.size > 0 ? [{ topic: topic.slug, negated: negative && !positive, terms: [...terms] }] : [];
  });
}

/**
 * Ways a report may write a phrase, derived from the phrase itself: spaced, hyphenated and closed compounds, the
 * plural or a longer word for `*`, capitals, a possessive, and words standing in for `…`.
 */
function writingsOf(phrase: string): string[] {
  // Groups of words joined by compounding, split at each `…`.
  const groups = phrase.split(/\s*(?:…|\.\.\.)\s*/u).map((group) => group.split(/[\s-]+/u).filter((w) => w.length > 0));
  const plain = (w: string) => w.replace(/\*$/u, '');
  const longer = (w: string) =>
    w.endsWith('*') ? `${plain(w)}ing` : /[^aeiou]y$/u.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  const join = (separator: string, form: (w: string, last: boolean) => string) =>
    groups
      .map((g, i) => g.map((w, j) => form(w, i === groups.length - 1 && j === g.length - 1)).join(separator))
      .join(' and two others ');
  const spaced = join(' ', plain);
  return [
    spaced,
    join('-', plain),
    // Closed up, a compound is one word, so its parts are spelled as the matcher spells them ("dialogtookplace").
    join('', (w) => canonicalWord(plain(w))),
    join(' ', (w, last) => (last ? longer(w) : plain(w))),
    join('-', (w) => (w.endsWith('*') ? longer(w) : plain(w))),
    spaced.toUpperCase(),
    `${spaced}’s`,
  ];
}

describe('the shortcuts of matchSentence change nothing it finds', () => {
  const topics = loadTopics().map((t) => ({ slug: t.id, ...t.data }));
  const { compiled } = compileTopics(topics);
  const rules = topics.flatMap((t) => t.terms.map((term) => (typeof term === 'string' ? { phrase: term } : term)));
  const phrases = [
    ...new Set([...rules.flatMap((r) => [r.phrase, ...(r.with ?? [])]), ...topics.flatMap((t) => t.exclude)]),
  ];
  // Each phrase a topic of its own, so that a sentence written from a phrase must be evidence for it.
  const alone = compileTopics(phrases.map((phrase, i) => ({ slug: `t${i}`, terms: [phrase] }))).compiled;

  test.each(phrases.map((phrase, i) => [phrase, i] as const))('every writing of "%s" is found', (phrase, i) => {
    for (const writing of writingsOf(phrase)) {
      const sentence = `The officials discussed ${writing} at length.`;
      // The writing is one the phrase's own pattern matches: the index must not rule it out.
      expect(compilePhrase(phrase).test(normaliseForMatching(sentence)), sentence).toBe(true);
      expect(
        matchSentence(sentence, alone).map((m) => m.topic),
        sentence,
      ).toContain(`t${i}`);
      expect(matchSentence(sentence, alone), sentence).toEqual(matchEveryTerm(sentence, alone));
    }
  });

  test('the real topics say the same as trying every term, on sentences written from their rules and on the reports', async () => {
    const written = rules.flatMap((rule) =>
      writingsOf(rule.phrase).flatMap((writing) => {
        const company = (rule.with ?? []).map((w) => writingsOf(w)[0]!);
        return [
          `The officials discussed ${writing} at length.`,
          `${writing} was not discussed, but ${company[0] ?? 'the weather'} was.`,
          ...company.map((w) => `They spoke of ${writing}; and of ${w}, briefly.`),
        ];
      }),
    );
    const exclusions = topics.flatMap((t) =>
      t.exclude.flatMap((e) => writingsOf(e).map((w) => `Terrorism, smuggling and ${w} came up.`)),
    );
    const reports = (await loadArticles()).flatMap(({ article }) =>
      article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    );
    let found = 0;
    for (const sentence of [...written, ...exclusions, ...reports]) {
      const expected = matchEveryTerm(sentence, compiled);
      // Twice: the second time the words come from the matcher's cache.
      expect(matchSentence(sentence, compiled), sentence).toEqual(expected);
      expect(matchSentence(sentence, compiled), sentence).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  test('each list of topics has its own cache of words', () => {
    const broad = compileTopics([{ slug: 'broad', terms: ['smuggl*'] }]).compiled;
    const narrow = compileTopics([{ slug: 'narrow', terms: ['smuggling route*'] }]).compiled;
    const sentence = 'The smuggling routes were named.';
    expect(matchSentence(sentence, broad).map((m) => m.topic)).toEqual(['broad']);
    expect(matchSentence(sentence, narrow).map((m) => m.topic)).toEqual(['narrow']);
    expect(matchSentence('Smuggling was named.', narrow)).toEqual([]);
  });
});
