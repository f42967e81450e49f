import type { DemoEvent, DemoEventInput } from './event';
import { occurrencesIn } from './repeat';

const clone = (e: DemoEvent): DemoEvent => structuredClone(e);
/** 'YYYY-MM-DD' means midnight, so date-only ranges work too. */
const normalise = (s: string): string => (s.length === 10 ? `${s}T00:00` : s);

/** In-memory event storage; hands out copies so callers cannot mutate it behind its back. */
export class EventStore {
  private byId = new Map<string, DemoEvent>();
  private nextId = 1;

  replaceAll(events: DemoEventInput[]): void {
    this.byId.clear();
    this.nextId = 1;
    for (const e of events) this.create(e);
  }

  all(): DemoEvent[] {
    return [...this.byId.values()].sort(byStart).map(clone);
  }

  /**
   * Events overlapping [from, to); either bound may be omitted. Filters before copying (5000 events).
   * A repeating event comes once per occurrence in the range, each with its own start and end, its
   * first start as `occurrence`, and the series' own times as `seriesStart` / `seriesEnd`.
   */
  range(from?: string, to?: string): DemoEvent[] {
    const f = from ? normalise(from) : '';
    const t = to ? normalise(to) : '\uffff';
    const out: DemoEvent[] = [];
    for (const e of this.byId.values()) {
      if (!e.repeat) {
        if (e.start < t && e.end > f) out.push(clone(e));
        continue;
      }
      if (e.start >= t) continue;
      for (const o of occurrencesIn({ ...e, repeat: e.repeat }, f, to ? t : '9999-12-31T00:00')) {
        out.push({ ...clone(e), start: o.start, end: o.end, occurrence: o.occurrence, seriesStart: e.start, seriesEnd: e.end } as DemoEvent);
      }
    }
    return out.sort(byStart);
  }

  get(id: string): DemoEvent | undefined {
    const e = this.byId.get(id);
    return e && clone(e);
  }

  create(input: DemoEventInput): DemoEvent {
    const id = `ev-${String(this.nextId++).padStart(5, '0')}`;
    const event: DemoEvent = { id, ...structuredClone(input) };
    this.byId.set(id, event);
    return clone(event);
  }

  update(id: string, input: DemoEventInput): DemoEvent | undefined {
    if (!this.byId.has(id)) return undefined;
    const event: DemoEvent = { id, ...structuredClone(input) };
    this.byId.set(id, event);
    return clone(event);
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

function byStart(a: DemoEvent, b: DemoEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1;
}
