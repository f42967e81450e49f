// Browser pages outside OAuth: the join and start links in meeting URLs.
import { html, type RequestContext, type SimResponse } from './http.ts';
import { joinPage } from './pages.ts';
import { route, type Route } from './router.ts';

function meetingPage(ctx: RequestContext, [id = '']: string[]): SimResponse {
  const meeting = /^\d+$/.test(id) ? ctx.state.meetings.get(Number(id)) : undefined;
  return html(meeting ? 200 : 404, joinPage(id, meeting ? ctx.url.searchParams.has('pwd') : false, meeting !== undefined));
}

export const siteRoutes: Route[] = [
  route('GET', /^\/j\/([^/]+)$/, meetingPage),
  route('GET', /^\/s\/([^/]+)$/, meetingPage),
];
