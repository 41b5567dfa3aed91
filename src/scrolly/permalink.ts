/**
 * Step permalinks: `/?step=<id>` or `/#<id>`. Unknown ids are ignored, quietly.
 *
 *   stepFromLocation('?step=envoy-spa', '', ['envoy-spa']) -> 'envoy-spa'
 *   stepFromLocation('', '#nope', ['envoy-spa'])           -> null
 */
export function stepFromLocation(search: string, hash: string, known: Iterable<string>): string | null {
  const ids = new Set(known);
  const fromQuery = new URLSearchParams(search).get('step');
  if (fromQuery && ids.has(fromQuery)) return fromQuery;
  let fromHash = hash.replace(/^#/, '');
  try {
    fromHash = decodeURIComponent(fromHash);
  } catch {
    return null;
  }
  return ids.has(fromHash) ? fromHash : null;
}

/** The address to show while reading `stepId` (null: no step), dropping any `step` query. */
export function addressFor(href: string, stepId: string | null): string {
  const url = new URL(href);
  url.searchParams.delete('step');
  url.hash = stepId ? `#${stepId}` : '';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The link a reader copies to share a step. */
export function shareLink(href: string, stepId: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  url.searchParams.set('step', stepId);
  return url.toString();
}
