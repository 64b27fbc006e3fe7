/**
 * Attributions: the sentences in which a report credits a source for what it says. Two generic English forms
 * (docs/methods/derivation.md, "Who follows whom"):
 *
 * - a statement credited to an organisation or a document: a reporting verb (said, stated, described, noted, …)
 *   whose subject is a noun phrase headed by an organisation or a document ("the Ministry of Home Affairs stated",
 *   "which a readout from the Union home ministry described as", "The Indian readout said", "an official statement
 *   said"), or "according to" followed by one;
 * - a wire tag: an agency's name in capitals in brackets at the start of a text or after a dateline
 *   ("(IANS)", "New Delhi, Feb 28 (IANS)").
 *
 * - a person: a reporting verb whose subject is headed by a person ("an official said", "sources said", "An official
 *   told ANI", "according to officials"). A person is credited, not a text another report could have copied: the
 *   derivation never makes one a source (form `person`), and its words are no credit span.
 *
 * A credit has three parts: a reporting phrase (said, stated, told, issued, according to, "a readout from"), a named
 * body or document (a noun phrase headed by an organisation or document noun, or an acronym such as "MHA"), and
 * optionally a person. Wire tags are credits of the agency: "(ANI)" at the start or after a dateline ("Halvik
 * [Norland], February 28 (ANI)"), and a byline "By ANI". A sentence that merely names an organisation ("Ajay Bhalla,
 * Home Secretary of the Ministry of Home Affairs") credits nothing: there is no reporting verb.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */

import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';

export type AttributionForm = 'statement' | 'wire' | 'person';

export interface Attribution {
  /** The sentence's anchor ("p3-s1"). */
  sentence: string;
  /** The words that credit the source, exactly as the sentence writes them. */
  phrase: string;
  /** The source credited, as the sentence names it ("the Ministry of Home Affairs", "IANS"). */
  credited: string;
  form: AttributionForm;
}

/** Verbs that report what a source said or wrote. */
const REPORTING_VERBS =
  'said|says|stated|states|noted|notes|announced|announces|added|adds|described|describes|reported|reports|' +
  'observed|explained|confirmed|mentioned|declared|affirmed|informed|told|tells|highlighted|underlined';

/** Nouns that head a person or people: credited, but never a text (form `person`). */
const PERSON_NOUNS = new Set(
  (
    'official officials source sources people person diplomat diplomats officer officers minister ministers ' +
    'secretary leader leaders aide aides analyst analysts expert experts insider insiders'
  ).split(' '),
);

/** Acronyms of countries and unions: naming one is naming no text ("India and the US said"). */
const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UN', 'EU', 'UAE']);

/**
 * Nouns that head an organisation or a document that can be credited. A closed list: an attribution to
 * anything else (people, "the leaders", "the dialogue") is not a source another report could take text from.
 */
const SOURCE_NOUNS = new Set(
  (
    'ministry ministries department departments office government governments embassy embassies agency agencies ' +
    'secretariat commission council bureau directorate administration spokesperson spokesman spokeswoman ' +
    'statement statements readout readouts release releases communique communiqué bulletin'
  ).split(' '),
);

/** Document nouns among SOURCE_NOUNS: what a credit calls the text itself. */
export const DOCUMENT_NOUNS = new Set(['statement', 'readout', 'release', 'communique', 'communiqué', 'bulletin']);

/** Words that open a subordinate clause: the subject of a reporting verb starts after the last of them. */
const CLAUSE_OPENERS = new Set(['which', 'that', 'who', 'whom', 'as', 'and', 'but', 'while', 'whereas', 'because']);

/** The most words a credited noun phrase may have ("a readout from the Union home ministry" has seven). */
const MAX_SUBJECT_WORDS = 9;

const VERB = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'gu');
/** "issued" reports only with a document for object: "The MHA issued a statement". */
const ISSUED = /\bissued\s+(?:a|an|the|its)\s+(?:\S+\s+)?(?:statement|readout|release|communiqu[eé]|bulletin)\b/gu;
const ACCORDING_TO = /\baccording to\s+((?:the|a|an)\s+)?([^,;:]+?)(?=[,;:]|(?<!\b\p{Lu})\.(?:\s|$)|$)/giu;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const TAG = '([A-Z][A-Z0-9&.]+(?:[-\u2013 ]+[A-Z][A-Z0-9&.]+)*)';
/** A wire tag at the very start ("(MENAFN- IANS)") or after a dateline ("New Delhi, Feb 28 (IANS)"). */
const WIRE_AT_START = /^\(([A-Z][A-Z0-9&.]+(?:[-\u2013 ]+[A-Z][A-Z0-9&.]+)*)\)/u;
/** After a dateline's day: "New Delhi, Feb 28 (IANS)", "Halvik [Norland], February 28 (ANI):". */
const WIRE_AFTER_DATELINE = new RegExp(`\\b${MONTH} \\d{1,2}(?:, \\d{4})? \\(${TAG}\\)`, 'gu');
/** A byline naming an agency at the start: "By ANI", "By PTI". */
const WIRE_BYLINE = /^By ([A-Z]{2,6})\b/u;

const lower = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, '');

