import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm start` / `npm run dev` open the browser on a sample news article: report
 * 000 laid out as a page (tests/fixtures/sample-article.html). It is served
 * from 127.0.0.1 rather than opened as a file:// URL because Chrome does not
 * run content scripts on file:// pages unless the user ticks "Allow access to
 * file URLs" for the extension, which a fresh dev profile never has.
 */
const SAMPLE_ARTICLE_FILE = `${ROOT}tests/fixtures/sample-article.html`;
const SAMPLE_PORT = Number(process.env.CROSSCHECK_SAMPLE_PORT ?? 5417);
const SAMPLE_ARTICLE_URL = `http://127.0.0.1:${SAMPLE_PORT}/sample-article.html`;
let sampleServer: Server | undefined;

function startSampleServer(): Promise<void> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', SAMPLE_ARTICLE_URL).pathname;
    if (req.method !== 'GET' || (path !== '/' && path !== '/sample-article.html')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    readFile(SAMPLE_ARTICLE_FILE).then(
      (html) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${String(err)}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) =>
      reject(new Error(`sample article server: cannot listen on 127.0.0.1:${SAMPLE_PORT} (${err.message}); set CROSSCHECK_SAMPLE_PORT to another port`)),
    );
    server.listen(SAMPLE_PORT, '127.0.0.1', () => {
      sampleServer = server;
      console.log(`Sample article: ${SAMPLE_ARTICLE_URL}`);
      resolve();
    });
  });
}

/** Use Debian's browsers (what .ci/run installs) when present; otherwise web-ext finds Chrome/Firefox itself. */
const binaries: Record<string, string> = {};
if (existsSync('/usr/bin/chromium')) binaries.chrome = '/usr/bin/chromium';
if (existsSync('/usr/bin/firefox-esr')) binaries.firefox = '/usr/bin/firefox-esr';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Strings for every page and the content script: assets/locales/<lang>.yml -> _locales/<lang>/messages.json.
  i18n: { localesDir: `${ROOT}assets/locales` },
  // MV3 everywhere, Firefox included (the scripts pass --mv3 as well).
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab summaries. scripting: the content scripts are registered and injected at
    // run time, as the reader's "where to run" setting says. activeTab: the on-click mode, with no host access.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Host access is the reader's to give, not taken at install: the welcome and options pages ask for every
    // site or for the listed sites when the reader picks that mode (src/permissions/host-access.ts). On-click
    // mode needs none (activeTab), so installing warns of nothing beyond it.
    // The test build (`npm run build:test`, what the browser tests and `npm run demo` load) and the dev build
    // (`npm start`) hold it from the start instead, as if the reader had granted it: a browser's permission
    // prompt cannot be answered from a test, and a developer's sample article should show marks at once.
    // Release builds and the store packages (`npm run build`, `npm run zip`: mode production) ask.
    ...(mode === 'production' ? { optional_host_permissions: ['<all_urls>'] } : { host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'crosscheck@crosscheck.invalid',
          // 140 is the first release (and current ESR) that reads data_collection_permissions.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-{{manifestVersion}}{{modeSuffix}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources{{modeSuffix}}.zip',
    // What a reviewer needs to rebuild the Firefox package (`npm ci && npm run build:firefox`);
    // tests, dot-directories, node_modules and .output stay out.
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'assets/**',
      'entrypoints/**',
      'public/**',
      'scripts/**',
      'src/**',
    ],
  },
  webExt: {
    binaries,
    startUrls: [SAMPLE_ARTICLE_URL],
    // Chromium refuses to start as root (CI containers) without this.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    'server:started': startSampleServer,
    'server:closed': () =>
      new Promise<void>((resolve) => {
        if (sampleServer == null) return resolve();
        sampleServer.close(() => resolve());
        sampleServer = undefined;
      }),
  },
});
