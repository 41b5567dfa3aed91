/**
 * Loads every collection once per build, checks cross-references, and numbers the sources in
 * the order the story first cites them. Pages and components get their data from here.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent, bodyCitations } from './validate';

export type Chapter = CollectionEntry<'story'>;
export type Source = CollectionEntry<'sources'>;

export interface StoryContent {
  chapters: Chapter[];
  sources: Source[];
  sourceById: Map<string, Source['data']>;
  /** Footnote number of each source id: first citation in the story comes first. */
  sourceNumber: Map<string, number>;
  places: CollectionEntry<'places'>[];
  launches: CollectionEntry<'launches'>[];
  exchanges: CollectionEntry<'exchanges'>[];
  flows: CollectionEntry<'flows'>[];
  denials: CollectionEntry<'denials'>[];
  glossary: CollectionEntry<'glossary'>[];
  people: CollectionEntry<'people'>[];
  classroom: CollectionEntry<'classroom'>[];
  updates: CollectionEntry<'updates'>[];
}

/**
 * Orders source ids for the footnotes: those cited in the chapters' prose first, in reading
 * order, then those cited only by data rows, then the rest, each group alphabetically.
 *
 *   citationOrder(['<Cite s="b a" />'], ['c'], ['a', 'b', 'c', 'd']) -> ['b', 'a', 'c', 'd']
 */
export function citationOrder(bodies: string[], dataCited: string[], all: string[]): string[] {
  const order = [...new Set([...bodies.flatMap(bodyCitations), ...[...dataCited].sort(), ...[...all].sort()])];
  return order.filter((id) => all.includes(id));
}

/** The line of its file on which an MDX body starts, so the citation check can point into the file. */
function bodyLine(filePath: string | undefined, body: string | undefined): number {
  if (!filePath || !body) return 1;
  const text = readFileSync(filePath, 'utf8');
  const at = text.indexOf(body);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

let loaded: Promise<StoryContent> | undefined;

/** All content, validated; the build fails here with every problem listed when data is bad. */
export function storyContent(): Promise<StoryContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<StoryContent> {
  const [story, storyKo, sources, places, launches, exchanges, flows, denials, glossary, people, classroom, updates] = await Promise.all([
    getCollection('story'),
    getCollection('storyKo'),
    getCollection('sources'),
    getCollection('places'),
    getCollection('launches'),
    getCollection('exchanges'),
    getCollection('flows'),
    getCollection('denials'),
    getCollection('glossary'),
    getCollection('people'),
    getCollection('classroom'),
    getCollection('updates'),
  ]);
  const chapters = story.sort((a, b) => a.data.order - b.data.order);
  const located = chapters.map((c) => ({ ...c, bodyLine: bodyLine(c.filePath, c.body) }));
  assertContent({ story: located, storyKo, sources, places, launches, exchanges, flows, denials, glossary, people, classroom, updates });

  const launchCited = launches.flatMap((l) => [...l.data.distances, ...l.data.landings, ...l.data.claims].flatMap((c) => c.sources));
  const dataCited = [
    ...[places, exchanges, flows, denials, glossary, people, updates].flatMap((rows) => rows.flatMap((r) => r.data.sources)),
    ...launchCited,
    ...chapters.flatMap((c) => c.data.steps.flatMap((s) => s.sources)),
    ...classroom.flatMap((c) => c.data.questions.flatMap((q) => q.sources)),
  ];
  const order = citationOrder(
    chapters.map((c) => c.body ?? ''),
    dataCited,
    sources.map((s) => s.id),
  );
  const sourceNumber = new Map(order.map((id, i) => [id, i + 1]));
  // Changes of one day are listed in the order a reader meets their places on the page.
  const pagePlaces = ['summary', ...chapters.flatMap((c) => [c.id, ...c.data.steps.map((s) => s.id)]), 'classroom', 'glossary', 'names', 'sources'];
  const pageOrder = (at: string | undefined) => (at === undefined ? -1 : pagePlaces.indexOf(at));
  const byNumber = (a: Source, b: Source) => sourceNumber.get(a.id)! - sourceNumber.get(b.id)!;
  return {
    chapters,
    sources: [...sources].sort(byNumber),
    sourceById: new Map(sources.map((s) => [s.id, s.data])),
    sourceNumber,
    places,
    launches,
    exchanges,
    flows,
    denials,
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    people,
    classroom,
    updates: [...updates].sort((a, b) => b.data.date.localeCompare(a.data.date) || pageOrder(a.data.at) - pageOrder(b.data.at)),
  };
}
