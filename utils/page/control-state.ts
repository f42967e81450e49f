import type { FailureData } from '@/utils/shared/failures';
import type { DialogCapabilities, EventIdentity, MeetingDraft, MeetingInfo, MeetingOptions, MeetingStanding } from '@/utils/shared/meeting-types';
import type { RetryPlan } from '@/utils/page/retry';

export interface KnownMeeting {
  id: number | null;
  joinUrl: string;
  /** What our record knows (passcode, dial-in…), to rewrite the invitation on change. */
  info?: MeetingInfo;
  /** Made from this editor and not yet saved with the event. */
  unsaved?: boolean;
  /** Ours (our record says we made it, for this event); false: shown, never changed; unset: asking. */
  managed?: boolean;
  /** The event as the editor showed it when we vouched for the meeting: Save and Delete name it. */
  event?: EventIdentity;
  /** Not managed, and why (a copy, shared by several events, deleted at Zoom): no Manage it here. */
  standing?: MeetingStanding;
  /** Shown in the editor of a new event (no Delete offered) when we asked about it, or made in it. */
  newEvent?: boolean;
}

/** What the Zoom control shows. One per page: OnTime has one meeting editor open at a time. */
export type ControlState =
  | { phase: 'idle'; notice?: FailureData; retry?: RetryPlan }
  | { phase: 'busy'; step: 'connecting' | 'creating' | 'adopting' }
  /** The meeting being deleted, so that its number can be announced once it is gone. */
  | { phase: 'busy'; step: 'removing'; meetingId: number }
  /** `replacing`: the dead link (of a meeting deleted at Zoom) the new meeting takes the place of. */
  | { phase: 'dialog'; draft: MeetingDraft; options: MeetingOptions; capabilities: DialogCapabilities; uncertainSince?: string; unsavedSince?: string; replacing?: string }
  | { phase: 'done'; meeting: KnownMeeting; notice?: FailureData; confirmRemove?: boolean; retry?: RetryPlan };

type Listener = (state: ControlState) => void;

export function createControlStore(initial: ControlState = { phase: 'idle' }) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next: ControlState) {
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ControlStore = ReturnType<typeof createControlStore>;

/** Busy and dialog phases belong to an operation in flight; a re-rendered editor joins them. */
export function inFlight(state: ControlState): boolean {
  return state.phase === 'busy' || state.phase === 'dialog';
}

/** The join link the control shows (a meeting we know of), if any. */
export function shownLink(state: ControlState): string | null {
  return state.phase === 'done' ? state.meeting.joinUrl : null;
}
