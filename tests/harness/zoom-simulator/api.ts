// The REST API under /v2 used by the extension. Order of checks as Zoom: route, token, scope, body.
// GET /v2/meetings/{id} accepts meeting:read:meeting OR meeting:write:meeting, so a client with
// only the five default scopes can read back what it created.
import { authorizeApi } from './api-auth.ts';
import { listContacts } from './contacts.ts';
import { listMeetings } from './list-meetings.ts';
import { json, mediaType, noContent, type RequestContext, type SimResponse } from './http.ts';
import { invitationText } from './invitation.ts';
import { createMeeting, invalidBody, parseJsonObject, updateMeeting } from './meetings.ts';
import { route, type Route } from './router.ts';
import { SIM_USER } from './seed.ts';
import type { Meeting } from './types.ts';

type Handler = (ctx: RequestContext, params: string[]) => SimResponse;

/** Wraps a handler with the token/scope check. */
function scoped(anyOf: string[], handler: Handler): Handler {
  return (ctx, params) => {
    const auth = authorizeApi(ctx, anyOf);
    return 'error' in auth ? auth.error : handler(ctx, params);
  };
}

function isSimUser(userId: string): boolean {
  return userId === 'me' || userId === SIM_USER.id || userId.toLowerCase() === SIM_USER.email;
}

const userNotFound = (userId: string): SimResponse => json(404, { code: 1001, message: `User does not exist: ${userId}.` });

const meetingNotFound = (id: string): SimResponse => json(404, { code: 3001, message: `Meeting does not exist: ${id}.` });

/** Either the live meeting or Zoom's 3001 answer. */
function findMeeting(ctx: RequestContext, id: string): { meeting: Meeting } | { error: SimResponse } {
  const meeting = /^\d+$/.test(id) ? ctx.state.meetings.get(Number(id)) : undefined;
  return meeting ? { meeting } : { error: meetingNotFound(id) };
}

function jsonBody(ctx: RequestContext): Record<string, unknown> | undefined {
  if (!mediaType(ctx).includes('json')) return undefined;
  return parseJsonObject(ctx.rawBody);
}

const getUser: Handler = (_ctx, [userId = '']) => (isSimUser(userId) ? json(200, { ...SIM_USER }) : userNotFound(userId));

const getSettings: Handler = (ctx, [userId = '']) =>
  isSimUser(userId) ? json(200, ctx.state.config.userSettings) : userNotFound(userId);

const postMeeting: Handler = (ctx, [userId = '']) => {
  if (!isSimUser(userId)) return userNotFound(userId);
  const body = jsonBody(ctx);
  if (!body) return invalidBody();
  const result = createMeeting(ctx.state, body);
  return 'error' in result ? result.error : json(201, result.meeting);
};

const getMeeting: Handler = (ctx, [id = '']) => {
  const found = findMeeting(ctx, id);
  return 'error' in found ? found.error : json(200, found.meeting);
};

const patchMeeting: Handler = (ctx, [id = '']) => {
  const found = findMeeting(ctx, id);
  if ('error' in found) return found.error;
  const body = jsonBody(ctx);
  if (!body) return invalidBody();
  return updateMeeting(ctx.state, found.meeting, body) ?? noContent();
};

const BOOLEAN_QUERY = ['schedule_for_reminder', 'cancel_meeting_reminder'];

const deleteMeeting: Handler = (ctx, [id = '']) => {
  const found = findMeeting(ctx, id);
  if ('error' in found) return found.error;
  const { meeting } = found;
  const bad = BOOLEAN_QUERY.filter((k) => {
    const v = ctx.url.searchParams.get(k);
    return v !== null && v !== 'true' && v !== 'false';
  });
  if (bad.length > 0) return json(400, { code: 300, message: 'Validation Failed.', errors: bad.map((field) => ({ field, message: 'Invalid field.' })) });
  ctx.state.meetings.delete(meeting.id);
  ctx.state.deletedMeetings.set(meeting.id, meeting);
  return noContent();
};

const getInvitation: Handler = (ctx, [id = '']) => {
  const found = findMeeting(ctx, id);
  return 'error' in found ? found.error : json(200, { invitation: invitationText(found.meeting) });
};

const USER = '([^/]+)';
const ID = '([^/]+)';

export const apiRoutes: Route[] = [
  route('GET', new RegExp(`^/v2/users/${USER}$`), scoped(['user:read:user'], getUser)),
  route('GET', new RegExp(`^/v2/users/${USER}/settings$`), scoped(['user:read:settings'], getSettings)),
  route('POST', new RegExp(`^/v2/users/${USER}/meetings$`), scoped(['meeting:write:meeting'], postMeeting)),
  route('GET', new RegExp(`^/v2/users/${USER}/meetings$`), scoped(['meeting:read:list_meetings', 'meeting:read'], (ctx, [userId = '']) =>
    isSimUser(userId) ? listMeetings(ctx) : userNotFound(userId),
  )),
  route('GET', new RegExp(`^/v2/meetings/${ID}$`), scoped(['meeting:read:meeting', 'meeting:write:meeting'], getMeeting)),
  route('PATCH', new RegExp(`^/v2/meetings/${ID}$`), scoped(['meeting:update:meeting'], patchMeeting)),
  route('DELETE', new RegExp(`^/v2/meetings/${ID}$`), scoped(['meeting:delete:meeting'], deleteMeeting)),
  route('GET', new RegExp(`^/v2/meetings/${ID}/invitation$`), scoped(['meeting:read:invitation'], getInvitation)),
  route('GET', new RegExp(`^/v2/chat/users/${USER}/contacts$`), scoped(['team_chat:read:list_contacts'], (ctx, [userId = '']) =>
    isSimUser(userId) ? listContacts(ctx) : userNotFound(userId),
  )),
];
