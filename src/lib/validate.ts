/**
 * Checks what a schema alone cannot: that every source, denial, exchange and step id a row names
 * exists, that step ids are unique, and that dated rows fall inside their chapter's period.
 * Each problem names the file, the entry and the field, so an editor can go straight to it.
 *
 *   contentProblems({ ...collections, exchanges: [{ id: 'x', data: { sources: ['nope'] } }] })
 *   -> ['content/data/exchanges.yaml: entry "x", field "sources[0]": unknown source id "nope"']
 */
import { within } from './dates';
import { factIn, uncitedSentences } from './citations';
import { chapterTranslationProblems, translationProblems, type ChapterText } from './translations';
import { FLOW_CATEGORIES } from './vocabulary';

export interface Entry<T> {
  id: string;
  data: T;
  /** For story chapters: the MDX file, its body, and the file line the body starts on. */
  filePath?: string;
  body?: string;
  bodyLine?: number;
}

type Sourced = { sources: string[] };

type StepForCheck = { id: string; takeaway?: string; sources?: string[]; highlight?: unknown; places?: unknown } & Record<string, unknown>;

export interface ContentForCheck {
  story: Array<Entry<{ chart: string; period?: { start: string; end: string }; steps: StepForCheck[] }>>;
  sources: Array<Entry<unknown>>;
  places: Array<Entry<Sourced>>;
  exchanges: Array<Entry<Sourced & { start: string; end?: string }>>;
  flows: Array<Entry<Sourced & { claimDate: string; deniedBy: string[] }>>;
  denials: Array<Entry<Sourced>>;
  glossary: Array<Entry<{ sources: string[]; definition?: string }>>;
  people?: Array<Entry<Sourced & { role?: string }>>;
  classroom?: Array<Entry<{ questions?: Array<{ q: string; sources: string[] }> }>>;
  launches?: Array<Entry<LaunchForCheck>>;
  updates?: Array<Entry<{ at?: string; sources: string[] }>>;
  /** The Korean edition's chapters; checked against the English when given. */
  storyKo?: ChapterText[];
}

type LaunchClaimForCheck = Sourced & { id: string; place?: string };
interface LaunchForCheck {
  from: string;
  toward?: string;
  distances: LaunchClaimForCheck[];
  landings: LaunchClaimForCheck[];
  claims: LaunchClaimForCheck[];
}

/** Where each data collection lives, relative to the project. */
export const dataFile = (collection: string) => `content/data/${collection}.yaml`;

const where = (file: string, entry: string, field: string) => `${file}: entry "${entry}", field "${field}"`;

