/**
 * The web app manifest: a teacher can install the story like an app, and it opens on the story.
 * Dark readers get their theme colour from the page's `<meta name="theme-color" media=…>`, which a
 * manifest cannot vary.
 */
import type { APIRoute } from 'astro';
import { APP_ICONS, THEME } from '../offline/app-icon';
import { DESCRIPTION, SITE_NAME, TITLE } from '../lib/site';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: TITLE,
      short_name: SITE_NAME,
      description: DESCRIPTION,
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: THEME.light,
      theme_color: THEME.light,
      icons: APP_ICONS.map(({ name, size, purpose }) => ({ src: `/icons/${name}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
