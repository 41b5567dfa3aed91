/** The publication's names and words, used by the page, its metadata and the citations. */
export const SITE_NAME = 'The envoy and the arc';
export const TITLE = "The envoy and the arc: North Korea's missiles, Moscow and the arms-for-aid trade";
export const DESCRIPTION =
  "An explainer with maps and charts: North Korea's Sept. 18, 2024 missile launch, its foreign minister's trips to Moscow, and the arms and aid said to flow between the two countries, with every claim sourced.";

/** Minutes a reader needs for a chapter at 230 words a minute, from its MDX body (tags and front matter aside). */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 230));
}

/**
 * The page cited three ways, dated by its version:
 * citations('https://x.test/', '2026-11-23').apa -> "The envoy and the arc: … (2026, November 23). https://x.test/"
 */
export function citations(url: string, versionDate: string): { apa: string; mla: string; chicago: string } {
  const d = new Date(`${versionDate}T00:00:00Z`);
  const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const mlaMonth = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  const titleCase = TITLE.replace(/\b(north|korea's|missiles|moscow|arms|aid|trade|envoy|arc)\b/gi, (w) => w[0]!.toUpperCase() + w.slice(1));
  return {
    apa: `${TITLE}. (${year}, ${month} ${day}). ${url}`,
    mla: `“${titleCase}.” ${titleCase.split(':')[0]}, ${day} ${mlaMonth}${mlaMonth.length > 3 || mlaMonth === 'May' ? '' : '.'} ${year}, ${url.replace(/^https?:\/\//, '')}.`,
    chicago: `“${titleCase}.” Last modified ${month} ${day}, ${year}. ${url}.`,
  };
}