/** The `<Step id="…">` ids of an MDX body, in order. */
export const bodyStepIds = (body: string): string[] => [...body.matchAll(/<Step\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);

/** The source ids cited with `<Cite s="a b">` in an MDX body, in order of first citation. */
export const bodyCitations = (body: string): string[] =>
  [...new Set([...body.matchAll(/<Cite\s[^>]*\bs="([^"]+)"/g)].flatMap((m) => m[1]!.trim().split(/\s+/)))];

/** The glossary ids of `<Term t="…">` in an MDX body. */
export const bodyTerms = (body: string): string[] => [...body.matchAll(/<Term\s[^>]*\bt="([^"]+)"/g)].map((m) => m[1]!);

/** The people (`p`) and places (`place`) named with `<Name>` in an MDX body. */
export const bodyNames = (body: string): Array<{ kind: 'p' | 'place'; id: string }> =>
  [...body.matchAll(/<Name\s[^>]*\b(p|place)="([^"]+)"/g)].map((m) => ({ kind: m[1] as 'p' | 'place', id: m[2]! }));

/** Every problem in the content, as messages; an empty list means the content is sound. */
export function contentProblems(c: ContentForCheck): string[] {
  const ids: ContentIds = {
    sourceIds: new Set(c.sources.map((s) => s.id)),
    denialIds: new Set(c.denials.map((d) => d.id)),
    exchangeIds: new Set(c.exchanges.map((e) => e.id)),
    placeIds: new Set(c.places.map((p) => p.id)),
  };
  const { sourceIds } = ids;
  const problems = [...referenceProblems(c, ids), ...periodProblems(c), ...storyProblems(c, ids)];
  const chapterIds = new Set(c.story.map((ch) => ch.id));
  for (const row of c.classroom ?? []) {
    if (!chapterIds.has(row.id)) problems.push(`${where(dataFile('classroom'), row.id, 'id')}: no chapter has this id (chapter ids are the MDX file names)`);
  }
  problems.push(...citationProblems(c, sourceIds), ...updateProblems(c, sourceIds));
  if (c.storyKo) problems.push(...editionProblems(c, c.storyKo));
  return problems;
}

/** The Korean edition, when the content has one: every chapter and every reader-facing field translated. */
function editionProblems(c: ContentForCheck, chapters: ChapterText[]): string[] {
  const english = c.story.map((ch) => ({ id: ch.id, body: ch.body, data: ch.data }));
  const collections = { sources: c.sources, places: c.places, launches: c.launches, exchanges: c.exchanges, flows: c.flows, denials: c.denials, glossary: c.glossary, people: c.people, classroom: c.classroom, updates: c.updates };
  return [...chapterTranslationProblems(english, chapters), ...Object.entries(collections).flatMap(([name, rows]) => translationProblems(name, rows ?? []))];
}


/** The ids every cross-reference is checked against. */
interface ContentIds {
  sourceIds: Set<string>;
  denialIds: Set<string>;
  exchangeIds: Set<string>;
  placeIds: Set<string>;
}

/** Data rows that cite a source, a place or a denial that does not exist. */
function referenceProblems(c: ContentForCheck, { sourceIds, denialIds, placeIds }: ContentIds): string[] {
  const problems: string[] = [];
  const checkSources = (collection: string, rows: Array<Entry<Sourced>>) => {
    for (const row of rows) {
      row.data.sources.forEach((id, i) => {
        if (!sourceIds.has(id)) problems.push(`${where(dataFile(collection), row.id, `sources[${i}]`)}: unknown source id "${id}"`);
      });
    }
  };
  checkSources('places', c.places);
  checkSources('exchanges', c.exchanges);
  checkSources('flows', c.flows);
  checkSources('denials', c.denials);
  checkSources('glossary', c.glossary);
  checkSources('people', c.people ?? []);

  // Launches: nested claims cite sources; the places they name must exist.
  for (const launch of c.launches ?? []) {
    const file = dataFile('launches');
    const placeField = (field: string, id: string | undefined) => {
      if (id !== undefined && !placeIds.has(id)) problems.push(`${where(file, launch.id, field)}: unknown place id "${id}"`);
    };
    placeField('from', launch.data.from);
    placeField('toward', launch.data.toward);
    for (const list of ['distances', 'landings', 'claims'] as const) {
      launch.data[list].forEach((claim, i) => {
        placeField(`${list}[${i}].place`, claim.place);
        claim.sources.forEach((id, j) => {
          if (!sourceIds.has(id)) problems.push(`${where(file, launch.id, `${list}[${i}].sources[${j}]`)}: unknown source id "${id}"`);
        });
      });
    }
  }

  for (const flow of c.flows) {
    flow.data.deniedBy.forEach((id, i) => {
      if (!denialIds.has(id)) problems.push(`${where(dataFile('flows'), flow.id, `deniedBy[${i}]`)}: unknown denial id "${id}"`);
    });
  }

  return problems;
}

/** Dated rows must fall inside the period of the chapter whose chart draws them. */
function periodProblems(c: ContentForCheck): string[] {
  const problems: string[] = [];
  const periodOf = (chart: string) => c.story.find((ch) => ch.data.chart === chart);
  const datedRows: Array<[string, string, Array<Entry<Record<string, unknown>>>, string[]]> = [
    ['timeline', 'exchanges', c.exchanges as never, ['start', 'end']],
    ['arms-flow', 'flows', c.flows as never, ['claimDate']],
  ];
  for (const [chart, collection, rows, fields] of datedRows) {
    const chapter = periodOf(chart);
    const period = chapter?.data.period;
    if (!chapter || !period) continue;
    for (const row of rows) {
      for (const field of fields) {
        const date = row.data[field];
        if (typeof date === 'string' && !within(date, period.start, period.end)) {
          problems.push(
            `${where(dataFile(collection), row.id, field)}: ${date} is outside the period of ${chapter.filePath ?? chapter.id} (${period.start} to ${period.end})`,
          );
        }
      }
    }
  }

  return problems;
}

/** Step ids unique across the page; every row of a chart's table has its <Step> in the prose and back; the prose's references exist. */
function storyProblems(c: ContentForCheck, { sourceIds, denialIds, exchangeIds, placeIds }: ContentIds): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const chapter of c.story) {
    const file = chapter.filePath ?? `content/story/${chapter.id}.mdx`;
    const body = chapter.body ?? '';
    const inBody = bodyStepIds(body);
    const inTable = chapter.data.steps.map((s) => s.id);
    for (const id of inBody) {
      const first = seen.get(id);
      if (first) problems.push(`${where(file, chapter.id, 'Step id')}: duplicate step id "${id}" (first used in ${first})`);
      else seen.set(id, file);
    }
    if (new Set(inBody).size !== inBody.length) problems.push(`${where(file, chapter.id, 'Step id')}: a step id is used twice in this chapter`);
    chapter.data.steps.forEach((step, i) => {
      if (!inBody.includes(step.id)) {
        problems.push(`${where(file, chapter.id, `steps[${i}].id`)}: the ${chapter.data.chart} chart refers to step "${step.id}", but no <Step id="${step.id}"> exists`);
      }
      problems.push(...armsFlowStepProblems(file, chapter.id, i, step, { sourceIds, denialIds }));
      if (Array.isArray(step.places)) {
        step.places.forEach((place, j) => {
          if (!placeIds.has(String(place))) problems.push(`${where(file, chapter.id, `steps[${i}].places[${j}]`)}: unknown place id "${String(place)}"`);
        });
      }
      if (Array.isArray(step.highlight)) {
        step.highlight.forEach((ex, j) => {
          if (!exchangeIds.has(String(ex))) problems.push(`${where(file, chapter.id, `steps[${i}].highlight[${j}]`)}: unknown exchange id "${String(ex)}"`);
        });
      }
    });
    if (chapter.data.chart !== 'none') {
      inBody.forEach((id) => {
        if (!inTable.includes(id)) problems.push(`${where(file, chapter.id, 'steps')}: <Step id="${id}"> has no row in the chart's steps table`);
      });
    }
    bodyCitations(body).forEach((id) => {
      if (!sourceIds.has(id)) problems.push(`${where(file, chapter.id, '<Cite s>')}: unknown source id "${id}"`);
    });
    const glossaryIds = new Set(c.glossary.map((g) => g.id));
    bodyTerms(body).forEach((id) => {
      if (!glossaryIds.has(id)) problems.push(`${where(file, chapter.id, '<Term t>')}: unknown glossary id "${id}"`);
    });
    const peopleIds = new Set((c.people ?? []).map((p) => p.id));
    bodyNames(body).forEach(({ kind, id }) => {
      if (!(kind === 'p' ? peopleIds : placeIds).has(id)) problems.push(`${where(file, chapter.id, `<Name ${kind}>`)}: unknown ${kind === 'p' ? 'person' : 'place'} id "${id}"`);
    });
  }
  return problems;
}

/**
 * Every stated number, date or quotation is footnoted: in the prose, by a `<Cite>` in its
 * paragraph (the message gives file, line and sentence); in takeaways, glossary entries, people
 * and classroom questions, by their own `sources`.
 */
export function citationProblems(c: ContentForCheck, sourceIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const chapter of c.story) {
    const file = chapter.filePath ?? `content/story/${chapter.id}.mdx`;
    for (const { line, sentence, fact } of uncitedSentences(chapter.body ?? '', chapter.bodyLine ?? 1)) {
      problems.push(`${file}:${line}: this sentence states ${fact} but its paragraph has no <Cite>: "${sentence}"`);
    }
    chapter.data.steps.forEach((step, i) => {
      const sources = step.sources ?? [];
      sources.forEach((id, j) => sourceIds.has(id) || problems.push(`${where(file, chapter.id, `steps[${i}].sources[${j}]`)}: unknown source id "${id}"`));
      const fact = step.takeaway ? factIn(step.takeaway) : null;
      if (fact && sources.length === 0) problems.push(`${where(file, chapter.id, `steps[${i}].sources`)}: the takeaway of "${step.id}" states ${fact}; name its sources`);
    });
  }
  const needSources = (collection: string, entry: string, field: string, text: string | undefined, sources: string[]) => {
    const fact = text ? factIn(text) : null;
    if (fact && sources.length === 0) problems.push(`${where(dataFile(collection), entry, field)}: states ${fact}; name its sources`);
  };
  for (const g of c.glossary) needSources('glossary', g.id, 'sources', g.data.definition, g.data.sources);
  for (const p of c.people ?? []) needSources('people', p.id, 'sources', p.data.role, p.data.sources);
  for (const row of c.classroom ?? []) {
    (row.data.questions ?? []).forEach(({ q, sources }, i) => {
      needSources('classroom', row.id, `questions[${i}].sources`, q, sources);
      sources.forEach((id, j) => sourceIds.has(id) || problems.push(`${where(dataFile('classroom'), row.id, `questions[${i}].sources[${j}]`)}: unknown source id "${id}"`));
    });
  }
  return problems;
}

