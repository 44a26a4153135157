import { defineContentScript } from 'wxt/utils/define-content-script';
import indexJson from '../.generated/claim-index.json';
import type { ClaimIndex } from '../src/claims/schema';
import { PageController } from '../src/page/controller';

// The annotator: the claim index, matcher and card UI. Injected by the background into a frame whose
// text passed the topic gate, or into every frame of a tab the reader asked to check. Logic in src/page/.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    const flag = globalThis as { __crosscheckForced?: boolean };
    const forced = flag.__crosscheckForced === true;
    delete flag.__crosscheckForced;
    // Tells a gate injected later into this frame (settings changed) that the annotator is already here.
    const here = globalThis as { __crosscheckAnnotator?: unknown };
    here.__crosscheckAnnotator = ctx;
    ctx.onInvalidated(() => {
      if (here.__crosscheckAnnotator === ctx) delete here.__crosscheckAnnotator;
    });
    void new PageController(document, indexJson as unknown as ClaimIndex, forced).start(ctx);
  },
});
