import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ANALYST,
  buildWeb,
  launchBrowser,
  messySnapshot,
  OFFICER,
  prepareDataDir,
  removeDir,
  screenshot,
  startServe,
  tempDir,
  type Serve,
} from './harness';

/**
 * The analyst's web app end to end: a district officer signs in, switches language, reads
 * the dashboard, filters findings, opens a finding and the person card, decides a case,
 * exports an outreach list; an analyst uploads a messy snapshot and reads its quarantine.
 * One browser, one small city; each step leaves a screenshot per language.
 */
const LANGS = ['kk', 'ru', 'en'] as const;
const NAV_DASHBOARD = { kk: 'Жиынтық', ru: 'Сводка', en: 'Dashboard' } as const;

let dataDir = '';
let serve: Serve | null = null;
let browser: Browser | null = null;
let context: BrowserContext | null = null;
let page: Page;
let setupError: unknown = null;

function ready(): Page {
  if (setupError)
    throw new Error(
      `e2e setup failed: ${String(setupError instanceof Error ? setupError.message : setupError)}`,
    );
  return page;
}

async function signIn(p: Page, user: { login: string; password: string }): Promise<void> {
  await p.goto(`${serve?.url}/login`);
  await p.fill('#login', user.login);
  await p.fill('#password', user.password);
  await p.selectOption('[data-testid="purpose-select"]', 'caseReview');
  await p.click('button[type="submit"]');
  // back to the page that asked for the sign-in, else the dashboard
  await p.waitForURL((url) => !url.pathname.startsWith('/login'));
  await p.waitForSelector('[data-testid="user"]');
}

