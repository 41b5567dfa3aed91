/**
 * An entry's data as an edition reads it: the English, with the edition's text (`ko:` maps, at
 * any depth) laid over the fields it names. The translations were checked at build
 * (lib/translations.ts), so every reader-facing field has its text here.
 *
 *   localizeData({ what: 'Shells', amount: 3, ko: { what: '포탄' } }, 'ko') -> { what: '포탄', amount: 3 }
 */
import { LOCALES, type Locale } from './locales';

type Plain = Record<string, unknown>;
// Astro's data store may hand entries back as objects without a prototype.
const isPlain = (v: unknown): v is Plain => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** `text` laid over `english`: lists item by item, mappings field by field. */
export function overlay(english: unknown, text: unknown): unknown {
  if (text === undefined) return english;
  if (Array.isArray(english) && Array.isArray(text)) return text.map((t, i) => overlay(english[i], t));
  if (isPlain(english) && isPlain(text)) return Object.fromEntries([...new Set([...Object.keys(english), ...Object.keys(text)])].map((k) => [k, overlay(english[k], text[k])]));
  // A discussion question written as plain text keeps the English question's sources.
  if (isPlain(english) && 'q' in english && typeof text === 'string') return { ...english, q: text };
  return text;
}

/** `data` in `locale`, with every edition's map removed. */
export function localizeData<T>(data: T, locale: Locale): T {
  if (Array.isArray(data)) return data.map((d) => localizeData(d, locale)) as T;
  if (!isPlain(data)) return data;
  const own = Object.fromEntries(Object.entries(data).filter(([k]) => !(LOCALES as readonly string[]).includes(k)).map(([k, v]) => [k, localizeData(v, locale)]));
  return (locale === 'en' ? own : overlay(own, data[locale])) as T;
}
