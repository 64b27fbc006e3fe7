/**
 * Loads the editorial collections (content/facts/, content/discrepancies/, content/events/) and checks every quote
 * against the dossier's article texts, once per build (src/lib/editorial/editorial.ts). A quote that is not word for word in its
 * report fails the build here, naming the file, the field and the report.
 */
import { getCollection } from 'astro:content';
import { buildEditorial } from '../lib/editorial/editorial';
import { dossier } from './built-dossier';

const [facts, discrepancies, events] = await Promise.all([
  getCollection('facts'),
  getCollection('discrepancies'),
  getCollection('events'),
]);

const file = (folder: string, id: string, filePath: string | undefined) => filePath ?? `content/${folder}/${id}.yaml`;

export const editorial = buildEditorial(
  {
    facts: facts.map((f) => ({ id: f.id, filePath: file('facts', f.id, f.filePath), data: f.data })),
    discrepancies: discrepancies.map((d) => ({
      id: d.id,
      filePath: file('discrepancies', d.id, d.filePath),
      data: d.data,
    })),
    events: events.map((e) => ({ id: e.id, filePath: file('events', e.id, e.filePath), data: e.data })),
  },
  dossier,
);
