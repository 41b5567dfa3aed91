/**
 * oEmbed (https://oembed.com/) for each embed: `/oembed/<chart>.json` and, per step,
 * `/oembed/<chart>/<step-id>.json`. Static files, so the consumer's maxwidth/maxheight are not
 * honoured; the iframe is width 100% and resizes itself. The Korean twin is under /ko/oembed/.
 */
import type { GetStaticPaths } from 'astro';
import { oembedDocuments } from '../../embed/routes';

export const getStaticPaths = (() => oembedDocuments('en')) satisfies GetStaticPaths;
export { oembedGet as GET } from '../../embed/oembed';
