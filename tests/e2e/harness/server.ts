/** Pages for the end-to-end tests, served on 127.0.0.1 only. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT } from './browsers';

/** The saved real pages beside the project (the workplace's shared folder); CROSSCHECK_PAGES overrides. */
export const SHARED_PAGES = process.env.CROSSCHECK_PAGES ?? join(PROJECT, '../shared/pages');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A report laid out as a news page: headline, then one paragraph per line. */
export function reportPage(id: string): string {
  const text = readFileSync(join(PROJECT, 'assets/reports', `${id}.txt`), 'utf8');
  const [headline, ...lines] = text.split('\n').filter((l) => l.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline!)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article>
<h1>${escapeHtml(headline!)}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</article></main><footer><p>© News site</p></footer></body></html>`;
}

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

export interface TestServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, string>): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let body = routes[path];
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (body === undefined && path.startsWith('/shared/')) {
      const file = join(SHARED_PAGES, path.slice('/shared/'.length));
      if (existsSync(file)) body = readFileSync(file, 'utf8');
      // Saved real pages: their own scripts and remote resources cannot work offline (and some redirect),
      // so the page gets what a reader without network would: its HTML and inline styles.
      headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function sharedPageNames(): string[] {
  return existsSync(SHARED_PAGES) ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).sort() : [];
}
