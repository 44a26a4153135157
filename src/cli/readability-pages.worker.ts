/**
 * A worker thread of src/cli/readability-pages.test.ts: reads the Readability test pages it is handed
 * (tests/fixtures/readability/*.html.gz), one at a time, with the CLI's HTML path, `matchHtmlFile`, the
 * function `npm run check` calls for an HTML file, and posts one PageResult per page. Nothing here can
 * reach the network: parse-html answers every request happy-dom would make.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { loadClaimBase } from '../claims/load-node';
import { Matcher } from '../match/matcher';
import { matchHtmlFile } from '../page/parse-html';

export interface PageMark {
  sentence: string;
  claimIds: string[];
}

export interface PageResult {
  /** The page's name: its file name without `.html.gz`. */
  page: string;
  ms: number;
  sentences?: number;
  marks?: PageMark[];
  /** What matchHtmlFile threw, if it did. */
  error?: string;
  /** Errors happy-dom raised in the background (unhandled rejections) while the page was read. */
  background: string[];
}

let current: PageResult | undefined;
const late: string[] = [];

// In the CLI such an error is noted and the run goes on; here it is recorded against its page, to be counted.
process.on('unhandledRejection', (reason) => {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  if (current) current.background.push(text);
  else late.push(text);
});

const matcher = new Matcher(loadClaimBase());

async function read(file: string): Promise<PageResult> {
  const html = gunzipSync(readFileSync(file)).toString('utf8');
  const result: PageResult = { page: basename(file, '.html.gz'), ms: 0, background: [] };
  current = result;
  const t0 = performance.now();
  try {
    const { sentences, marked } = await matchHtmlFile(html, matcher);
    result.sentences = sentences;
    result.marks = marked.map((m) => ({ sentence: m.sentence, claimIds: [...new Set(m.annotations.map((a) => a.claimId))] }));
  } catch (e) {
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  // A background error surfaces once the current tasks are done: give it that turn before the next page.
  await new Promise((resolve) => setImmediate(resolve));
  result.ms = performance.now() - t0;
  current = undefined;
  return result;
}

// The test hands out one page at a time ({ file }), the next when this one is done; { file: null } ends it.
parentPort!.on('message', async ({ file }: { file: string | null }) => {
  if (file) {
    parentPort!.postMessage({ type: 'page', result: await read(file) });
    return;
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
  parentPort!.postMessage({ type: 'done', late });
  parentPort!.close();
});
parentPort!.postMessage({ type: 'ready' });
