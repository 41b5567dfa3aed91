/** "Embed this chart" on the story page: rewrites the snippet for the chosen step and kind, and copies it. */
import { embedPath, embedSnippet, oembedPath, type SnippetKind } from './urls';
import { pageWords } from '../i18n/client-words';
import type { Locale } from '../i18n/locales';

/** Wires every disclosure on the page. */
export function wireEmbedDisclosures(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-embed-disclosure]')) {
    const { chart = '', site = '', title = '', firstStep = '' } = box.dataset;
    const locale = (box.dataset.locale ?? 'en') as Locale;
    const words = pageWords();
    const code = box.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
    const select = box.querySelector<HTMLSelectElement>('[data-embed-step]')!;
    const copy = box.querySelector<HTMLButtonElement>('[data-embed-copy]')!;
    const status = box.querySelector<HTMLElement>('[data-embed-status]')!;
    const preview = box.querySelector<HTMLAnchorElement>('[data-embed-preview]');
    const oembed = box.querySelector<HTMLAnchorElement>('[data-embed-oembed]');
    box.querySelector('[data-embed-choices]')?.removeAttribute('hidden');
    copy.hidden = false;

    const update = () => {
      const step = select.value === firstStep ? null : select.value;
      const kind = (box.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'iframe') as SnippetKind;
      code.value = embedSnippet({ site, chart, step, title, kind, locale });
      if (preview) preview.href = embedPath(chart, step, locale);
      if (oembed) oembed.href = oembedPath(chart, step, locale);
      status.textContent = '';
    };
    box.addEventListener('change', update);

    copy.addEventListener('click', async () => {
      code.select();
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = words.copiedCode;
      } catch {
        status.textContent = words.selectedCode;
      }
    });
  }
}
