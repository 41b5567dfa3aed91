/** Every download (catalogue.ts) of an edition as a route, made at build time: `/downloads/<file>` and `/ko/downloads/<file>`. */
import type { APIRoute } from 'astro';
import { downloadFiles } from './catalogue';
import type { Locale } from '../i18n/locales';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  zip: 'application/zip',
  html: 'text/html; charset=utf-8',
};

/** The edition's file names, as `getStaticPaths` gives them. */
export const downloadPaths = async (locale: Locale) => (await downloadFiles(import.meta.env.SITE, locale)).map((f) => ({ params: { file: f.name } }));

/** The endpoint that serves an edition's files. */
export const downloadFile =
  (locale: Locale): APIRoute =>
  async ({ params, site }) => {
    const file = (await downloadFiles(site?.href ?? import.meta.env.SITE, locale)).find((f) => f.name === params.file);
    if (!file) return new Response('No such file', { status: 404 });
    const body = await file.contents();
    return new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[file.name.split('.').pop()!] ?? 'application/octet-stream' } });
  };
