/**
 * `npm run screenshots`: the README's pictures, taken in real headless Chromium with the built extension
 * (the same harness as the end-to-end tests): report 000 as a marked news page, an open card whose
 * sources disagree, and the popup for that page. Written to assets/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, launchChromium, PROJECT, settledMarks, tabIdOf } from './browsers';
import { reportPage, startServer } from './server';

const OUT = join(PROJECT, 'assets/screenshots');
mkdirSync(OUT, { recursive: true });
const server = await startServer({ '/news/prisoner-exchange': reportPage('000_43242b43e3f2e229') });
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
