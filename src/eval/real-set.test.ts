// The real-coverage labels stay valid against the claim base, and articles are read the same way each time.
// The articles' texts are not in the repository: `npm run eval:real` scores them where they are present.
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { validateRealLabels } from '../cli/eval-real';
import { loadRealLabels, parseArticle, realSplits, sentenceHash } from './real-set';

describe('real-coverage labels', () => {
  const files = loadRealLabels();

  it('name real claims and reports, once per sentence, for every article', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(validateRealLabels(loadClaimBase(), files)).toEqual([]);
    for (const f of files) expect(f.sentences.map((l) => l.i), f.article).toEqual(f.sentences.map((_, i) => i));
  });

  it('hold out about half the articles, every topic with two or more on both sides', () => {
    const splits = realSplits(files);
    const test = files.filter((f) => splits.get(f.article) === 'test');
    expect(test.length / files.length).toBeGreaterThan(0.35);
    expect(test.length / files.length).toBeLessThan(0.65);
    for (const topic of new Set(files.map((f) => f.topic))) {
      const of = files.filter((f) => f.topic === topic);
      if (of.length >= 2) expect(new Set(of.map((f) => splits.get(f.article))).size, topic).toBe(2);
    }
  });
});

describe('parseArticle', () => {
  it('drops the corpus date stamp, numbers sentences over every line, and hashes each', () => {
    const a = parseArticle('x', ' date 2025-05-24 Swap goes on\nThe first line. The second one.\n\nA third!');
    expect(a.date).toBe('2025-05-24');
    expect(a.headline).toBe('Swap goes on');
    expect(a.sentences.map((s) => [s.index, s.text, s.block])).toEqual([
      [0, 'Swap goes on', 0],
      [1, 'The first line.', 1],
      [2, 'The second one.', 1],
      [3, 'A third!', 3],
    ]);
    expect(a.sentences[1]!.hash).toBe(sentenceHash('The  first\nline.'));
    expect(a.sentences[1]!.hash).not.toBe(a.sentences[2]!.hash);
  });
});
