/** `npm run -s claims:export`: the claim base as schema.org ClaimReview JSON-LD (an array, one item per claim). */
import { toClaimReviews } from '../claims/claim-review';
import { loadClaimBase } from '../claims/load-node';

// Piped into `head` and the like: stop quietly when the reader closes the pipe.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.stdout.write(`${JSON.stringify(toClaimReviews(loadClaimBase()), null, 2)}\n`);
