/**
 * Files the build writes directly, not through a route (docs/performance.md, "Files written in one pass"): the
 * per-report data files and the search's shards, some 3,400 files at 1,000 reports. As Astro routes each paid for a
 * request, a response, a log line and its own `mkdir`, and Astro kept every route's parameters; written in one pass
 * after the pages, they cost a few tenths of a second.
 *
 * A route that is built once (data/by-report.json, search/manifest.js) queues a source of files while it renders;
 * the `build-files` integration (src/integrations/build-files.ts) takes the sources after the pages are generated
 * and writes their files into the output folder. The queue is on `globalThis` because the pages run from Astro's
 * bundle of them while the integration runs from the configuration, in the same process but as separate modules.
 * In `astro dev` nothing writes files: the same routes serve each file on request (`writtenByRoutes`).
 */

/** A site path without its leading slash ("data/sources/a.json") and the file's text, written as UTF-8. */
export type BuildFile = readonly [path: string, text: string];

/** Makes the files when called, one at a time, so that a source need not hold them all at once. */
export type BuildFileSource = () => Iterable<BuildFile>;

const QUEUE = Symbol.for('india-us-hsd.build-files');

type Queue = Map<string, BuildFileSource>;

function queue(): Queue {
  const holder = globalThis as { [QUEUE]?: Queue };
  return (holder[QUEUE] ??= new Map());
}

/** Queues a source of files under a name; queuing the same name again replaces it (a route may render twice). */
export function queueBuildFiles(name: string, source: BuildFileSource): void {
  queue().set(name, source);
}

/** Takes every queued source, in the order they were first queued, and empties the queue. */
export function takeBuildFiles(): BuildFileSource[] {
  const sources = [...queue().values()];
  queue().clear();
  return sources;
}

/**
 * Whether the routes of these files make them (in `astro dev`, where a file is asked for by its address) rather
 * than the build's single pass. Routes call it in `getStaticPaths`.
 */
export const writtenByRoutes = (): boolean => import.meta.env.DEV;
