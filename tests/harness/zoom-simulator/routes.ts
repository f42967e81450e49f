// Every Zoom-facing route table, in the order they are tried (the first match wins). A new
// endpoint file exports its table and is listed here.
import { contactRoutes } from './contacts.ts';
import { userRoutes } from './user-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { oauthRoutes } from './oauth.ts';
import type { Route } from './router.ts';
import { siteRoutes } from './site.ts';
import { userSettingsRoutes } from './user-settings.ts';

export const ROUTES: readonly Route[] = [...oauthRoutes, ...userSettingsRoutes, ...userRoutes, ...meetingRoutes, ...contactRoutes, ...siteRoutes];
