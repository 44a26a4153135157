/** How a source is named to readers: its outlet, else its wire service, else its report id. */
import type { ClaimIndex, Source } from './schema';

export function sourceLabel(s: Source): string {
  const name = s.outlet ?? (s.wire ? `${s.wire} copy (outlet not named)` : `Report ${s.report.slice(0, 3)} (outlet not named)`);
  return s.date ? `${name}, ${s.date}` : `${name}, date not given`;
}

export function sourcesById(index: ClaimIndex): Map<string, Source> {
  return new Map(index.sources.map((s) => [s.id, s]));
}
