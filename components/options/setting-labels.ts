import type { Settings } from '@/utils/shared/settings/types';

/** The message key of each setting's label on the options page. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  clientId: 'opt_clientId',
  zoomDomain: 'opt_zoomDomain',
  customOAuthBase: 'opt_oauthBase',
  customApiBase: 'opt_apiBase',
  ontimeAddresses: 'opt_ontimeAddresses',
  linkTarget: 'opt_linkTarget',
  selectorOverrides: 'opt_overrides',
  relayRedirectUrl: 'opt_relayLabel',
};
