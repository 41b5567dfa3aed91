/** The oEmbed endpoint every edition shares (see src/pages/oembed and src/pages/ko/oembed). */
import type { APIRoute } from 'astro';
import type { Locale } from '../i18n/locales';
import { oembedResponse } from './urls';

export const oembedGet: APIRoute = ({ props, site }) => {
  const { chart, step, title, locale } = props as { chart: string; step: string | null; title: string; locale: Locale };
  return new Response(JSON.stringify(oembedResponse({ site: site!.toString(), chart, step, title, locale })), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
