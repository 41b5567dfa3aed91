/**
 * `/embed/host.js`, the script in the embed snippet (about 1 KB gzipped): @newswire/frames,
 * unchanged and kept out of the host's globals, watching every `iframe[data-frame-observe]`.
 * It reads both the AMP `embed-size` and the Pym.js `height` messages.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const GET: APIRoute = () => {
  const dist = dirname(require.resolve('@newswire/frames'));
  const frames = readFileSync(join(dist, 'frames.umd.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const body = `/*! Auto-height for embedded charts. @newswire/frames, (c) 2019 Ryan Murphy, MIT licence */
(function(){var module={exports:{}},exports=module.exports;
${frames}
var f=module.exports;function o(){var l=document.querySelectorAll("iframe[data-frame-observe]:not([data-frame-observed])");for(var i=0;i<l.length;i++){l[i].setAttribute("data-frame-observed","");f.observeIframe(l[i])}}
o();document.addEventListener("DOMContentLoaded",o)})();
`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript' } });
};
