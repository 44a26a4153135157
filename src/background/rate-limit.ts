/**
 * A sliding-window limit: at most `max` events in any `windowMs`. The background opens tabs only on the
 * reader's request (the card's "see all sources"); this bounds what a page could make it open even if it
 * got a click past the card's trusted-event check.
 */
export interface RateLimit {
  /** Whether one more event is allowed now; if so, it is counted. */
  take(now?: number): boolean;
}

export function rateLimit(max: number, windowMs: number): RateLimit {
  const times: number[] = [];
  return {
    take(now = Date.now()) {
      while (times.length && now - times[0]! >= windowMs) times.shift();
      if (times.length >= max) return false;
      times.push(now);
      return true;
    },
  };
}
