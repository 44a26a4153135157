/**
 * `npm run screenshots`: the README's pictures, taken in real headless Chromium with the built extension
 * (the same harness as the end-to-end tests) on a page laid out like real coverage from another outlet
 * (tests/fixtures/coverage-article.html: our own wire-style article, not a report's text): the marked
 * page, an open card whose sources disagree, the same page in a dark theme, and the popup for it.
 * Written to assets/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, launchChromium, PROJECT, settledMarks, tabIdOf } from '../harness/browsers';
import { startServer } from '../harness/server';

const OUT = join(PROJECT, 'assets/screenshots');
mkdirSync(OUT, { recursive: true });
const article = readFileSync(join(PROJECT, 'tests/fixtures/coverage-article.html'), 'utf8');
// The same page in its own dark theme: the marks follow the page's background (src/ui/tone.ts).
const dark = article.replace('</style>', 'body { background: #16181d; color: #e6e6e6; } .standfirst, figcaption, .byline, nav { color: #aab; } header { border-color: #333; }</style>');
const server = await startServer({ '/news/prisoner-exchange': article, '/news/prisoner-exchange-dark': dark });
const browser = await launchChromium();
try {
  const url = server.url('/news/prisoner-exchange');
  const page = await browser.newPage();
  await page.goto(url);
  const marks = await settledMarks(page);
  await page.screenshot(join(OUT, 'marked-page.png'));
  const mark = `[...document.querySelectorAll('crosscheck-mark')].find((m) => m.dataset.crosscheckClaims.split(' ').includes('strike.kyiv-injured'))`;
  await page.evaluate(`${mark}.scrollIntoView({ block: 'start' }); window.scrollBy(0, -120)`);
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(`${mark}.shadowRoot.querySelector('button').focus({ preventScroll: true })`);
  await page.press('Enter');
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot(join(OUT, 'card.png'));
  await page.press('Escape');
  const darkPage = await browser.newPage();
  await darkPage.goto(server.url('/news/prisoner-exchange-dark'));
  await settledMarks(darkPage);
  await darkPage.screenshot(join(OUT, 'dark-page.png'));
  const ext = await extensionPage(browser, 'options.html');
  const tabId = await tabIdOf(ext, url);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await new Promise((r) => setTimeout(r, 800));
  // The popup's own size, as the toolbar shows it.
  const height = await popup.evaluate<number>('Math.ceil(document.documentElement.scrollHeight)');
  await popup.screenshot(join(OUT, 'popup.png'), { x: 0, y: 0, width: 380, height: Math.min(height, 600) });
  console.log(`${marks.length} marks; screenshots in ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
