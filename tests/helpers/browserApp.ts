import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import type { Clock } from '../../src/ports/clock';
import { launchBrowser } from './browser';

export interface BrowserApp {
  app: RunningCarebridge;
  browser: Browser;
  close(): Promise<void>;
}

/** Carebridge on its own SQLite file in a temp folder, and the real headless Chromium that visits it. */
export async function startBrowserApp(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<BrowserApp> {
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-browser-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, ...options.env });
  const app = await startCarebridge(config, { clock: options.clock });
  const browser = await launchBrowser();
  return {
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
