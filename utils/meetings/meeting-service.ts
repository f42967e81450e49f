import { Failure } from '../errors';
import type { TokenService } from '../auth/token-service';
import type { ZoomApi } from '../zoom/api';
import { defaultOptions } from './defaults';
import { isValidDraft, meetingInfo, meetingInput } from './meeting-input';
import { putMeeting, setMeetingState } from './meeting-store';
import type { MeetingDraft, MeetingInfo, MeetingOptions } from './types';

export interface MeetingServiceDeps {
  tokens: Pick<TokenService, 'grant'>;
  api: ZoomApi;
  now?: () => number;
}

export function createMeetingService(deps: MeetingServiceDeps) {
  const now = deps.now ?? Date.now;

  return {
    /** Connects (consent on first use) and proposes the dialog's values. */
    async prepare(draft: MeetingDraft): Promise<MeetingOptions> {
      if (!isValidDraft(draft)) throw new Failure('invalidRequest', { detail: 'draft' });
      const grant = await deps.tokens.grant({ interactive: true });
      const settings = grant.scopes.includes('user:read:settings') ? await deps.api.userSettings().catch(() => null) : null;
      return defaultOptions(draft.subject, settings);
    },

    /** Creates the meeting and records it before the page is touched. */
    async create(draft: MeetingDraft, options: MeetingOptions, ontimeUrl: string): Promise<MeetingInfo> {
      if (!isValidDraft(draft)) throw new Failure('invalidRequest', { detail: 'draft' });
      const meeting = meetingInfo(await deps.api.createMeeting(meetingInput(draft, options)), draft);
      const at = now();
      await putMeeting({
        id: meeting.id,
        joinUrl: meeting.joinUrl,
        topic: meeting.topic,
        start: meeting.start,
        duration: meeting.duration,
        timeZone: meeting.timeZone,
        ontimeUrl,
        state: 'created',
        createdAt: at,
        updatedAt: at,
      });
      return meeting;
    },

    async remove(id: number): Promise<void> {
      try {
        await deps.api.deleteMeeting(id);
      } catch (error) {
        // Already gone at Zoom is the outcome the user asked for.
        if (!(error instanceof Failure && error.kind === 'meetingNotFound')) throw error;
      }
      await setMeetingState(id, 'deleted', now());
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