async function setLanguage(p: Page, lang: (typeof LANGS)[number]): Promise<void> {
  await p.selectOption('[data-testid="language-switcher"]', lang);
  await p.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function shootAllLanguages(p: Page, name: string, waitFor: string): Promise<void> {
  for (const lang of LANGS) {
    await setLanguage(p, lang);
    await p.waitForSelector(waitFor);
    // Readable at 1366×768 in every language: nothing pushes the page sideways.
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} in ${lang} is wider than the window`).toBeLessThanOrEqual(1366);
    await screenshot(p, `${name}-${lang}`);
  }
}

describe('web app end to end', () => {
  beforeAll(async () => {
    try {
      dataDir = tempDir('e2e');
      if (process.env.BIRTIZIM_E2E_URL) {
        // Against a server already running with the same users (for iterating on the UI).
        serve = { url: process.env.BIRTIZIM_E2E_URL, stop: async () => undefined };
      } else {
        await Promise.all([prepareDataDir(dataDir, 1500), buildWeb()]);
        serve = await startServe(dataDir);
      }
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
      page = await context.newPage();
    } catch (error) {
      setupError = error;
    }
  });

  afterEach(async (context) => {
    // A failed step leaves a picture of what the browser showed.
    if (context.task.result?.state === 'fail' && page && !setupError) {
      await screenshot(page, `failed-${context.task.name.replace(/\W+/g, '-').slice(0, 60)}`).catch(
        () => undefined,
      );
    }
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await serve?.stop();
    if (dataDir) removeDir(dataDir);
  });

  it('signs a district officer in with a purpose and remembers the language', async () => {
    const p = ready();
    await p.goto(`${serve?.url}/login`);
    await setLanguage(p, 'ru');
    await screenshot(p, 'login-ru');
    await signIn(p, OFFICER);
    expect(await p.textContent('[data-testid="user"]')).toContain(OFFICER.login);
    // Keyboard: the page starts at its title; the skip link shows when it has the focus.
    expect(await p.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await p.focus('.skip-link');
    expect(
      await p.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1),
    ).toBeGreaterThanOrEqual(0);
    await expect(p.getByRole('link', { name: NAV_DASHBOARD.ru }).count()).resolves.toBe(1);
    await setLanguage(p, 'kk');
    await p.reload();
    await p.waitForSelector(`text=${NAV_DASHBOARD.kk}`);
    expect(await p.evaluate(() => localStorage.getItem('birtizim.lang'))).toBe('kk');
  });

  it('shows the dashboard of the officer district and drills down to findings', async () => {
    const p = ready();
    await p.goto(`${serve?.url}/dashboard`);
    await p.waitForSelector('[data-testid="family-table"]');
    await p.waitForSelector('[data-testid="chart-families"] svg');
    await shootAllLanguages(p, 'dashboard', '[data-testid="family-table"]');
    // A district officer sees only their district.
    const rows = await p.locator('[data-testid="family-table"] tbody tr').count();
    expect(rows).toBe(1);
    // A bar of the chart drills down to its findings (district and domain).
    const findBar = () =>
      p.evaluate(() => {
        // the widest shape painted in a series colour above the legend is a bar
        const chart = document.querySelector('[data-testid="chart-families"]');
        const bottom = (chart?.getBoundingClientRect().bottom ?? 0) - 48;
        const paths = [...(chart?.querySelectorAll('svg path[fill^="#"]') ?? [])];
        const boxes = paths
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 4 && r.bottom < bottom);
        const widest = boxes.sort((a, b) => b.width - a.width)[0];
        return widest ? { x: widest.x + widest.width / 2, y: widest.y + widest.height / 2 } : null;
      });
    // The bars grow in an animation (again after each language switch): measure until a bar
    // stands still, so the click lands on it and not where it was a moment ago.
    const stillBar = async (): Promise<{ x: number; y: number } | null> => {
      let bar = await findBar();
      for (let tries = 0; tries < 30; tries++) {
        await p.waitForTimeout(200);
        const again = await findBar();
        if (JSON.stringify(again) === JSON.stringify(bar)) break;
        bar = again;
      }
      return bar;
    };
    await p.locator('[data-testid="chart-families"]').scrollIntoViewIfNeeded();
    // A chart can repaint between the measure and the click (seen once in CI): measure and
    // click again, a few times, before calling the drill-down broken.
    let opened = false;
    for (let attempt = 0; attempt < 4 && !opened; attempt++) {
      const bar = await stillBar();
      expect(bar, 'a bar in the chart').not.toBeNull();
      await p.mouse.click(bar?.x ?? 0, bar?.y ?? 0);
      opened = await p.waitForURL(/\/findings\?.*family=/, { timeout: 5000 }).then(
        () => true,
        () => false,
      );
    }
    expect(opened, 'a click on a bar opens its findings').toBe(true);
    expect(p.url()).toContain(`district=${OFFICER.district}`);
    await p.goBack();
    await p.waitForSelector('[data-testid="kpi-findings"]');
    await p.click('[data-testid="kpi-findings"]');
    await p.waitForURL(/\/findings/);
    await p.waitForSelector('[data-testid="findings-table"]');
    expect(p.url()).toContain(`district=${OFFICER.district}`);
  });

  it('filters and sorts findings on the server, then opens a finding', async () => {
    const p = ready();
    await setLanguage(p, 'en');
    await p.goto(`${serve?.url}/findings`);
    await p.waitForSelector('[data-testid="findings-summary"]');
    await p.selectOption('#f-severity', 'high');
    await p.waitForURL(/severity=high/);
    // sorting works from the keyboard (headers are buttons)
    await p.focus('button.sort-button:has-text("Amount")');
    await p.keyboard.press('Enter');
    await p.waitForURL(/sort=amount&order=desc/);
    await p.waitForSelector('[data-testid="findings-table"] tbody tr');
    await shootAllLanguages(p, 'findings', '[data-testid="findings-table"]');
    await setLanguage(p, 'en');
    const districts = await p
      .locator('[data-testid="findings-table"] tbody tr td:nth-child(4)')
      .allTextContents();
    expect(districts.length).toBeGreaterThan(0);
    await p.locator('[data-testid="findings-table"] a.rule-link').first().click();
    await p.waitForSelector('[data-testid="lead-notice"]');
    expect(await p.textContent('[data-testid="lead-notice"]')).toContain('A lead, not proof');
    expect((await p.textContent('[data-testid="rule-explanation"]'))?.length ?? 0).toBeGreaterThan(20);
    await p.waitForSelector('[data-testid="evidence"]');
    await shootAllLanguages(p, 'finding', '[data-testid="evidence"]');
  });

  it('opens the person card only after asking for the purpose', async () => {
    const p = ready();
    await setLanguage(p, 'en');
    await p.goto(`${serve?.url}/findings?limit=200`);
    await p.waitForSelector('[data-testid="findings-table"] tbody td.mono');
    const subjects = await p.locator('[data-testid="findings-table"] tbody td.mono').allTextContents();
    const iin = subjects.map((s) => /\d{12}$/.exec(s.trim())?.[0]).find(Boolean);
    expect(iin, 'a finding about a person (IIN subject) in the officer district').toBeTruthy();
    await p.goto(`${serve?.url}/persons/${iin}`);
    await p.waitForSelector('[data-testid="purpose-prompt"]');
    await p.selectOption('[data-testid="purpose-prompt"] [data-testid="purpose-select"]', 'citizenRequest');
    await p.click('[data-testid="purpose-prompt"] button[type="submit"]');
    await p.waitForSelector('[data-testid="person-card"]');
    expect(await p.locator('[data-testid="registry-population"]').count()).toBe(1);
    await shootAllLanguages(p, 'person', '[data-testid="person-card"]');
  });

  it('decides a case with a reason', async () => {
    const p = ready();
    await setLanguage(p, 'en');
    await p.goto(`${serve?.url}/findings?limit=200`);
    await p.waitForSelector('[data-testid="findings-table"] a.rule-link');
    // a finding nobody has opened a case for yet (the last column is empty)
    const rows = p.locator('[data-testid="findings-table"] tbody tr').filter({
      has: p.locator('td:last-child', { hasText: /^—$/ }),
    });
    expect(await rows.count(), 'a finding without a case').toBeGreaterThan(0);
    await rows.first().locator('a.rule-link').click();
    await p.waitForSelector('[data-testid="lead-notice"]');
    const caseLink = p.locator('[data-testid="case-link"]');
    if ((await caseLink.count()) > 0) await caseLink.click();
    else await p.click('button:has-text("Open a case")');
    await p.waitForURL(/\/cases\/\d+/);
    await p.waitForSelector('[data-testid="decision-form"]');
    await p.check('input[name="decision"][value="dismissed"]');
    await p.selectOption('#reason', 'explained_by_documents');
    await p.fill('#note', 'Income certificate seen at the district office');
    await p.click('[data-testid="decision-form"] button[type="submit"]');
    await p.waitForFunction(() =>
      document.querySelector('[data-testid="case-decision"]')?.textContent?.includes('Dismissed'),
    );
    expect(await p.textContent('[data-testid="case-history"]')).toContain('Dismissed');
    await shootAllLanguages(p, 'case', '[data-testid="case-history"]');
    await p.goto(`${serve?.url}/cases/hit-rates`);
    await p.waitForSelector('[data-testid="hit-rates"]');
    await shootAllLanguages(p, 'hit-rates', '[data-testid="hit-rates"]');
  });

  it('assigns several findings at once and lists them as my cases', async () => {
    const p = ready();
    await setLanguage(p, 'en');
    await p.goto(`${serve?.url}/findings?limit=200`);
    await p.waitForSelector('[data-testid="findings-table"] a.rule-link');
    const free = p.locator('[data-testid="findings-table"] tbody tr').filter({
      has: p.locator('td:last-child', { hasText: /^—$/ }),
    });
    expect(await free.count(), 'two findings without a case').toBeGreaterThanOrEqual(2);
    await free.nth(0).locator('input[type="checkbox"]').check();
    await free.nth(1).locator('input[type="checkbox"]').check();
    await p.waitForSelector('#bulk-assignee option[value]:not([value=""])', { state: 'attached' });
    await p.selectOption('#bulk-assignee', { label: OFFICER.login });
    await p.click('form.bulk-bar button[type="submit"]');
    await p.waitForSelector('form.bulk-bar', { state: 'detached' });
    await p.goto(`${serve?.url}/cases`);
    await p.waitForSelector('[data-testid="cases-table"] tbody tr a');
    expect(await p.locator('[data-testid="cases-table"] tbody tr a').count()).toBeGreaterThanOrEqual(2);
    await shootAllLanguages(p, 'cases', '[data-testid="cases-table"]');
  });

  it('exports an outreach list of the district as XLSX', async () => {
    const p = ready();
    await setLanguage(p, 'ru');
    await p.goto(`${serve?.url}/outreach?list=osms-03`);
    await p.waitForSelector('[data-testid="outreach-table"]');
    await shootAllLanguages(p, 'outreach', '[data-testid="outreach-table"]');
    // the first list with people on it in the officer's district
    let total = 0;
    for (const list of ['osms-03', 'out-01', 'no-phc-visit']) {
      await p.goto(`${serve?.url}/outreach?list=${list}`);
      const text = (await p.locator('[data-testid="outreach-total"]').textContent()) ?? '';
      total = Number(text.replace(/\D/g, ''));
      if (total > 0) break;
    }
    expect(total, 'an outreach list with people in the district').toBeGreaterThan(0);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.click('[data-testid="export-outreach"]'),
    ]);
    const file = join(dataDir, 'outreach.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    // a header row, then every person of the list in the district
    expect(sheet?.actualRowCount).toBe(total + 1);
  });

  it('uploads a messy snapshot, follows the job and shows its quarantine', async () => {
    const p = ready();
    await p.click('[data-testid="logout"]');
    await p.waitForURL(/\/login/);
    await signIn(p, ANALYST);
    await setLanguage(p, 'en');
    const files = await messySnapshot(join(dataDir, 'messy'));
    await p.goto(`${serve?.url}/imports`);
    await shootAllLanguages(p, 'imports', '[data-testid="import-files"]');
    await setLanguage(p, 'en');
    await p.setInputFiles('[data-testid="import-files"]', files);
    await p.click('button:has-text("Upload and verify")');
    await p.waitForURL(/\/imports\/[0-9a-f-]+/);
    await p.waitForSelector(
      '[data-testid="import-status"][data-status="succeeded"], [data-testid="import-status"][data-status="failed"]',
      {
        timeout: 120_000,
      },
    );
    expect(await p.getAttribute('[data-testid="import-status"]', 'data-status')).toBe('succeeded');
    await shootAllLanguages(p, 'import-job', '[data-testid="import-status"]');
    await p.waitForSelector('[data-testid="load-summary"], [role="alert"]');
    expect(
      await p.locator('[data-testid="load-summary"]').count(),
      'GET /api/imports/:jobId/summary is needed (web/API-NEEDS.md)',
    ).toBe(1);
    await p.waitForSelector('[data-testid="quarantine-table"], [role="alert"]');
    expect(
      await p.locator('[data-testid="quarantine-table"] tbody tr').count(),
      'GET /api/imports/:jobId/quarantine is needed (web/API-NEEDS.md)',
    ).toBeGreaterThan(0);
    // registry, file, line, column, value, reason: where each rejected row is and why
    const [registry, file, line, , , reason] = await p
      .locator('[data-testid="quarantine-table"] tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(registry).toMatch(/^[a-z_]+$/);
    expect(file).toMatch(/\.(csv|xlsx)$/);
    expect(Number(line)).toBeGreaterThan(1);
    expect(reason?.trim().length ?? 0).toBeGreaterThan(3);
    const quarantined = await p
      .locator('[data-testid="load-summary"] tbody td.warning-cell')
      .allTextContents();
    expect(quarantined.length, 'the load summary shows the files with quarantined rows').toBeGreaterThan(0);
    await shootAllLanguages(p, 'import-quarantine', '[data-testid="quarantine-table"]');
  });
});
