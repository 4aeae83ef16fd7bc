import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the built app shell (target/app) in the system's Chromium: Playwright never downloads a browser
 * here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); CHROME_BIN names the binary (default /usr/bin/chromium, Debian's package).
 * Without RB_E2E_BASE_URL the shell is served by scripts/serve-app.mjs (no repository). With it, the tests run against
 * the address given: integration-tests' AcaVoteInTheBrowserTest serves the shell there, in front of the simulated
 * Alfresco and the real routing service.
 */
const port = Number(process.env.APP_PORT ?? 4300);
const external = process.env.RB_E2E_BASE_URL;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright',
  reporter: [['list']],
  workers: 1,
  timeout: 120_000,
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage']
    }
  },
  webServer: external
    ? undefined
    : {
        command: `node scripts/serve-app.mjs ${port}`,
        url: `http://127.0.0.1:${port}/index.html`,
        reuseExistingServer: false,
        timeout: 30_000
      }
});
