import { describe, expect, it, vi } from 'vitest';
import { listedMeetings, needsAttention, STALE_PENDING_MS } from '@/utils/worker/badge/attention';
import { ATTENTION_ALARM, createAttentionBadge } from '@/utils/worker/badge/attention-badge';
import { ORPHAN_GRACE_MS } from '@/utils/worker/meetings/lifecycle';
import type { CreateAttempt, MeetingRecord } from '@/utils/worker/meetings/meeting-records';

const NOW = 1_800_000_000_000;
const record = (id: number, state: MeetingRecord['state'], createdAt = NOW - 60_000) =>
  ({ id, state, createdAt, updatedAt: createdAt, joinUrl: `https://zoom.us/j/${id}`, topic: 't', start: '2026-12-03T14:00', duration: 30, timeZone: 'UTC', password: '', dialIn: [], ontimeUrl: 'http://localhost/ontime/' }) as MeetingRecord;
const attempt = (state: CreateAttempt['state'], startedAt = NOW - 10_000) => ({ attempt: `a-${state}-${startedAt}`, state, startedAt }) as CreateAttempt;

describe('meetings that need attention, counted from the records', () => {
  it('orphans (marked, or unsaved past the grace period) and lost creates count; saved, deleted and in-flight do not', () => {
    const meetings = [record(1, 'orphaned'), record(2, 'created', NOW - ORPHAN_GRACE_MS - 1), record(3, 'created'), record(4, 'saved'), record(5, 'deleted'), record(6, 'updated')];
    const attempts = [attempt('uncertain'), attempt('superseded'), attempt('pending'), attempt('pending', NOW - STALE_PENDING_MS - 1)];
    expect(needsAttention(meetings, attempts, NOW).count).toBe(5);
  });

  it('says when the count changes by time alone: the next unsaved meeting turning orphan', () => {
    const soon = NOW - ORPHAN_GRACE_MS + 5_000;
    expect(needsAttention([record(3, 'created', soon), record(7, 'created')], [], NOW).nextChange).toBe(soon + ORPHAN_GRACE_MS + 1);
    expect(needsAttention([record(1, 'orphaned'), record(4, 'saved')], [], NOW)).toEqual({ count: 1, nextChange: null });
  });
});

describe('what the popup lists', () => {
  it('the latest not deleted, and every orphan older than those: each one the badge counts can be found', () => {
    // Newest first: 2 deleted (not counted against the limit), 3 recent, then an old orphan and an old saved one.
    const newestFirst = [record(10, 'deleted'), record(9, 'saved'), record(8, 'deleted'), record(7, 'updated'), record(6, 'saved'), record(2, 'orphaned'), record(1, 'saved')];
    expect(listedMeetings(newestFirst, NOW, 3).map((r) => r.id)).toEqual([9, 7, 6, 2]);
    expect(listedMeetings(newestFirst, NOW, 10).map((r) => r.id)).toEqual([9, 7, 6, 2, 1]);
    // An old unsaved one past the grace period is an orphan too.
    expect(listedMeetings([record(5, 'saved'), record(4, 'created', NOW - ORPHAN_GRACE_MS - 1)], NOW, 1).map((r) => r.id)).toEqual([5, 4]);
  });
});

describe('the toolbar badge', () => {
  function setup(meetings: MeetingRecord[]) {
    const action = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
    const alarms = { create: vi.fn(), clear: vi.fn(async () => true) };
    const badge = createAttentionBadge({ action, alarms, read: async () => ({ meetings, attempts: [] }), t: (key, ...subs) => [key, ...subs].join(' '), now: () => NOW });
    return { badge, action, alarms };
  }

  it('shows the count with its title, and is cleared (title back to the name) when none', async () => {
    const meetings = [record(1, 'orphaned'), record(2, 'orphaned')];
    const { badge, action } = setup(meetings);
    await badge.refresh();
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '2' });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: 'badge_attentionMany 2' });
    meetings.splice(0, 2, record(1, 'deleted'));
    await badge.refresh();
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: 'extName' });
  });

  it('sets an alarm for the moment an unsaved meeting turns orphan', async () => {
    const { badge, action, alarms } = setup([record(3, 'created')]);
    await badge.refresh();
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(alarms.create).toHaveBeenCalledWith(ATTENTION_ALARM, { when: NOW - 60_000 + ORPHAN_GRACE_MS + 1 });
  });
});
