/**
 * Sensitivity: the minimum fuse.js similarity (0..1) between a sentence and a
 * claim's own words, on top of the phrase, figure and negation checks.
 *
 * `npm run eval -- --calibrate` sweeps it on the tuning half of the
 * evaluation set. There, precision was already 1.000 at 0 (the phrase checks
 * do the precision work), and every step up only cost recall: 0.892 at 0 and
 * 0.025, 0.848 at 0.05, 0.784 at 0.075. So `standard` is 0 and `strict` is
 * 0.05, the strictest setting that keeps tuning recall near 0.85.
 */
export const SENSITIVITY = {
  strict: 0.05,
  standard: 0,
} as const;

export type Sensitivity = keyof typeof SENSITIVITY;
