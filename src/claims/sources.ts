/** How a source is named to readers: its outlet, else its wire service, else its report id. */
import type { ClaimIndex, Source } from './schema';

/**
 * The words around a source's name and date. The extension passes its
 * translated ones (src/ui/card.tsx, from assets/locales/<lang>.yml, `card.source`);
 * the Node CLIs, which have no `browser.i18n`, use the English default.
 */
export interface SourceLabelWords {
  /** A wire service's copy whose outlet the report does not name. */
  wireCopy(wire: string): string;
  /** A report naming neither outlet nor wire service; `report` is the first characters of its id. */
  reportUnnamed(report: string): string;
  dated(name: string, date: string): string;
  undated(name: string): string;
}

/** English, as in assets/locales/en.yml (`card.source`). */
export const ENGLISH_SOURCE_WORDS: SourceLabelWords = {
  wireCopy: (wire) => `${wire} copy (outlet not named)`,
  reportUnnamed: (report) => `Report ${report} (outlet not named)`,
  dated: (name, date) => `${name}, ${date}`,
  undated: (name) => `${name}, date not given`,
};

/** The label in English (the Node CLIs). One parameter only, so `sources.map(sourceLabel)` stays safe. */
export function sourceLabel(s: Source): string {
  return sourceLabelWith(s, ENGLISH_SOURCE_WORDS);
}

/** The label with the given words (the extension passes its translated ones). */
export function sourceLabelWith(s: Source, words: SourceLabelWords): string {
  const name = s.outlet ?? (s.wire ? words.wireCopy(s.wire) : words.reportUnnamed(s.report.slice(0, 3)));
  return s.date ? words.dated(name, s.date) : words.undated(name);
}

export function sourcesById(index: ClaimIndex): Map<string, Source> {
  return new Map(index.sources.map((s) => [s.id, s]));
}
