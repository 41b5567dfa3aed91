/**
 * Tells the host page how tall the embed is, whenever that changes (load, fonts, resize, a new
 * step: all of them change the document's box, which a ResizeObserver watches), as a Pym.js
 * message (`pym xPYMx <childId> xPYMx height xPYMx N`, read by Pym.js and @newswire/frames
 * hosts) and as AMP's `embed-size` message (sent by @newswire/frames). The height is the
 * document's own box, never the frame's, so it cannot feed back into itself.
 */
import { sendFrameHeight } from '@newswire/frames';

/** A Pym.js message: pymMessage('a', 'height', '300') -> 'pymxPYMxaxPYMxheightxPYMx300'. */
export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join('xPYMx');
}

/** The content's height in whole CSS pixels (rounded up so nothing is clipped). */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting. `pymId` is the `childId` a Pym.js parent put in our address (null: none). */
export function reportHeight(pymId: string | null): void {
  let last = -1;
  const report = (force = false) => {
    const height = contentHeight();
    if (window.parent === window || (height === last && !force)) return;
    last = height;
    sendFrameHeight(height);
    if (pymId) window.parent.postMessage(pymMessage(pymId, 'height', String(height)), '*');
  };
  // Hosts that start listening late ask: @newswire/frames with `frames-init`, Pym.js by sending its width.
  window.addEventListener('message', ({ source, data }) => {
    if (source === window.parent && (data?.type === 'frames-init' || (pymId && String(data).startsWith(pymMessage(pymId, 'width', ''))))) report(true);
  });
  new ResizeObserver(() => report()).observe(document.documentElement);
  window.addEventListener('load', () => report(true));
}
