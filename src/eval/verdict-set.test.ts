import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { loadVerdictSet } from './verdict-set';

const index = loadClaimBase();
const dirWith = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'verdict-set-'));
  writeFileSync(join(dir, 'x.tsv'), text);
  return dir;
};

describe('the verdict-labelled set', () => {
  it('reads verdicts and claims; each article\'s headline and sentences are the page context of its sentences; unsure items are kept apart', () => {
    const { items, problems } = loadVerdictSet(
      index,
      dirWith('# a comment\n#C Russia and Ukraine swap prisoners\nagree\tEach side freed 307.\texchange.saturday-count\tSaturday\nunsure\tMaybe.\t-\thard\n#C Another page\nnone\tNothing here.\t-\tno fact\n'),
    );
    expect(problems).toEqual([]);
    const first = 'Russia and Ukraine swap prisoners\nEach side freed 307.\nMaybe.';
    expect(items.map((i) => [i.expected, i.unsure, i.context, i.claims])).toEqual([
      ['agree', false, first, ['exchange.saturday-count']],
      [null, true, first, []],
      [null, false, 'Another page\nNothing here.', []],
    ]);
  });

  it('names the file and line of each bad entry: unknown verdict, unknown claim, a mark without a claim, missing fields', () => {
    const { problems } = loadVerdictSet(index, dirWith('agreed\tA.\t-\tx\nagree\tB.\tno.such-claim\tx\nsingle\tC.\t-\tx\nnone\tD.\n'));
    expect(problems).toEqual([
      'tests/eval/verdicts/x.tsv:1: unknown verdict "agreed"',
      'tests/eval/verdicts/x.tsv:2: unknown claim "no.such-claim"',
      'tests/eval/verdicts/x.tsv:3: a mark is due, but no claim is named',
      'tests/eval/verdicts/x.tsv:4: expected 4 tab-separated fields, found 2',
    ]);
  });
});
