// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { PageController } from '../page/controller';
import { PageAnnotator } from '../page/annotator';
import { EMPTY_COUNTS, parseSummary, SUMMARY_LIMITS, type PageSummary } from './protocol';

const item = (index: number) => ({ index, claimIds: ['exchange.total'], question: 'How many prisoners were exchanged?', sentence: `Sentence ${index}.`, kind: 'agree' as const });
const good = (n = 3): PageSummary => ({ sentences: n, claims: n + 1, counts: { ...EMPTY_COUNTS, agree: n }, items: Array.from({ length: n }, (_, i) => item(i)), status: 'running' });
/** `good()` with one field replaced (by path), or removed when `value` is undefined. */
function withField(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(good()) as unknown as Record<string | number, unknown>;
  let at = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

describe('parseSummary', () => {
  it('accepts what an annotator sends, as it is', () => {
    expect(parseSummary(good())).toEqual(good());
    const none: PageSummary = { sentences: 0, claims: 0, counts: { ...EMPTY_COUNTS }, items: [], status: 'paused' };
    expect(parseSummary(none)).toEqual(none);
  });

  it('keeps only the known fields', () => {
    const extra = { ...good(), html: '<p>the whole page</p>', items: good().items.map((i) => ({ ...i, url: 'https://x' })) };
    const parsed = parseSummary(extra)!;
    expect(parsed).toEqual(good());
    expect(JSON.stringify(parsed)).not.toMatch(/html|url/);
  });

  it('drops counts that are not finite, non-negative integers within the cap, or do not add up', () => {
    for (const bad of [-1, 1.5, Number.NaN, Infinity, SUMMARY_LIMITS.count + 1, '3', null, 2 ** 53]) {
      expect(parseSummary(withField(['sentences'], bad)), `sentences ${bad}`).toBeNull();
      expect(parseSummary(withField(['claims'], bad)), `claims ${bad}`).toBeNull();
      expect(parseSummary(withField(['counts', 'agree'], bad)), `agree ${bad}`).toBeNull();
    }
    expect(parseSummary(withField(['counts', 'dispute'], undefined))).toBeNull();
    expect(parseSummary(withField(['counts'], [3, 0, 0, 0]))).toBeNull();
    // A badge that says more than the frame marked.
    expect(parseSummary(withField(['counts', 'differs'], 50))).toBeNull();
  });

  it('drops unbounded or malformed item lists and strings', () => {
    const many = { ...good(SUMMARY_LIMITS.items + 1) };
    expect(parseSummary(many)).toBeNull();
    expect(parseSummary(good(SUMMARY_LIMITS.items))).not.toBeNull();
    expect(parseSummary(withField(['items'], 'none'))).toBeNull();
    expect(parseSummary(withField(['items'], [...good().items, item(3)]))).toBeNull(); // more items than sentences
    const long = (n: number) => 'x'.repeat(n);
    for (const [path, value] of [
      [['items', 0, 'sentence'], long(SUMMARY_LIMITS.sentence + 1)],
      [['items', 0, 'question'], long(SUMMARY_LIMITS.question + 1)],
      [['items', 0, 'claimIds'], [long(SUMMARY_LIMITS.claimId + 1)]],
      [['items', 0, 'claimIds'], Array(SUMMARY_LIMITS.claimIds + 1).fill('a.b')],
      [['items', 0, 'claimIds'], []],
      [['items', 0, 'claimIds'], ['']],
      [['items', 0, 'claimIds'], [7]],
      [['items', 0, 'kind'], 'trusted'],
      [['items', 0, 'index'], -2],
      [['items', 0, 'sentence'], { toString: () => 'x' }],
      [['items', 1], null],
      [['status'], 'hacked'],
    ] as [(string | number)[], unknown][]) expect(parseSummary(withField(path, value)), JSON.stringify(path)).toBeNull();
    expect(parseSummary(withField(['items', 0, 'sentence'], long(SUMMARY_LIMITS.sentence)))).not.toBeNull();
  });

  it('drops what is not a summary at all', () => {
    for (const bad of [undefined, null, 0, 'summary', [], [good()], () => good()]) expect(parseSummary(bad)).toBeNull();
  });

  it('has room for every claim of the claim base: its ids and questions', () => {
    for (const c of loadClaimBase().claims) {
      expect(c.id.length, c.id).toBeLessThanOrEqual(SUMMARY_LIMITS.claimId);
      expect(c.question.length, c.id).toBeLessThanOrEqual(SUMMARY_LIMITS.question);
    }
  });

  it('accepts the controller\'s own summary of a page with many marks', async () => {
    const index = loadClaimBase();
    const sentence = 'Russia and Ukraine released a further 307 prisoners each on Saturday, Ukraine\u2019s deputy foreign minister Andrii Sybiha said.';
    document.body.innerHTML = Array.from({ length: 210 }, () => `<p>${sentence}</p>`).join('');
    const controller = new PageController(document, index, true);
    const annotator = new PageAnnotator(document, index);
    await annotator.start();
    (controller as unknown as { annotator: PageAnnotator }).annotator = annotator;
    const summary = controller.summary();
    expect(summary.sentences).toBeGreaterThan(SUMMARY_LIMITS.items);
    expect(parseSummary(summary)).toEqual(summary);
    annotator.destroy();
  }, 30_000);
});
