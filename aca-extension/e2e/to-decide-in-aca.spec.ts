import { expect, test } from '@playwright/test';

/**
 * The Te besluiten view in the built ACA, against the simulated Alfresco, run by integration-tests'
 * AcaVoteInTheBrowserTest (which serves the app, puts routed proposals and their council decisions in the simulator,
 * and passes RB_E2E_*): sign in, open the view from its address, choose a council, see the proposals that council has
 * not decided on, earliest deadline first, the overdue one marked, and not the one it decided; keep a screenshot.
 */
const base = process.env.RB_E2E_BASE_URL;
test.skip(!base || !process.env.RB_E2E_COUNCIL, 'run by integration-tests AcaVoteInTheBrowserTest');
test.use({ viewport: { width: 1600, height: 1000 }, locale: 'nl-NL' });

test('a griffier sees the proposals her council has yet to decide on, the overdue one marked', async ({ page }) => {
  await page.goto('/#/te-besluiten');
  await expect(page.locator('input#username')).toBeVisible({ timeout: 30_000 });
  await page.locator('input#username').fill(process.env.RB_E2E_USER!);
  await page.locator('input#password').fill(process.env.RB_E2E_PASSWORD!);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/te-besluiten/, { timeout: 30_000 });

  await page.locator('[data-test="rb-to-decide-council"]').selectOption(process.env.RB_E2E_COUNCIL!);
  const rows = page.locator('[data-test="rb-to-decide-list"] tbody tr');
  const expected = process.env.RB_E2E_PENDING!.split('|');
  await expect(rows).toHaveCount(expected.length, { timeout: 30_000 });
  for (let i = 0; i < expected.length; i++) {
    await expect(rows.nth(i)).toContainText(expected[i]);
  }
  await expect(rows.nth(0)).toHaveAttribute('data-overdue', 'true');
  await expect(rows.nth(0)).toContainText('termijn overschreden');
  await expect(rows.nth(1)).toHaveAttribute('data-overdue', 'false');
  await expect(page.locator('[data-test="rb-to-decide-list"]')).not.toContainText(process.env.RB_E2E_DECIDED!);
  await page.screenshot({ path: 'target/e2e/to-decide.png' });
});
