/**
 * When a page says it was published: the date its own metadata gives (Open Graph / article meta tags,
 * schema.org `datePublished` in microdata or JSON-LD, the common `date` / `pubdate` meta names), as
 * YYYY-MM-DD, or null when it gives none. Only what the page declares about itself: a date in its text
 * (a comment's, a related article's) is not its publication date.
 *
 * What it is for: a page published before the events of a topic cannot state their facts, however much
 * its words look like them (a 2015 article on other talks, "the United States hopes to finish the
 * framework this month"). The matcher skips such topics (src/match/matcher.ts, `PageFacts`).
 */

/** Meta tags that carry the publication date, in the order they are trusted. */
const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

/** JSON-LD blocks read, and how deep into one: bounds on what a page can make this do. */
const MAX_JSON_LD = 20;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_DEPTH = 6;

/** "2015-04-01", "2015-04-01T12:00:00Z", "2015/04/01": the date part, if it is a real calendar date. */
export function calendarDate(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value ?? '');
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || Number(y) < 1990) return null;
  return `${y}-${mo}-${d}`;
}

function fromJsonLd(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? calendarDate(record.datePublished) : null;
  if (own) return own;
  return fromJsonLd(record['@graph'], depth + 1);
}

export function publishedDate(doc: Document): string | null {
  try {
    for (const selector of META) {
      const d = calendarDate(doc.querySelector(selector)?.getAttribute('content'));
      if (d) return d;
    }
    const micro = doc.querySelector('[itemprop="datePublished"]');
    const d = calendarDate(micro?.getAttribute('datetime') ?? micro?.getAttribute('content'));
    if (d) return d;
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD);
    for (const s of scripts) {
      const text = s.textContent ?? '';
      if (text.length > MAX_JSON_LD_CHARS) continue;
      try {
        const found = fromJsonLd(JSON.parse(text), 0);
        if (found) return found;
      } catch {
        // Not JSON: not a date.
      }
    }
  } catch {
    // A document that cannot be queried gives no date.
  }
  return null;
}