/** An acronym that names a body ("MHA", "(MHA)", "DHS"), not a country. */
const isAcronym = (word: string) => {
  const bare = word.replace(/^\(|\)$|[’']s$/gu, '');
  return /^[A-Z]{2,6}$/u.test(bare) && !PLACE_ACRONYMS.has(bare);
};

/** Whether a noun phrase names an organisation or a document (one of SOURCE_NOUNS among its words, or an acronym). */
export function namesSource(phrase: string): boolean {
  return phrase.split(/\s+/u).some((w) => SOURCE_NOUNS.has(lower(w)) || isAcronym(w));
}

/** Whether a noun phrase names a person or people ("an official", "sources", "People familiar with the matter"). */
export function namesPerson(phrase: string): boolean {
  return phrase.split(/\s+/u).some((w) => PERSON_NOUNS.has(lower(w)));
}

/** A credit as a text makes it, whichever sentence that text is. */
type Credit = Omit<Attribution, 'sentence'>;
/** Credits found per distinct sentence text: a copied sentence is read once. */
const creditsOfText = new BoundedCache<string, readonly Credit[]>(WORD_CACHE_LIMIT);

/** The attributions of one sentence, in the order they appear. */
export function attributionsOf(sentence: { id: string; text: string }): Attribution[] {
  return creditsOfText.get(sentence.text, creditsOf).map((credit) => ({ sentence: sentence.id, ...credit }));
}

/**
 * Where a text's credits are, as character ranges [start, end), in order: the words that say where a statement
 * comes from rather than what it states (statement alignment leaves them out of a sentence's terms, collation
 * matches them with no other reading's words).
 */
export function creditSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const { phrase, form } of creditsOfText.get(text, creditsOf)) {
    if (form === 'person') continue;
    const at = text.indexOf(phrase, from);
    if (at < 0) continue;
    spans.push([at, at + phrase.length]);
    from = at;
  }
  return spans;
}

function creditsOf(text: string): Credit[] {
  const found: { at: number; credit: Credit }[] = [];
  const add = (at: number, phrase: string, credited: string, form: AttributionForm) =>
    found.push({ at, credit: { phrase, credited, form } });

  const start = WIRE_AT_START.exec(text) ?? WIRE_BYLINE.exec(text);
  if (start) add(0, start[0], start[1]!, 'wire');
  for (const match of text.matchAll(WIRE_AFTER_DATELINE)) {
    const tag = `(${match[1]!})`;
    add(match.index + match[0].length - tag.length, tag, match[1]!, 'wire');
  }

  for (const match of [...text.matchAll(VERB), ...text.matchAll(ISSUED)]) {
    const subject = subjectBefore(text, match.index);
    if (!subject) continue;
    add(subject.start, text.slice(subject.start, match.index + match[0].length), subject.phrase, subject.form);
  }
  for (const match of text.matchAll(ACCORDING_TO)) {
    const phrase = `${match[1] ?? ''}${match[2]!}`.trim();
    if (phrase.split(/\s+/u).length > MAX_SUBJECT_WORDS) continue;
    const form = namesSource(phrase) ? 'statement' : namesPerson(phrase) ? 'person' : null;
    if (form) add(match.index, match[0].trim(), phrase, form);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.credit);
}

/**
 * The noun phrase just before a reporting verb, back to the start of its clause (a comma, a semicolon, the start of
 * the sentence, or a word such as "which"), if it names a source (form `statement`) or a person (form `person`),
 * and starts like a noun phrase (an article, a determiner or a capital; a person may also be a bare plural,
 * "sources said").
 */
function subjectBefore(text: string, verbAt: number): { start: number; phrase: string; form: AttributionForm } | null {
  const before = text.slice(0, verbAt);
  const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  let start = boundary + 1;
  const words = [...before.slice(start).matchAll(/\S+/gu)];
  // Start after the last word that opens a clause ("… which a readout from the ministry described as …").
  for (let i = words.length - 1; i >= 0; i--) {
    if (CLAUSE_OPENERS.has(lower(words[i]![0]))) {
      words.splice(0, i + 1);
      break;
    }
  }
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  start = boundary + 1 + words[0]!.index;
  const phrase = before.slice(start).trim();
  const first = words[0]![0];
  const nounPhrase = /^(?:the|a|an|its|their|his|her)$/iu.test(first) || /^\p{Lu}/u.test(first);
  if (nounPhrase && namesSource(phrase)) return { start, phrase, form: 'statement' };
  if ((nounPhrase || words.length <= 2) && namesPerson(phrase)) return { start, phrase, form: 'person' };
  return null;
}

/** Every attribution of a report's sentences, in reading order. */
export function findAttributions(sentences: readonly { id: string; text: string }[]): Attribution[] {
  return sentences.flatMap((s) => attributionsOf(s));
}

const nameWordsOf = new BoundedCache<string, readonly string[]>(WORD_CACHE_LIMIT);

/**
 * The content words of a credited name, for comparing it with a report's names ("the Union home ministry"). Worked
 * out once per name: derivation compares every credit with the names of every report that may have made it.
 */
export function nameWords(name: string): readonly string[] {
  return nameWordsOf.get(name, computeNameWords);
}

function computeNameWords(name: string): string[] {
  const words = name
    .split(/[\s\-\u2013]+/u)
    .map(lower)
    .filter((w) => w.length > 0 && !/^(?:the|a|an|of|from|for|and|in|on|by|its|their)$/u.test(w));
  // "United States", "U.S.", "US" and "USA" name one country.
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'united' && words[i + 1] === 'states') {
      out.push('us');
      i++;
    } else out.push(words[i] === 'usa' ? 'us' : words[i]!);
  }
  return out;
}

/**
 * Whether a credit names one of a report's names (its outlet, its short name, the agency it carries): every word
 * of the shorter of the two occurs in the other ("(IANS)" and "IANS"; "the Ministry of Home Affairs" and a report
 * whose outlet is "Ministry of Home Affairs").
 */
export function creditNames(credited: string, names: readonly string[]): boolean {
  const credit = nameWords(credited);
  if (credit.length === 0) return false;
  return names.some((name) => {
    const words = nameWords(name);
    if (words.length === 0) return false;
    const [shorter, longer] = credit.length <= words.length ? [credit, words] : [words, credit];
    return shorter.every((w) => longer.includes(w));
  });
}
