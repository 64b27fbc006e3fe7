/**
 * Every sentence of the five reports with the topics it is evidence for, written from reading the reports (the
 * raw texts are in tests/fixtures/captures/), not from the matcher's output. A topic prefixed with "!" is evidence
 * only as something that was not discussed (negated). A sentence with [] supports no topic.
 *
 * The rules are the real ones (content/topics/*.md) and the sentences come from the real MDX files through the
 * real MDX compiler, so this table is the specification of the comparison matrix.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../../src/lib/content/article.ts';
import { compileTopics, matchSentence, type CompiledTopic } from '../../../../src/lib/analysis/topics/topic-match.ts';
import { loadArticles, loadTopics } from '../../../helpers/content.ts';

type Row = [source: string, sentence: string, text: string, topics: string[]];

const table: Row[] = [
  [
    'dhs-readout',
    'p1-s1',
    'From February 27 to February 29, the Senior Official Performing the Duties of the Deputy Secretary Kristie Canegallo and Indian Home Secretary Ajay Bhalla met in New Delhi to co-chair the U.S.-India Homeland Security Dialogue.',
    [],
  ],
  [
    'dhs-readout',
    'p1-s2',
    'The Homeland Security Dialogue deepens the strategic partnership between the United States and India on issues ranging from counternarcotics cooperation and Customs-to-Customs collaboration, to combatting terrorism and cybercrime and addressing irregular migration.',
    ['counterterrorism', 'counternarcotics', 'customs', 'cybercrime', 'irregular-migration'],
  ],
  [
    'dhs-readout',
    'p2-s1',
    'During the meeting, the leaders reaffirmed the commitment of the United States and India to strengthen access to lawful immigration pathways while enforcing immigration law to include returns of individuals who do not have a legal basis to remain in the United States.',
    ['irregular-migration', 'legal-migration'],
  ],
  [
    'dhs-readout',
    'p2-s2',
    'They also agreed to work together to expand law enforcement cooperation to target smugglers who prey and profit on vulnerable migrants.',
    ['smuggling-trafficking', 'law-enforcement-cooperation'],
  ],
  [
    'dhs-readout',
    'p3-s1',
    'The Homeland Security Dialogue acknowledged the work of the U.S.-India Counternarcotics Working Group, which guides our joint efforts to address drug regulatory issues, law enforcement cooperation and collaboration, coordination in multilateral fora, and drug demand reduction efforts.',
    ['counternarcotics', 'law-enforcement-cooperation'],
  ],
  [
    'dhs-readout',
    'p3-s2',
    'The leaders reaffirmed the need to deepen information sharing efforts to prevent diversion of pharmaceuticals and other chemicals of concern used as precursors for illicit fentanyl and other illicit synthetic drugs.',
    ['counternarcotics', 'fentanyl-precursors', 'law-enforcement-cooperation'],
  ],
  [
    'dhs-readout',
    'p4-s1',
    'At the conclusion of the Dialogue, the leaders signed a Memorandum of Cooperation to expand law enforcement collaboration between the United States and India.',
    ['training-moc', 'law-enforcement-cooperation'],
  ],
  [
    'dhs-readout',
    'p4-s2',
    'The new Memorandum between the Federal Law Enforcement Training Centers and India’s National Police Academy institutionalizes police training cooperation between our governments through the sharing of best practices and joint programming.',
    ['training-moc'],
  ],
  [
    'dhs-readout',
    'p5-s1',
    'DHS looks forward to building upon these productive discussions and commitments as we continue working to strengthen our partnership with India to further our shared security interests.',
    [],
  ],
  [
    'india-news-network',
    'p1-s1',
    'The India-US Senior Officials’ Homeland Security Dialogue (HSD) held in New Delhi on Wednesday (February 28, 2024) marks a significant advancement in the strategic alliance between India and the United States.',
    [],
  ],
  [
    'india-news-network',
    'p2-s1',
    'This high-level meeting reiterated the shared resolve of both nations to combat a spectrum of security challenges, including terrorism, violent extremism, drug trafficking, and organized crime.',
    ['counterterrorism', 'counternarcotics', 'organised-crime'],
  ],
  [
    'india-news-network',
    'p3-s1',
    'The respective sides were represented by Ajay Bhalla, Home Secretary of the Ministry of Home Affairs, Government of India, and Kristie Canegallo, Acting Deputy Secretary of the U.S. Department of Homeland Security.',
    [],
  ],
  [
    'india-news-network',
    'p4-s1',
    'A pivotal focus of the dialogue was the review and furtherance of ongoing cooperation in counter-terrorism and security, foundational pillars of the India-US strategic partnership.',
    ['counterterrorism'],
  ],
  [
    'india-news-network',
    'p4-s2',
    'The discussions ventured into critical areas such as enhancing bilateral efforts to combat illegal migration, human trafficking, money laundering, cyber-crimes, and the misuse of the cyber domain for illicit activities, including terror financing.',
    ['cybercrime', 'irregular-migration', 'smuggling-trafficking', 'illicit-finance'],
  ],
  [
    'india-news-network',
    'p5-s1',
    'The dialogue also reinforced the commitment of both countries to fortify the vibrant people-to-people connections by implementing measures to ensure safe and legal migration.',
    ['legal-migration'],
  ],
  [
    'india-news-network',
    'p5-s2',
    'A key outcome of the discussions was the mutual agreement on consolidating collaboration between the respective law enforcement agencies through information exchange, capacity building, technical assistance, and regular engagements of sub-groups under the HSD framework.',
    ['law-enforcement-cooperation'],
  ],
  [
    'india-news-network',
    'p6-s1',
    'One of the highlights of the dialogue was the signing of a Memorandum of Cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.',
    ['training-moc'],
  ],
  [
    'india-news-network',
    'p6-s2',
    'This agreement promises to enhance the capabilities and effectiveness of law enforcement personnel in both countries.',
    [],
  ],
  [
    'india-news-network',
    'p7-s1',
    'Established in 2010 as an extension of the India-US Counterterrorism Initiative, the Homeland Security Dialogue has evolved into a crucial mechanism for bilateral engagement on security issues.',
    ['dialogue-history'],
  ],
  [
    'india-news-network',
    'p7-s2',
    'The discussions during this latest meeting reflect a deepening commitment to a secure and prosperous future for both nations, emphasizing the importance of cooperation in the face of global security threats.',
    [],
  ],
  [
    'india-news-network',
    'p8-s1',
    'Both parties have agreed to continue this constructive dialogue with the next round of discussions scheduled to take place in Washington DC at a mutually convenient date.',
    ['next-round'],
  ],
  [
    'india-news-network',
    'p8-s2',
    'This ongoing engagement is a testimonial to the dynamic and evolving partnership between India and the United States, aimed at addressing the multifaceted challenges of the 21st century and beyond.',
    [],
  ],
  [
    'khatrimaza-republication',
    'p1-s1',
    'New Delhi: Cooperation in counterterrorism, narcotics trafficking and illegal immigration figured in India-US senior officials’ homeland security dialogue on Wednesday, with the two sides signing a memorandum of cooperation on law enforcement training.',
    ['counterterrorism', 'counternarcotics', 'irregular-migration', 'training-moc'],
  ],
  [
    'khatrimaza-republication',
    'p2-s1',
    'The two sides reviewed ongoing work in counter-terrorism and security, which a readout from the Union home ministry described as a “key pillar” of the bilateral strategic partnership.',
    ['counterterrorism'],
  ],
  [
    'khatrimaza-republication',
    'p2-s2',
    'They discussed steps that can be taken to bolster bilateral efforts to combat terror, violent extremism, drug trafficking and organised crime.',
    ['counterterrorism', 'counternarcotics', 'organised-crime'],
  ],
  [
    'khatrimaza-republication',
    'p3-s1',
    'The dialogue concluded with signing a memorandum of cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.',
    ['training-moc'],
  ],
  [
    'khatrimaza-republication',
    'p4-s1',
    'People familiar with the matter said on condition of anonymity that discussions focused on US efforts to restrict access to fentanyl, the powerful synthetic opioid linked to a sharp rise in drug overdose deaths in the United States.',
    ['fentanyl-precursors'],
  ],
  [
    'khatrimaza-republication',
    'p5-s1',
    'Following the launch last month of a US-China counter-narcotics working group to curb the production and trade of fentanyl, Washington is looking to work with other key partners to cut off access to illegal supplies of the opioid for foreign drug cartels.',
    ['counternarcotics', 'fentanyl-precursors'],
  ],
  [
    'khatrimaza-republication',
    'p6-s1',
    'The people said Mexican drug cartels could turn to India, with its extensive pharmaceutical industry, as a possible source of fentanyl, and cooperation could look at joint monitoring of the supply of the lab-made drug.',
    ['counternarcotics', 'fentanyl-precursors'],
  ],
  [
    'khatrimaza-republication',
    'p6-s2',
    'They acknowledged that India already has a good monitoring system, and the joint work will seek to build on this.',
    [],
  ],
  [
    'khatrimaza-republication',
    'p6-s3',
    'In this context, the two sides are looking to finalise a memorandum of cooperation on countering narcotics trafficking.',
    ['counternarcotics'],
  ],
  [
    'khatrimaza-republication',
    'p7-s1',
    'During the dialogue, the two sides looked at ways to speed up the tackling of illegal migration, especially in the context of Mexico, Salvador and India emerging as the top three source countries for such migrants, the people said.',
    ['irregular-migration'],
  ],
  [
    'khatrimaza-republication',
    'p7-s2',
    'One of the measures being looked at to tackle this issue is sharing biometric information since many illegal migrants get rid of their travel documents, the people said.',
    ['irregular-migration', 'biometrics'],
  ],
  [
    'khatrimaza-republication',
    'p8-s1',
    'The issue of handling the cases of all illegal migrants, including detention and deportation, within 30 days also figured in the talks, the people said.',
    ['irregular-migration'],
  ],
  [
    'khatrimaza-republication',
    'p8-s2',
    'At the same time, the two sides have also taken steps to facilitate travel by holders of visas such the H-1B and their families, the people said.',
    ['legal-migration'],
  ],
  [
    'khatrimaza-republication',
    'p9-s1',
    'The Indian readout said the two sides reaffirmed their commitment to strengthening people-to-people ties by taking steps to enable safe and legal migration and to counter illegal migration and human trafficking.',
    ['irregular-migration', 'legal-migration', 'smuggling-trafficking'],
  ],
  [
    'khatrimaza-republication',
    'p10-s1',
    'Cyber-security was another important element of the dialogue, especially measures to counter phishing attacks and demands for cyber ransom from private companies and to exchange information on the activities of criminal gangs, the people said.',
    ['cybercrime', 'organised-crime', 'law-enforcement-cooperation'],
  ],
  [
    'khatrimaza-republication',
    'p10-s2',
    'The Indian readout said the two sides discussed ways to counter money laundering, cyber-crimes and misuse of the cyber domain for illegal activities, including terror financing.',
    ['cybercrime', 'illicit-finance'],
  ],
  [
    'khatrimaza-republication',
    'p11-s1',
    'The issue of Nikhil Gupta, the Indian national named in a US indictment over an alleged plot to kill Khalistani leader Gurpatwant Singh Pannun on American soil, didn’t figure in the dialogue.',
    ['!khalistan-pannun'],
  ],
  [
    'khatrimaza-republication',
    'p11-s2',
    'Gupta was detained in the Czech Republic last June and has challenged a Czech court’s order clearing his extradition to the US.',
    ['extradition'],
  ],
  [
    'khatrimaza-republication',
    'p12-s1',
    'The US indictment alleged that an Indian government employee ordered the assassination of Sikhs for Justice (SFJ) leader Pannun in New York.',
    ['khalistan-pannun'],
  ],
  [
    'khatrimaza-republication',
    'p12-s2',
    'The SFJ has been outlawed by India and Pannun was declared a terrorist.',
    ['counterterrorism', 'khalistan-pannun'],
  ],
  [
    'khatrimaza-republication',
    'p13-s1',
    'The Indian side at the dialogue was led by home secretary Ajay Bhalla, and the US delegation was headed by Kristie Canegallo, acting deputy secretary in the department of homeland security.',
    [],
  ],
  [
    'khatrimaza-republication',
    'p13-s2',
    'They reiterated their interest in consolidating collaboration between law enforcement agencies through exchange of information, capacity building, technical assistance and regular meetings of sub-groups set up under the India-US Homeland Security Dialogue.',
    ['law-enforcement-cooperation'],
  ],
  [
    'khatrimaza-republication',
    'p14-s1',
    'Both sides agreed to hold the next round of the senior officials’ dialogue in Washington.',
    ['next-round'],
  ],
  [
    'ians-menafn',
    'p1-s1',
    '(MENAFN- IANS) New Delhi, Feb 28 (IANS) Terrorism, organised crime, drug trafficking, money laundering, and cyber-crimes were some of the issues that came up for discussion at the high-level India-US Homeland Security Dialogue here on Wednesday.',
    ['counterterrorism', 'counternarcotics', 'cybercrime', 'illicit-finance', 'organised-crime'],
  ],
  [
    'ians-menafn',
    'p2-s1',
    'Home Secretary Ajay Bhalla and Acting Deputy Secretary Kristie Canegallo, US Department of Homeland Security, led the respective delegations to reaffirm their commitment to strengthening people-to-people ties between the two countries.',
    ['legal-migration'],
  ],
  [
    'ians-menafn',
    'p2-s2',
    'During the dialogue, both sides reviewed ongoing cooperation in counter-terrorism and security domains, which has been a key pillar of the India-US strategic partnership.',
    ['counterterrorism'],
  ],
  [
    'ians-menafn',
    'p3-s1',
    'In this context, they discussed steps that can be taken to bolster bilateral efforts to combat terrorism and violent extremism, drug trafficking, organised crime and ensure transportation security, the Ministry of Home Affairs stated.',
    ['counterterrorism', 'counternarcotics', 'organised-crime', 'transportation-security'],
  ],
  [
    'ians-menafn',
    'p4-s1',
    'To strengthen people-to-people ties between the two countries, the two sides agreed to take steps to enable safe and legal migration, counter illegal migration, human trafficking, money laundering, cyber-crimes, and misuse of the cyber domain for illegal activities including terror financing.',
    ['cybercrime', 'irregular-migration', 'legal-migration', 'smuggling-trafficking', 'illicit-finance'],
  ],
  [
    'ians-menafn',
    'p5-s1',
    'Going further, the co-chairs reiterated their keen interest in consolidating the mutually beneficial collaboration between the respective law enforcement agencies via exchange of information, capacity building, technical assistance, and regular meetings of sub-groups set-up under the framework of the Homeland Security Dialogue.',
    ['law-enforcement-cooperation'],
  ],
  [
    'ians-menafn',
    'p6-s1',
    "The dialogue concluded with the signing of a Memorandum of Cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India's Sardar Vallabhbhai Patel National Police Academy.",
    ['training-moc'],
  ],
  [
    'ians-menafn',
    'p7-s1',
    "Both sides agreed to hold the next round of the Senior Officials' Homeland Security Dialogue in Washington DC at a mutually convenient date.",
    ['next-round'],
  ],
  [
    'ians-menafn',
    'p8-s1',
    'The last India-US homeland security dialogue was held in January 2022.',
    ['dialogue-history'],
  ],
  [
    'ians-menafn',
    'p9-s1',
    'The meeting comes as India seeks action against Khalistan supporters involved in the July 2023 attack on the Indian consulate in San Francisco and extradition of Tahawwur Rana, an accused in the 26/11 Mumbai terror attacks.',
    ['counterterrorism', 'khalistan-pannun', 'extradition'],
  ],
  [
    'tfipost',
    'p1-s1',
    'The Homeland Security Dialogue between India and the United States, held in New Delhi from February 27 to 29, 2024, epitomized a pivotal moment in the strategic partnership between the two nations.',
    [],
  ],
  [
    'tfipost',
    'p1-s2',
    'Led by senior officials from the US and India, the dialogue showcased a robust commitment to bilateral security cooperation.',
    [],
  ],
  [
    'tfipost',
    'p1-s3',
    'Addressing a spectrum of critical issues including counternarcotics efforts, customs collaboration, counterterrorism measures, cybercrime prevention, and managing irregular migration, the discussions underscored shared goals in safeguarding territories and citizens.',
    ['counterterrorism', 'counternarcotics', 'customs', 'cybercrime', 'irregular-migration'],
  ],
  [
    'tfipost',
    'p1-s4',
    'This dialogue marked a significant step towards bolstering mutual security interests and fostering enduring cooperation.',
    [],
  ],
  [
    'tfipost',
    'p2-s1',
    'The recent Homeland Security Dialogue between India and the United States held in New Delhi from February 27 to February 29, 2024, marked a significant milestone in strengthening the strategic partnership between the two nations.',
    [],
  ],
  [
    'tfipost',
    'p2-s2',
    'Led by senior officials from both countries, the dialogue saw the active participation of Acting Deputy Secretary Kristie Canegallo from the US and Home Secretary Ajay Bhalla from India, underscoring the importance attached to bilateral security cooperation.',
    [],
  ],
  [
    'tfipost',
    'p3-s1',
    'Throughout the dialogue, various critical issues were addressed, reflecting the comprehensive nature of the discussions.',
    [],
  ],
  [
    'tfipost',
    'p3-s2',
    'Key topics covered included counternarcotics efforts, customs collaboration, counterterrorism measures, cybercrime prevention, and managing irregular migration.',
    ['counterterrorism', 'counternarcotics', 'customs', 'cybercrime', 'irregular-migration'],
  ],
  [
    'tfipost',
    'p3-s3',
    'These discussions highlighted the shared commitment of both nations to address evolving security challenges and enhance cooperation in safeguarding their respective territories and citizens.',
    [],
  ],
  [
    'tfipost',
    'p4-s1',
    'The dialogue emphasized the need for joint efforts in addressing drug regulatory issues and enhancing law enforcement cooperation to combat the proliferation of narcotics.',
    ['counternarcotics', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p4-s2',
    'Both countries acknowledged the importance of preventing the diversion of pharmaceuticals and other chemicals used as precursors for illicit drugs.',
    ['counternarcotics', 'fentanyl-precursors'],
  ],
  [
    'tfipost',
    'p4-s3',
    'The US-India Counternarcotics Working Group’s role in guiding collaborative efforts was also recognized.',
    ['counternarcotics'],
  ],
  [
    'tfipost',
    'p5-s1',
    'Participants discussed strategies for enhancing customs collaboration to prevent illegal trafficking of goods and substances across borders.',
    ['customs'],
  ],
  [
    'tfipost',
    'p5-s2',
    'Strengthening information sharing and coordination between customs authorities was identified as crucial in combating transnational organized crime networks involved in illicit trade activities.',
    ['customs', 'organised-crime', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p6-s1',
    'The dialogue underscored the shared commitment to bolstering counterterrorism measures and combating violent extremism.',
    ['counterterrorism'],
  ],
  [
    'tfipost',
    'p6-s2',
    'Both countries deliberated on steps to enhance intelligence sharing, capacity building, and coordination in disrupting terrorist networks and thwarting their activities.',
    ['counterterrorism', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p7-s1',
    'Given the increasing threat of cybercrime, the dialogue addressed the importance of enhancing cooperation in cybercrime prevention and cybersecurity.',
    ['cybercrime'],
  ],
  [
    'tfipost',
    'p7-s2',
    'Participants emphasized the need for joint efforts to combat cyber threats, including terror-financing and other illegal activities conducted in the cyber domain.',
    ['cybercrime', 'illicit-finance'],
  ],
  [
    'tfipost',
    'p8-s1',
    'The dialogue recognized the challenges posed by irregular migration and discussed strategies for managing it effectively.',
    ['irregular-migration'],
  ],
  [
    'tfipost',
    'p8-s2',
    'Both sides reaffirmed their commitment to ensuring legal immigration channels while rigorously enforcing immigration laws, including the repatriation of individuals lacking legal grounds to remain in the United States.',
    ['irregular-migration', 'legal-migration'],
  ],
  [
    'tfipost',
    'p9-s1',
    'Both India and the US reiterated their mutual dedication to improving legal immigration channels.',
    ['legal-migration'],
  ],
  [
    'tfipost',
    'p9-s2',
    'This commitment underscores the importance of facilitating safe and lawful migration processes for individuals seeking to enter both countries.',
    ['legal-migration'],
  ],
  [
    'tfipost',
    'p9-s3',
    'Strict enforcement of immigration laws was emphasized to ensure the integrity of immigration systems and to address concerns related to illegal immigration.',
    ['irregular-migration'],
  ],
  [
    'tfipost',
    'p10-s1',
    'Recognizing the nefarious activities of smugglers who exploit vulnerable migrants, both nations pledged joint efforts to combat such criminal networks.',
    ['smuggling-trafficking', 'organised-crime'],
  ],
  [
    'tfipost',
    'p10-s2',
    'This commitment aims to protect migrants from exploitation and trafficking while strengthening border security measures to deter smuggling operations.',
    ['smuggling-trafficking'],
  ],
  [
    'tfipost',
    'p11-s1',
    'The Homeland Security Dialogue acknowledged the pivotal role of the US-India Counternarcotics Working Group in guiding joint efforts to address drug regulatory issues and enhance law enforcement cooperation.',
    ['counternarcotics', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p11-s2',
    'In line with this acknowledgment, a Memorandum of Cooperation was signed to expand collaboration in law enforcement.',
    ['training-moc', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p11-s3',
    'This memorandum signifies a commitment to deepen cooperation in combating drug trafficking and other transnational criminal activities.',
    ['counternarcotics', 'organised-crime'],
  ],
  [
    'tfipost',
    'p12-s1',
    'The dialogue emphasized the importance of addressing drug regulatory issues to prevent the diversion of pharmaceuticals and chemicals used in the production of illicit drugs.',
    ['counternarcotics', 'fentanyl-precursors'],
  ],
  [
    'tfipost',
    'p12-s2',
    'Both countries pledged joint efforts to enhance regulatory frameworks and enforcement measures to combat the proliferation of illicit drugs.',
    ['counternarcotics'],
  ],
  [
    'tfipost',
    'p13-s1',
    'Recognizing the need for enhanced law enforcement cooperation, both India and the US committed to strengthening collaboration in combating drug trafficking and other criminal activities.',
    ['counternarcotics', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p13-s2',
    'This includes sharing intelligence, coordinating operations, and conducting joint initiatives to disrupt drug trafficking networks.',
    ['counternarcotics', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p14-s1',
    'The signing of a Memorandum of Cooperation between the US Federal Law Enforcement Training Centre and India’s National Police Academy signifies a significant step towards strengthening bilateral security cooperation.',
    ['training-moc'],
  ],
  [
    'tfipost',
    'p14-s2',
    'This memorandum aims to facilitate the exchange of best practices, capacity building, and joint training programs, thereby enhancing the capabilities of law enforcement agencies in both countries.',
    ['training-moc', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p15-s1',
    'Both India and the US reiterated their commitment to fostering strong people-to-people ties by facilitating safe and legal migration processes.',
    ['legal-migration'],
  ],
  [
    'tfipost',
    'p15-s2',
    'This commitment underscores the shared belief in the importance of promoting lawful immigration channels while safeguarding the rights and well-being of migrants.',
    ['legal-migration'],
  ],
  [
    'tfipost',
    'p15-s3',
    'Efforts to counter illegal migration and human trafficking were emphasized as essential components of this commitment.',
    ['irregular-migration', 'smuggling-trafficking'],
  ],
  [
    'tfipost',
    'p15-s4',
    'Both countries pledged to work together to prevent the exploitation and trafficking of vulnerable individuals, thereby promoting human rights and dignity.',
    ['smuggling-trafficking'],
  ],
  [
    'tfipost',
    'p16-s1',
    'There is a mutual interest in consolidating collaboration between law enforcement agencies from both nations.',
    ['law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p16-s2',
    'This collaboration encompasses various aspects, including the exchange of information, capacity building initiatives, and regular meetings to discuss shared security challenges.',
    ['law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p16-s3',
    'By enhancing cooperation between law enforcement agencies, India and the US seek to strengthen their collective efforts in combating transnational threats such as terrorism, drug trafficking, and organized crime.',
    ['counterterrorism', 'counternarcotics', 'organised-crime', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p16-s4',
    'This collaborative approach underscores the importance of coordination and partnership in addressing complex security challenges.',
    [],
  ],
  [
    'tfipost',
    'p17-s1',
    'The agreement to hold the next round of the Senior Officials’ Homeland Security Dialogue in Washington D.C. reflects the commitment of both countries to sustaining and deepening their security cooperation.',
    ['next-round'],
  ],
  [
    'tfipost',
    'p17-s2',
    'This upcoming dialogue presents an opportunity for further engagement and collaboration on key security issues, including counternarcotics efforts, counterterrorism measures, and cybersecurity.',
    ['counterterrorism', 'counternarcotics', 'cybercrime', 'next-round'],
  ],
  [
    'tfipost',
    'p17-s3',
    'By convening in Washington D.C., both nations aim to continue building upon the progress made during previous dialogues and to explore new avenues for cooperation.',
    ['dialogue-history'],
  ],
  [
    'tfipost',
    'p18-s1',
    'In conclusion, the Homeland Security Dialogue between India and the United States affirmed a steadfast commitment to joint security efforts.',
    [],
  ],
  [
    'tfipost',
    'p18-s2',
    'Through agreements on enhancing legal immigration channels, combating smuggling, and deepening counternarcotics and law enforcement collaboration, both nations showcased their dedication to addressing transnational threats.',
    ['counternarcotics', 'legal-migration', 'smuggling-trafficking', 'law-enforcement-cooperation'],
  ],
  [
    'tfipost',
    'p18-s3',
    'The emphasis on people-to-people ties and future engagements, including the upcoming dialogue in Washington D.C., signifies a proactive approach towards sustaining and expanding the bilateral security partnership to effectively tackle evolving security challenges.',
    ['legal-migration', 'next-round'],
  ],
];

let compiled: CompiledTopic[];
let articles: { slug: string; article: Article }[];

beforeAll(async () => {
  const topics = loadTopics().sort((a, b) => a.data.order - b.data.order);
  const result = compileTopics(topics.map((t) => ({ slug: t.id, ...t.data })));
  expect(result.problems).toEqual([]);
  compiled = result.compiled;
  articles = await loadArticles();
});

/** The five reports the table was written from; a dossier may hold others, which the table says nothing about. */
const FIVE = [...new Set(table.map(([source]) => source))];

