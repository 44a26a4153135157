/**
 * Messages between Crosscheck's parts. Page text never travels: the content
 * script sends only its summary (counts and the matched sentences, for the
 * popup's list), and only inside the extension (runtime messaging).
 *
 *   gate (content)  --inject-->          background: injects the annotator into that frame
 *   annotator       --summary-->         background: per-tab state, badge
 *   popup           --tab-state-->       background: the tab's summary
 *   popup           --run-here-->        background: inject now (on-click mode, or a site not on the list)
 *   card            --open-explorer-->   background: opens the claim explorer at a claim
 *   popup/background --rescan / focus / ping--> annotator (tabs.sendMessage)
 */
import type { Verdict } from '../verdict/verdict';

/** One marked sentence, as the popup lists it. */
export interface SummaryItem {
  /** Index of the mark on its page (stable until the next rescan). */
  index: number;
  /** The claims it states, the most serious first; `question` is the first one's. */
  claimIds: string[];
  question: string;
  sentence: string;
  /** The sentence's verdict, the one its marker shows. */
  kind: Verdict;
}

/** What one frame's annotator found. */
export interface PageSummary {
  /** Marked sentences (one mark each). */
  sentences: number;
  /** Claims stated in them (a sentence may state several). */
  claims: number;
  /** Marked sentences by the verdict they show. */
  counts: Record<Verdict, number>;
  items: SummaryItem[];
  /** 'running': annotating; 'paused': the reader paused this site; 'off': not set to run here. */
  status: 'running' | 'paused' | 'off';
}

export interface TabState {
  tabId: number;
  /** Frames that reported, by frame id (0 is the top frame). */
  frames: Record<string, PageSummary>;
}

export type Message =
  | { type: 'cc:inject' }
  | { type: 'cc:summary'; summary: PageSummary }
  | { type: 'cc:frame-gone' }
  | { type: 'cc:tab-state'; tabId: number }
  | { type: 'cc:run-here'; tabId: number }
  | { type: 'cc:open-explorer'; claimId?: string }
  | { type: 'cc:rescan' }
  | { type: 'cc:focus'; index: number }
  | { type: 'cc:ping' };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('cc:');
}

export const EMPTY_COUNTS: Readonly<Record<Verdict, number>> = Object.freeze({ agree: 0, dispute: 0, differs: 0, single: 0 });

/** A tab's summary over all its frames. */
export function combineFrames(state: TabState | null | undefined): {
  sentences: number;
  claims: number;
  counts: Record<Verdict, number>;
  items: (SummaryItem & { frameId: number })[];
  status: PageSummary['status'] | 'none';
} {
  const counts = { ...EMPTY_COUNTS };
  const items: (SummaryItem & { frameId: number })[] = [];
  let sentences = 0;
  let claims = 0;
  let status: PageSummary['status'] | 'none' = 'none';
  const frames = Object.entries(state?.frames ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  for (const [frameId, s] of frames) {
    sentences += s.sentences;
    claims += s.claims ?? 0;
    for (const k of Object.keys(counts) as Verdict[]) counts[k] += s.counts[k] ?? 0;
    items.push(...s.items.map((i) => ({ ...i, frameId: Number(frameId) })));
    if (frameId === '0' || status === 'none') status = s.status;
  }
  return { sentences, claims, counts, items, status };
}

/** The toolbar badge: sentences marked disputed or differing, else sentences marked (styled differently), else nothing. */
export function badgeFor(counts: Record<Verdict, number>): { text: string; alert: boolean } {
  const problems = counts.dispute + counts.differs;
  if (problems > 0) return { text: String(problems), alert: true };
  const all = counts.agree + counts.single;
  return { text: all > 0 ? String(all) : '', alert: false };
}
