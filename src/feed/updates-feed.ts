/**
 * "What changed" as an Atom feed (RFC 4287), one per edition (`/updates.xml`, `/ko/updates.xml`),
 * for teachers who assigned the page and news sites that embed a chart: each correction or update
 * is an entry with a permanent id, its date, a title, the paragraph, and a link to the step or
 * section it concerns, in the edition's words.
 */
import type { APIRoute } from 'astro';
import { storyContent } from '../lib/content';
import { changeHref, changeLabel, changeText, changeTitle } from '../lib/changes';
import { LANG, localePath, localePrefix, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Atom wants full timestamps; our changes are dated by day (UTC). */
const stamp = (day: string) => `${day}T00:00:00Z`;
const SUBTITLE: Record<Locale, (title: string) => string> = {
  en: (title) => `Corrections and updates to “${title}”.`,
  ko: (title) => `「${title}」의 정정과 업데이트.`,
};

export const updatesFeed =
  (locale: Locale): APIRoute =>
  async ({ site }) => {
    const { chapters, updates } = await storyContent(locale);
    const { name, title, feedTitle } = ui(locale).site;
    const base = site ?? new URL('http://localhost:4321');
    const stepIds = chapters.flatMap((c) => c.data.steps.map((s) => s.id));
    const first = [...updates].map((u) => u.data.date).sort()[0] ?? '2026-11-23';
    // tag: URIs (RFC 4151) keep an entry's id the same however the page around it changes; each edition's entries are its own.
    const tag = (day: string, path: string) => `tag:${base.hostname},${day}:envoy-and-the-arc${localePrefix(locale)}/${path}`;
    const entries = updates.map(
      (u) => `  <entry>
    <id>${tag(u.data.date, `updates/${u.id}`)}</id>
    <title>${escape(changeTitle(u.data, locale))}</title>
    <published>${stamp(u.data.date)}</published>
    <updated>${stamp(u.data.date)}</updated>
    <link rel="alternate" type="text/html" href="${escape(new URL(changeHref(u.data, stepIds, locale), base).href)}"/>
    <category term="${u.data.kind}" label="${changeLabel(u.data, locale)}"/>
    <content type="text">${escape(changeText(u.data, locale))}</content>
  </entry>`,
    );
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANG[locale]}">
  <id>${tag(first, 'updates')}</id>
  <title>${escape(feedTitle)}</title>
  <subtitle>${escape(SUBTITLE[locale](title))}</subtitle>
  <updated>${stamp(updates[0]?.data.date ?? first)}</updated>
  <author><name>${escape(name)}</name></author>
  <link rel="self" type="application/atom+xml" href="${new URL(localePath(locale, '/updates.xml'), base).href}"/>
  <link rel="alternate" type="text/html" href="${new URL(localePath(locale, '/'), base).href}"/>
${entries.join('\n')}
</feed>
`;
    return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  };
