/**
 * A sliding-window limit: at most `max` events in any `windowMs`. The background opens tabs only on the
 * reader's request (the card's "see all sources"); this bounds what a page could make it open even if it
 * got a click past the card's trusted-event check.
 *
 * The window's recent events are kept in `storage.session` (`area`, under `key`), not in the service
 * worker's memory: the browser stops an idle MV3 worker after about 30 s and starts a new one on the next
 * message, which would otherwise start from an empty window. What is stored is at most `max` timestamps,
 * nothing else. A stored value that is not such a list (garbage, times from a clock that went back) counts
 * for what is valid in it; if the storage fails, the worker's own memory of the events still limits them.
 * Takes are serialised, so requests that come at once cannot all read the same old list.
 */

/** Where a limit keeps its recent events: `storage.session`, or a stand-in in tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface RateLimit {
  /** Whether one more event is allowed now; if so, it is counted (and stored before this resolves). */
  take(now?: number): Promise<boolean>;
}

/** Both lists' events, each as often as the list that has it more often (they hold the same events, or one a part). */
function union(a: readonly number[], b: readonly number[]): number[] {
  const count = new Map<number, number>();
  for (const t of a) count.set(t, (count.get(t) ?? 0) + 1);
  const out = [...a];
  for (const t of b) {
    const left = count.get(t) ?? 0;
    if (left > 0) count.set(t, left - 1);
    else out.push(t);
  }
  return out;
}

export function rateLimit(max: number, windowMs: number, area: SessionArea, key: string): RateLimit {
  let memory: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  /** The events still in the window at `now`, oldest first, at most `max`. */
  const recent = (times: number[], now: number) =>
    times.filter((t) => t <= now && now - t < windowMs).sort((a, b) => a - b).slice(-max);
  const read = async (): Promise<number[]> => {
    try {
      const stored = (await area.get(key))[key];
      return Array.isArray(stored) ? stored.slice(0, max).filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [];
    } catch {
      return [];
    }
  };
  return {
    take(now = Date.now()) {
      const next = queue.then(async () => {
        const times = recent(union(memory, await read()), now);
        const allowed = times.length < max;
        if (allowed) times.push(now);
        memory = times;
        if (allowed) await area.set({ [key]: times }).catch(() => {});
        return allowed;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
