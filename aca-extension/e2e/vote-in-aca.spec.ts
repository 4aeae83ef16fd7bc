import { expect, test } from '@playwright/test';

/**
 * The vote in the built ACA, against the simulated Alfresco and the real routing service, run by integration-tests'
 * AcaVoteInTheBrowserTest (which serves the app and passes RB_E2E_*): sign in, open the folder in ACA's file list,
 * select the agenda item, open the info drawer's Stemming tab, record a vote in the grid, wait for the routing
 * service's result in the tab, keep a screenshot.
 */
const base = process.env.RB_E2E_BASE_URL;
test.skip(!base, 'run by integration-tests AcaVoteInTheBrowserTest, which starts Alfresco (simulated) and the routing service');
// Dutch staff's browser (Accept-Language nl, Dutch date input), tall enough for the info drawer to show the whole
// grid and the result at once in the screenshots
test.use({ viewport: { width: 1600, height: 2000 }, locale: 'nl-NL' });

test('a griffier records a vote in the Stemming tab of the info drawer and sees the computed result', async ({ page }) => {
  const folderId = process.env.RB_E2E_FOLDER_ID!;
  const itemName = process.env.RB_E2E_NODE_NAME!;
  await page.goto(`/#/personal-files/${folderId}`);
  await expect(page.locator('input#username')).toBeVisible({ timeout: 30_000 });

  // ACA's sign-in page (the route needs a signed-in user), then back to the folder
  await page.locator('input#username').fill(process.env.RB_E2E_USER!);
  await page.locator('input#password').fill(process.env.RB_E2E_PASSWORD!);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`personal-files/${folderId}`), { timeout: 30_000 });

  // ACA's document list: select the agenda item's row, then open the info drawer from the toolbar
  const row = page.locator('adf-datatable-row').filter({ hasText: itemName });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.click();
  await page.locator('.app-toggle-info-drawer button').click();
  const tab = page.locator('.adf-info-drawer [role="tab"]').filter({ hasText: 'Stemming' });
  await expect(tab).toBeVisible({ timeout: 30_000 });
  await tab.click();

  const grid = page.locator('[data-test="rb-vote-grid"]');
  await expect(grid).toBeVisible({ timeout: 30_000 });
  for (const municipality of (process.env.RB_E2E_YES ?? '').split(',').filter(Boolean)) {
    await page.locator(`tbody[data-municipality="${municipality}"] [data-test="rb-whole-yes"]`).click();
  }
  for (const member of (process.env.RB_E2E_NO ?? '').split(',').filter(Boolean)) {
    await page.locator(`tr[data-member="${member}"] [data-test="rb-pick-no"]`).click();
  }
  await page.locator('[data-test="rb-vote-save"]').click();

  const outcome = page.locator('[data-test="rb-result-outcome"]');
  await expect(outcome).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('[data-test="rb-result-stale"]')).toHaveCount(0, { timeout: 90_000 });
  await expect(outcome).toContainText(process.env.RB_E2E_EXPECT_OUTCOME ?? 'Aangenomen');
  await expect(page.locator('[data-test="rb-result-power"] rect').first()).toBeVisible();
  await page.locator('[data-test="rb-vote-result"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'target/e2e/vote-result.png', fullPage: true });
  await page.locator('.adf-info-drawer').screenshot({ path: 'target/e2e/vote-result-drawer.png' });
});
