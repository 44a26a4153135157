import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import gatePattern from '../.generated/topic-gate.json';
import { compileGate } from '../src/match/topic-gate';
import { runGate } from '../src/page/gate';

// The topic gate: registered at run time on the pages the settings allow (src/background/registration.ts).
// It is small and cheap; only a page that mentions the claim base's topics gets the annotator
// (entrypoints/annotator.content.ts), injected by the background. Nothing is sent off the machine.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    const t0 = performance.now();
    const { passed } = runGate(document, compileGate(gatePattern), () => {
      const annotatorHere = (globalThis as { __crosscheckAnnotator?: unknown }).__crosscheckAnnotator !== undefined;
      if (ctx.isValid && !annotatorHere) void browser.runtime.sendMessage({ type: 'cc:inject' }).catch(() => {});
    }, {
      signal: ctx.signal,
    });
    performance.measure('crosscheck:gate', { start: t0, detail: { passed } });
  },
});
