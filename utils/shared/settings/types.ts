/** Admin-supplied CSS selectors that win over detection, e.g. for an unseen OnTime release. */
export const OVERRIDE_KEYS = ['editor', 'subject', 'start', 'end', 'location', 'body', 'onlineMeeting'] as const;
export type PageOverrides = Partial<Record<(typeof OVERRIDE_KEYS)[number], string>>;

export type ZoomDomain = 'zoom.us' | 'zoomgov.com' | 'custom';
/** Where the join link goes: Location, the body (as the invitation), both, or both unless Location holds text. */
export type LinkTarget = 'location' | 'body' | 'both' | 'bothOrBody';

/** What an admin supplies (options page or policy). */
export interface Settings {
  clientId: string;
  zoomDomain: ZoomDomain;
  /** Only used when zoomDomain is 'custom' (the simulator, tests). */
  customOAuthBase: string;
  customApiBase: string;
  /** OnTime web client addresses, e.g. https://ontime.example.com/ontime/ */
  ontimeAddresses: string[];
  linkTarget: LinkTarget;
  /** CSS selectors that win over detection of the OnTime editor. */
  selectorOverrides: PageOverrides;
  /** An organisation's own https page that forwards Zoom's answer to the extension ('' = none). */
  relayRedirectUrl: string;
}

export const SETTING_KEYS = [
  'clientId',
  'zoomDomain',
  'customOAuthBase',
  'customApiBase',
  'ontimeAddresses',
  'linkTarget',
  'selectorOverrides',
  'relayRedirectUrl',
] as const satisfies readonly (keyof Settings)[];

export const DEFAULT_SETTINGS: Settings = {
  clientId: '',
  zoomDomain: 'zoom.us',
  customOAuthBase: '',
  customApiBase: '',
  ontimeAddresses: [],
  linkTarget: 'both',
  selectorOverrides: {},
  relayRedirectUrl: '',
};
