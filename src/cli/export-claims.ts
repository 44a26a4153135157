/** `npm run -s claims:export`: the claim base as schema.org ClaimReview JSON-LD (an array, one item per claim). */
import { toClaimReviews } from '../claims/claim-review';
import { loadClaimBase } from '../claims/load-node';

process.stdout.write(`${JSON.stringify(toClaimReviews(loadClaimBase()), null, 2)}\n`);
