import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import indexJson from '../.generated/claim-index.json';
import type { ClaimIndex } from '../src/claims/schema';
import { PageController } from '../src/page/controller';
import { startLifetime } from '../src/page/lifetime';

// The annotator: the claim index, matcher and card UI. Injected by the background into a frame whose
// text passed the topic gate, or into every frame of a tab the reader asked to check. An unlisted script,
// not a WXT content script: its life depends on nothing a page can send (src/page/lifetime.ts).
// Logic in src/page/.
export default defineUnlistedScript(() => {
  const flag = globalThis as { __crosscheckForced?: boolean };
  const forced = flag.__crosscheckForced === true;
  delete flag.__crosscheckForced;
  const lifetime = startLifetime();
  void new PageController(document, indexJson as unknown as ClaimIndex, forced).start(lifetime.signal);
});
