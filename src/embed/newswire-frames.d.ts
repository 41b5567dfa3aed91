/** The part of @newswire/frames we use (the package ships no types). */
declare module '@newswire/frames' {
  /** Posts `{ sentinel: 'amp', type: 'embed-size', height }` to the parent window. */
  export function sendFrameHeight(height?: number): void;
  /** Host side: sizes an existing iframe from its height messages; returns `unobserve`. */
  export function observeIframe(iframe: HTMLIFrameElement): () => void;
}
