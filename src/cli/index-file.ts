/** The compiled claim index for Node tools: built fresh from assets/ so a CLI never reads a stale index. */
import { loadClaimBase } from '../claims/load-node';
import type { ClaimIndex } from '../claims/schema';

export function loadIndex(): ClaimIndex {
  return loadClaimBase();
}
