// GET /v2/users/{user}/settings: the account's scheduling defaults and passcode rule, changeable
// through the control surface (`configure({ userSettings })`).
import { apiRoute } from './api.ts';
import { json } from './http.ts';
import type { Route } from './router.ts';

export const userSettingsRoutes: Route[] = [apiRoute('GET', '/users/{user}/settings', ['user:read:settings'], (ctx) => json(200, ctx.state.config.userSettings))];
