/**
 * Decides when the page is churning. A subtree MutationObserver costs the page a few
 * microseconds for every DOM change under it (the browser records each one), whatever the
 * callback does; a calendar that redraws all day pays that on every change. So while changes
 * come in bursts, the document-wide watch pauses, for longer while the bursts go on.
 */
export interface ChurnMeterOptions {
  /** Records within `windowMs` that count as a burst. */
  burst: number;
  windowMs: number;
  /** Successive pauses while bursts follow one another. */
  pausesMs: readonly number[];
}

const CHURN: ChurnMeterOptions = { burst: 64, windowMs: 200, pausesMs: [250, 500, 1000] };

export function createChurnMeter(options: ChurnMeterOptions = CHURN) {
  let windowStart = -Infinity;
  let count = 0;
  let step = 0;
  let resumedAt = -Infinity;
  return {
    /** Counts a delivery; returns how long to pause watching, or 0 to go on. */
    add(records: number, now: number): number {
      if (now - windowStart > options.windowMs) {
        windowStart = now;
        count = 0;
      }
      count += records;
      if (count < options.burst) return 0;
      // A burst soon after the last pause ended: the churn goes on, pause longer.
      step = now - resumedAt <= options.windowMs * 2 ? Math.min(step + 1, options.pausesMs.length - 1) : 0;
      count = 0;
      windowStart = -Infinity;
      return options.pausesMs[step]!;
    },
    resumed(now: number): void {
      resumedAt = now;
    },
  };
}
