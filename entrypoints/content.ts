import { defineContentScript } from 'wxt/utils/define-content-script';
import indexJson from '../.generated/claim-index.json';
import type { ClaimIndex } from '../src/claims/schema';
import { PageAnnotator } from '../src/page/annotator';

// Thin: the page's text is read, matched and marked by src/page/annotator.ts.
// Everything stays in the page; nothing is sent anywhere.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    const annotator = new PageAnnotator(document, indexJson as unknown as ClaimIndex, { signal: ctx.signal });
    // Extension disabled, reloaded or updated: remove every trace.
    ctx.onInvalidated(() => annotator.destroy());
    void annotator.start();
  },
});
