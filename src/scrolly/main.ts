/** The story page's script: everything that enhances a page already complete without it. */
import { startStory } from './engine';
import { wireMotionToggle } from './motion';
import { wireCopyButtons } from '../components/copy-buttons';
import { wireEditionSwitch } from '../i18n/edition-switch';

wireMotionToggle();
wireCopyButtons();
wireEditionSwitch();

// Printing fetches the storyboard's stills at once: as lazy images they might load only near the viewport.
const eagerStills = () => document.querySelectorAll<HTMLImageElement>('.step-thumb img').forEach((img) => (img.loading = 'eager'));
addEventListener('beforeprint', eagerStills);
matchMedia('print').addEventListener('change', (event) => event.matches && eagerStills());
void startStory();

// "Save for offline" is off the first load's path: its module loads once the page has loaded and the browser is idle.
const afterLoadAndIdle = (task: () => void) => {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
};
afterLoadAndIdle(() => void import('../offline/save').then((m) => m.wireOffline()));
