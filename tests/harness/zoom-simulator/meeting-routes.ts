// Meeting endpoints the extension calls: create, read (to check what it made), update, delete.
// GET accepts meeting:read:meeting OR meeting:write:meeting, so a client with only the five
// default scopes can read back what it created.
import { apiRoute } from './api.ts';
import { invalidBody, invalidFields, meetingNotFound } from './errors.ts';
import { json, jsonObjectBody, noContent, type RequestContext, type SimResponse } from './http.ts';
import { createMeeting, updateMeeting } from './meetings.ts';
import type { Route } from './router.ts';
import type { Meeting } from './types.ts';

/** Runs `then` with the live meeting, or answers Zoom's 3001. */
function withMeeting(ctx: RequestContext, id: string, then: (meeting: Meeting) => SimResponse): SimResponse {
  const meeting = /^\d+$/.test(id) ? ctx.state.meetings.get(Number(id)) : undefined;
  return meeting ? then(meeting) : meetingNotFound(id);
}

const DELETE_FLAGS = ['schedule_for_reminder', 'cancel_meeting_reminder'];

export const meetingRoutes: Route[] = [
  apiRoute('POST', '/users/{user}/meetings', ['meeting:write:meeting'], (ctx) => {
    const body = jsonObjectBody(ctx);
    if (!body) return invalidBody();
    const result = createMeeting(ctx.state, body);
    return 'error' in result ? result.error : json(201, result.meeting);
  }),
  apiRoute('GET', '/meetings/{meetingId}', ['meeting:read:meeting', 'meeting:write:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) => json(200, meeting)),
  ),
  apiRoute('PATCH', '/meetings/{meetingId}', ['meeting:update:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) => {
      const body = jsonObjectBody(ctx);
      if (!body) return invalidBody();
      return updateMeeting(ctx.state, meeting, body) ?? noContent();
    }),
  ),
  apiRoute('DELETE', '/meetings/{meetingId}', ['meeting:delete:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) => {
      const bad = DELETE_FLAGS.filter((k) => {
        const v = ctx.url.searchParams.get(k);
        return v !== null && v !== 'true' && v !== 'false';
      });
      if (bad.length > 0) return invalidFields(...bad);
      ctx.state.meetings.delete(meeting.id);
      ctx.state.deletedMeetings.set(meeting.id, meeting);
      return noContent();
    }),
  ),
];
