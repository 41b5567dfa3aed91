/**
 * What an offline copy is: the story's date and its "What changed", newest first. The build adds
 * the version and the files a save stores (src/build/offline.ts), once every page is written.
 */
import type { APIRoute } from 'astro';
import { storyContent } from '../lib/content';
import { changeHref, changeTitle } from '../lib/changes';

export const GET: APIRoute = async () => {
  const { chapters, updates } = await storyContent();
  const stepIds = chapters.flatMap((c) => c.data.steps.map((s) => s.id));
  const changes = updates.map((u) => ({ id: u.id, date: u.data.date, title: changeTitle(u.data), href: changeHref(u.data, stepIds) }));
  return new Response(JSON.stringify({ lastUpdated: updates[0]?.data.date ?? '', changes }), { headers: { 'Content-Type': 'application/json' } });
};
