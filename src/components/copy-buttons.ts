/**
 * Buttons with `data-copy="<element id>"` copy that element's text. They are hidden in the HTML
 * and shown here, so readers without JavaScript never see a button that does nothing.
 */
export function wireCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select the text to copy it';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
