/**
 * "Save for offline": the page tools' button that stores the whole story in the browser, so a
 * class can read, step, print and present it with no network. The work is Workbox's service
 * worker (built by src/build/offline.ts); this module registers it when the reader asks, shows
 * what is stored and how far along, and offers a newer version when one is deployed.
 *
 * A reader who never saves never gets a service worker. A saved copy is checked for a newer
 * version after load, when the page is idle and online; the newer version waits until the reader
 * presses "Update" in that tab (an open presentation elsewhere is never reloaded).
 */
import type { OfflineInfo } from '../build/offline';
import { documentLocale, pageWords } from '../i18n/client-words';
import { localePath } from '../i18n/locales';

// Each edition is saved on its own: its own worker, scope and record (src/build/offline.ts).
const locale = documentLocale();
const SCOPE = localePath(locale, '/');
const SAVED_KEY = `envoy-and-the-arc:offline${locale === 'en' ? '' : `:${locale}`}`;

/** What this browser saved, kept beside the cache: which version, of which date, with which changes. */
interface SavedCopy {
  version: string;
  lastUpdated: string;
  changeIds: string[];
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);

export async function wireOffline(): Promise<void> {
  const button = $<HTMLButtonElement>('[data-offline-save]');
  if (!button) return;
  document.documentElement.dataset.offline = await offer(button);
}

/** Shows the saved copy's state, or the button that saves one; says which. */
async function offer(button: HTMLButtonElement): Promise<'unavailable' | 'saved' | 'offered'> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return 'unavailable';
  const registration = await navigator.serviceWorker.getRegistration(SCOPE);
  const saved = readSaved();
  if (registration?.active && saved) {
    offerInstall();
    status(savedText(saved));
    watchForUpdates(registration, saved);
    return 'saved';
  }
  const info = await loadInfo(localePath(locale, '/offline.json'));
  if (!info) return 'unavailable';
  $('[data-offline-size]')!.textContent = pageWords().about(megabytes(info.bytes));
  button.hidden = false;
  button.addEventListener('click', () => void save(button, info));
  return 'offered';
}

async function save(button: HTMLButtonElement, info: OfflineInfo): Promise<void> {
  const progress = $<HTMLProgressElement>('[data-offline-progress]')!;
  button.disabled = true;
  progress.hidden = false;
  status(pageWords().savingSize(megabytes(info.bytes)));
  const poll = window.setInterval(async () => {
    const share = (await storedBytes(info)) / info.bytes;
    progress.value = share;
    status(pageWords().saving(Math.round(share * 100), megabytes(info.bytes)));
  }, 250);
  try {
    const registration = await navigator.serviceWorker.register(localePath(locale, '/sw.js'), { scope: SCOPE });
    await activated(registration);
    // The worker claims this page as it activates; from then on this page works offline too.
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    const copy = { version: info.version, lastUpdated: info.lastUpdated, changeIds: info.changes.map((c) => c.id) };
    localStorage.setItem(SAVED_KEY, JSON.stringify(copy));
    offerInstall();
    button.hidden = true;
    status(savedText(copy));
    watchForUpdates(registration, copy);
  } catch (error) {
    button.disabled = false;
    status(pageWords().notSaved(error instanceof Error ? error.message : pageWords().refused));
  } finally {
    window.clearInterval(poll);
    progress.hidden = true;
  }
}

/** Resolves when the registration's newest worker is active; rejects if it fails to install (a dropped connection, a full disk). */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) return reject(new Error('no service worker'));
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('a file could not be stored'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/** Bytes of this version's files already in the precache, however they got there. */
async function storedBytes(info: OfflineInfo): Promise<number> {
  const stored = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    for (const request of await (await caches.open(name)).keys()) stored.add(new URL(request.url).pathname);
  }
  return info.files.reduce((sum, f) => sum + (stored.has(f.url) ? f.bytes : 0), 0);
}

/**
 * A saved copy learns of a newer deploy when the browser fetches a changed `/sw.js`: the new
 * worker installs beside the old one (fetching only the files that changed) and waits. The
 * reader is then told what changed and chooses when to update.
 */
function watchForUpdates(registration: ServiceWorkerRegistration, saved: SavedCopy): void {
  const track = (worker: ServiceWorker | null) => {
    const check = () => {
      if (worker?.state === 'installed' && navigator.serviceWorker.controller) void offerUpdate(worker, saved);
    };
    worker?.addEventListener('statechange', check);
    check();
  };
  // The browser may have found the new version before this module loaded, or finds it now.
  track(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  if (navigator.onLine) registration.update().catch(() => undefined);
}

async function offerUpdate(worker: ServiceWorker, saved: SavedCopy): Promise<void> {
  const notice = $<HTMLElement>('[data-offline-update]');
  if (!notice || !notice.hidden) return;
  // `?fresh` is the one address the saved copy does not answer: this is the new version's list.
  const fresh = await loadInfo(`${localePath(locale, '/offline.json')}?fresh=${Date.now()}`);
  const first = fresh?.changes.find((c) => !saved.changeIds.includes(c.id));
  const change = notice.querySelector<HTMLElement>('[data-offline-change]')!;
  change.textContent = first ? pageWords().whatChanged(first.title) : '';
  notice.hidden = false;
  notice.querySelector<HTMLButtonElement>('[data-offline-apply]')!.addEventListener(
    'click',
    () => {
      // Only the tab whose reader chose to update reloads.
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (fresh) localStorage.setItem(SAVED_KEY, JSON.stringify({ version: fresh.version, lastUpdated: fresh.lastUpdated, changeIds: fresh.changes.map((c) => c.id) }));
        location.reload();
      }, { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

async function loadInfo(url: string): Promise<OfflineInfo | null> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as OfflineInfo) : null;
  } catch {
    return null;
  }
}

function readSaved(): SavedCopy | null {
  try {
    return JSON.parse(localStorage.getItem(SAVED_KEY) ?? 'null') as SavedCopy | null;
  } catch {
    return null;
  }
}

/**
 * A saved copy can be installed as an app: the manifest link goes in now. Not earlier: Chrome
 * fetches a manifest and an icon as soon as it sees the link, which on a phone's first load
 * costs the first paint a round trip, for the few readers who will install.
 */
function offerInstall(): void {
  if (!$('link[rel="manifest"]')) document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: localePath(locale, '/manifest.webmanifest') }));
}

function status(text: string): void {
  $('[data-offline-status]')!.textContent = text;
}

const savedText = (copy: SavedCopy) =>
  pageWords().saved(new Date(`${copy.lastUpdated}T00:00:00Z`).toLocaleDateString(pageWords().dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
