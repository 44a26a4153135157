/**
 * Chromium driven over the bare DevTools protocol, attached to nothing but the pages a test asks for.
 * Playwright attaches to every target, the extension's service worker included, and Chromium never stops
 * a worker that DevTools is attached to: a test of the worker's idle stop needs a browser that only
 * watches it (Target.setDiscoverTargets) and sees its target come and go.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeProfile } from './browsers';

export interface WatchedChromium {
  /** The extension's service workers now running (target id and script URL), as the browser reports them. */
  workers(): { targetId: string; url: string }[];
  /** Resolves when the extension's worker `targetId` is gone (the browser stopped it). */
  workerGone(targetId: string): Promise<void>;
  /** Open `url` in a new tab and attach to that page only. */
  open(url: string): Promise<{ evaluate<T>(expression: string): Promise<T>; close(): Promise<void> }>;
  close(): Promise<void>;
}

type Reply = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string } };
type TargetInfo = { targetId: string; type: string; url: string };

export async function launchWatchedChromium(extension: string): Promise<WatchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-cdp-'));
  const proc = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--window-size=1280,900', `--user-data-dir=${profile}`, '--remote-debugging-port=0',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, 'about:blank'],
    // Its own process group, so that closing it ends its renderers and helpers too.
    { stdio: 'ignore', detached: true },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  const start = Date.now();
  while (!(existsSync(portFile) && readFileSync(portFile, 'utf8').trim().includes('\n'))) {
    if (Date.now() - start > 20_000) throw new Error('Chromium did not open its DevTools port');
    await new Promise((r) => setTimeout(r, 100));
  }
  const [port, path] = readFileSync(portFile, 'utf8').trim().split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const pending = new Map<number, (m: Reply) => void>();
  const workers = new Map<string, string>();
  const gone = new Map<string, () => void>();
  ws.addEventListener('message', (ev) => {
    const m = JSON.parse(String(ev.data)) as Reply;
    if (m.id !== undefined) {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
      return;
    }
    const info = m.params?.targetInfo as TargetInfo | undefined;
    if (m.method === 'Target.targetCreated' && info?.type === 'service_worker' && info.url.startsWith('chrome-extension://')) workers.set(info.targetId, info.url);
    if (m.method === 'Target.targetDestroyed') {
      const id = m.params!.targetId as string;
      workers.delete(id);
      gone.get(id)?.();
    }
  });
  const send = async <T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> => {
    const id = ++next;
    const reply = await new Promise<Reply>((r) => {
      pending.set(id, r);
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  };
  await send('Target.setDiscoverTargets', { discover: true });
  return {
    workers: () => [...workers].map(([targetId, url]) => ({ targetId, url })),
    workerGone: (targetId) => (workers.has(targetId) ? new Promise<void>((r) => gone.set(targetId, r)) : Promise.resolve()),
    async open(url) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const evaluate = async <T>(expression: string) => {
        const r = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
          'Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value;
      };
      // Loaded: the document at `url`, complete.
      const begun = Date.now();
      while ((await evaluate<string>(`location.href === ${JSON.stringify(url)} && document.readyState`).catch(() => '')) !== 'complete') {
        if (Date.now() - begun > 20_000) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return { evaluate, close: async () => void (await send('Target.closeTarget', { targetId })) };
    },
    async close() {
      const exited = new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
      // Closed as a user closes it, so that it stops writing to its profile; its whole group killed if it lingers.
      await Promise.race([send('Browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
      ws.close();
      const late = setTimeout(() => { try { process.kill(-proc.pid!, 'SIGKILL'); } catch { /* gone already */ } }, 5_000);
      await exited;
      clearTimeout(late);
      try { process.kill(-proc.pid!, 'SIGKILL'); } catch { /* the group is gone */ }
      await removeProfile(profile);
    },
  };
}
