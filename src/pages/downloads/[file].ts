/** Every download (src/downloads/catalogue.ts), made at build time: `/downloads/<file>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '../../downloads/catalogue';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  zip: 'application/zip',
  html: 'text/html; charset=utf-8',
};

export const getStaticPaths = (async () => (await downloadFiles(import.meta.env.SITE)).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await downloadFiles(site?.href ?? import.meta.env.SITE)).find((f) => f.name === params.file);
  if (!file) return new Response('No such file', { status: 404 });
  const body = await file.contents();
  return new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[file.name.split('.').pop()!] ?? 'application/octet-stream' } });
};
