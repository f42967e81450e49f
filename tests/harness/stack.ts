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

export interface StackOptions {
  headless?: boolean;
  lang?: string;
  seedEvents?: number;
  /** Configure the extension on its options page (default); false leaves that to the test (policy). */
  configure?: boolean;
  /** Runs after the servers start and before the browser does (e.g. to write a policy file). */
  beforeBrowser?: (sim: ZoomSimulator, ontime: OnTimeDemo) => Promise<void> | void;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sim = await startZoomSimulator();
  const ontime = await startOnTimeDemo({ seedEvents: options.seedEvents });
  await options.beforeBrowser?.(sim, ontime);
  const browser = await launchWithExtension(options);
  if (options.configure !== false) {
    const optionsPage = await configureViaOptions(browser, {
      clientId: DEFAULT_CLIENT_ID,
      oauthBase: sim.oauthBase,
      apiBase: sim.apiBase,
      ontimeAddresses: [ontime.url],
    });
    await optionsPage.close();
  }
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
