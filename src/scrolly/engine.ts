/**
 * The one scroll driver. Which step is current is read off the page's geometry (see
 * current-step.ts) once per frame in which anything moved, so events that arrive late, twice,
 * out of order or not at all cannot leave a chart on the wrong step. Two signals schedule that
 * read: every scroll (an instant jump, a #link, Home or End crosses no trigger line on its way,
 * so Scrollama alone would not hear it) and Scrollama's crossings (a step that moves past the
 * line because the layout changed, with no scroll at all). Only this module imports Scrollama.
 */
import scrollama from 'scrollama';
import { controlChart, type Cause, type ChartController } from '../charts/controller';
import { currentStep, triggerRatio, type StepBox } from './current-step';
import { addressFor, shareLink, stepFromLocation } from './permalink';
import { motionAllowed } from './motion';
import { wirePresentation } from './present';
import { pageWords } from '../i18n/client-words';

/** The part of Scrollama's API we use (its shipped types lag the library). */
interface Scroller {
  setup(options: { step: Element[]; offset: number; progress: boolean; threshold?: number }): Scroller;
  onStepEnter(cb: () => void): Scroller;
  onStepExit(cb: () => void): Scroller;
  resize(): Scroller;
  destroy(): void;
}

interface Chapter {
  chart: ChartController;
  stepEls: HTMLElement[];
  container: HTMLElement;
}

/** A programmatic scroll in progress: scroll-derived updates wait until it lands. */
let pinned: { stepId: string; until: number } | null = null;
let settled = false;
/** True while presentation mode owns the charts. */
let paused = false;

export async function startStory(): Promise<void> {
  const announcer = document.getElementById('step-announcer');
  const announce = (text: string) => {
    if (announcer) announcer.textContent = text;
  };
  const chapters: Chapter[] = [];

  const onStep = (chart: ChartController, stepId: string, cause: Cause) => {
    const chapter = chapters.find((c) => c.chart === chart);
    const el = document.getElementById(stepId);
    // Where to scroll is known before any class changes, so nothing forces a layout in between.
    const scrollTarget = cause === 'step' && el && !paused ? targetFor(el) : null;
    for (const other of chapter?.stepEls ?? []) if (other !== el) other.classList.remove('is-active');
    el?.classList.add('is-active');
    if (cause === 'step') {
      // A button or key step: scrolling now would force the layout the new chart state just
      // dirtied, inside the reader's click; once the frame is drawn it is free.
      if (el && scrollTarget !== null) scrollStepToTrigger(el, motionAllowed() ? 'smooth' : 'instant', scrollTarget, true);
      if (!paused) announce(pageWords().stepOf(chart.steps.indexOf(stepId) + 1, chart.steps.length, chart.figure.querySelector('[data-takeaway]')?.textContent ?? ''));
      if (settled && !paused) address.follow(stepId);
    }
  };

  // The charts' modules and data load side by side, not one chart after another.
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  const charts = await Promise.all(figures.map((figure) => controlChart(figure, onStep)));
  figures.forEach((figure, i) => {
    const chart = charts[i];
    const container = figure.closest<HTMLElement>('[data-scrolly]');
    if (!chart || !container) return;
    const stepEls = chart.steps.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => !!el);
    chapters.push({ chart, stepEls, container });
  });

  const view = viewport();
  const trigger = () => view.height * triggerRatio(view.width);
  const geometry = pageGeometry(chapters.flatMap((c) => [c.container, ...c.stepEls]), view, () => schedule());
  const boxes = (els: HTMLElement[]): StepBox[] =>
    els.map((el) => {
      const { top, bottom } = geometry.inView(el);
      return { id: el.id, top, bottom };
    });
  const address = deferredAddress();

  /** Re-derives every chart's step from the page as it is now: all geometry is read before any chart draws. */
  const update = () => {
    if (paused) return;
    const y = trigger();
    let reading: string | null = null;
    const found = chapters.map(({ chart, stepEls, container }) => {
      const current = currentStep(boxes(stepEls), y);
      const box = geometry.inView(container);
      if (current && box.top <= y && box.bottom > y && stepEls[0] && geometry.inView(stepEls[0]).top <= y) reading = current.id;
      const far = box.bottom < -view.height || box.top > 2 * view.height;
      return { chart, current, far };
    });
    for (const { chart, current, far } of found) {
      if (!current) continue;
      if (pinned && performance.now() < pinned.until && chart.steps.includes(pinned.stepId)) {
        if (current.id !== pinned.stepId) continue;
        pinned = null;
      }
      chart.show(current.id, chart.usesProgress(current.id) ? current.progress : 0, far ? 'offscreen' : 'scroll');
    }
    // Outside the steps a section's own anchor (#classroom, say) stays in the address; only a step's is cleared.
    if (settled && !pinned && (reading || chapters.some((c) => c.chart.steps.includes(location.hash.slice(1))))) address.follow(reading);
  };

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };

  listenForMovement(chapters, view, schedule);

  const reveal = (el: HTMLElement) => scrollStepToTrigger(el, 'instant');
  const linked = openDeepLink(chapters, reveal);
  update();
  settled = true;
  if (linked) history.replaceState(history.state, '', addressFor(location.href, linked));
  wireStoryPresentation(chapters, linked, { announce, schedule, reveal });
  document.documentElement.dataset.story = 'ready';

  /** The scroll position that puts a step's top just past the trigger line. */
  function targetFor(el: HTMLElement): number {
    return geometry.inPage(el).top - trigger() + 2;
  }

  /** Brings a step's text to the trigger line; `afterFrame` waits until the next frame is drawn. */
  function scrollStepToTrigger(el: HTMLElement, behavior: ScrollBehavior, top = targetFor(el), afterFrame = false) {
    pinned = { stepId: el.id, until: performance.now() + (behavior === 'smooth' ? 1500 : 300) };
    if (!afterFrame) window.scrollTo({ top, behavior });
    else requestAnimationFrame(() => setTimeout(() => window.scrollTo({ top, behavior })));
  }

  wireCopyLinks();
}

