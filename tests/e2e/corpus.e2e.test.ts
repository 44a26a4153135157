// End-to-end: the built extension on the 20 saved real pages (../shared/pages) and the five report pages, in
// headless Chromium and Firefox ESR. Each page is loaded at the same time in a browser with the extension and
// in one without (same flags, same viewport), and, once Crosscheck is done: no errors, no marks on a real
// page (marks on a report page), `document.body.innerText` and `.textContent` identical byte for byte, and
// (Chromium) the bounding client rect of every element in <body> identical. `npm run corpus` prints the
// same figures as a table, with timings.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { matchHtml } from '../../src/page/parse-html';
import {
  crosscheckDoneAt,
  gateRegistered,
  ENGINE_SESSIONS,
  type EngineSession,
  PROJECT,
  settledMarks,
} from './harness/browsers';
import { describeElement, firstDifference, layoutDifference, readLayout, readText, uncaughtErrors } from './harness/page-checks';
import { reportPage, SHARED_PAGES, sharedPageNames, startServer, type TestServer } from './harness/server';

const REPORTS = readdirSync(join(PROJECT, 'assets/reports')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const ROUTES: Record<string, string> = Object.fromEntries(REPORTS.map((id) => [`/report/${id}`, reportPage(id)]));
/** Marks on a report page: as many as the CLI's extraction and matcher find in the same HTML. */
const matcher = new Matcher(loadClaimBase());
const expectedMarks = (path: string) => matchHtml(ROUTES[path]!, matcher).marked.length;
const PAGES: [string, string][] = [...sharedPageNames().map((f) => [f, `/shared/${f}`] as [string, string]), ...REPORTS.map((id) => [`report ${id}`, `/report/${id}`] as [string, string])];

// The corpus must be there: a run without it would check nothing and pass.
it(`has the saved real pages to check (${SHARED_PAGES}; CROSSCHECK_PAGES overrides)`, () => {
  expect(sharedPageNames().length).toBeGreaterThanOrEqual(20);
});

type Session = EngineSession;

describe.each(ENGINE_SESSIONS)('real pages in %s, with the extension and without', (name, launch) => {
  let withExt: Session;
  let plain: Session;
  let server: TestServer;
  const summary: string[] = [];
  beforeAll(async () => {
    server = await startServer(ROUTES);
    [withExt, plain] = await Promise.all([launch(true), launch(false)]);
    await gateRegistered(withExt.browser);
  }, 60_000);
  afterAll(async () => {
    console.log(`corpus in ${name}:\n${summary.join('\n')}`);
    await Promise.all([withExt?.close(), plain?.close()]);
    await server?.close();
  });

  it('the checks see a change of one character and of one pixel (they can fail)', async () => {
    const p = await plain.newRawPage();
    await p.page.goto(server.url(`/report/${REPORTS[0]}`));
    const [text, layout] = [await readText(p.page), await readLayout(p.page)];
    await p.page.evaluate(`document.querySelector('article p').firstChild.appendData('\\u200b')`);
    const text2 = await readText(p.page);
    expect(firstDifference(text.textContent, text2.textContent)).not.toBeNull();
    expect(firstDifference(text.innerText, text2.innerText)).not.toBeNull();
    await p.page.evaluate(`document.querySelector('footer').style.paddingTop = '1px'`);
    expect(layoutDifference(layout, await readLayout(p.page))).not.toBeNull();
    await p.page.close();
  }, 30_000);

  it.each(PAGES)('%s: no errors, the right marks, text unchanged byte for byte, layout unchanged', async (page, path) => {
    const real = path.startsWith('/shared/');
    const [w, ref] = await Promise.all([withExt.newRawPage(), plain.newRawPage()]);
    const t0 = Date.now();
    await Promise.all([w.page.goto(server.url(path)), ref.page.goto(server.url(path))]);
    const marks = await settledMarks(w.page, { quietMs: 300, timeoutMs: 30_000, atLeast: real ? 0 : expectedMarks(path) });
    const done = await crosscheckDoneAt(w.page);
    const waited = Date.now() - t0;
    const [text, refText, layout, refLayout] = [await readText(w.page), await readText(ref.page), await readLayout(w.page), await readLayout(ref.page)];
    const textDiff = firstDifference(refText.innerText, text.innerText) ?? firstDifference(refText.textContent, text.textContent);
    const ld = layoutDifference(refLayout, layout);
    const layoutDiff = ld && (ld.index >= 0 ? `${ld.what} (${await describeElement(w.page, ld.index)})` : ld.what);
    const warnings = w.console.filter((c) => /^(error|warn)/.test(c) && /crosscheck/i.test(c));
    summary.push(`  ${page.padEnd(32)} marks ${String(marks.length).padStart(3)}  done at ${done ? `${done.ms.toFixed(0)} ms (${done.by})` : 'never'}  ` +
      `text ${textDiff ? 'CHANGED' : 'same'}  layout ${layoutDiff ? `CHANGED: ${layoutDiff}` : `same (${layout.count} elements)`}  (${waited} ms)`);
    await Promise.all([w.page.close(), ref.page.close()]);

    expect(done, 'Crosscheck finished').not.toBeNull();
    expect(uncaughtErrors(w.page.errors), `without the extension: ${JSON.stringify(uncaughtErrors(ref.page.errors))}`).toEqual([]);
    expect(warnings).toEqual([]);
    if (real) expect(marks).toEqual([]);
    else expect(marks.length).toBe(expectedMarks(path));
    expect(textDiff).toBeNull();
    // Firefox's layout is compared too, and printed, but only Chromium's is asserted (see the report).
    if (name === 'chromium') expect(layoutDiff).toBeNull();
  }, 60_000);
});
