/**
 * Sensitivity settings. `standard` is the threshold `npm run eval -- --calibrate`
 * chose on the tuning half of the evaluation set (the highest F1 whose
 * precision stays at or above 0.97); `strict` and `loose` sit either side.
 */
export const SENSITIVITY = {
  strict: 0.2,
  standard: 0,
  loose: 0,
} as const;

export type Sensitivity = keyof typeof SENSITIVITY;
