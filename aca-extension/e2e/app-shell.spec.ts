import { expect, test } from '@playwright/test';

/**
 * The built ACA shell starts in a real browser with the Regiobesluit extension: ACA loads the plugin JSON and the
 * extension's translations, nothing fails while it starts, and a visitor who is not signed in gets ACA's sign-in page,
 * in Dutch (the shell's locale). No repository is needed for this; see README, "Tests", for what is not covered.
 */
test.skip(!!process.env.RB_E2E_BASE_URL, 'the shell alone is checked without a repository');

test('the app shell starts with the extension and shows the Dutch sign-in page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const plugin = page.waitForResponse((r) => r.url().includes('/assets/plugins/regiobesluit.plugin.json'));
  const translations = page.waitForResponse((r) => r.url().includes('/assets/regiobesluit/i18n/nl.json'));

  await page.goto('/');

  expect((await plugin).status()).toBe(200);
  expect((await translations).status()).toBe(200);
  await expect(page).toHaveURL(/#\/login/);
  await expect(page.getByRole('button', { name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByText('Gebruikersnaam')).toBeVisible();
  // The shell's own logo (app.config.json's application.logo), which the sign-in page shows
  expect((await page.request.get('/assets/images/app-logo.svg')).status()).toBe(200);
  const served = await (await page.request.get('/assets/plugins/regiobesluit.plugin.json')).json();
  expect(served.features.sidebar.tabs[0].component).toBe('rb.components.voteTab');
  expect(errors).toEqual([]);
  await page.screenshot({ path: 'target/e2e/sign-in.png' });
});
