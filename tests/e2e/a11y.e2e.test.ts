// Accessibility in real headless Chromium: axe-core (WCAG 2.0/2.1 A and AA) on the popup, the options,
// welcome and explorer pages, and an open annotation card on a marked page, in light and dark schemes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, launchChromium, PROJECT, settledMarks, tabIdOf, type TestBrowser, type TestPage } from './harness/browsers';
import { reportPage, startServer, type TestServer } from './harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(PROJECT, 'test-results');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Run axe in the page (through the DevTools protocol, so the page's CSP does not apply) on `include`. */
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

describe('accessibility (axe-core) in chromium', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let tabId: number;
  let report: TestPage;
  beforeAll(async () => {
    server = await startServer({ '/report': reportPage('002_7cd15216d6601b6c') });
    browser = await launchChromium();
    report = await browser.newPage();
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

  for (const scheme of ['light', 'dark'] as const) {
    it.each(['popup.html?tab=TAB', 'options.html', 'welcome.html', 'explorer.html', 'explorer.html#claim=people.sybiha-title'])(
      `%s has no violations (${scheme})`,
      async (path) => {
        const p = await browser.openExtensionPage(path.replace('TAB', String(tabId)));
        await p.colorScheme(scheme);
        // Let Preact render and (popup) read the tab's state.
        await new Promise((r) => setTimeout(r, 700));
        const violations = await axe(p);
        expect(summary(violations)).toEqual([]);
        if (path.startsWith('popup') && scheme === 'dark') await p.screenshot(join(ARTIFACTS, 'chromium-popup-dark.png'));
        await p.close();
      },
      60_000,
    );

    it(`an open annotation card and the markers have no violations (${scheme})`, async () => {
      await report.bringToFront();
      await report.colorScheme(scheme);
      if (await report.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`)) await report.press('Escape');
      await report.evaluate(`[...document.querySelectorAll('crosscheck-mark')].find((m) => m.dataset.crosscheckKind === 'dispute').shadowRoot.querySelector('button').focus()`);
      await report.press('Enter'); // the reader's key: a scripted click opens nothing
      await new Promise((r) => setTimeout(r, 300));
      expect(await report.evaluate<boolean>(`!!document.querySelector('crosscheck-card')`)).toBe(true);
      expect(summary(await axe(report, 'crosscheck-card'))).toEqual([]);
      expect(summary(await axe(report, 'crosscheck-mark'))).toEqual([]);
      if (scheme === 'dark') await report.screenshot(join(ARTIFACTS, 'chromium-card-dark.png'));
      await report.press('Escape');
    }, 60_000);
  }
});
