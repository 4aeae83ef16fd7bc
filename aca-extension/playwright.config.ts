import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the built app shell (target/app) in the system's Chromium: Playwright never downloads a browser
 * here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); CHROME_BIN names the binary (default /usr/bin/chromium, Debian's package).
 */
const port = Number(process.env.APP_PORT ?? 4300);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright',
  reporter: [['list']],
  workers: 1,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage']
    }
  },
  webServer: {
    command: `node scripts/serve-app.mjs ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000
  }
});
