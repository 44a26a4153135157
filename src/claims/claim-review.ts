/**
 * The claim base as schema.org ClaimReview JSON-LD, the format fact-check
 * tools exchange: one ClaimReview per claim, every source as an appearance
 * of the claim, with its verbatim quote.
 */
import type { Claim, ClaimIndex, Source } from './schema';

function verdict(c: Claim): string {
  const reports = new Set(c.variants.flatMap((v) => v.sources.map((s) => s.report)));
  if (c.conflict) return `Sources conflict (${c.conflict.kind.replace(/-/g, ' ')}): ${c.conflict.note}`;
  return reports.size > 1 ? `${reports.size} sources agree` : 'Single source';
}

export function toClaimReviews(index: ClaimIndex): object[] {
  const sources = new Map<string, Source>(index.sources.map((s) => [s.id, s]));
  return index.claims.map((c) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: c.id,
    claimReviewed: c.variants.length === 1 ? c.variants[0]!.statement : c.question,
    author: { '@type': 'Organization', name: 'Crosscheck claim base' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict(c),
      ...(c.conflict ? { ratingExplanation: c.conflict.note } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      name: c.question,
      appearance: c.variants.flatMap((v) =>
        v.sources.map((ref) => {
          const s = sources.get(ref.source)!;
          return {
            '@type': 'CreativeWork',
            identifier: ref.source,
            headline: s.headline,
            ...(s.date ? { datePublished: s.date } : {}),
            ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
            ...(s.wire ? { sourceOrganization: { '@type': 'Organization', name: s.wire } } : {}),
            text: ref.quote,
            abstract: v.statement,
          };
        }),
      ),
    },
  }));
}
