// Meeting endpoints the extension calls: create, read (to check what it made), update, delete.
// GET accepts meeting:read:meeting OR meeting:write:meeting, so a client with only the five
// default scopes can read back what it created.
import { apiRoute } from './api.ts';
import { invalidBody, invalidFields, meetingNotFound } from './errors.ts';
import { json, jsonObjectBody, noContent, type RequestContext, type SimResponse } from './http.ts';
import { validationFailed } from './errors.ts';
import { createMeeting, findOccurrence, present, seriesErrors, updateMeeting, updateOccurrence } from './meetings.ts';
import type { SimOccurrence } from './recurrence.ts';
import type { Route } from './router.ts';
import type { Meeting } from './types.ts';

/** Runs `then` with the live meeting, or answers Zoom's 3001. */
function withMeeting(ctx: RequestContext, id: string, then: (meeting: Meeting) => SimResponse): SimResponse {
  const meeting = /^\d+$/.test(id) ? ctx.state.meetings.get(Number(id)) : undefined;
  return meeting ? then(meeting) : meetingNotFound(id);
}

/** With ?occurrence_id=: runs `then` with that live occurrence (404 when there is none); without it, `series`. */
function withOccurrence(ctx: RequestContext, meeting: Meeting, then: (occurrence: SimOccurrence) => SimResponse, series: () => SimResponse): SimResponse {
  const id = ctx.url.searchParams.get('occurrence_id');
  if (id === null) return series();
  const occurrence = findOccurrence(meeting, id);
  return occurrence ? then(occurrence) : json(404, { code: 3001, message: `Meeting occurrence does not exist: ${id}.` });
}

const DELETE_FLAGS = ['schedule_for_reminder', 'cancel_meeting_reminder'];

export const meetingRoutes: Route[] = [
  apiRoute('POST', '/users/{user}/meetings', ['meeting:write:meeting'], (ctx) => {
    const body = jsonObjectBody(ctx);
    if (!body) return invalidBody();
    const result = createMeeting(ctx.state, body);
    return 'error' in result ? result.error : json(201, present(result.meeting));
  }),
  apiRoute('GET', '/meetings/{meetingId}', ['meeting:read:meeting', 'meeting:write:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) =>
      withOccurrence(ctx, meeting, (occurrence) => json(200, present(meeting, occurrence)), () => json(200, present(meeting))),
    ),
  ),
  apiRoute('PATCH', '/meetings/{meetingId}', ['meeting:update:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) => {
      const body = jsonObjectBody(ctx);
      if (!body) return invalidBody();
      return withOccurrence(
        ctx,
        meeting,
        (occurrence) => updateOccurrence(meeting, occurrence, body) ?? noContent(),
        () => {
          const errors = seriesErrors(meeting, body);
          return errors.length ? validationFailed(errors) : (updateMeeting(ctx.state, meeting, body) ?? noContent());
        },
      );
    }),
  ),
  apiRoute('DELETE', '/meetings/{meetingId}', ['meeting:delete:meeting'], (ctx, { meetingId = '' }) =>
    withMeeting(ctx, meetingId, (meeting) => {
      const bad = DELETE_FLAGS.filter((k) => {
        const v = ctx.url.searchParams.get(k);
        return v !== null && v !== 'true' && v !== 'false';
      });
      if (bad.length > 0) return invalidFields(...bad);
      return withOccurrence(
        ctx,
        meeting,
        (occurrence) => {
          occurrence.status = 'deleted';
          return noContent();
        },
        () => {
          ctx.state.meetings.delete(meeting.id);
          ctx.state.deletedMeetings.set(meeting.id, meeting);
          return noContent();
        },
      );
    }),
  ),
];
