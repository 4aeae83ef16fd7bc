import { expect, test } from '@playwright/test';

/**
 * The Te besluiten view in the built ACA, against the simulated Alfresco, run by integration-tests'
 * AcaVoteInTheBrowserTest (which serves the app, puts routed proposals and their council decisions in the simulator,
 * and passes RB_E2E_*): sign in, open the view from its address, choose a council, see the proposals that council has
 * not decided on, earliest deadline first, the overdue one marked, and not the one it decided; then the same
 * proposals in ACA's file list with their route status, the late one marked; keep screenshots.
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
  // ACA's user menu shows the initials of the person GET /people/-me- returns (griffier.leiden: Griffier Leiden).
  await expect(page.getByText('GL', { exact: true })).toBeVisible({ timeout: 30_000 });

  await page.locator('[data-test="rb-to-decide-council"]').selectOption(process.env.RB_E2E_COUNCIL!);
  const rows = page.locator('[data-test="rb-to-decide-list"] tbody tr');
  const expected = process.env.RB_E2E_PENDING!.split('|');
  await expect(rows).toHaveCount(expected.length, { timeout: 30_000 });
  for (let i = 0; i < expected.length; i++) {
    await expect(rows.nth(i)).toContainText(expected[i]);
  }
  await expect(rows.nth(0)).toHaveAttribute('data-overdue', 'true');
  // the deadline written out in Dutch ("4 november 2026"), not as 2026-11-04
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText(
    /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
  await expect(rows.nth(0)).toContainText('termijn overschreden');
  await expect(rows.nth(1)).toHaveAttribute('data-overdue', 'false');
  await expect(page.locator('[data-test="rb-to-decide-list"]')).not.toContainText(process.env.RB_E2E_DECIDED!);
  await page.screenshot({ path: 'target/e2e/to-decide.png' });

  // The same proposals in ACA's file list: the Routestatus column, the late one marked
  const late = page.locator('adf-datatable-row').filter({ hasText: expected[0] });
  await page.goto(`/#/personal-files/${process.env.RB_E2E_PROPOSALS_FOLDER_ID}`);
  await expect(late).toBeVisible({ timeout: 30_000 });
  await expect(late.locator('[data-test="rb-route-status"][data-status="DISPATCHED"]').first()).toBeVisible();
  await expect(late.locator('[data-test="rb-overdue"]').first()).toBeVisible();
  const onTime = page.locator('adf-datatable-row').filter({ hasText: expected[1] });
  await expect(onTime.locator('[data-test="rb-route-status"]').first()).toBeVisible();
  await expect(onTime.locator('[data-test="rb-overdue"]')).toHaveCount(0);
  await page.screenshot({ path: 'target/e2e/route-status-column.png' });
});