/** Each entry of "What changed" points at a place that exists and cites sources that exist. */
function updateProblems(c: ContentForCheck, sourceIds: Set<string>): string[] {
  const places = new Set<string>([...UPDATE_SECTIONS, ...c.story.map((ch) => ch.id), ...c.story.flatMap((ch) => ch.data.steps.map((s) => s.id))]);
  const problems: string[] = [];
  for (const u of c.updates ?? []) {
    if (u.data.at !== undefined && !places.has(u.data.at)) {
      problems.push(`${where(dataFile('updates'), u.id, 'at')}: "${u.data.at}" is not a step id, a chapter id or one of ${UPDATE_SECTIONS.join(', ')}`);
    }
    u.data.sources.forEach((id, i) => sourceIds.has(id) || problems.push(`${where(dataFile('updates'), u.id, `sources[${i}]`)}: unknown source id "${id}"`));
  }
  return problems;
}

/** Where a change's note can stand besides steps and chapters: the page's own sections. */
export const UPDATE_SECTIONS = ['summary', 'classroom', 'glossary', 'names', 'sources'] as const;

/** Throws one error listing every problem, so `astro build` stops with all of them at once. */
export function assertContent(c: ContentForCheck): void {
  const problems = contentProblems(c);
  if (problems.length) throw new Error(`Bad content (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`);
}


