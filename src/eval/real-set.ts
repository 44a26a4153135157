/**
 * The real-coverage evaluation set: articles from other outlets, brought back
 * from the `search` tool into the OS temp folder (never into the repository),
 * and our labels for them in tests/eval/real/<article>.yaml, keyed by
 * sentence index and a hash of the sentence (the sentences themselves are
 * not committed). See ../../tests/eval/real/README.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../claims/load-node';
import { splitSentences } from '../text/sentences';
import { sentenceLabel } from './labels';

export const REAL_LABELS_DIR = join(PROJECT_ROOT, 'tests/eval/real');

/** Where the article texts live: `$CROSSCHECK_REAL_DIR`, else `<tmp>/crosscheck-real`. */
export function realTextDir(): string {
  return process.env.CROSSCHECK_REAL_DIR || join(tmpdir(), 'crosscheck-real');
}

export interface RealSentence {
  /** Index of the sentence in its article, counted over every block. */
  index: number;
  text: string;
  hash: string;
  /** The block (line) it stands in: its page context is the whole article. */
  block: number;
}

export interface RealArticle {
  id: string;
  /** The article's date as the corpus gives it ("2025-05-23"), when it does. */
  date: string | null;
  headline: string;
  /** All of the article's text, the page context for the topic check. */
  text: string;
  sentences: RealSentence[];
}

/** A short, stable hash of a sentence: whitespace collapsed, so a label survives re-wrapping. */
export function sentenceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/**
 * An article as the corpus stores it: an optional leading "date YYYY-MM[-DD]"
 * stamp, then the headline and paragraphs, one per line. Each line is a
 * block, as a page's paragraphs are; sentences are split within it.
 */
export function parseArticle(id: string, raw: string): RealArticle {
  let text = raw.replace(/\r\n?/g, '\n');
  const stamp = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+/.exec(text);
  if (stamp) text = text.slice(stamp[0].length);
  const sentences: RealSentence[] = [];
  const lines = text.split('\n');
  lines.forEach((line, block) => {
    for (const s of splitSentences(line)) sentences.push({ index: sentences.length, text: s.text, hash: sentenceHash(s.text), block });
  });
  return { id, date: stamp?.[1] ?? null, headline: sentences[0]?.text ?? '', text, sentences };
}

export function readArticle(id: string, dir = realTextDir()): RealArticle | null {
  const path = join(dir, `${id}.txt`);
  return existsSync(path) ? parseArticle(id, readFileSync(path, 'utf8')) : null;
}

const labelledSentence = sentenceLabel.extend({
  i: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{12}$/),
});
const labelFile = z.strictObject({
  article: z.string().regex(/^d\d{2}$/),
  topic: z.enum(['exchange', 'strike', 'florida', 'mixed']),
  sentences: z.array(labelledSentence),
});
export type RealLabelFile = z.infer<typeof labelFile>;
export type RealLabel = z.infer<typeof labelledSentence>;

/**
 * Which articles tuning may look at, and which are held out. Within each
 * topic the articles are ordered by a hash of their id and alternate
 * tune, test, tune, ...: fixed in advance, so nobody picks the easy ones for
 * the held-out half, and every topic is on both sides where it has two articles.
 */
export function realSplits(files: readonly { article: string; topic: string }[]): Map<string, 'tune' | 'test'> {
  const key = (id: string) => createHash('sha256').update(`real:${id}`).digest('hex');
  const out = new Map<string, 'tune' | 'test'>();
  for (const topic of new Set(files.map((f) => f.topic))) {
    const ids = files.filter((f) => f.topic === topic).map((f) => f.article).sort((a, b) => key(a).localeCompare(key(b)));
    ids.forEach((id, k) => out.set(id, k % 2 === 0 ? 'tune' : 'test'));
  }
  return out;
}

export function loadRealLabels(dir = REAL_LABELS_DIR): RealLabelFile[] {
  const out: RealLabelFile[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const parsed = labelFile.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success)
      throw new Error(`tests/eval/real/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (`${parsed.data.article}.yaml` !== f) throw new Error(`tests/eval/real/${f}: article "${parsed.data.article}" is not the file's name`);
    out.push(parsed.data);
  }
  return out;
}
