/** The installed app's icons (see the manifest), rasterised at build time from the site's mark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, iconPng } from '../../offline/app-icon';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kind, size } = props as (typeof APP_ICONS)[number];
  return new Response(iconPng(kind, size) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
