/** What the matcher says about one sentence and one claim. */
export type Stance =
  /** The sentence states a value that some sources give. */
  | 'agrees'
  /** The sentence states a value no source gives, or negates the claim. */
  | 'differs'
  /** The sentence states the claim without taking a side on the disputed part. */
  | 'unresolved';

export interface Annotation {
  /** The sentence as found in the text, and its offsets there. */
  sentence: string;
  start: number;
  end: number;
  claimId: string;
  /** The variant's statement when the sentence takes a side, else the claim's question. */
  statement: string;
  stance: Stance;
  /** The variant the sentence states, when it states one a source gives. */
  variantId: string | null;
  /** Report ids (file stems) that agree with the sentence, and those that conflict with it. */
  agree: string[];
  conflict: string[];
  /** Source ids behind the lists (a report file may hold several sources). */
  agreeSources: string[];
  conflictSources: string[];
  /**
   * The words of the page that state the disputed value, when found: in the sentence, or, for a sentence
   * of a longer quotation, in the words after it that name its speaker (SentenceSpan.attribution).
   */
  pageValue: string | null;
  /** How close the sentence is to the claim's own words, 0..1 (fuse.js token search); null where no threshold asks for it. */
  score: number | null;
}

/** Does the page state a value no source gives, or negate what the sources say? The stance says so. */
export function pageDiffers(a: Pick<Annotation, 'stance'>): boolean {
  return a.stance === 'differs';
}

export interface MatchOptions {
  /** Minimum similarity score (0..1) for an annotation; lower is looser. */
  minScore: number;
}