describe('the table of sentences', () => {
  test('holds every sentence of each of the five reports, with its exact text, and nothing else', () => {
    expect(FIVE).toHaveLength(5);
    expect(articles.map((a) => a.slug)).toEqual(expect.arrayContaining(FIVE));
    const actual = articles
      .filter(({ slug }) => FIVE.includes(slug))
      .flatMap(({ slug, article }) => article.paragraphs.flatMap((p) => p.sentences.map((s) => [slug, s.id, s.text])));
    const expected = table.map(([source, sentence, text]) => [source, sentence, text]);
    const bySourceThenPosition = (rows: string[][]) => [...rows].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(bySourceThenPosition(actual)).toEqual(bySourceThenPosition(expected));
  });

  test('every report in content/sources, the five and any other, has sentences numbered p1-s1, p1-s2, … in order', () => {
    for (const { slug, article } of articles) {
      const sentences = article.paragraphs.flatMap((p) => p.sentences);
      expect(sentences.length, slug).toBeGreaterThan(0);
      for (const [i, p] of article.paragraphs.entries()) {
        expect(
          p.sentences.map((s) => s.id),
          slug,
        ).toEqual(p.sentences.map((_, j) => `p${i + 1}-s${j + 1}`));
      }
    }
  });
});

describe('topics per sentence', () => {
  test.each(table)('%s %s', (_source, _sentence, text, topics) => {
    const found = matchSentence(text, compiled).map((m) => (m.negated ? `!${m.topic}` : m.topic));
    expect(found).toEqual(topics);
  });
});
