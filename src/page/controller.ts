/**
 * The annotator's life on one page (frame): it follows the reader's settings
 * (paused site, what to mark, sensitivity, where to run) as they change,
 * reports a summary to the background for the badge and the popup, answers
 * the popup (rescan, open a mark), and removes everything when its lifetime
 * ends (src/page/lifetime.ts: the extension disabled, reloaded or updated, or
 * a newer annotator in the frame).
 */
import { browser } from 'wxt/browser';
import type { ClaimIndex } from '../claims/schema';
import { SENSITIVITY, type Sensitivity } from '../match/calibration';
import { Matcher } from '../match/matcher';
import { EMPTY_COUNTS, isMessage, SUMMARY_LIMITS, type Message, type PageSummary } from '../messages/protocol';
import { hostMatches, runsAutomaticallyOn, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/store';
import type { Verdict } from '../verdict/verdict';
import { PageAnnotator } from './annotator';
import { CHECK_MS } from './lifetime';


export type RunState = PageSummary['status'];

/** What the reader's settings say for this page: run, paused by the reader, or not set to run here. */
export function stateFor(settings: Settings, host: string, forced: boolean): RunState {
  if (hostMatches(host, settings.paused)) return 'paused';
  return forced || runsAutomaticallyOn(settings, host) ? 'running' : 'off';
}

export function showKind(settings: Settings): (kind: Verdict) => boolean {
  return settings.mark === 'problems' ? (k) => k === 'dispute' || k === 'differs' : () => true;
}

export class PageController {
  private annotator: PageAnnotator | null = null;
  private settings: Settings | null = null;
  private state: RunState = 'off';
  private readonly matchers = new Map<Sensitivity, Matcher>();
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly index: ClaimIndex,
    /** Injected because the reader asked on this page (toolbar, on-click mode): run whatever the site list says. */
    private readonly forced: boolean,
  ) {}

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** Run until `signal` ends (the annotator's lifetime), then remove everything. */
  async start(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    const onMessage = (msg: unknown) => (isMessage(msg) ? this.onMessage(msg) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings((s) => this.apply(s));
    // A client-side navigation may clear this tab's state in the background: report again. Read from
    // `location`, not from page events, which a page may fire at will.
    let href = this.doc.location?.href;
    const navigation = setInterval(() => {
      if (this.doc.location?.href === href) return;
      href = this.doc.location?.href;
      this.report();
    }, CHECK_MS);
    // The frame's document goes (its frame removed, a navigation, the tab closed): the background drops its
    // summary, so a tab's badge counts only the frames it has. Back from the back-forward cache: report again.
    // Only the browser's own events: a page may dispatch these at will.
    const win = this.doc.defaultView;
    const onPageHide = (e: Event) => {
      if (!e.isTrusted) return;
      try {
        void Promise.resolve(browser.runtime.sendMessage({ type: 'cc:frame-gone' } satisfies Message)).catch(() => {});
      } catch {
        // The extension went away first: nothing is left to tell.
      }
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.isTrusted && e.persisted) this.report();
    };
    win?.addEventListener('pagehide', onPageHide, { signal });
    win?.addEventListener('pageshow', onPageShow, { signal });
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(navigation);
        // The page first: an orphaned script's extension APIs may throw.
        this.stop();
        try {
          unwatch();
          browser.runtime.onMessage.removeListener(onMessage);
        } catch {
          // the extension is gone; its listeners with it
        }
      },
      { once: true },
    );
    const settings = await loadSettings();
    if (!signal.aborted) this.apply(settings);
  }

  /** Follow a settings change: start, stop, or restart with new options. */
  apply(next: Settings): void {
    if (this.stopped) return;
    const prev = this.settings;
    this.settings = next;
    const state = stateFor(next, this.host, this.forced);
    const optionsChanged = !prev || prev.mark !== next.mark || prev.sensitivity !== next.sensitivity;
    this.state = state;
    if (state !== 'running') {
      this.annotator?.destroy();
      this.annotator = null;
      this.report();
    } else if (!this.annotator || optionsChanged) this.restart();
  }

  private matcher(s: Sensitivity): Matcher {
    let m = this.matchers.get(s);
    if (!m) this.matchers.set(s, (m = new Matcher(this.index, { minScore: SENSITIVITY[s] })));
    return m;
  }

  /** A fresh scan with the current settings. */
  restart(): void {
    if (this.stopped || !this.settings || this.state !== 'running') return;
    this.annotator?.destroy();
    const settings = this.settings;
    this.annotator = new PageAnnotator(this.doc, this.index, {
      matcher: this.matcher(settings.sensitivity),
      show: showKind(settings),
      onChange: () => this.report(),
      openExplorer: (claimId) => void browser.runtime.sendMessage({ type: 'cc:open-explorer', claimId } satisfies Message).catch(() => {}),
    });
    void this.annotator.start().then(() => this.report());
  }

  /** What this frame shows, within the bounds the background accepts (SUMMARY_LIMITS, src/messages/protocol.ts). */
  summary(): PageSummary {
    const marks = (this.annotator?.marks ?? []).slice(0, SUMMARY_LIMITS.count);
    const counts = { ...EMPTY_COUNTS };
    for (const m of marks) counts[m.kind]++;
    return {
      sentences: marks.length,
      claims: Math.min(SUMMARY_LIMITS.count, marks.reduce((n, m) => n + m.facts.length, 0)),
      counts,
      items: marks.slice(0, SUMMARY_LIMITS.items).map((m, index) => ({
        index,
        claimIds: m.facts.slice(0, SUMMARY_LIMITS.claimIds).map((f) => f.claim.id),
        question: m.facts[0]!.claim.question.slice(0, SUMMARY_LIMITS.question),
        sentence: m.sentence.slice(0, SUMMARY_LIMITS.sentence),
        kind: m.kind,
      })),
      status: this.state,
    };
  }

  /** Tell the background (badge, popup) what this frame shows; coalesced to one message per 150 ms. */
  report(): void {
    if (this.reportTimer !== null || this.stopped) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      if (this.stopped) return;
      browser.runtime.sendMessage({ type: 'cc:summary', summary: this.summary() } satisfies Message).catch(() => {
        // The background is restarting or the extension is going away; the next change reports again.
      });
    }, 150);
  }

  private onMessage(msg: Message): Promise<unknown> | undefined {
    switch (msg.type) {
      case 'cc:rescan':
        this.restart();
        return Promise.resolve({ ok: this.state === 'running' });
      case 'cc:focus':
        return Promise.resolve({ ok: this.annotator?.focusMark(msg.index) ?? false });
      case 'cc:ping':
        return Promise.resolve({ status: this.state, summary: this.summary() });
      default:
        return undefined;
    }
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.reportTimer !== null) clearTimeout(this.reportTimer);
    this.annotator?.destroy();
    this.annotator = null;
  }
}
