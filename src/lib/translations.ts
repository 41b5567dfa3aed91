/**
 * The Korean edition is content: each data entry carries the Korean of its reader-facing fields in
 * a `ko:` map (same field names), and each chapter has a Korean twin in `content/ko/story/` with
 * the same steps, citations, terms and names. These checks make a missing or mismatched
 * translation fail the build, naming the file, the entry, the field and the language.
 *
 *   translationProblems('flows', [{ id: 'x', data: { what: 'Shells', ko: {} } }])
 *   -> ['content/data/flows.yaml: entry "x", field "ko.what": no Korean (ko) text for "what"']
 */
import { TRANSLATIONS as LOCALES, type Translation as Locale } from '../i18n/locales';

/** Each collection's fields that a reader sees: each needs its text in every edition. `a.b` is a field of an object field. */
export const TRANSLATED_FIELDS: Record<string, string[]> = {
  sources: ['publisher', 'note'],
  places: ['name', 'precision'],
  exchanges: ['label', 'who', 'role', 'place', 'summary', 'uncertainty'],
  launches: ['timeNote', 'fromNote', 'direction'],
  flows: ['what', 'amount', 'claimedBy', 'claimant', 'claimantShort', 'equivalent.text'],
  denials: ['who', 'role', 'quote'],
  glossary: ['term', 'expansion', 'definition'],
  people: ['name', 'role'],
  classroom: ['questions'],
  updates: ['was', 'now', 'text'],
};
/** The fields of each figure about a launch (its distances, landings and claims), translated in the figure's own `ko:` map. */
const LAUNCH_CLAIM_FIELDS = ['by', 'label', 'short', 'claimedBy', 'what'];

type Data = Record<string, unknown>;

const at = (data: Data | undefined, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Data)[key] : undefined), data);
const present = (v: unknown): boolean => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);

/** Problems with one mapping's translations: every translated field present in English needs its text, of the same shape. */
function mappingProblems(where: (field: string) => string, data: Data, fields: string[], locale: Locale): string[] {
  const problems: string[] = [];
  const translated = data[locale] as Data | undefined;
  for (const field of fields) {
    const english = at(data, field);
    if (!present(english)) continue;
    const text = at(translated, field);
    const name = `${locale}.${field}`;
    if (!present(text)) problems.push(`${where(name)}: no ${LOCALES[locale]} (${locale}) text for "${field}"`);
    else if (Array.isArray(english) && (!Array.isArray(text) || text.length !== english.length))
      problems.push(`${where(name)}: ${english.length} items in English, ${Array.isArray(text) ? text.length : 'not a list'} in ${LOCALES[locale]} (${locale})`);
  }
  return problems;
}

/** Every translation problem of a data collection's entries. */
export function translationProblems(collection: string, entries: Array<{ id: string; data: unknown }>, locale: Locale = 'ko'): string[] {
  const file = `content/data/${collection}.yaml`;
  const fields = TRANSLATED_FIELDS[collection] ?? [];
  return entries.flatMap(({ id, data }) => {
    const where = (field: string) => `${file}: entry "${id}", field "${field}"`;
    const own = mappingProblems(where, data as Data, fields, locale);
    if (collection !== 'launches') return own;
    // A launch's figures each carry their own translations.
    const figures = (['distances', 'landings', 'claims'] as const).flatMap((list) =>
      (((data as Data)[list] as Data[] | undefined) ?? []).flatMap((item, i) => mappingProblems((f) => where(`${list}[${i}].${f}`), item, LAUNCH_CLAIM_FIELDS, locale)),
    );
    return [...own, ...figures];
  });
}

export interface ChapterText {
  id: string;
  filePath?: string;
  body?: string;
  data: {
    title?: string;
    steps: Array<{ id: string; takeaway?: string; annotations?: Array<{ text?: string }>; frame?: { label?: string; note?: string } }>;
  };
}

/** Attribute values of a component in an MDX body, in order: `<Cite s="a b" />` gives "a b". */
const attributes = (body: string, tag: string, attr: string): string[] => [...body.matchAll(new RegExp(`<${tag}\\s[^>]*\\b${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!.trim());

/**
 * Problems with a chapter's edition: it must exist, have a title, the same steps in the same order
 * (each with a takeaway where the English has one), and cite the same sources, terms and names in
 * the same order, so the two editions say the same things on the same evidence.
 */
export function chapterTranslationProblems(english: ChapterText[], translated: ChapterText[], locale: Locale = 'ko'): string[] {
  const problems: string[] = [];
  const language = `${LOCALES[locale]} (${locale})`;
  const byId = new Map(translated.map((c) => [c.id, c]));
  for (const en of english) {
    const file = `content/${locale}/story/${en.id}.mdx`;
    const tr = byId.get(en.id);
    if (!tr) {
      problems.push(`${file}: no ${language} edition of chapter "${en.id}"`);
      continue;
    }
    const where = (field: string) => `${file}: entry "${en.id}", field "${field}"`;
    if (!tr.data.title?.trim()) problems.push(`${where('title')}: no ${language} title`);
    const enSteps = en.data.steps.map((s) => s.id).join(' ');
    const trSteps = tr.data.steps.map((s) => s.id).join(' ');
    if (enSteps !== trSteps) problems.push(`${where('steps')}: the ${language} steps are [${trSteps}], the English [${enSteps}]`);
    en.data.steps.forEach((s, i) => {
      const t = tr.data.steps.find((x) => x.id === s.id);
      if (s.takeaway && !t?.takeaway?.trim()) problems.push(`${where(`steps[${i}].takeaway`)}: no ${language} takeaway for "${s.id}"`);
      // The words a step table gives its chart: each annotation's text, a frame's label and note.
      (s.annotations ?? []).forEach((a, j) => {
        if (a.text && !t?.annotations?.[j]?.text?.trim()) problems.push(`${where(`steps[${i}].annotations[${j}].text`)}: no ${language} text for "${s.id}"`);
      });
      for (const key of ['label', 'note'] as const)
        if (s.frame?.[key] && !t?.frame?.[key]?.trim()) problems.push(`${where(`steps[${i}].frame.${key}`)}: no ${language} text for "${s.id}"`);
    });
    const compare = (what: string, a: string[], b: string[]) => {
      if (a.join('|') !== b.join('|')) problems.push(`${where(what)}: the ${language} text has ${b.length} [${b.join(', ')}], the English ${a.length} [${a.join(', ')}]`);
    };
    compare('<Step id>', attributes(en.body ?? '', 'Step', 'id'), attributes(tr.body ?? '', 'Step', 'id'));
    compare('<Cite s>', attributes(en.body ?? '', 'Cite', 's'), attributes(tr.body ?? '', 'Cite', 's'));
    compare('<Term t>', attributes(en.body ?? '', 'Term', 't'), attributes(tr.body ?? '', 'Term', 't'));
    compare('<Name>', attributes(en.body ?? '', 'Name', '(?:p|place)'), attributes(tr.body ?? '', 'Name', '(?:p|place)'));
  }
  for (const tr of translated) if (!english.some((en) => en.id === tr.id)) problems.push(`content/${locale}/story/${tr.id}.mdx: no English chapter "${tr.id}" to translate`);
  return problems;
}