/**
 * The window's scroll position and size, read in the scroll and resize events, before the frame's
 * animation callbacks: read later, after a transition has written to the chart, each read would
 * force a layout in the middle of the frame.
 */
interface Viewport {
  y: number;
  width: number;
  height: number;
  read(): void;
}

function viewport(): Viewport {
  const view: Viewport = {
    y: 0,
    width: 0,
    height: 0,
    read() {
      view.y = window.scrollY;
      view.width = window.innerWidth;
      view.height = window.innerHeight;
    },
  };
  view.read();
  return view;
}

/**
 * The address bar follows the step being read, written when the browser is idle: a same-document
 * navigation costs milliseconds a phone's step change cannot spare, and only the last one counts.
 */
function deferredAddress() {
  let pending: string | null = null;
  // What the last call asked for, from which address: a scroll frame within a step asks again for
  // the same, and parsing the address on every frame is work a phone's scroll cannot spare.
  let asked: { stepId: string | null; from: string } | null = null;
  const write = () => {
    if (pending !== null && pending !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', pending);
    pending = null;
  };
  return {
    follow(stepId: string | null) {
      const from = location.href;
      if (asked && asked.stepId === stepId && asked.from === from) return;
      asked = { stepId, from };
      const wasPending = pending !== null;
      pending = addressFor(from, stepId);
      if (wasPending) return;
      if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: 250 });
      else setTimeout(write, 50);
    },
  };
}

/** Every scroll, resize and step crossing schedules one read of the page's geometry. */
function listenForMovement(chapters: Chapter[], view: Viewport, schedule: () => void): void {
  // Scrollama hears steps cross the line when the layout moves them; progress within a step is
  // read from the geometry on every scroll frame (`update` in startStory), so its progress observers are not needed.
  for (const chapter of chapters) {
    (scrollama() as unknown as Scroller)
      .setup({ step: chapter.stepEls, offset: triggerRatio(window.innerWidth), progress: false })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  }
  const moved = () => {
    view.read();
    schedule();
  };
  window.addEventListener('resize', moved);
  window.addEventListener('scroll', moved, { passive: true });
}

/** A deep link opens its step: draw it at once, then bring its text to the trigger line. Returns its id. */
function openDeepLink(chapters: Chapter[], reveal: (el: HTMLElement) => void): string | null {
  const linked = stepFromLocation(location.search, location.hash, chapters.flatMap((c) => c.chart.steps));
  if (!linked) return null;
  chapters.find((c) => c.chart.steps.includes(linked))!.chart.show(linked, 0, 'link');
  const el = document.getElementById(linked)!;
  reveal(el);
  el.classList.add('is-active');
  return linked;
}

/** Presentation mode over the story's charts: while it owns them, scrolling drives nothing. */
function wireStoryPresentation(
  chapters: Chapter[],
  linked: string | null,
  story: { announce: (text: string) => void; schedule: () => void; reveal: (el: HTMLElement) => void },
): void {
  const presentation = wirePresentation({
    charts: chapters.map((c) => c.chart),
    pause: (on) => {
      paused = on;
      if (!on) story.schedule();
    },
    announce: story.announce,
    reveal: (stepId) => {
      const el = document.getElementById(stepId);
      if (el) story.reveal(el);
    },
    startAt: () => linked ?? chapters.map((c) => c.chart).find((c) => document.getElementById(c.current())?.classList.contains('is-active'))?.current() ?? null,
  });
  if (new URLSearchParams(location.search).get('present') === '1') presentation.enter(linked);
}

/** "Link to this step" copies a shareable address; without a clipboard it just follows the link. */
function wireCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    const step = link.closest<HTMLElement>('[data-step]');
    if (!step || !navigator.clipboard) return;
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(shareLink(location.href, step.id));
      link.dataset.copied = 'true';
      link.setAttribute('aria-label', pageWords().linkCopied);
    } catch {
      location.hash = step.id;
    }
    setTimeout(() => {
      delete link.dataset.copied;
      link.setAttribute('aria-label', pageWords().linkLabel);
    }, 2000);
  });
}

/**
 * Where the steps sit in the document, measured once and again only after the layout changes
 * (a resize, fonts arriving, a note unfolding, presentation mode): a scroll moves them all by
 * the same amount, so each scroll frame reads `scrollY` alone and never forces a layout.
 */
function pageGeometry(elements: HTMLElement[], view: Viewport, onChange: () => void) {
  let spans: Map<HTMLElement, { top: number; bottom: number }> | null = null;
  const measure = () => {
    view.read();
    const y = view.y;
    spans = new Map(elements.map((el) => {
      const r = el.getBoundingClientRect();
      return [el, { top: r.top + y, bottom: r.bottom + y }];
    }));
    return spans;
  };
  // Any change of height inside the page changes the body's height; a width change may move text.
  const observer = new ResizeObserver(() => {
    spans = null;
    onChange();
  });
  observer.observe(document.body);
  for (const el of elements) observer.observe(el);
  const inPage = (el: HTMLElement) => (spans ?? measure()).get(el) ?? { top: 0, bottom: 0 };
  return {
    inPage,
    /** The element's top and bottom in viewport coordinates, as getBoundingClientRect would give them. */
    inView(el: HTMLElement) {
      const { top, bottom } = inPage(el);
      return { top: top - view.y, bottom: bottom - view.y };
    },
  };
}
