/**
 * `npm run corpus`: the built extension in headless Chromium over every saved real page in
 * ../shared/pages and the five report pages. Each page is loaded in a Chromium without the extension and
 * in one with it (same flags, same viewport), and the table gives, per page:
 *
 * - marks: Crosscheck's marks (real pages should get none, report pages many);
 * - errors: uncaught errors in the page, its content scripts included, and Crosscheck's own warnings
 *   ("Crosscheck stopped on this page");
 * - text: `document.body.innerText` and `.textContent` identical, byte for byte, without and with;
 * - layout: the bounding client rects of every element in <body> identical without and with, read
 *   after Crosscheck finished (and the hash of them);
 * - gate / done at: whether the topic gate passed (the annotator loaded), and when Crosscheck was done
 *   (end of the 'crosscheck:first-scan' measure, else of the failed 'crosscheck:gate'), in ms since
 *   navigation start;
 * - longest task: the longest main-thread task of the page with the extension (PerformanceObserver
 *   'longtask', from an init script; tasks under 50 ms are not reported, shown as "-"), and without.
 *
 * Exits 1 when a real page gets a mark, or any page gets an error, changed text or changed layout.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crosscheckDoneAt, gateRegistered, launchChromiumSession, PROJECT, settledMarks, type ChromiumSession } from '../harness/browsers';
import { describeElement, firstDifference, layoutDifference, layoutHash, readLayout, readText } from '../harness/page-checks';
import { reportPage, SHARED_PAGES, sharedPageNames, startServer } from '../harness/server';

const LONGTASK_INIT = () => {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support
  }
};

export interface CorpusRow {
  page: string;
  kind: 'real' | 'report';
  kib: number;
  marks: number;
  errors: string[];
  textSame: boolean;
  textDiff: string | null;
  layoutSame: boolean;
  layoutDiff: string | null;
  layoutHash: string;
  elements: number;
  gatePassed: boolean | null;
  doneMs: number | null;
  longestTaskMs: number;
  longestTaskPlainMs: number;
}

async function openPlain(s: ChromiumSession, url: string) {
  const p = await s.newRawPage();
  await p.page.goto(url);
  await p.raw.waitForTimeout(500);
  const text = await readText(p.page);
  const layout = await readLayout(p.page);
  const longest = await p.page.evaluate<number>('window.__longest');
  return { p, text, layout, longest };
}

async function measure(withExt: ChromiumSession, plain: ChromiumSession, url: string, name: string, kind: CorpusRow['kind'], kib: number): Promise<CorpusRow> {
  const ref = await openPlain(plain, url);
  const w = await withExt.newRawPage();
  await w.page.goto(url);
  const marks = await settledMarks(w.page, { quietMs: 600, timeoutMs: 30_000 });
  const done = await crosscheckDoneAt(w.page);
  const gatePassed = await w.page.evaluate<boolean | null>(`(() => { const g = performance.getEntriesByName('crosscheck:gate')[0]; return g ? !!(g.detail && g.detail.passed) : null; })()`);
  const text = await readText(w.page);
  const layout = await readLayout(w.page);
  const longest = await w.page.evaluate<number>('window.__longest');
  const textDiff = firstDifference(ref.text.innerText, text.innerText) ?? firstDifference(ref.text.textContent, text.textContent);
  const ld = layoutDifference(ref.layout, layout);
  const layoutDiff = ld && (ld.index >= 0 ? `${ld.what} (${await describeElement(w.page, ld.index)})` : ld.what);
  const errors = [...w.page.errors, ...w.console.filter((c) => /^(error|warning|warn)\b/.test(c) && /crosscheck/i.test(c))];
  await w.page.close();
  await ref.p.page.close();
  return {
    page: name, kind, kib, marks: marks.length, errors, textSame: textDiff === null, textDiff, layoutSame: ld === null, layoutDiff,
    layoutHash: layoutHash(layout), elements: layout.count, gatePassed, doneMs: done?.ms ?? null, longestTaskMs: longest, longestTaskPlainMs: ref.longest,
  };
}

export async function runCorpus(log = console.log): Promise<CorpusRow[]> {
  const reports = readdirSync(join(PROJECT, 'assets/reports')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const routes: Record<string, string> = {};
  for (const id of reports) routes[`/report/${id}`] = reportPage(id);
  const server = await startServer(routes);
  const withExt = await launchChromiumSession();
  const plain = await launchChromiumSession({ extension: null });
  await gateRegistered(withExt.browser);
  await withExt.context.addInitScript(LONGTASK_INIT);
  await plain.context.addInitScript(LONGTASK_INIT);
  const pages: [string, string, CorpusRow['kind'], number][] = [
    ...sharedPageNames().map((f) => [f, `/shared/${f}`, 'real', statSync(join(SHARED_PAGES, f)).size / 1024] as [string, string, 'real', number]),
    ...reports.map((id) => [`report ${id.slice(0, 3)}`, `/report/${id}`, 'report', routes[`/report/${id}`]!.length / 1024] as [string, string, 'report', number]),
  ];
  const rows: CorpusRow[] = [];
  try {
    for (const [name, path, kind, kib] of pages) {
      const row = await measure(withExt, plain, server.url(path), name, kind, kib);
      rows.push(row);
      log(formatRow(row));
    }
  } finally {
    await withExt.close();
    await plain.close();
    await server.close();
  }
  return rows;
}

const f = (x: number | null, d = 0) => (x === null ? '-' : x.toFixed(d));

export const HEADER = `${'page'.padEnd(20)} ${'KiB'.padStart(5)} ${'elements'.padStart(8)} ${'marks'.padStart(5)} ${'errors'.padStart(6)} ${'text'.padStart(9)} ${'layout'.padStart(9)} ${'hash'.padStart(8)} ${'gate'.padStart(6)} ${'done at ms'.padStart(10)} ${'longest task ms'.padStart(15)} ${'(without)'.padStart(9)}`;

export function formatRow(r: CorpusRow): string {
  return `${r.page.padEnd(20)} ${f(r.kib).padStart(5)} ${String(r.elements).padStart(8)} ${String(r.marks).padStart(5)} ${String(r.errors.length).padStart(6)} ${(r.textSame ? 'same' : 'CHANGED').padStart(9)} ${(r.layoutSame ? 'same' : 'CHANGED').padStart(9)} ${r.layoutHash.padStart(8)} ${(r.gatePassed === null ? '-' : r.gatePassed ? 'passed' : 'no').padStart(6)} ${f(r.doneMs).padStart(10)} ${(r.longestTaskMs ? f(r.longestTaskMs) : '-').padStart(15)} ${(r.longestTaskPlainMs ? f(r.longestTaskPlainMs) : '-').padStart(9)}`;
}

/** What is wrong with a row: a real page with marks, a report page without, an error, changed text or layout. */
export function problems(r: CorpusRow): string[] {
  const out: string[] = [];
  if (r.kind === 'real' && r.marks > 0) out.push(`${r.marks} marks on a real page`);
  if (r.kind === 'report' && r.marks === 0) out.push('no marks on a report page');
  for (const e of r.errors) out.push(`error: ${e}`);
  if (r.textDiff) out.push(`text changed: ${r.textDiff}`);
  if (r.layoutDiff) out.push(`layout changed: ${r.layoutDiff}`);
  if (r.doneMs === null) out.push('Crosscheck did not finish within 30 s');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(HEADER);
  const rows = await runCorpus();
  const bad = rows.flatMap((r) => problems(r).map((p) => `${r.page}: ${p}`));
  const real = rows.filter((r) => r.kind === 'real');
  const reps = rows.filter((r) => r.kind === 'report');
  console.log(`\n${real.length} real pages: ${real.reduce((n, r) => n + r.marks, 0)} marks, gate passed on ${real.filter((r) => r.gatePassed).length}; ` +
    `${reps.length} report pages: ${reps.map((r) => r.marks).join(', ')} marks`);
  if (bad.length) {
    console.log(`\n${bad.length} problems:\n${bad.map((b) => `  ${b}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('no problems: no errors, text and layout unchanged on every page');
}
