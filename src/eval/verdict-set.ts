/**
 * Sentences labelled with the verdict a reader should see, and nothing finer
 * (tests/eval/verdicts/*.tsv): written for this project in the manner of other
 * outlets' coverage, whole articles and their headlines, to measure warnings
 * and marks the way a reader meets them (VERDICTS.md). Unlike the main
 * evaluation set, a label names no reports: it is quicker to write many, and
 * it checks what the reader sees, not the card's lists.
 *
 * One line per sentence: `verdict<TAB>sentence<TAB>claims<TAB>why`, where the
 * verdict is none, agree, single, dispute, differs or unsure (left out of the
 * figures) and claims are comma-separated ids or "-". A line "#C headline"
 * opens an article: the sentences after it, up to the next, are its text, and
 * each is matched with the article's headline and opening as its page context,
 * as the content script reads a page; other "#" lines are comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../claims/load-node';
import type { ClaimIndex } from '../claims/schema';
import { newDiscourse } from '../match/antecedent';
import type { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { pageContextText } from '../page/scan';
import { shownVerdict, VERDICTS, type Verdict } from '../verdict/verdict';
import type { Judged } from './sentence-score';

export const VERDICT_SET_DIR = join(PROJECT_ROOT, 'tests/eval/verdicts');

export interface VerdictItem {
  /** Where it is: file and line, for errors and lists. */
  at: string;
  text: string;
  /** The page context of the article it stands in: its headline and opening (pageContextText). */
  context: string;
  /** Which article of its file it stands in (0 before the first "#C" line): its sentences are read in order. */
  article: number;
  /** The verdict a reader should see; null for no mark. */
  expected: Verdict | null;
  unsure: boolean;
  claims: string[];
  why: string;
}

/** Every item of every file, or the problems that make a file unreadable (file, line and what is wrong). */
export function loadVerdictSet(index: ClaimIndex, dir = VERDICT_SET_DIR): { items: VerdictItem[]; problems: string[] } {
  const known = new Set(index.claims.map((c) => c.id));
  const items: VerdictItem[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    // Each article: its headline and its items, whose context is set once the article is read.
    const articles: { headline: string; items: VerdictItem[] }[] = [{ headline: '', items: [] }];
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, n) => {
      const at = `tests/eval/verdicts/${file}:${n + 1}`;
      if (line.startsWith('#C ')) articles.push({ headline: line.slice(3).trim(), items: [] });
      if (!line.trim() || line.startsWith('#')) return;
      const fields = line.split('\t');
      if (fields.length !== 4 || !fields[1]!.trim()) return void problems.push(`${at}: expected 4 tab-separated fields, found ${fields.length}`);
      const [label, text, claims, why] = fields as [string, string, string, string];
      const verdict = label.trim();
      if (verdict !== 'none' && verdict !== 'unsure' && !(VERDICTS as readonly string[]).includes(verdict))
        return void problems.push(`${at}: unknown verdict "${verdict}"`);
      const ids = claims.trim() === '-' ? [] : claims.split(',').map((c) => c.trim()).filter(Boolean);
      for (const id of ids) if (!known.has(id)) problems.push(`${at}: unknown claim "${id}"`);
      if (verdict !== 'none' && verdict !== 'unsure' && !ids.length) problems.push(`${at}: a mark is due, but no claim is named`);
      articles.at(-1)!.items.push({
        at,
        text: text.trim(),
        context: '',
        article: articles.length - 1,
        expected: verdict === 'none' || verdict === 'unsure' ? null : (verdict as Verdict),
        unsure: verdict === 'unsure',
        claims: ids,
        why: why.trim(),
      });
    });
    for (const a of articles) {
      const context = pageContextText(a.headline, a.items);
      for (const it of a.items) items.push({ ...it, context });
    }
  }
  return { items, problems };
}

/** What Crosscheck shows on each sure item (the most serious verdict of its facts), beside what it should show. */
export function judgeVerdictItems(matcher: Matcher, items: readonly VerdictItem[]): (Judged & { item: VerdictItem; annotations: Annotation[] })[] {
  // Each article's sentences in order, as a page reads them, unsure ones too: a "he" may stand for a person named before.
  let discourse = newDiscourse();
  let last = '';
  const judged: (Judged & { item: VerdictItem; annotations: Annotation[] })[] = [];
  for (const item of items) {
    const article = `${item.at.replace(/:\d+$/, '')}#${item.article}`;
    if (article !== last) discourse = newDiscourse();
    last = article;
    const annotations = matcher.matchText(item.text, item.context || undefined, {}, discourse).annotations;
    if (!item.unsure) judged.push({ item, annotations, expected: item.expected, got: shownVerdict(annotations) });
  }
  return judged;
}
