// Places one day's events side by side where they overlap (minutes from midnight, fractions of width).
import { addDays, parseLocal, startOfDay } from './dates.js';

const MIN_MINUTES = 20; // very short events still need a clickable block

export function layoutDay(events, day) {
  const d0 = startOfDay(day);
  const d1 = addDays(d0, 1);
  const segs = [];
  for (const event of events) {
    const s = parseLocal(event.start);
    const e = parseLocal(event.end);
    if (!s || !e || e <= d0 || s >= d1) continue;
    const top = Math.max(0, (s - d0) / 60_000);
    const bottom = Math.min(24 * 60, (e - d0) / 60_000);
    segs.push({ event, top, height: Math.max(bottom - top, MIN_MINUTES), col: 0, cols: 1 });
  }
  segs.sort((a, b) => a.top - b.top || b.height - a.height);

  // Clusters of transitively overlapping events share one column count.
  let cluster = [];
  let clusterEnd = -1;
  const flush = () => {
    const ends = [];
    for (const seg of cluster) {
      let c = ends.findIndex((end) => end <= seg.top);
      if (c === -1) c = ends.push(0) - 1;
      ends[c] = seg.top + seg.height;
      seg.col = c;
    }
    for (const seg of cluster) seg.cols = ends.length;
    cluster = [];
  };
  for (const seg of segs) {
    if (seg.top >= clusterEnd) flush();
    cluster.push(seg);
    clusterEnd = Math.max(clusterEnd, seg.top + seg.height);
  }
  flush();
  return segs.map((s) => ({ event: s.event, top: s.top, height: s.height, left: s.col / s.cols, width: 1 / s.cols }));
}
