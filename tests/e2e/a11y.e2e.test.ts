// Accessibility in real headless Chromium and Firefox ESR: axe-core (WCAG 2.0/2.1 A and AA) on the popup,
// the options, welcome and explorer pages (in Chromium: the same markup in both), and, in both browsers, an
// open annotation card and the markers on a marked page, in
// light and dark schemes, and the markers again on a page with a dark background of its own (their
// `.on-dark` tone). axe reads no generated content, and a marker's glyph ("✓", "1") is drawn by CSS, so
// each marker's glyph is also measured here: its colour against the chip it is drawn on, as rendered
// (the chip's background over the page's, and any opacity on the way), at least 4.5:1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, FIREFOX_BUILD, firefoxColorScheme, launchChromium, launchFirefox, PROJECT, settledMarks, tabIdOf, type TestBrowser, type TestPage } from './harness/browsers';
import { reportPage, startServer, type TestServer } from './harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(PROJECT, 'test-results');
const REPORT = '002_7cd15216d6601b6c';
/** The same report on a site of its own dark theme: a near-black body, light text. */
const DARK_PAGE = reportPage(REPORT).replace('<style>body{', '<style>body{background:#15171a;color:#e4e6e8;');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Run axe in the page (through the DevTools protocol or WebDriver BiDi, so the page's CSP does not apply) on `include`. */
async function axe(p: TestPage, include?: string): Promise<AxeViolation[]> {
  await p.evaluate(`${AXE};true`);
  const context = include ? `{ include: [[${JSON.stringify(include)}]] }` : 'document';
  const result = await p.evaluate<AxeViolation[]>(
    `axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return result;
}

const summary = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);

interface GlyphContrast {
  kind: string;
  dark: boolean;
  ratio: number;
}

/**
 * Each marker's glyph contrast as rendered, in the page (the test build's open shadow roots): the glyph's
 * colour over the chip's background over the page's background, then every opacity from the button up to
 * the layer applied to both against the page.
 */
const glyphContrasts = (p: TestPage) =>
  p.evaluate<GlyphContrast[]>(`(() => {
    const parse = (c) => { const m = c.match(/[\\d.]+%?/g).map((x) => x.endsWith('%') ? Number(x.slice(0, -1)) / 100 : Number(x)); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const lum = ([r, g, b]) => [r, g, b].map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
    let page = [255, 255, 255, 1];
    for (const el of [document.documentElement, document.body]) { const bg = parse(getComputedStyle(el).backgroundColor); if (bg[3] > 0) page = over(bg, page); }
    return [...document.querySelectorAll('crosscheck-mark')].map((host) => {
      const button = host.shadowRoot.querySelector('button');
      const glyph = button.querySelector('.glyph');
      let opacity = 1;
      for (let el = button; el; el = el.parentElement ?? el.getRootNode().host) opacity *= Number(getComputedStyle(el).opacity);
      const chip = over(parse(getComputedStyle(button).backgroundColor), page);
      const text = over(parse(getComputedStyle(glyph, '::before').color), chip);
      const seen = (c) => over([...c.slice(0, 3), opacity], page);
      return { kind: host.dataset.crosscheckKind, dark: button.classList.contains('on-dark'), ratio: Math.round(ratio(seen(text), seen(chip)) * 100) / 100 };
    });
  })()`);

/** Each engine in a reader's scheme: Chromium emulates it per page; Firefox is launched in it (WebDriver BiDi cannot emulate it). */
const ENGINES = [
  ['chromium', (_scheme: 'light' | 'dark') => launchChromium()],
  ['firefox', (scheme: 'light' | 'dark') => launchFirefox(FIREFOX_BUILD, firefoxColorScheme(scheme))],
] as const;

describe.each(ENGINES)('accessibility (axe-core) in %s', (name, launch) => {
  describe.each(['light', 'dark'] as const)('in the %s scheme', (scheme) => {
    let browser: TestBrowser;
    let server: TestServer;
    let tabId: number;
    let report: TestPage;
    beforeAll(async () => {
      server = await startServer({ '/report': reportPage(REPORT), '/report-dark': DARK_PAGE });
      browser = await launch(scheme);
      report = await browser.newPage();
      await report.colorScheme(scheme);
      await report.goto(server.url('/report'));
      await settledMarks(report);
      const ext = await extensionPage(browser, 'options.html');
      tabId = await tabIdOf(ext, server.url('/report'));
      await ext.close();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    // The extension's own pages are the same markup in both browsers: axed in Chromium. What the page's
    // own rendering decides (the markers' tone and contrast on it, the card in it) is axed in both.
    it.runIf(name === 'chromium').each(['popup.html?tab=TAB', 'options.html', 'welcome.html', 'explorer.html', 'explorer.html#claim=people.sybiha-title'])(
      '%s has no violations',
      async (path) => {
        const p = await browser.openExtensionPage(path.replace('TAB', String(tabId)));
        await p.colorScheme(scheme);
        // Let Preact render and (popup) read the tab's state.
        await new Promise((r) => setTimeout(r, 700));
        const violations = await axe(p);
        expect(summary(violations)).toEqual([]);
        if (path.startsWith('popup') && scheme === 'dark') await p.screenshot(join(ARTIFACTS, `${name}-popup-dark.png`));
        await p.close();
      },
      60_000,
    );

    it('an open annotation card and the markers have no violations, and every glyph keeps 4.5:1', async () => {
      await report.bringToFront();
      const glyphs = await glyphContrasts(report);
      for (const kind of ['agree', 'single', 'dispute']) expect(glyphs.map((g) => g.kind)).toContain(kind);
      expect(glyphs.filter((g) => !(g.ratio >= 4.5))).toEqual([]); // NaN too
      await report.evaluate(`[...document.querySelectorAll('crosscheck-mark')].find((m) => m.dataset.crosscheckKind === 'dispute').shadowRoot.querySelector('button').focus()`);
      await report.press('Enter'); // the reader's key: a scripted click opens nothing
      await new Promise((r) => setTimeout(r, 300));
      expect(await report.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`)).toBe(true);
      expect(summary(await axe(report, 'crosscheck-card'))).toEqual([]);
      expect(summary(await axe(report, 'crosscheck-mark'))).toEqual([]);
      if (scheme === 'dark') await report.screenshot(join(ARTIFACTS, `${name}-card-dark.png`));
      await report.press('Escape');
    }, 60_000);

    it('on a page with a dark background of its own, the markers take its tone and keep 4.5:1, and the open card has no violations', async () => {
      const dark = await browser.newPage();
      await dark.colorScheme(scheme);
      await dark.goto(server.url('/report-dark'));
      await settledMarks(dark);
      const glyphs = await glyphContrasts(dark);
      for (const kind of ['agree', 'single', 'dispute']) expect(glyphs.map((g) => g.kind)).toContain(kind);
      expect(glyphs.filter((g) => !g.dark)).toEqual([]);
      expect(glyphs.filter((g) => !(g.ratio >= 4.5))).toEqual([]); // NaN too
      expect(summary(await axe(dark, 'crosscheck-mark'))).toEqual([]);
      await dark.evaluate(`[...document.querySelectorAll('crosscheck-mark')].find((m) => m.dataset.crosscheckKind === 'single').shadowRoot.querySelector('button').focus()`);
      await dark.press('Enter');
      await new Promise((r) => setTimeout(r, 300));
      expect(await dark.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`)).toBe(true);
      expect(summary(await axe(dark, 'crosscheck-card'))).toEqual([]);
      await dark.screenshot(join(ARTIFACTS, `${name}-dark-page-${scheme}.png`));
      await dark.close();
    }, 60_000);
  });
});
