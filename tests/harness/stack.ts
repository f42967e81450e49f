import { startOnTimeDemo, type OnTimeDemo } from './ontime-demo/server';
import { DEFAULT_CLIENT_ID, startZoomSimulator, type ZoomSimulator } from './zoom-simulator/index';
import { configureViaOptions, launchWithExtension, type ExtensionBrowser } from './browser';

/** Everything a browser test or the demo needs: simulator, OnTime page, configured browser. */
export interface Stack {
  sim: ZoomSimulator;
  ontime: OnTimeDemo;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startStack(options: { headless?: boolean; lang?: string; seedEvents?: number } = {}): Promise<Stack> {
  const sim = await startZoomSimulator();
  const ontime = await startOnTimeDemo({ seedEvents: options.seedEvents });
  const browser = await launchWithExtension(options);
  const optionsPage = await configureViaOptions(browser, {
    clientId: DEFAULT_CLIENT_ID,
    oauthBase: sim.oauthBase,
    apiBase: sim.apiBase,
    ontimeAddresses: [ontime.url],
  });
  await optionsPage.close();
  return {
    sim,
    ontime,
    browser,
    async close() {
      await browser.close();
      await Promise.all([sim.close(), ontime.close()]);
    },
  };
}
