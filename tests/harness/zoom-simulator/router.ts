// A tiny method + regex router; the first matching route wins.
import type { RequestContext, SimResponse } from './http.ts';

export interface Route {
  method: string;
  pattern: RegExp;
  handle(ctx: RequestContext, params: string[]): SimResponse | Promise<SimResponse>;
}

export function route(method: string, pattern: RegExp, handle: Route['handle']): Route {
  return { method, pattern, handle };
}

/** undefined when no route matches method and path. */
export function dispatch(routes: readonly Route[], ctx: RequestContext): SimResponse | Promise<SimResponse> | undefined {
  for (const r of routes) {
    if (r.method !== ctx.method) continue;
    const match = r.pattern.exec(ctx.url.pathname);
    if (match) return r.handle(ctx, match.slice(1).map((p) => decodeURIComponent(p ?? '')));
  }
  return undefined;
}
