/**
 * `npm run perf`: in real headless Chromium with the built extension, on the
 * largest real pages, a report page and a generated 1,000-sentence page:
 * time to finish annotating, Crosscheck's longest chunk of main-thread work,
 * the longest main-thread task of the page as a whole (PerformanceObserver
 * "longtask"), and, on pages with nothing to match, the script time the
 * content script adds (CDP Performance.getMetrics with and without the
 * extension, same page, same run). Prints a table; asserts nothing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD } from '../harness/browsers';
import { page as htmlPage, reportPage, SHARED_PAGES, sharedPageNames, startServer } from '../harness/server';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function launch(withExtension: boolean): Promise<{ ctx: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-perf-'));
  const ext = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: [...FLAGS, ...ext] });
  await ctx.addInitScript(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch { /* no longtask support */ }
  });
  return { ctx, close: async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); } };
}

interface Row { page: string; kb: number; marks: number; doneMs: number | null; longestChunkMs: number | null; longestTaskMs: number; scriptMs: number }

async function measure(ctx: BrowserContext, url: string, name: string, kb: number, withExtension: boolean): Promise<Row> {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + (withExtension ? 30_000 : 0);
  let scan: { startTime: number; duration: number; detail: { longestChunkMs: number } } | null = null;
  while (Date.now() < deadline) {
    scan = await p.evaluate(() => {
      const m = (performance.getEntriesByName('crosscheck:first-scan')[0] ?? performance.getEntriesByName('crosscheck:gate').find((e) => (e as PerformanceMeasure).detail?.passed === false)) as PerformanceMeasure | undefined;
      // The gate alone (nothing on topic): its one test is Crosscheck's only chunk of work.
      return m ? { startTime: m.startTime, duration: m.duration, detail: { longestChunkMs: m.detail?.longestChunkMs ?? m.duration } } : null;
    });
    if (scan) break;
    await p.waitForTimeout(100);
  }
  if (!scan) await p.waitForTimeout(1000); // without the extension: let the page settle for a comparable time
  await p.waitForTimeout(300);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[];
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const marks = await p.evaluate(() => document.querySelectorAll('crosscheck-mark').length);
  const longestTaskMs = await p.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await p.close();
  return { page: name, kb, marks, doneMs: scan ? scan.startTime + scan.duration : null, longestChunkMs: scan?.detail.longestChunkMs ?? null, longestTaskMs, scriptMs };
}

function thousandSentences(): string {
  const paras: string[] = [];
  for (let i = 0; i < 250; i++)
    paras.push(`<p>Paragraph ${i}: Russia and Ukraine released a further 307 prisoners each on Saturday. Officials in Kyiv said at least 15 people were injured. ` +
      `Ukrainian Foreign Minister Andriy Sybiha wrote on X. The city council met on Tuesday to discuss road repairs number ${i}.</p>`);
  return htmlPage('Russia-Ukraine war: live updates', `<main><article><h1>Live</h1>${paras.join('\n')}</article></main>`);
}

const routes: Record<string, string> = { '/report': reportPage('002_7cd15216d6601b6c'), '/thousand': thousandSentences() };
const server = await startServer(routes);
const pages: [string, string, number][] = [
  ['report 002', '/report', routes['/report']!.length / 1024],
  ['1,000 sentences', '/thousand', routes['/thousand']!.length / 1024],
  ...sharedPageNames().map((f) => [f, `/shared/${f}`, statSync(join(SHARED_PAGES, f)).size / 1024] as [string, string, number]),
];

const withExt = await launch(true);
const without = await launch(false);
const rows: (Row & { addedMs: number })[] = [];
for (const [name, path, kb] of pages) {
  // Three rounds each, with and without the extension interleaved; the median of each figure.
  const a: Row[] = [];
  const b: Row[] = [];
  for (let round = 0; round < 3; round++) {
    a.push(await measure(withExt.ctx, server.url(path), name, kb, true));
    b.push(await measure(without.ctx, server.url(path), name, kb, false));
  }
  const med = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null).sort((p, q) => p - q);
    return v.length ? v[Math.floor(v.length / 2)]! : null;
  };
  rows.push({
    page: name, kb, marks: a[0]!.marks, doneMs: med(a.map((r) => r.doneMs)), longestChunkMs: med(a.map((r) => r.longestChunkMs)),
    longestTaskMs: med(a.map((r) => r.longestTaskMs))!, scriptMs: med(a.map((r) => r.scriptMs))!,
    addedMs: med(a.map((r) => r.scriptMs))! - med(b.map((r) => r.scriptMs))!,
  });
}
await withExt.close();
await without.close();
await server.close();

const f = (x: number | null, d = 1) => (x === null ? '-' : x.toFixed(d));
console.log('page                  KiB  marks  annotated at ms  longest Crosscheck chunk ms  longest page task ms  script ms added by extension');
for (const r of rows)
  console.log(`${r.page.padEnd(20)} ${f(r.kb, 0).padStart(5)} ${String(r.marks).padStart(6)} ${f(r.doneMs, 0).padStart(16)} ${f(r.longestChunkMs).padStart(28)} ${f(r.longestTaskMs, 0).padStart(21)} ${f(r.addedMs).padStart(30)}`);
const nothing = rows.filter((r) => r.marks === 0).map((r) => r.addedMs).sort((a, b) => a - b);
if (nothing.length) console.log(`\ncontent script's added script time on ${nothing.length} pages with nothing to match: median ${f(nothing[Math.floor(nothing.length / 2)]!)} ms, max ${f(nothing[nothing.length - 1]!)} ms`);
for (const [what, file] of [['topic gate (every page)', 'gate.js'], ['annotator (on-topic pages only)', 'annotator.js']]) {
  const cs = readFileSync(join(CHROME_BUILD, file!));
  console.log(`content script, ${what}: ${(cs.length / 1024).toFixed(1)} KiB, ${(gzipSync(cs, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped`);
}
