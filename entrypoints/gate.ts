import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import gatePattern from '../.generated/topic-gate.json';
import { compileGate } from '../src/match/topic-gate';
import { runGate } from '../src/page/gate';
import { trace } from '../src/page/trace';

// The topic gate, the one Crosscheck script on every page the settings allow: registered at run time
// (src/background/registration.ts), and kept lean on purpose. It is a plain script, not a WXT content
// script: no webextension-polyfill and no WXT context, which cost 6-11 ms of script time on every page
// in Chromium (npm run perf). Only a page whose text names the claim base's topics gets the annotator
// (entrypoints/annotator.ts), injected by the background. Nothing is sent off the machine.
type Api = { runtime?: { id?: string; sendMessage(m: unknown): Promise<unknown> | void } };

export default defineUnlistedScript(() => {
  const t0 = performance.now();
  // __crosscheckAnnotator: the frame's annotator, if any (ANNOTATOR_GLOBAL in src/page/lifetime.ts, not imported to keep the gate lean).
  const scope = globalThis as { browser?: Api; chrome?: Api; __crosscheckGate?: AbortController; __crosscheckAnnotator?: unknown };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  // A gate injected again into this frame (the settings changed) replaces the one before it.
  scope.__crosscheckGate?.abort();
  const ctl = new AbortController();
  scope.__crosscheckGate = ctl;
  const alive = () => {
    try {
      return !!api?.runtime?.id;
    } catch {
      return false; // the extension went away
    }
  };
  const { passed } = runGate(
    document,
    compileGate(gatePattern),
    () => {
      if (!alive() || scope.__crosscheckAnnotator !== undefined) return;
      try {
        void Promise.resolve(api!.runtime!.sendMessage({ type: 'cc:inject' })).catch(() => {});
      } catch {
        // the extension went away between the two lines
      }
    },
    { signal: ctl.signal },
  );
  trace('crosscheck:gate', t0, { passed });
});
