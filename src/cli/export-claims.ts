/** `npm run -s claims:export`: the claim base as schema.org ClaimReview JSON-LD (an array, one item per claim). */
import { toClaimReviews } from '../claims/claim-review';
import { loadIndex } from './index-file';

process.stdout.write(`${JSON.stringify(toClaimReviews(loadIndex()), null, 2)}\n`);
