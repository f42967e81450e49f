export type ZoomDomain = 'zoom.us' | 'zoomgov.com' | 'custom';

/** What an admin supplies (options page or policy). */
export interface Settings {
  clientId: string;
  zoomDomain: ZoomDomain;
  /** Only used when zoomDomain is 'custom' (the simulator, tests). */
  customOAuthBase: string;
  customApiBase: string;
  /** OnTime web client addresses, e.g. https://ontime.example.com/ontime/ */
  ontimeAddresses: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  clientId: '',
  zoomDomain: 'zoom.us',
  customOAuthBase: '',
  customApiBase: '',
  ontimeAddresses: [],
};
