/** The Korean share cards (see src/share/share-cards.ts). */
import type { GetStaticPaths } from 'astro';
import { shareCard, shareCardPaths } from '../../../share/share-cards';

export const getStaticPaths = (() => shareCardPaths('ko')) satisfies GetStaticPaths;
export const GET = shareCard('ko');
