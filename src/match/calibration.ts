/**
 * Sensitivity: the minimum fuse.js similarity (0..1) between a sentence's
 * content words and a claim's own words, on top of the phrase, figure and
 * negation checks.
 *
 * `npm run eval -- --calibrate` sweeps it on the tuning half of the
 * evaluation set. There, precision is already 1.000 at 0 (the phrase checks
 * do the precision work) and every step up only costs recall: 0.892 at 0,
 * 0.853 at 0.025, 0.753 at 0.05. So `standard` is 0, and `strict` is 0.025,
 * the strictest setting that keeps tuning recall above 0.85.
 */
export const SENSITIVITY = {
  strict: 0.025,
  standard: 0,
} as const;

export type Sensitivity = keyof typeof SENSITIVITY;
