/**
 * "What changed" as an Atom feed (RFC 4287), for teachers who assigned the page and news sites
 * that embed a chart: each correction or update is an entry with a permanent id, its date, a
 * title, the paragraph, and a link to the step or section it concerns.
 */
import type { APIRoute } from 'astro';
import { storyContent } from '../lib/content';
import { changeHref, changeLabel, changeText, changeTitle } from '../lib/changes';
import { SITE_NAME, TITLE } from '../lib/site';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Atom wants full timestamps; our changes are dated by day (UTC). */
const stamp = (day: string) => `${day}T00:00:00Z`;

export const GET: APIRoute = async ({ site }) => {
  const { chapters, updates } = await storyContent();
  const base = site ?? new URL('http://localhost:4321');
  const stepIds = chapters.flatMap((c) => c.data.steps.map((s) => s.id));
  const first = [...updates].map((u) => u.data.date).sort()[0] ?? '2026-11-23';
  // tag: URIs (RFC 4151) keep an entry's id the same however the page around it changes.
  const tag = (day: string, path: string) => `tag:${base.hostname},${day}:envoy-and-the-arc/${path}`;
  const entries = updates.map(
    (u) => `  <entry>
    <id>${tag(u.data.date, `updates/${u.id}`)}</id>
    <title>${escape(changeTitle(u.data))}</title>
    <published>${stamp(u.data.date)}</published>
    <updated>${stamp(u.data.date)}</updated>
    <link rel="alternate" type="text/html" href="${escape(new URL(changeHref(u.data, stepIds), base).href)}"/>
    <category term="${u.data.kind}" label="${changeLabel(u.data)}"/>
    <content type="text">${escape(changeText(u.data))}</content>
  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${tag(first, 'updates')}</id>
  <title>${escape(SITE_NAME)}: what changed</title>
  <subtitle>${escape(`Corrections and updates to “${TITLE}”.`)}</subtitle>
  <updated>${stamp(updates[0]?.data.date ?? first)}</updated>
  <author><name>${escape(SITE_NAME)}</name></author>
  <link rel="self" type="application/atom+xml" href="${new URL('/updates.xml', base).href}"/>
  <link rel="alternate" type="text/html" href="${new URL('/', base).href}"/>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
