/**
 * Addresses and markup a host gets for an embed: the embed's path, the link back to the story,
 * the copy-paste snippet and the oEmbed response. Pure: the build and the browser share them.
 *
 *   embedPath('timeline')                       -> '/embed/timeline/'
 *   embedPath('timeline', 'envoy-spa')          -> '/embed/timeline/envoy-spa/'
 *   embedPath('timeline', null, 'ko')           -> '/ko/embed/timeline/'
 *   storyLink('https://x.org/', 'a-step')       -> 'https://x.org/?step=a-step'
 *   storyLink('https://x.org/', 'a-step', 'ko') -> 'https://x.org/ko/?step=a-step'
 */
import { localePath, SITE_NAME, type Locale } from '../i18n/locales';

/** The story's name as hosts show it (oEmbed provider, link text), in each edition. */
export const storyTitle = (locale: Locale = 'en'): string => SITE_NAME[locale];
export const STORY_TITLE = storyTitle('en');

/** Where a host embed starts before its first height message, in CSS pixels (also oEmbed's width × height). */
export const EMBED_SIZE = { width: 640, height: 700 };

/** Each chart's height at EMBED_SIZE.width on its first step, measured (the map is taller), so a host reserves about the right space. */
const CHART_HEIGHT: Record<string, number> = { 'range-arc': 750, timeline: 700, 'arms-flow': 700 };
export const embedHeight = (chart: string): number => CHART_HEIGHT[chart] ?? EMBED_SIZE.height;

/** The embed's path: the first step's page, or the page drawn at `step` for readers without JavaScript. */
export function embedPath(chart: string, step?: string | null, locale: Locale = 'en'): string {
  return localePath(locale, step ? `/embed/${chart}/${step}/` : `/embed/${chart}/`);
}

/** The oEmbed document for the same embed. */
export function oembedPath(chart: string, step?: string | null, locale: Locale = 'en'): string {
  return localePath(locale, step ? `/oembed/${chart}/${step}.json` : `/oembed/${chart}.json`);
}

/** The story page opened at a step. */
export function storyLink(site: string, step: string, locale: Locale = 'en'): string {
  const url = new URL(localePath(locale, '/'), site);
  url.searchParams.set('step', step);
  return url.toString();
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export type SnippetKind = 'iframe' | 'pym';

export interface SnippetInput {
  /** The site's address, e.g. https://example.org/ */
  site: string;
  chart: string;
  /** The step the embed opens at; null: the chart's own page (its first step). */
  step: string | null;
  /** The iframe's accessible name. */
  title: string;
  kind: SnippetKind;
  /** The edition embedded; English by default. */
  locale?: Locale;
}

/**
 * The markup a newsroom pastes into its CMS. `iframe`: a lazy iframe that works alone at a
 * fixed height, plus our ~1 KB script (@newswire/frames) that sizes it. `pym`: a Pym.js parent.
 */
export function embedSnippet({ site, chart, step, title, kind, locale = 'en' }: SnippetInput): string {
  const src = new URL(embedPath(chart, step, locale), site).toString();
  if (kind === 'pym') {
    const pym = new URL('/embed/pym.v1.min.js', site).toString();
    return `<div data-pym-src="${escapeAttr(src)}" data-pym-title="${escapeAttr(title)}"></div>\n<script src="${escapeAttr(pym)}"></script>`;
  }
  const host = new URL('/embed/host.js', site).toString();
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" width="100%" height="${embedHeight(chart)}" ` +
    `style="display:block;width:100%;border:0" data-frame-observe></iframe>\n<script src="${escapeAttr(host)}" async></script>`
  );
}

/** The oEmbed 1.0 "rich" response for an embed (https://oembed.com/ §2.3.4 and §2.3.4.4). */
export function oembedResponse(input: Omit<SnippetInput, 'kind'>): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: storyTitle(input.locale),
    provider_url: new URL(localePath(input.locale ?? 'en', '/'), input.site).toString(),
    html: embedSnippet({ ...input, kind: 'iframe' }),
    width: EMBED_SIZE.width,
    height: embedHeight(input.chart),
    cache_age: 86400,
  };
}
