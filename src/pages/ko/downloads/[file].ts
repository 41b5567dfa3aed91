/** Every download in Korean (see src/pages/downloads): the same file names, each made in the Korean edition's words. */
import type { GetStaticPaths } from 'astro';
import { downloadFile, downloadPaths } from '../../../downloads/endpoint';

export const getStaticPaths = (() => downloadPaths('ko')) satisfies GetStaticPaths;
export const GET = downloadFile('ko');
