import { expect, test, type Page } from '@playwright/test';
import { readableResources } from '../../src/domain/permissions';
import { signIn, useServerClock } from './support';

/**
 * Every page of each role's menu, and the first record of each list, as the role reads them: a
 * screenshot of each under test-results/screens/, and none may show what staff cannot read.
 */
const ROLES = ['admin', 'manager', 'merchandiser', 'warehouse', 'support'] as const;

/** What a screen must never show: the machine's words instead of the staff's. */
const LEAKS: [string, RegExp][] = [
  ['ISO date', /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?\b/],
  ['message key', /\b(app|resources|enums|ra)\.[a-z_-]+\.[A-Za-z_.-]+/],
  ['JSON', /\{"|":\s*[[{"\d]|\[\{/],
  ['raw id', /#\d+\b/],
  ['missing value', /\b(undefined|null|NaN|\[object Object\])\b/],
];

function leaksIn(text: string): string[] {
  return LEAKS.flatMap(([what, pattern]) => {
    const found = text.match(pattern);
    return found ? [`${what}: “${found[0]}”`] : [];
  });
}

/** The page once its data is in: no request under way, no progress bar. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

async function capture(page: Page, role: string, name: string): Promise<string[]> {
  await settled(page);
  await page.screenshot({ path: `test-results/screens/${role}/${name}.png`, fullPage: true });
  const text = await page.locator('#root').innerText();
  return leaksIn(text).map((leak) => `${role} ${name}: ${leak}`);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await useServerClock(page);
});

for (const role of ROLES) {
  test(`${role}: every page of the menu reads in words, with no id, key, ISO date or JSON`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await signIn(page, `${role}@kaporal.test`);
    await settled(page);
    const pages = [
      '#/',
      ...readableResources(role).flatMap((r) => (r === 'kpis' ? [] : [`#/${r}`])),
    ];
    const leaks: string[] = [];
    for (const href of pages) {
      const name = href.slice(2).replace(/\W+/g, '-') || 'home';
      await page.goto(`/${href}`);
      leaks.push(...(await capture(page, role, name)));
      // A list opens its first record; the home page's tables are summaries.
      const firstRow = page.locator('.RaList-main .RaDataTable-clickableRow').first();
      if ((await firstRow.count()) === 0) continue;
      await firstRow.locator('td.RaDataTable-rowCell').first().click();
      await expect(page.locator('.RaShow-main, .RaEdit-main').first()).toBeVisible();
      leaks.push(...(await capture(page, role, `${name}-record`)));
    }
    expect(leaks).toEqual([]);
  });
}
