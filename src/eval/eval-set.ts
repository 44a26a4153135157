/**
 * The labelled evaluation set (tests/eval/*.yaml): sentences we wrote, each
 * with the claims it states and the reports that must be listed as agreeing
 * and as conflicting. An empty `expect` marks a sentence that states no claim.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../claims/load-node';

export const EVAL_DIR = join(PROJECT_ROOT, 'tests/eval');

const expectation = z.strictObject({
  claim: z.string(),
  agree: z.array(z.string()).default([]),
  conflict: z.array(z.string()).default([]),
});
const item = z.strictObject({
  id: z.string(),
  text: z.string().min(1),
  /** Text around the sentence on its page (headline, paragraph), when the sentence alone does not name the topic. */
  context: z.string().optional(),
  kind: z.enum(['report', 'paraphrase', 'wrong-figure', 'wrong-name', 'wrong-title', 'wrong-place', 'negated', 'no-side', 'hard-negative']),
  style: z.string().optional(),
  expect: z.array(expectation).default([]),
  note: z.string().optional(),
});
const file = z.strictObject({
  /** `tune`: every item was written while the matcher was tuned on it, so none may count as held out. */
  split: z.literal('tune').optional(),
  items: z.array(item).min(1),
});

export type EvalItem = z.infer<typeof item> & { split: 'tune' | 'test'; file: string };

/**
 * Each item's split is fixed by a hash of its id: about half tune (thresholds
 * are chosen there) and half test (figures are reported there); a file that
 * says `split: tune` was written while tuning, and all of it is tune.
 */
export function splitOf(id: string): 'tune' | 'test' {
  return createHash('sha256').update(id).digest()[0]! < 128 ? 'tune' : 'test';
}

export function loadEvalSet(dir = EVAL_DIR): EvalItem[] {
  const items: EvalItem[] = [];
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const parsed = file.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`tests/eval/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const it of parsed.data.items) {
      if (ids.has(it.id)) throw new Error(`tests/eval/${f}: item id "${it.id}" repeats`);
      ids.add(it.id);
      items.push({ ...it, split: parsed.data.split ?? splitOf(it.id), file: f });
    }
  }
  return items;
}