/**
 * The arms-flow chart's step parameters: lane categories, denial ids and source ids must exist.
 *
 *   armsFlowStepProblems('03-arms.mdx', '03-arms', 0, { id: 'x', lanes: ['shell'] }, ids)
 *   -> ['03-arms.mdx: entry "03-arms", field "steps[0].lanes[0]": unknown flow category "shell"']
 */
export function armsFlowStepProblems(
  file: string,
  entry: string,
  i: number,
  step: Record<string, unknown>,
  ids: { sourceIds: Set<string>; denialIds: Set<string> },
): string[] {
  const problems: string[] = [];
  const field = (name: string) => where(file, entry, `steps[${i}].${name}`);
  for (const key of ['lanes', 'focus'] as const) {
    const list = step[key];
    if (list === undefined || list === 'all') continue;
    if (!Array.isArray(list)) problems.push(`${field(key)}: expected "all" or a list of flow categories`);
    else list.forEach((c, j) => (FLOW_CATEGORIES as readonly string[]).includes(String(c)) || problems.push(`${field(`${key}[${j}]`)}: unknown flow category "${String(c)}"`));
  }
  if (Array.isArray(step.denials)) {
    step.denials.forEach((d, j) => ids.denialIds.has(String(d)) || problems.push(`${field(`denials[${j}]`)}: unknown denial id "${String(d)}"`));
  }
  const cited: Array<[string, unknown]> = [];
  if (Array.isArray(step.annotations)) {
    step.annotations.forEach((a: { lane?: unknown; sources?: unknown }, j) => {
      if (!(FLOW_CATEGORIES as readonly string[]).includes(String(a?.lane))) problems.push(`${field(`annotations[${j}].lane`)}: unknown flow category "${String(a?.lane)}"`);
      cited.push([`annotations[${j}].sources`, a?.sources]);
    });
  }
  if (step.frame && typeof step.frame === 'object') cited.push(['frame.sources', (step.frame as { sources?: unknown }).sources]);
  for (const [name, list] of cited) {
    if (!Array.isArray(list) || list.length === 0) problems.push(`${field(name)}: every label needs at least one source`);
    else list.forEach((id, j) => ids.sourceIds.has(String(id)) || problems.push(`${field(`${name}[${j}]`)}: unknown source id "${String(id)}"`));
  }
  return problems;
}
