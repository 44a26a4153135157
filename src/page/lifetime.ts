/**
 * How long the annotator lives in a frame: until the extension goes away
 * (disabled, reloaded, updated or removed), or a newer copy of the annotator
 * starts in the same frame. Both are facts of the extension's own isolated
 * world, which a page cannot see or touch: no page event, message or
 * attribute can end the annotator early or keep it alive.
 *
 * The annotator is an unlisted script that the background injects
 * (entrypoints/annotator.ts), not a WXT content script: WXT's content script
 * context posts a "started" message to the page with `postMessage(…, '*')`
 * and tears itself down when the page sends that event back, which lets any
 * page silence it.
 *
 * The extension going away is noticed by looking, every `CHECK_MS`, at
 * `runtime.id`: it reads undefined (Chromium), or throws on a dead wrapper
 * (Firefox), once the script's extension is gone. Looking costs nothing and
 * sends no message, so the background's service worker sleeps when idle.
 * (Firefox runs no code of a gone extension's scripts at all, and removes
 * the stylesheet the marks need, so nothing stays visible there.)
 */
import { browser } from 'wxt/browser';

/**
 * How often the annotator looks whether its extension is still there: the longest a reloaded extension's
 * marks stay on a page (Chromium). A cheap property read, so a second costs nothing measurable.
 */
export const CHECK_MS = 1_000;

/** The isolated-world global that holds the frame's current annotator (the gate reads it too). */
export const ANNOTATOR_GLOBAL = '__crosscheckAnnotator';

type Scope = { [ANNOTATOR_GLOBAL]?: AbortController };

export function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true; // a dead wrapper: the extension's world is gone
  }
}

/**
 * Start this frame's annotator lifetime: end the one before it, if any, and return the controller whose
 * signal ends when the extension goes away (or a newer copy starts). `abort()` ends it early.
 */
export function startLifetime(scope: object = globalThis, gone: () => boolean = extensionGone, checkMs = CHECK_MS): AbortController {
  const s = scope as Scope;
  s[ANNOTATOR_GLOBAL]?.abort();
  const ctl = new AbortController();
  s[ANNOTATOR_GLOBAL] = ctl;
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    if (gone()) ctl.abort();
    else timer = setTimeout(check, checkMs);
  };
  timer = setTimeout(check, checkMs);
  ctl.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      if (s[ANNOTATOR_GLOBAL] === ctl) delete s[ANNOTATOR_GLOBAL];
    },
    { once: true },
  );
  return ctl;
}
