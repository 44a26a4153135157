// End-to-end: the built extension in real headless Chromium and Firefox ESR, on pages served from 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimBase, readReports } from '../../src/claims/load-node';
import { Matcher } from '../../src/match/matcher';
import { matchHtml } from '../../src/page/parse-html';
import { launchChromium, launchFirefox, PROJECT, settledMarks, type MarkInfo, type TestBrowser } from './harness/browsers';
import { page, reportPage, startServer, type TestServer } from './harness/server';

const ARTIFACTS = join(PROJECT, 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });
const reports = Object.keys(readReports());
const matcher = new Matcher(loadClaimBase());

const PARAPHRASE = page(
  'Live: Russia-Ukraine war',
  `<main><article><h1>Ukraine war live: prisoner swap continues</h1>
  <p>Kiev and Moscow swapped another <em>three hundred and seven</em> POWs each on Saturday, according to Zelenskyy.</p>
  <p>Ukraine's <a href="#">deputy foreign minister</a> Andrii Sybiha condemned the overnight attack on X.</p>
  <p>Officials in Kyiv said 1,200 prisoners were freed by each side on Saturday.</p>
  <p>The weather in Kyiv was sunny and warm on Sunday.</p></article></main>`,
);

const UNRELATED = page(
  'Local sports',
  `<main><article><h1>City hold on for a 3-1 win</h1><p>The home side scored 307 points over the season and signed 14 players.</p>
  <p>About 1,000 fans travelled to the away game on Saturday, and the club released a statement on Friday.</p></article></main>`,
);

const LIVE = page(
  'Ukraine war: live updates',
  `<main id="feed"><h1>Russia-Ukraine war: live updates</h1><p>Follow our coverage of the war in Ukraine.</p></main>
  <script>
    setTimeout(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: Russia and Ukraine released a further 307 prisoners each on Saturday, the Russian Ministry of Defence said.';
      document.getElementById('feed').appendChild(p);
    }, 400);
    window.navigateAway = () => {
      history.pushState({}, '', '/live/page-2');
      document.getElementById('feed').innerHTML = '<h1>Page two</h1><p>Ukrainian Foreign Minister Andriy Sybiha wrote on the platform X after the first round on Friday.</p>';
    };
  </script>`,
);

const sorted = (ids: string) => ids.split(' ').filter(Boolean).sort().join(' ');
function key(m: { claims: string; agree: string; conflict: string; kind: string }): string {
  return `${sorted(m.claims)} | ${m.kind} | agree ${sorted(m.agree)} | conflict ${sorted(m.conflict)}`;
}

/** What the CLI's extraction and matcher say about the same HTML: one mark per sentence. */
function expectedMarks(html: string): string[] {
  return matchHtml(html, matcher)
    .marked.map((s) => key({ claims: s.annotations.map((a) => a.claimId).join(' '), kind: s.verdict, agree: s.agree.join(' '), conflict: s.conflict.join(' ') }))
    .sort();
}
const has = (m: MarkInfo, claim: string) => m.claims.split(' ').includes(claim);

const ROUTES: Record<string, string> = { '/paraphrase': PARAPHRASE, '/unrelated': UNRELATED, '/live': LIVE };
for (const id of reports) ROUTES[`/report/${id}`] = reportPage(id);

describe.each([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const)('in %s', (name, launch) => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(ROUTES);
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(reports)('marks every matched sentence of report %s with the right agree/conflict lists', async (id) => {
    const p = await browser.newPage();
    await p.goto(server.url(`/report/${id}`));
    // Waits for as many marks as the matcher finds in Node (a loaded machine paints them late), then checks them all.
    const marks = await settledMarks(p, { atLeast: expectedMarks(ROUTES[`/report/${id}`]!).length });
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.map(key).sort()).toEqual(expectedMarks(ROUTES[`/report/${id}`]!));
    expect(p.errors).toEqual([]);
    if (id.startsWith('000')) await p.screenshot(join(ARTIFACTS, `${name}-marked-report.png`));
  }, 60_000);

  it('marks a page that says the same in other words, and a page that differs', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/paraphrase'));
    const marks = await settledMarks(p, { atLeast: expectedMarks(PARAPHRASE).length });
    const find = (claim: string, kind: string): MarkInfo | undefined => marks.find((m) => has(m, claim) && m.kind === kind);
    expect(find('exchange.saturday-count', 'agree')).toMatchObject({ differs: 'false', conflict: '' });
    expect(find('people.sybiha-title', 'dispute')).toMatchObject({ agree: '002_7cd15216d6601b6c' });
    expect(find('exchange.saturday-count', 'differs')).toMatchObject({ differs: 'true', agree: '' });
    expect(marks.map(key).sort()).toEqual(expectedMarks(PARAPHRASE));
  }, 60_000);

  it('leaves an unrelated page unmarked', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/unrelated'));
    expect(await settledMarks(p)).toEqual([]);
    expect(p.errors).toEqual([]);
  }, 60_000);

  it('marks paragraphs added after load and follows client-side navigation', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/live'));
    await new Promise((r) => setTimeout(r, 800));
    const first = await settledMarks(p);
    expect(first.some((m) => has(m, 'exchange.saturday-count'))).toBe(true);
    await p.evaluate('window.navigateAway()');
    await new Promise((r) => setTimeout(r, 500));
    const second = await settledMarks(p);
    expect(second.some((m) => has(m, 'exchange.saturday-count'))).toBe(false);
    expect(second.some((m) => has(m, 'people.sybiha-title'))).toBe(true);
  }, 60_000);

  it('opens a card by keyboard with the sources and their exact words, and closes it with Escape', async () => {
    const p = await browser.newPage();
    await p.goto(server.url('/paraphrase'));
    await settledMarks(p);
    await p.evaluate(`[...document.querySelectorAll('crosscheck-mark')].find((m) => m.dataset.crosscheckClaims.split(' ').includes('people.sybiha-title')).shadowRoot.querySelector('button').focus()`);
    await p.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    const card = await p.evaluate<string>(`document.querySelector('crosscheck-card')?.shadowRoot?.querySelector('[role=dialog]')?.innerText ?? ''`);
    expect(card).toContain("What is Andriy Sybiha's title?".slice(0, 10));
    expect(card).toMatch(/disagree/i);
    expect(card).toContain('deputy foreign minister');
    expect(card).toContain('Qatar Tribune, 2025-05-25');
    expect(card).toMatch(/not verified/);
    await p.screenshot(join(ARTIFACTS, `${name}-card.png`));
    await p.press('Escape');
    await new Promise((r) => setTimeout(r, 200));
    expect(await p.evaluate<boolean>('!!document.querySelector("crosscheck-card")')).toBe(false);
    const focused = await p.evaluate<string | null>(`document.activeElement?.getAttribute('data-crosscheck-claims') ?? null`);
    expect(focused?.split(' ')).toContain('people.sybiha-title');
  }, 60_000);

  // The 20 real pages (no marks, no errors, text and layout unchanged) are corpus.e2e.test.ts's, in both browsers.
});
