// GET /v2/chat/users/{user}/contacts: the seeded directory, paged with opaque tokens.
import { apiRoute } from './api.ts';
import { invalidFields } from './errors.ts';
import { json, type RequestContext, type SimResponse } from './http.ts';
import { decodePageToken, encodePageToken } from './page-tokens.ts';
import type { Route } from './router.ts';
import { COMPANY_CONTACTS, EXTERNAL_CONTACTS } from './seed.ts';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;

function listContacts(ctx: RequestContext): SimResponse {
  const q = ctx.url.searchParams;
  const type = q.get('type') ?? 'company';
  if (type !== 'company' && type !== 'external') return invalidFields('type');
  const rawSize = q.get('page_size');
  const pageSize = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize);
  // The documented maximum is enforced rather than clamped, so a client asking for more notices.
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return invalidFields('page_size');
  const token = q.get('next_page_token');
  const offset = token ? decodePageToken(token, type) : 0;
  if (offset === undefined) return invalidFields('next_page_token');
  const all = type === 'company' ? COMPANY_CONTACTS : EXTERNAL_CONTACTS;
  const page = all.slice(offset, offset + pageSize);
  const next = offset + pageSize < all.length ? encodePageToken(type, offset + pageSize) : '';
  return json(200, { next_page_token: next, page_size: pageSize, contacts: page.map((c) => structuredClone(c)) });
}

export const contactRoutes: Route[] = [apiRoute('GET', '/chat/users/{user}/contacts', ['team_chat:read:list_contacts'], listContacts)];
