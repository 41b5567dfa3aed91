/**
 * The story as slides in one HTML file: a title slide, then one slide per chart step (the chart,
 * the takeaway in large type, the sources, the step's address) and a closing slide with the
 * licence. It needs no network and no script: each slide fills the window and snaps into place,
 * so PageDown, Space, the arrow keys and a presenter's clicker move one slide at a time, and
 * printing it (or "Save as PDF") gives one slide per landscape page.
 *
 * Why HTML and not a PDF: it opens in any browser, also offline, its text stays sharp on any
 * projector and can be copied, and a PDF is one print away; a PDF made at build time would need
 * a browser in the build.
 */
import { embeddedFontCss, FAMILY, fontStack } from './image-fonts';
import type { StepStill } from './stills';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { DOWNLOAD_WORDS } from './words';

export interface DeckInput {
  title: string;
  description: string;
  stills: StepStill[];
  /** The charts' CSS, light colours resolved. */
  styles: string;
  tokens: Record<string, string>;
  /** The story's address. */
  home: string;
  stepUrl: (stepId: string) => string;
  version: string;
  licence: string;
  /** The edition the slides are in (their words, `lang`, fonts); English by default. */
  locale?: Locale;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A scene's ids made unique to its slide (`id="a"` becomes `id="s3-a"`, with every reference to
 * it), since every slide's chart sits in the same document.
 *
 *   prefixIds('<path id="a"/><use href="#a" fill="url(#a)"/>', 's3-') -> '<path id="s3-a"/><use href="#s3-a" fill="url(#s3-a)"/>'
 */
export function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/\bhref="#([^"]+)"/g, `href="#${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/\baria-(labelledby|describedby)="([^"]+)"/g, (_, kind: string, ids: string) => `aria-${kind}="${ids.split(/\s+/).map((id) => prefix + id).join(' ')}"`);
}

export async function slideDeck(input: DeckInput): Promise<string> {
  const { stills, tokens, locale = DEFAULT_LOCALE } = input;
  const words = DOWNLOAD_WORDS[locale].deck;
  const slides = stills.map((s, i) => {
    const scene = prefixIds(s.scene, `s${i + 1}-`);
    return `<section class="slide" id="${s.stepId}" aria-label="${escapeHtml(words.slideLabel(s.chapter, s.position, s.count))}">
<p class="where">${escapeHtml(words.where(s.chapter, s.position, s.count))}</p>
<div class="chart">${scene}</div>
<div class="words"><p class="takeaway">${escapeHtml(s.takeaway)}</p>
<p class="small">${escapeHtml(s.sourceLine)}</p>
<p class="small"><a href="${escapeHtml(input.stepUrl(s.stepId))}">${escapeHtml(input.stepUrl(s.stepId))}</a></p></div>
</section>`;
  });
  const body = `<section class="slide title-slide" id="start" aria-label="${escapeHtml(words.titleLabel)}">
<h1>${escapeHtml(input.title)}</h1>
<p class="lede">${escapeHtml(input.description)}</p>
<p class="small">${words.howTo(stills.length)}</p>
<p class="small">${words.version(escapeHtml(input.version))} · <a href="${escapeHtml(input.home)}">${escapeHtml(input.home)}</a></p>
</section>
${slides.join('\n')}
<section class="slide title-slide" id="end" aria-label="${escapeHtml(words.endHeading)}">
<h2>${escapeHtml(words.endHeading)}</h2>
<p class="lede">${escapeHtml(words.footnoted)} <a href="${escapeHtml(input.home)}">${escapeHtml(input.home)}</a></p>
<p class="small">${words.endNote(escapeHtml(input.licence), escapeHtml(input.title))}</p>
</section>`;
  const fonts = await embeddedFontCss(body.replace(/<[^>]+>/g, ' '), locale);
  const family = fontStack(`'${FAMILY}'`, "Arial, 'Liberation Sans', Helvetica", locale);
  const ink = tokens['--ink'] ?? '#1b1c1e';
  const muted = tokens['--ink-muted'] ?? '#55585e';
  const bg = tokens['--bg'] ?? '#ffffff';
  return `<!doctype html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(words.title(input.title))}</title>
<style>
${fonts}
${input.styles}
html { scroll-snap-type: y mandatory; background: ${bg}; color: ${ink}; font-family: ${family}; }
body { margin: 0; }
svg[data-scene] text { font-family: ${family}; }
a { color: inherit; }
.slide { box-sizing: border-box; height: 100vh; padding: 3vh 4vw; scroll-snap-align: start; display: grid; gap: 1vh 3vw;
  grid-template: "where where" auto "chart words" 1fr / minmax(0, 3fr) minmax(0, 2fr); align-items: center; border-bottom: 1px solid ${tokens['--rule'] ?? '#ccc'}; }
.where { grid-area: where; margin: 0; font-size: max(14px, 1.6vw); color: ${muted}; }
.chart { grid-area: chart; height: 100%; min-height: 0; display: flex; }
.chart svg { width: 100%; height: 100%; }
.words { grid-area: words; }
.takeaway { font-size: max(20px, 2.6vw); font-weight: 600; line-height: 1.25; margin: 0 0 2vh; }
.small { font-size: max(13px, 1.15vw); color: ${muted}; line-height: 1.4; overflow-wrap: anywhere; }
.title-slide { grid-template: auto / 1fr; align-content: center; }
.title-slide h1, .title-slide h2 { font-size: max(28px, 3.6vw); line-height: 1.15; margin: 0; }
.lede { font-size: max(18px, 2vw); line-height: 1.35; max-width: 50em; }
@media (max-aspect-ratio: 1/1) { .slide { grid-template: "where" auto "chart" minmax(0, 1fr) "words" auto / 1fr; } }
@page { size: landscape; margin: 0; }
@media print { html { scroll-snap-type: none; } .slide { height: 100vh; break-after: page; border: 0; } }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
