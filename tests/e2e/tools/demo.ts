/**
 * `npm run demo`: Crosscheck working, in a real browser. Chromium with the built extension (the test build,
 * which holds site access from the start, as a reader who granted it on the welcome page) opens the sample
 * article (tests/fixtures/sample-article.html: report 000 laid out as a news page) and says what it marked.
 *
 * With a display, the window stays open for you to read and click the marks; close it to end. Without one
 * (or with CI set) it runs headless, prints the same line and ends: exit code 0 when the sample article got
 * its marks, 1 when it got none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, gateRegistered, launchChromiumSession, PROJECT, settledMarks } from '../harness/browsers';
import { startServer } from '../harness/server';

const headless = Boolean(process.env.CI) || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const html = readFileSync(join(PROJECT, 'tests/fixtures/sample-article.html'), 'utf8');
const server = await startServer({ '/sample-article.html': html });
const session = await launchChromiumSession({ extension: CHROME_BUILD, headless });
try {
  // The background registers the topic gate just after it starts (on a fresh machine, seconds after the
  // browser is up): a page opened before that gets nothing, so wait for it as the browser tests do.
  await gateRegistered(session.browser, 60_000);
  const { page, console: pageConsole } = await session.newRawPage();
  await page.goto(server.url('/sample-article.html'));
  const marks = await settledMarks(page, { timeoutMs: 60_000 });
  const by = (kind: string) => marks.filter((m) => m.kind === kind).length;
  console.log(
    `Crosscheck marked ${marks.length} sentences of the sample article: the sources agree on ${by('agree')} (✓), ` +
      `disagree on ${by('dispute')} (⚠), the page differs on ${by('differs')} (✗), one source reports ${by('single')} (1).`,
  );
  if (!marks.length) {
    console.error('crosscheck: no marks on the sample article: something is wrong (npm test says what).');
    // What the test build's traces say about the page (did the gate run, did it pass, did a scan end).
    const traces = await page.evaluate<string[]>(
      `performance.getEntries().filter((e) => e.name.startsWith('crosscheck:')).map((e) => e.name + ' ' + JSON.stringify(e.detail ?? null))`,
    );
    const lines = [`traces: ${traces.join(', ') || 'none'}`, ...page.errors.map((e) => `page error: ${e}`), ...pageConsole];
    for (const line of lines) console.error(`  ${line}`);
    process.exitCode = 1;
  } else if (!headless) {
    console.log('Click a marker (or Tab to one and press Enter) to see the sources. Close the browser to end.');
    await session.context.waitForEvent('close', { timeout: 0 });
  }
} finally {
  await session.close().catch(() => {});
  await server.close();
}
