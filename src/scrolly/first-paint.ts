/**
 * Runs `run` once the page's first text is on screen (the browser's first-contentful-paint
 * entry), so that work which only enhances the page never competes with that paint. Where paint
 * timing is missing, after the next frame; a page that is never painted (a tab opened in the
 * background) still runs it after `timeoutMs`.
 */
export function afterFirstPaint(run: () => void, timeoutMs = 3000): void {
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      run();
    }
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
    observer.disconnect();
    setTimeout(once);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, timeoutMs);
}
