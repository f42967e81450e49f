// The page behind a meeting's join link (the popup's Open, and a tab that is not OnTime in the browser tests).
import { html, type RequestContext, type SimResponse } from './http.ts';
import { joinPage } from './pages.ts';
import { route, type Route } from './router.ts';

function meetingPage(ctx: RequestContext, [id = '']: string[]): SimResponse {
  const meeting = /^\d+$/.test(id) ? ctx.state.meetings.get(Number(id)) : undefined;
  return html(meeting ? 200 : 404, joinPage(id, meeting ? ctx.url.searchParams.has('pwd') : false, meeting !== undefined));
}

export const siteRoutes: Route[] = [
  route('GET', /^\/j\/([^/]+)$/, meetingPage),
];
