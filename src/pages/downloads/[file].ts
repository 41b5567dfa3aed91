/** Every download (src/downloads/catalogue.ts), made at build time: `/downloads/<file>`. The Korean edition's are under /ko/downloads/. */
import type { GetStaticPaths } from 'astro';
import { downloadFile, downloadPaths } from '../../downloads/endpoint';

export const getStaticPaths = (() => downloadPaths('en')) satisfies GetStaticPaths;
export const GET = downloadFile('en');
