// The response value every handler returns. Handlers never touch the socket, so the server can
// still decide to send, delay, truncate or drop the answer (faults).
import { isObject } from './merge.ts';
import type { SimState } from './state.ts';
import type { JsonObject } from './types.ts';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RequestContext {
  method: string;
  url: URL;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  rawBody: string;
  state: SimState;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function html(status: number, markup: string): SimResponse {
  return { status, headers: { 'content-type': 'text/html;charset=utf-8', 'cache-control': 'no-store' }, body: markup };
}

export function redirect(location: string): SimResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

export function noContent(): SimResponse {
  return { status: 204, headers: {}, body: '' };
}

export function mediaType(ctx: RequestContext): string {
  return (ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The text as a JSON object; undefined when it is not one. */
export function parseJsonObject(raw: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON request's body as an object; undefined for another media type or anything but an object (Zoom answers 300). */
export function jsonObjectBody(ctx: RequestContext): JsonObject | undefined {
  return mediaType(ctx).includes('json') ? parseJsonObject(ctx.rawBody) : undefined;
}

export function parseForm(raw: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(raw));
}

/** Best-effort parse for the request log: JSON, form, raw text, or null when empty. */
export function parseBodyForLog(contentType: string, raw: string): unknown {
  if (raw === '') return null;
  if (contentType.includes('json')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  if (contentType.includes('application/x-www-form-urlencoded')) return parseForm(raw);
  return raw;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `Basic base64(id:secret)` → parts; undefined when absent or not Basic. */
export function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { id: decoded, secret: '' };
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}
