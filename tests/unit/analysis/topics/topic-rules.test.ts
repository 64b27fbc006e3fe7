/**
 * The real topic rules (content/topics/*.md) on sentences written for the purpose: every spelling variant the phrase
 * language promises to match (src/lib/analysis/topics/topic-match.ts), words that must not be enough on their own, and sentences of the kind a future report may contain.
 * The five reports themselves are covered sentence by sentence in topic-match-reports.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { compileTopics, matchSentence } from '../../../../src/lib/analysis/topics/topic-match.ts';
import { loadTopics } from '../../../helpers/content.ts';

const topics = loadTopics().sort((a, b) => a.data.order - b.data.order);
const { compiled, problems } = compileTopics(topics.map((t) => ({ slug: t.id, ...t.data })));
const topicsOf = (sentence: string) =>
  matchSentence(sentence, compiled).map((m) => (m.negated ? `!${m.topic}` : m.topic));

test('the topic files compile', () => {
  expect(problems).toEqual([]);
});

describe('the spelling and wording variants the topics promise to match', () => {
  test.each([
    ['They fight organised crime.', 'organised-crime'],
    ['They fight organized crime.', 'organised-crime'],
    ['They fight Organized Crime groups.', 'organised-crime'],
    ['They reviewed counter-terrorism cooperation.', 'counterterrorism'],
    ['They reviewed counterterrorism cooperation.', 'counterterrorism'],
    ['They reviewed counter terrorism cooperation.', 'counterterrorism'],
    ['They reviewed counter–terrorism cooperation.', 'counterterrorism'],
    ['They discussed terror-financing.', 'illicit-finance'],
    ['They discussed terror financing.', 'illicit-finance'],
    ['They discussed terrorist financing.', 'illicit-finance'],
    ['They discussed the financing of terrorism.', 'illicit-finance'],
    ['Networks smuggle migrants across the border.', 'smuggling-trafficking'],
    ['Smugglers exploit vulnerable migrants.', 'smuggling-trafficking'],
    ['The smuggling of migrants was discussed.', 'smuggling-trafficking'],
    ['Migrants were smuggled by boat.', 'smuggling-trafficking'],
    ['They discussed cyber-crimes.', 'cybercrime'],
    ['They discussed cybercrime.', 'cybercrime'],
    ['They discussed cyber crime.', 'cybercrime'],
    ['Counter-narcotics cooperation grew.', 'counternarcotics'],
    ['Counternarcotics cooperation grew.', 'counternarcotics'],
    ['They strengthen people to people ties.', 'legal-migration'],
    ['They strengthen people-to-people ties.', 'legal-migration'],
    ['The Federal Law Enforcement Training Center signed it.', 'training-moc'],
    ['The Federal Law Enforcement Training Centre signed it.', 'training-moc'],
    ['Sub-groups will meet.', 'law-enforcement-cooperation'],
    ['Subgroups will meet.', 'law-enforcement-cooperation'],
    ['Capacity-building was agreed.', 'law-enforcement-cooperation'],
    ['Capacity building was agreed.', 'law-enforcement-cooperation'],
    ['H-1B holders were mentioned.', 'legal-migration'],
    ['H1B holders were mentioned.', 'legal-migration'],
  ])('%s -> %s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('a word that is not enough on its own', () => {
  test.each([
    ['Security cooperation deepened.', []],
    ['The two sides discussed security.', []],
    ['Officers received training in first aid.', []], // "training" alone is not the training memorandum
    ['The delegation then flew to Washington.', []], // "Washington" alone is not the next round
    ['Washington is looking to work with other key partners.', []],
    ['They signed a memorandum of cooperation on trade.', []], // a memorandum, but not on training
    ['The talks respected local customs and traditions.', []],
    ['Customs duties on steel were raised.', []],
    ['Gupta was detained in the Czech Republic last June.', []], // detention, not of migrants
    ['The removal of tariffs was discussed.', []],
    ['A precursor to the talks was held in January.', []],
    ['The company was established in 1990.', []], // history, but not of the dialogue
    ['The last day of the talks was busy.', []],
    ['Illegal trafficking of goods across borders worried them.', []], // goods, not people
    ['The next day they visited Agra.', []],
  ])('%s -> %j', (sentence, expected) => {
    expect(topicsOf(sentence)).toEqual(expected);
  });

  test('drug trafficking next to illegal migration is not human trafficking', () => {
    expect(topicsOf('They discussed drug trafficking and illegal migration.')).toEqual([
      'counternarcotics',
      'irregular-migration',
    ]);
  });

  test('drug smuggling next to migrants is not migrant smuggling', () => {
    expect(topicsOf('Drug smuggling by migrants was discussed.')).toEqual(['counternarcotics']);
  });

  test('terror financing is illicit finance, not counterterrorism', () => {
    expect(topicsOf('Both sides will counter terror financing.')).toEqual(['illicit-finance']);
  });

  test('legal and illegal migration are told apart', () => {
    expect(topicsOf('They enabled legal migration.')).toEqual(['legal-migration']);
    expect(topicsOf('They countered illegal migration.')).toEqual(['irregular-migration']);
  });
});

describe('sentences of the kind a future report may contain', () => {
  test.each([
    ['The FLETC and the police academy will run joint courses.', ['training-moc']],
    ['Both sides agreed to reconvene in Washington next year.', ['next-round']],
    ['The next India-US Homeland Security Dialogue will be held in Washington.', ['next-round']],
    ['The dialogue was launched in 2010.', ['dialogue-history']],
    ['Officials discussed aviation and maritime security.', ['transportation-security']],
    ['India has requested the extradition of several fugitives.', ['extradition']],
    ['Fingerprints of deportees will be shared.', ['irregular-migration', 'biometrics']],
    ['Ransomware and phishing attacks on hospitals rose.', ['cybercrime']],
    ['Mexican cartels trade in fentanyl precursors.', ['counternarcotics', 'fentanyl-precursors']],
    ['Hawala networks move illicit funds.', ['illicit-finance']],
    ['The SFJ was banned.', ['khalistan-pannun']],
    ['Customs-to-Customs collaboration will expand.', ['customs']],
  ])('%s -> %j', (sentence, expected) => {
    expect(topicsOf(sentence)).toEqual(expected);
  });
});

describe('negation with the real rules', () => {
  test.each([
    ['The issue of Nikhil Gupta didn’t figure in the dialogue.', ['!khalistan-pannun']],
    ['Extradition was not discussed.', ['!extradition']],
    ['Biometrics did not come up.', ['!biometrics']],
    ['Terrorism was discussed, but the Khalistan issue was not raised.', ['counterterrorism', '!khalistan-pannun']],
    ['Cybercrime also figured in the talks.', ['cybercrime']],
  ])('%s -> %j', (sentence, expected) => {
    expect(topicsOf(sentence)).toEqual(expected);
  });
});
