/**
 * Notice that the extension went away (disabled, reloaded, updated or
 * removed) so the page can be cleaned up at once. WXT's content script
 * context only finds out when something asks it, so this keeps a port open
 * to the background, which greets every port with the id of its load (kept
 * in `storage.session`: it survives the MV3 service worker being stopped,
 * not the extension being reloaded).
 *
 * The port disconnects when the extension goes or its worker stops. The
 * script then reconnects; a greeting with another load id, or none at all
 * (Chromium leaves a reloaded extension's old content scripts connected to
 * nothing), means this script belongs to an extension that is gone.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const ALIVE_PORT = 'crosscheck:alive';
/**
 * How long a (re)connected port may wait for the background's greeting before the script takes its
 * extension for gone. The background may have to start first, and on a loaded machine (CI, two cores,
 * Firefox waking its event page) that took more than 5 s: the annotator then removed its marks from a
 * page whose extension was alive. A gone extension is noticed at once by `runtime.id` in the usual case;
 * this is only the fallback, so it can afford to wait.
 */
const GREETING_TIMEOUT_MS = 30_000;

function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true; // a dead wrapper: the extension's world is gone
  }
}

export function watchExtension(ctx: ContentScriptContext): void {
  let loadId: string | null = null;
  const connect = () => {
    if (ctx.signal.aborted) return;
    if (extensionGone()) return ctx.notifyInvalidated();
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: ALIVE_PORT });
    } catch {
      return ctx.notifyInvalidated();
    }
    const silent = setTimeout(() => ctx.notifyInvalidated(), GREETING_TIMEOUT_MS);
    const onMessage = (msg: unknown) => {
      const id = (msg as { loadId?: unknown } | null)?.loadId;
      if (typeof id !== 'string') return;
      clearTimeout(silent);
      if (loadId === null) loadId = id;
      else if (id !== loadId) ctx.notifyInvalidated();
    };
    const onDisconnect = () => {
      clearTimeout(silent);
      if (extensionGone()) ctx.notifyInvalidated();
      else setTimeout(connect, 500);
    };
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(onDisconnect);
    ctx.onInvalidated(() => {
      clearTimeout(silent);
      port.onDisconnect.removeListener(onDisconnect);
      try {
        port.disconnect();
      } catch {
        // already gone
      }
    });
  };
  connect();
}

/** In the background: the id of this load of the extension, made once per load. */
export async function currentLoadId(): Promise<string> {
  const got = (await browser.storage.session.get('loadId')) as { loadId?: string };
  if (got.loadId) return got.loadId;
  const loadId = crypto.randomUUID();
  await browser.storage.session.set({ loadId });
  return loadId;
}
