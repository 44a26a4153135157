/**
 * `npm run check -- FILE...` (`-` reads standard input): prints each matched
 * sentence with its claim and the agreeing and conflicting outlets.
 * `npm run -s check -- --json FILE...` prints one JSON document, one
 * annotation per sentence and claim, each with its sentence's `verdict` (the
 * one mark the page shows: differs, dispute, agree or single):
 *   {"files":[{"file","sentences","marked","annotations":[{"sentence","claimId","statement",
 *     "verdict","agree","conflict","pageDiffers","score", ...more fields}]}],
 *    "errors":[{"file","error"}]}
 * Problem files (missing, directory, binary, empty, or a page that cannot be
 * read) are named on stderr and in `errors`, the others still processed, and
 * the exit code is 1. Every file given is in `files` or in `errors`.
 * HTML is parsed without loading anything (src/page/parse-html.ts), one page
 * at a time, each closed before the next is read.
 */
import { readFileSync, statSync } from 'node:fs';
import { sourceLabel, sourcesById } from '../claims/sources';
import { Matcher, type Explanation } from '../match/matcher';
import { pageDiffers, type Annotation } from '../match/types';
import { verdictsBySentence, type SentenceVerdict, type Verdict } from '../verdict/verdict';
import { looksLikeHtml, matchHtmlFile, readHtmlFile } from '../page/parse-html';
import { splitSentences } from '../text/sentences';
import { newDiscourse } from '../match/antecedent';
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
  annotations: (Annotation & { pageDiffers: boolean; verdict: Verdict })[];
}

function result(file: string, sentences: number, marked: SentenceVerdict[]): FileResult {
  return { file, sentences, marked: marked.length, annotations: marked.flatMap((m) => m.annotations.map((a) => ({ ...a, pageDiffers: pageDiffers(a), verdict: m.verdict }))) };
}

interface FileError {
  file: string;
  /** What stderr says of the file, without the "crosscheck: " prefix. */
  error: string;
}

class InputError extends Error {}

/** The file being read, for an error happy-dom raises in the background while it is (see below). */
let current: string | undefined;

// happy-dom starts some work of its own while it parses (it preloads a `<link rel=preload as=fetch>`
// whatever the settings) and lets it fail unhandled, on a URL it cannot parse for one: that must not end
// the run and lose every file's result. It is noted on stderr; the page itself was read, so its result stays.
// Anything else unhandled is a bug here and still ends the process.
process.on('unhandledRejection', (reason) => {
  if (!(reason instanceof Error && /[\\/]happy-dom[\\/]/.test(reason.stack ?? ''))) throw reason;
  console.error(`crosscheck: ${current ?? 'an HTML page'}: the HTML parser failed in the background (ignored): ${reason.message}`);
});

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

/** Sentences that meet none of the claim's match groups are only counted: they share no words with it. */
function whyLine(e: Explanation, text: string): string {
  const a = e.annotation;
  const quoted = `"${text.length > 160 ? `${text.slice(0, 157)}...` : text}"`;
  const how = e.reasons.length ? `\n             why: ${e.reasons.join('; ')}` : '';
  if (!a) return `  no match   ${quoted}\n             meets ${e.groupsMet} of ${e.groups} match groups${how}`;
  const stance = a.stance === 'differs' ? 'differs' : a.stance === 'unresolved' ? 'no side' : `agrees (${a.variantId})`;
  return `  MATCH      ${quoted}\n             ${stance}; agree: ${a.agree.join(' ') || '-'}; conflict: ${a.conflict.join(' ') || '-'}${how}`;
}

/** `--why CLAIM FILE...`: for each sentence of each file that meets a match group of the claim, why it does or does not state it. */
async function why(matcher: Matcher, claimId: string, files: string[]): Promise<number> {
  let failed = false;
  for (const file of files) {
    current = file;
    try {
      const raw = readInput(file);
      const { blocks, context, page } = looksLikeHtml(file, raw) ? await readHtmlFile(raw) : { blocks: [raw], context: raw, page: {} };
      const contextTokens = matcher.contextTokens(context);
      const lines: string[] = [];
      let sentences = 0;
      let unrelated = 0;
      // The page's sentences in order, as the content script reads them: a "he" may stand for a person named before.
      const discourse = newDiscourse();
      for (const block of blocks)
        for (const s of splitSentences(block)) {
          sentences++;
          const e = matcher.explain(s, claimId, contextTokens, page, discourse);
          if (!e.annotation && e.groupsMet === 0) unrelated++;
          else lines.push(whyLine(e, s.text));
        }
      const published = 'published' in page && page.published ? `, published ${page.published}` : '';
      console.log(`\n${file}: ${sentences} sentence${sentences === 1 ? "" : "s"}${published}; ${lines.length} meet a match group of ${claimId}, ${unrelated} none (not listed)`);
      for (const l of lines) console.log(l);
    } catch (e) {
      console.error(`crosscheck: ${e instanceof InputError ? e.message : `${file}: cannot be checked: ${e instanceof Error ? e.message : String(e)}`}`);
      failed = true;
    }
  }
  current = undefined;
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const whyAt = argv.indexOf('--why');
  const whyClaim = whyAt >= 0 ? argv[whyAt + 1] : undefined;
  const files = argv.filter((a, i) => a !== '--json' && !(whyAt >= 0 && (i === whyAt || i === whyAt + 1)));
  if (!files.length || argv.includes('--help') || (whyAt >= 0 && !whyClaim)) {
    console.error('usage: npm run check -- [--json] FILE...   (- for standard input; .html or plain text)');
    console.error('       npm run check -- --why CLAIM-ID FILE...   (why each sentence does or does not state that claim)');
    return 2;
  }
  const index = loadClaimBase();
  if (whyClaim !== undefined) {
    if (!index.claims.some((c) => c.id === whyClaim)) {
      console.error(`crosscheck: no claim "${whyClaim}" in the claim base (npm run -s claims:export lists them)`);
      return 2;
    }
    return why(new Matcher(index), whyClaim, files);
  }
  const matcher = new Matcher(index);
  const sources = sourcesById(index);
  const results: FileResult[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    current = file;
    try {
      const raw = readInput(file);
      if (looksLikeHtml(file, raw)) {
        const { sentences, marked } = await matchHtmlFile(raw, matcher);
        results.push(result(file, sentences, marked));
      } else {
        const { sentences, annotations } = matcher.matchText(raw);
        results.push(result(file, sentences.length, verdictsBySentence(annotations)));
      }
    } catch (e) {
      // A bad input names itself; anything else that goes wrong on one file is named too, and the rest go on.
      const error = e instanceof InputError ? e.message : `${file}: cannot be checked: ${e instanceof Error ? e.message : String(e)}`;
      console.error(`crosscheck: ${error}`);
      errors.push({ file, error });
    }
  }
  current = undefined;
  const failed = errors.length > 0;
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: results, errors }, null, 2)}\n`);
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

process.exitCode = await main(process.argv.slice(2));
