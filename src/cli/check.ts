/**
 * `npm run check -- FILE...` (`-` reads standard input): prints each matched
 * sentence with its claim and the agreeing and conflicting outlets.
 * `npm run -s check -- --json FILE...` prints one JSON document, one
 * annotation per sentence and claim, each with its sentence's `verdict` (the
 * one mark the page shows: differs, dispute, agree or single):
 *   {"files":[{"file","sentences","marked","annotations":[{"sentence","claimId","statement",
 *     "verdict","agree","conflict","pageDiffers","score", ...more fields}]}]}
 * Problem files (missing, directory, binary, empty) are named on stderr, the
 * others still processed, and the exit code is 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { sourceLabel, sourcesById } from '../claims/sources';
import { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { verdictsBySentence, type SentenceVerdict, type Verdict } from '../match/verdict';
import { looksLikeHtml, matchHtml } from '../page/parse-html';
import { loadClaimBase } from '../claims/load-node';

// Piped into `head` and the like: stop quietly when the reader closes the pipe.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

interface FileResult {
  file: string;
  sentences: number;
  /** Marked sentences: one mark each. */
  marked: number;
  annotations: (Annotation & { verdict: Verdict })[];
}

function result(file: string, sentences: number, marked: SentenceVerdict[]): FileResult {
  return { file, sentences, marked: marked.length, annotations: marked.flatMap((m) => m.annotations.map((a) => ({ ...a, verdict: m.verdict }))) };
}

class InputError extends Error {}

const VERDICT_WORDS: Record<Verdict, string> = { differs: '✗ differs', dispute: '⚠ disputed', agree: '✓ agree', single: '1 one source' };

function readInput(file: string): string {
  let buf: Buffer;
  if (file === '-') buf = readFileSync(0);
  else {
    let st;
    try {
      st = statSync(file);
    } catch {
      throw new InputError(`${file}: no such file`);
    }
    if (st.isDirectory()) throw new InputError(`${file}: is a directory (give the files in it)`);
    buf = readFileSync(file);
  }
  if (buf.length === 0) throw new InputError(`${file}: is empty`);
  const head = buf.subarray(0, 8192);
  const control = [...head].filter((b) => b === 0 || (b < 8 && b !== 0) || (b > 13 && b < 32 && b !== 27)).length;
  if (head.includes(0) || control > head.length * 0.05) throw new InputError(`${file}: looks binary, not text or HTML`);
  const text = buf.toString('utf8');
  if (!text.trim()) throw new InputError(`${file}: has no text`);
  return text;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (!files.length || argv.includes('--help')) {
    console.error('usage: npm run check -- [--json] FILE... (- for standard input; .html or plain text)');
    return 2;
  }
  const index = loadClaimBase();
  const matcher = new Matcher(index);
  const sources = sourcesById(index);
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const raw = readInput(file);
      if (looksLikeHtml(file, raw)) {
        const { sentences, marked } = matchHtml(raw, matcher);
        results.push(result(file, sentences, marked));
      } else {
        const { sentences, annotations } = matcher.matchText(raw);
        results.push(result(file, sentences.length, verdictsBySentence(annotations)));
      }
    } catch (e) {
      // A bad input names itself; anything else that goes wrong on one file is named too, and the rest go on.
      console.error(e instanceof InputError ? `crosscheck: ${e.message}` : `crosscheck: ${file}: cannot be checked: ${e instanceof Error ? e.message : String(e)}`);
      failed = true;
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const label = (ids: string[]) => ids.map((id) => sources.get(id)).filter((s) => s !== undefined).map(sourceLabel);
  for (const r of results) {
    const claims = new Set(r.annotations.map((a) => a.claimId)).size;
    console.log(`\n${r.file}: ${r.sentences} sentences, ${r.marked} marked, ${r.annotations.length} annotations on ${claims} claims`);
    let last: FileResult['annotations'][number] | undefined;
    for (const a of r.annotations) {
      // Each marked sentence once, with the verdict its mark shows, then each fact it states.
      if (!last || last.sentence !== a.sentence || last.start !== a.start) console.log(`\n  [${VERDICT_WORDS[a.verdict]}] "${a.sentence}"`);
      last = a;
      const verdict =
        a.stance === 'differs'
          ? `DIFFERS from every source${a.pageValue ? ` (page says "${a.pageValue}")` : ''}`
          : a.stance === 'unresolved'
            ? 'takes no side where sources differ: agrees with all'
            : a.conflict.length
              ? 'sources DISAGREE'
              : a.agree.length > 1
                ? 'all sources agree'
                : 'single source';
      console.log(`    ${a.claimId}: ${a.statement}  [${verdict}]`);
      for (const s of label(a.agreeSources)) console.log(`    + agrees:    ${s}`);
      for (const s of label(a.conflictSources)) console.log(`    - conflicts: ${s}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
