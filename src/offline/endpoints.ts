/** The offline copy's endpoints, per edition: its story part of offline.json and its app manifest. */
import type { APIRoute } from 'astro';
import { storyContent } from '../lib/content';
import { changeHref, changeTitle } from '../lib/changes';
import { LANG, localePath, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { APP_ICONS, THEME } from './app-icon';

/** What an offline copy is: the edition's date and its "What changed", newest first. The build adds the version and the files (src/build/offline.ts). */
export const offlineInfo =
  (locale: Locale): APIRoute =>
  async () => {
    const { chapters, updates } = await storyContent(locale);
    const stepIds = chapters.flatMap((c) => c.data.steps.map((s) => s.id));
    const changes = updates.map((u) => ({ id: u.id, date: u.data.date, title: changeTitle(u.data, locale), href: changeHref(u.data, stepIds, locale) }));
    return new Response(JSON.stringify({ lastUpdated: updates[0]?.data.date ?? '', changes }), { headers: { 'Content-Type': 'application/json' } });
  };

/**
 * The web app manifest: a teacher can install the story like an app, and it opens on the story in
 * its edition. Dark readers get their theme colour from the page's `<meta name="theme-color" media=…>`,
 * which a manifest cannot vary.
 */
export const appManifest =
  (locale: Locale): APIRoute =>
  () => {
    const { site } = ui(locale);
    const home = localePath(locale, '/');
    return new Response(
      JSON.stringify({
        name: site.title,
        short_name: site.name,
        description: site.description,
        lang: LANG[locale],
        id: home,
        start_url: home,
        scope: home,
        display: 'standalone',
        background_color: THEME.light,
        theme_color: THEME.light,
        icons: APP_ICONS.map(({ name, size, purpose }) => ({ src: `/icons/${name}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
      }),
      { headers: { 'Content-Type': 'application/manifest+json' } },
    );
  };
