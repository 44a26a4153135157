// Static checks of the built extension (no browser): .output/chrome-mv3 and .output/firefox-mv3 as `npm run
// build` leaves them (`npm test` builds first). The manifest asks for exactly the permissions the extension
// uses, its extension pages' CSP allows only the extension's own scripts, and no built file names a remote
// URL or evaluates strings as code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, CHROME_RELEASE, FIREFOX_BUILD, FIREFOX_RELEASE, PROJECT } from '../e2e/harness/browsers';

/**
 * http(s):// strings the built files may contain, none of them a request:
 * - the W3C namespace URIs: Preact's createElementNS namespaces (SVG, MathML, XHTML), identifiers only;
 * - `http://*` + `/*` and `https://*` + `/*`: match patterns the background passes to `tabs.query` (src/background), not URLs;
 * - two links in the text of an error @wxt-dev/storage throws when loaded outside an extension.
 */
const ALLOWED_URLS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://*/*',
  'https://*/*',
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every http(s)://, ws(s):// or ftp:// URL in a text, to the end of its string. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`()<>\\]*/gi)].map((m) => m[0]);
}

/** Code run from a string: eval(...), new Function(...), Function(...), setTimeout/setInterval with a string. */
const STRING_CODE = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<!new\s+)(?<![\w$.])Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g;

/** A CSP as directive -> sources. */
function parseCsp(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!.toLowerCase(), sources];
  }));
}

/** Whether a build's scripts can write Crosscheck's performance marks (src/page/trace.ts). */
const traces = (dir: string) =>
  files(dir).filter((f) => /\.m?js$/.test(f) && /crosscheck:(gate|first-scan)|performance\.measure\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(dir, f));

describe.each([
  ['chrome-mv3', CHROME_RELEASE, CHROME_BUILD],
  ['firefox-mv3', FIREFOX_RELEASE, FIREFOX_BUILD],
] as const)('the built extension, %s', (name, dir, testBuild) => {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>) : null;
  const built = existsSync(dir) ? files(dir) : [];
  const text = built.filter((f) => /\.(js|mjs|html|css|json)$/.test(f));

  it('exists (run `npm run build` first)', () => {
    expect(manifest, `${manifestPath} is missing`).not.toBeNull();
    expect(text.some((f) => f.endsWith('.js'))).toBe(true);
  });

  it('leaves no trace a page could read: the performance marks are in the test build only (`npm run build:test`)', () => {
    expect(traces(dir)).toEqual([]);
    expect(existsSync(testBuild), `${testBuild} is missing`).toBe(true);
    expect(traces(testBuild).sort()).toEqual(['annotator.js', 'gate.js']);
  });

  it('asks at install for exactly storage, scripting and activeTab; host access (<all_urls>) only optional, and nothing else', () => {
    expect(manifest!.manifest_version).toBe(3);
    expect([...(manifest!.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest!.host_permissions ?? []).toEqual([]);
    expect(manifest!.content_scripts ?? []).toEqual([]);
    expect(manifest!.optional_permissions ?? []).toEqual([]);
    expect(manifest!.optional_host_permissions).toEqual(['<all_urls>']);
    // The test build differs in that alone: it holds host access from the start, as a reader who granted it.
    const test = JSON.parse(readFileSync(join(testBuild, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(test.host_permissions).toEqual(['<all_urls>']);
    expect(test.optional_host_permissions ?? []).toEqual([]);
    expect(test.permissions).toEqual(manifest!.permissions);
    // No web page or other extension may message it.
    expect(manifest!.externally_connectable).toBeUndefined();
  });

  it("allows its pages only the extension's own scripts: script-src 'self', no 'unsafe-eval', no remote host", () => {
    const csp = (manifest!.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp, 'content_security_policy.extension_pages').toBeTypeOf('string');
    const directives = parseCsp(csp!);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const [directive, sources] of directives) {
      for (const s of sources) {
        expect(s, `${directive} ${s}`).not.toMatch(/^'unsafe-(eval|inline|hashes)'$|^'wasm-unsafe-eval'$/);
        // Only keywords ('self', 'none'); no scheme, host or wildcard source.
        expect(s, `${directive} ${s}`).toMatch(/^'(self|none)'$/);
      }
    }
  });

  if (name === 'firefox-mv3')
    it('declares that it collects no data, under its fixed id', () => {
      const gecko = (manifest!.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
      expect(gecko.id).toBe('crosscheck@crosscheck.invalid');
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });

  it('names no remote URL in any built file (allowed: namespace URIs, match patterns, links in an error text)', () => {
    const found = new Map<string, string[]>();
    for (const f of text) for (const u of urlsIn(readFileSync(f, 'utf8'))) found.set(u, [...(found.get(u) ?? []), relative(dir, f)]);
    console.log(`${name}: URLs in ${text.length} built text files: ${[...found].map(([u, fs]) => `${u} (${[...new Set(fs)].join(', ')})`).join('; ')}`);
    expect([...found.keys()].filter((u) => !ALLOWED_URLS.has(u))).toEqual([]);
    // The files that load code load only the extension's own files.
    for (const f of text.filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) expect(m[1], relative(dir, f)).toMatch(/^(\/|\.\/|\.\.\/)?[\w./-]+$/);
    }
  });

  it('holds no path of the machine it was built on (a development-mode build would: JSX source locations)', () => {
    expect(text.filter((f) => readFileSync(f, 'utf8').includes(PROJECT)).map((f) => relative(dir, f))).toEqual([]);
  });

  it('evaluates no string as code: no eval(, new Function(, Function( or string timers in built JS', () => {
    const hits: string[] = [];
    for (const f of text.filter((x) => /\.m?js$/.test(x))) {
      const js = readFileSync(f, 'utf8');
      for (const m of js.matchAll(STRING_CODE))
        hits.push(`${relative(dir, f)}: ${js.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    }
    expect(hits).toEqual([]);
  });
});

describe('the URL and code checks can fail', () => {
  it('find what they look for', () => {
    expect(urlsIn('fetch(`https://evil.example/x?y=1`); a="http://www.w3.org/2000/svg"')).toEqual(['https://evil.example/x?y=1', 'http://www.w3.org/2000/svg']);
    expect(parseCsp("script-src 'self' https://cdn.example; object-src 'self'").get('script-src')).toEqual(["'self'", 'https://cdn.example']);
    const code = 'a=1;eval("x");b=new Function("y");c=Function("z");setTimeout("w",1);obj.eval(1);myeval(2)';
    expect([...code.matchAll(STRING_CODE)].map((m) => m[0].replace(/\s/g, ''))).toEqual(['eval(', 'newFunction(', 'Function(', 'setTimeout("']);
  });
});
