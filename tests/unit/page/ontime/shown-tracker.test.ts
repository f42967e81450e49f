import { describe, expect, it } from 'vitest';
import { createShownTracker } from '@/utils/page/ontime/shown-tracker';

function tracker() {
  const shown: string[] = [];
  const t = createShownTracker<{ id: string }>((key) => shown.push(key.id));
  return { t, shown };
}

describe('createShownTracker', () => {
  it('an editor found shown and rendered shown is not "shown again"', () => {
    const { t, shown } = tracker();
    const d = { id: 'd' };
    t.found(d, false);
    t.rendered(d, true);
    expect(shown).toEqual([]);
  });

  it('hidden by markup when found, shown before the first frame by any route: shown again', () => {
    const { t, shown } = tracker();
    const d = { id: 'd' };
    t.found(d, true);
    t.rendered(d, true);
    expect(shown).toEqual(['d']);
  });

  it('hidden by a stylesheet (markup said nothing): the first frame says hidden, the next shown', () => {
    const { t, shown } = tracker();
    const d = { id: 'd' };
    t.found(d, false);
    t.rendered(d, false);
    expect(shown).toEqual([]);
    t.rendered(d, true);
    expect(shown).toEqual(['d']);
  });

  it('a dialog kept and reused: each hide → show is one "shown again", a repeated report is not', () => {
    const { t, shown } = tracker();
    const d = { id: 'd' };
    t.found(d, false);
    t.rendered(d, true);
    for (let i = 0; i < 3; i++) {
      t.rendered(d, false);
      t.rendered(d, true);
      t.rendered(d, true);
    }
    expect(shown).toEqual(['d', 'd', 'd']);
  });

  it('keeps editors apart', () => {
    const { t, shown } = tracker();
    const a = { id: 'a' };
    const b = { id: 'b' };
    t.found(a, true);
    t.found(b, true);
    t.rendered(b, true);
    expect(shown).toEqual(['b']);
  });
});
