/**
 * Loads every collection once per build, checks cross-references, and numbers the sources in
 * the order the story first cites them. Pages and components get their data from here.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent, bodyCitations } from './validate';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { localizeData, overlay } from '../i18n/localize';

export type Chapter = CollectionEntry<'story'>;
export type Source = CollectionEntry<'sources'>;

export interface StoryContent {
  /** The edition this content is in: every entry's `data` reads in its language. */
  locale: Locale;
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

/** Each English entry's data as the content holds it, with every edition's words: what the other editions are made from. */
const withEditions = new WeakMap<object, unknown>();
type EnglishContent = StoryContent & { editionChapters: Map<Locale, Map<string, EditionChapter>> };
let loaded: Promise<EnglishContent> | undefined;
const editions = new Map<Locale, Promise<StoryContent>>();

/**
 * All content, validated, in one edition (English by default); the build fails here with every
 * problem listed when data is bad. Each edition has the same entries, ids, order and footnote
 * numbers; only the words differ.
 */
export function storyContent(locale: Locale = DEFAULT_LOCALE): Promise<StoryContent> {
  loaded ??= load();
  if (locale === DEFAULT_LOCALE) return loaded;
  let edition = editions.get(locale);
  if (!edition) {
    edition = loaded.then((english) => localize(english, locale));
    editions.set(locale, edition);
  }
  return edition;
}

/** Every entry's data in `locale`; the chapters are the edition's own MDX, with the English step tables and the edition's takeaways. */
function localize(english: EnglishContent, locale: Locale): StoryContent {
  const entries = <T extends { data: unknown }>(list: T[]): T[] => list.map((e) => ({ ...e, data: localizeData(withEditions.get(e) ?? e.data, locale) }));
  const own = english.editionChapters.get(locale);
  const chapters = english.chapters.map((en) => {
    const tr = own?.get(en.id);
    if (!tr) throw new Error(`content/${locale}/story/${en.id}.mdx: no edition of chapter "${en.id}" in ${locale}`);
    const words = new Map(tr.data.steps.map(({ id, ...text }) => [id, text]));
    // The edition's entry renders its MDX; its data is the English step table in the edition's words.
    const steps = en.data.steps.map((s) => overlay(s, words.get(s.id)) as typeof s);
    return { ...tr, data: { ...en.data, title: tr.data.title, kicker: tr.data.kicker, steps } } as unknown as Chapter;
  });
  const sources = entries(english.sources);
  const glossary = entries(english.glossary).sort((a, b) => a.data.term.localeCompare(b.data.term, locale));
  return {
    ...english,
    locale,
    chapters,
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s.data])),
    places: entries(english.places),
    launches: entries(english.launches),
    exchanges: entries(english.exchanges),
    flows: entries(english.flows),
    denials: entries(english.denials),
    glossary,
    people: entries(english.people),
    classroom: entries(english.classroom),
    updates: entries(english.updates),
  };
}

type EditionChapter = CollectionEntry<'storyKo'>;

async function load(): Promise<EnglishContent> {
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
  const en = <T extends { data: unknown }>(list: T[]): T[] =>
    list.map((e) => {
      const entry = { ...e, data: localizeData(e.data, 'en') };
      withEditions.set(entry, e.data);
      return entry;
    });
  return {
    locale: DEFAULT_LOCALE,
    editionChapters: new Map([['ko', new Map(storyKo.map((c) => [c.id, c]))]]),
    chapters,
    sources: en([...sources].sort(byNumber)),
    sourceById: new Map(sources.map((s) => [s.id, localizeData(s.data, 'en')])),
    sourceNumber,
    places: en(places),
    launches: en(launches),
    exchanges: en(exchanges),
    flows: en(flows),
    denials: en(denials),
    glossary: en([...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term))),
    people: en(people),
    classroom: en(classroom),
    updates: en([...updates]).sort((a, b) => b.data.date.localeCompare(a.data.date) || pageOrder(a.data.at) - pageOrder(b.data.at)),
  };
}
