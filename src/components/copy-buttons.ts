/**
 * Buttons with `data-copy="<element id>"` copy that element's text. They are hidden in the HTML
 * and shown here, so readers without JavaScript never see a button that does nothing.
 */
import { pageWords } from '../i18n/client-words';
export function wireCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = pageWords().copied;
      } catch {
        button.textContent = pageWords().selectToCopy;
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
