/** oEmbed for the Korean embeds (see src/pages/oembed). */
import type { GetStaticPaths } from 'astro';
import { oembedDocuments } from '../../../embed/routes';

export const getStaticPaths = (() => oembedDocuments('ko')) satisfies GetStaticPaths;
export { oembedGet as GET } from '../../../embed/oembed';
