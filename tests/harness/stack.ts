import { startOnTimeDemo, type OnTimeDemo } from './ontime-demo/server';
import { DEFAULT_CLIENT_ID, startZoomSimulator, type ZoomSimulator } from './zoom-simulator/index';
import { chromiumSession, launchWithExtension, type ExtensionBrowser } from './browser';
import { launchFirefox, type FirefoxSession } from './firefox';
import { configureViaOptions } from './ui/flows';
import type { ExtensionSession } from './ui/types';

/** Everything a browser test or the demo needs: simulator, OnTime page, configured browser. */
export interface Stack<B = ExtensionBrowser> {
  sim: ZoomSimulator;
  ontime: OnTimeDemo;
  /** The browser as its driver sees it (Playwright objects for Chromium). */
  browser: B;
  /** The same browser as the shared flows see it. */
  session: ExtensionSession;
  close(): Promise<void>;
}

export interface StackOptions {
  headless?: boolean;
  lang?: string;
  timezoneId?: string;
  seedEvents?: number;
  /** Configure the extension on its options page (default); false leaves that to the test (policy). */
  configure?: boolean;
  /** Runs after the servers start and before the browser does (e.g. to write a policy file). */
  beforeBrowser?: (sim: ZoomSimulator, ontime: OnTimeDemo) => Promise<void> | void;
}

/** The servers, then the browser `launch` starts, configured on its options page unless told not to. */
export async function startStackWith<B>(launch: () => Promise<B>, sessionOf: (browser: B) => ExtensionSession, options: StackOptions = {}): Promise<Stack<B>> {
  const sim = await startZoomSimulator();
  const ontime = await startOnTimeDemo({ seedEvents: options.seedEvents });
  const closeServers = () => Promise.all([sim.close(), ontime.close()]).then(() => undefined);
  let session: ExtensionSession | undefined;
  try {
    await options.beforeBrowser?.(sim, ontime);
    const browser = await launch();
    session = sessionOf(browser);
    if (options.configure !== false) {
      const optionsPage = await configureViaOptions(session, {
        clientId: DEFAULT_CLIENT_ID,
        oauthBase: sim.oauthBase,
        apiBase: sim.apiBase,
        ontimeAddresses: [ontime.url],
      });
      await optionsPage.close();
    }
    const started = session;
    return {
      sim,
      ontime,
      browser,
      session: started,
      async close() {
        await started.close();
        await closeServers();
      },
    };
  } catch (error) {
    await session?.close();
    await closeServers();
    throw error;
  }
}

/** Debian Chromium through playwright-core. */
export function startStack(options: StackOptions = {}): Promise<Stack> {
  return startStackWith(() => launchWithExtension(options), chromiumSession, options);
}

/** Debian firefox-esr through puppeteer-core (WebDriver BiDi). */
export function startFirefoxStack(options: StackOptions = {}): Promise<Stack<FirefoxSession>> {
  return startStackWith(() => launchFirefox(options), (session) => session, options);
}
