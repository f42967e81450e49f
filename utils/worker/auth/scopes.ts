/** What each scope makes possible; the options page lists the missing ones with what stops working. */
export const REQUIRED_SCOPES = [
  { scope: 'meeting:write:meeting', feature: 'scope_create', covers: ['meeting:write', 'meeting:write:admin'] },
  { scope: 'meeting:update:meeting', feature: 'scope_update', covers: ['meeting:write', 'meeting:write:admin'] },
  { scope: 'meeting:delete:meeting', feature: 'scope_delete', covers: ['meeting:write', 'meeting:write:admin'] },
  { scope: 'user:read:settings', feature: 'scope_defaults', covers: ['user:read', 'user:read:admin'] },
  { scope: 'team_chat:read:list_contacts', feature: 'scope_contacts', covers: ['chat_contact:read', 'contact:read'] },
] as const;

export type RequiredScope = (typeof REQUIRED_SCOPES)[number];

/** Scopes an admin may add for more: each names what it adds. Nothing fails without them. */
export const OPTIONAL_SCOPES = [
  { scope: 'meeting:read:list_meetings', feature: 'scope_optional_reconcile', covers: ['meeting:read', 'meeting:read:admin'] },
  { scope: 'meeting:read:meeting', feature: 'scope_optional_adopt', covers: ['meeting:read', 'meeting:read:admin'] },
  { scope: 'user:read:user', feature: 'scope_optional_host', covers: ['user:read', 'user:read:admin'] },
] as const;

/** Granular scopes, or the classic scope that covers them, count as granted. */
export function hasScope(granted: readonly string[], scope: string): boolean {
  const entry = [...REQUIRED_SCOPES, ...OPTIONAL_SCOPES].find((s) => s.scope === scope);
  return granted.includes(scope) || (entry?.covers.some((c) => granted.includes(c)) ?? false);
}

export function missingScopes(granted: readonly string[]): RequiredScope[] {
  return REQUIRED_SCOPES.filter((s) => !hasScope(granted, s.scope));
}
