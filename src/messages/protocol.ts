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
import { VERDICTS, type Verdict } from '../verdict/verdict';

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

/**
 * Bounds on one frame's summary, which the annotator keeps within and the background checks
 * (`parseSummary`): what is stored for a frame can be no larger, whatever sent it.
 */
export const SUMMARY_LIMITS = Object.freeze({
  /** Most matched sentences listed (the counts cover all). */
  items: 200,
  /** Most marks, claims or sentences a count may say (a 5 MB page gives under 600). */
  count: 100_000,
  /** Most claims listed for one sentence (the popup's data only; its count is in `claims`). */
  claimIds: 8,
  /** Longest claim id, question and sentence, in UTF-16 units (the annotator cuts a sentence to this). */
  claimId: 64,
  question: 200,
  sentence: 300,
});

const STATUSES: readonly PageSummary['status'][] = ['running', 'paused', 'off'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= SUMMARY_LIMITS.count;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseItem(v: unknown): SummaryItem | null {
  if (!isRecord(v)) return null;
  const { index, claimIds, question, sentence, kind } = v;
  if (!isCount(index) || !isText(question, SUMMARY_LIMITS.question) || !isText(sentence, SUMMARY_LIMITS.sentence)) return null;
  if (typeof kind !== 'string' || !(VERDICTS as readonly string[]).includes(kind)) return null;
  if (!Array.isArray(claimIds) || claimIds.length < 1 || claimIds.length > SUMMARY_LIMITS.claimIds) return null;
  if (!claimIds.every((id) => isText(id, SUMMARY_LIMITS.claimId) && id.length > 0)) return null;
  return { index, claimIds: [...claimIds] as string[], question, sentence, kind: kind as Verdict };
}

/**
 * A frame's summary as the background accepts it from a content script: every count a finite, non-negative
 * integer within SUMMARY_LIMITS.count (the verdicts' counts adding up to the sentences), at most
 * SUMMARY_LIMITS.items items, every string within its length, a known status and verdicts. Anything else is
 * null, and dropped: nothing of a malformed summary is stored or shown. Only the known fields are kept.
 */
export function parseSummary(value: unknown): PageSummary | null {
  if (!isRecord(value)) return null;
  const { sentences, claims, counts, items, status } = value;
  if (!isCount(sentences) || !isCount(claims) || !isRecord(counts)) return null;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) return null;
  const parsedCounts = { ...EMPTY_COUNTS };
  for (const k of VERDICTS) {
    const n = counts[k];
    if (!isCount(n)) return null;
    parsedCounts[k] = n;
  }
  if (VERDICTS.reduce((sum, k) => sum + parsedCounts[k], 0) !== sentences) return null;
  if (!Array.isArray(items) || items.length > SUMMARY_LIMITS.items || items.length > sentences) return null;
  const parsedItems: SummaryItem[] = [];
  for (const item of items) {
    const parsed = parseItem(item);
    if (!parsed) return null;
    parsedItems.push(parsed);
  }
  return { sentences, claims, counts: parsedCounts, items: parsedItems, status: status as PageSummary['status'] };
}

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
