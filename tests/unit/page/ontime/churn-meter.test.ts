import { describe, expect, it } from 'vitest';
import { createChurnMeter } from '@/utils/page/ontime/churn-meter';

const options = { burst: 10, windowMs: 100, pausesMs: [250, 500, 1000] };

describe('createChurnMeter', () => {
  it('goes on while changes are sparse', () => {
    const meter = createChurnMeter(options);
    for (let t = 0; t < 10_000; t += 150) expect(meter.add(9, t)).toBe(0);
  });

  it('pauses at a burst, longer while bursts follow each resume, and starts over after a calm', () => {
    const meter = createChurnMeter(options);
    expect(meter.add(5, 0)).toBe(0);
    expect(meter.add(5, 50)).toBe(250);
    meter.resumed(300);
    expect(meter.add(10, 320)).toBe(500);
    meter.resumed(820);
    expect(meter.add(10, 830)).toBe(1000);
    meter.resumed(1830);
    expect(meter.add(10, 1840)).toBe(1000);
    meter.resumed(2840);
    expect(meter.add(10, 9000)).toBe(250);
  });

  it('counts a window from its first delivery', () => {
    const meter = createChurnMeter(options);
    expect(meter.add(9, 0)).toBe(0);
    expect(meter.add(9, 101)).toBe(0);
    expect(meter.add(1, 150)).toBe(250);
  });
});
