import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { listen, type RunningServer } from '../../src/api/server.js'
import { defaultWebRoot } from '../../src/api/web-root.js'
import { factories } from '../../src/cli/default-deps.js'
import { bundledDatasets } from '../../src/service/bundled.js'
import type { LoadedEngine } from '../../src/service/loaded-engine.js'
import { engineFromStore } from '../../src/service/open-engine.js'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'
import { HAVE_BROWSER, launchBrowser } from '../support/browser.js'
import { recordDiff } from '../support/changes.js'
import { dataset } from '../support/fixtures.js'
import { pdfText } from '../support/pdf-text.js'

/** Screenshots go to test-results/ on every run, and to docs/screenshots with `npm run screenshots`. */
const SHOTS = process.env.TC_SCREENSHOTS ?? join('test-results', 'screenshots')
/** Downloaded reports, read back with pdftotext. */
const downloads = mkdtempSync(join(tmpdir(), 'tc-web-downloads-'))

/** The web UI in real headless Chromium against a real server over the bundled list snapshot. */
describe.skipIf(!HAVE_BROWSER)('web UI in headless Chromium', () => {
  let store: KyselyStore
  let engine: LoadedEngine
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let key = ''
  const outside: string[] = []

  beforeAll(async () => {
    const webRoot = defaultWebRoot()
    if (!webRoot) throw new Error('web/dist is missing: run npm run build first')
    store = await openStore('sqlite::memory:')
    for (const { path } of await bundledDatasets())
      await store.importDataset(await factories.readDataset(path))
    engine = await engineFromStore(store, factories, { closeStore: false })
    await recordEarlierVersions(store)
    key = (await store.keys.create({ name: 'Ana Reviewer', role: 'reviewer', actor: 'test' })).secret
    const created = createApp({
      store,
      engine: () => engine,
      now: () => new Date('2026-08-10T12:00:00Z'),
      log: () => undefined,
      options: { webRoot },
      factories,
    })
    server = await listen(created, 0, '127.0.0.1')
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true })
    // No request may leave the machine: fonts and scripts are all served by the app.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue()
      outside.push(url)
      return route.abort()
    })
    page = await context.newPage()
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close(100)
    await store?.close()
  })

  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })

  it('asks for a key, refuses a wrong one and signs in with a good one', async () => {
    await page.goto(`${server.url}/ui/`)
    await page.getByLabel('API key').fill('tc_k0000000000_wrong')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not valid/)
    await page.getByLabel('API key').fill(key)
    await shot('01-login')
    await page.getByLabel('API key').press('Enter')
    await page.getByRole('heading', { name: 'Screen a party' }).waitFor()
    expect(await page.locator('.who').textContent()).toMatch(/Ana Reviewer\s*reviewer/)
  })

  it('screens a name and shows the match, the matched alias highlighted and the explanation', async () => {
    await page.getByLabel('Name').fill('Huawei Technologies Co Ltd')
    await page.getByLabel('Country').fill('CN')
    await page.getByRole('button', { name: 'Screen' }).click()
    const verdict = page.locator('.verdict')
    await verdict.waitFor()
    expect(await verdict.textContent()).toMatch(/match/)
    const el = page.locator('article.match', { has: page.locator('.list', { hasText: /^EL$/ }) }).first()
    expect(await el.locator('h3').textContent()).toMatch(/Huawei/)
    expect(await el.locator('h3 mark').count()).toBeGreaterThan(0)
    expect(await el.locator('.why table tbody tr').count()).toBeGreaterThan(0)
    expect(await page.locator('.data').textContent()).toMatch(/us_csl published 2026-07-31 \(10 days old\)/)
    await shot('02-screen')
    // Keyboard only: a clear name, submitted with Enter from the name field.
    await page.getByLabel('Name').fill('Acme Widgets of Ohio')
    await page.getByLabel('Country').fill('')
    await page.getByLabel('Name').press('Enter')
    await expect.poll(() => verdict.textContent()).toMatch(/Clear/)
  })

  it('shows the API’s refusal naming the field', async () => {
    await page.getByLabel('Name').fill('Someone')
    await page.getByLabel('Date of birth').fill('1990-02-31')
    await page.getByRole('button', { name: 'Screen' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/dob.*real date/)
    await page.getByLabel('Date of birth').fill('')
  })

  it('uploads a batch, watches the progress bar reach 100 % and filters and downloads the results', async () => {
    await page.getByRole('link', { name: 'Batch' }).click()
    const names = [
      'Huawei Technologies',
      'Acme Widgets',
      'Rosoboronexport',
      'Blue Sky Farms',
      'ZTE Corporation',
    ]
    const rows = Array.from(
      { length: 300 },
      (_, i) => `row-${i + 1},${names[i % names.length]} ${i % 7 ? '' : 'Ltd'},`,
    )
    rows.splice(10, 0, 'row-bad,,XX')
    await page.getByLabel('File').setInputFiles({
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`id,name,country\n${rows.join('\n')}\n`),
    })
    await page.getByRole('button', { name: 'Upload and screen' }).click()
    const bar = page.getByRole('progressbar')
    await bar.waitFor()
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('100')
    await page.locator('table.grid tbody tr').first().waitFor()
    expect(await page.locator('.progress-label').textContent()).toMatch(/301 of 301 rows — done/)
    await page.getByLabel('Show').selectOption('error')
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBe(1)
    expect(await page.locator('table.grid tbody tr').first().textContent()).toMatch(/row-bad.*error/)
    await page.getByLabel('Show').selectOption('match')
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBeGreaterThan(0)
    await shot('03-batch', false)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('suppliers-results.csv')
  })

  it('runs a licence determination and shows the decision, reasons and citations', async () => {
    await page.getByRole('link', { name: 'Licence' }).click()
    await page.getByLabel('Item (ECCN or EAR99)').fill('EAR99')
    await page.getByLabel('Destination').fill('China')
    await page.getByRole('button', { name: 'Determine' }).click()
    const verdict = page.locator('.verdict')
    await expect.poll(() => verdict.textContent()).toMatch(/No licence required/)
    await page.getByLabel('Item (ECCN or EAR99)').fill('3A090.a')
    await page.getByLabel(/^Parties/).fill('Huawei Technologies @CN')
    await page.getByRole('checkbox', { name: 'military', exact: true }).check()
    await page.getByRole('button', { name: 'Determine' }).click()
    await expect.poll(() => verdict.textContent()).toMatch(/Licence required/)
    const reasons = page.locator('table.reasons tbody')
    expect(await reasons.textContent()).toMatch(/15 CFR 744\.11/)
    expect(await page.locator('table.reasons tbody tr').count()).toBeGreaterThan(3)
    await shot('06-determine')
  })

  it('works the review queue: the screenings above raised alerts, a reviewer decides one', async () => {
    await page.getByRole('link', { name: 'Review' }).click()
    const rows = page.locator('table.grid tbody tr')
    await rows.first().waitFor()
    const before = await rows.count()
    await rows.first().getByRole('button', { name: 'Decide' }).click()
    await page.getByLabel('Decision').selectOption('true-match')
    await page.getByLabel('Reason (required)').fill('Same company and address as the listed entry')
    await shot('07-review')
    await page.getByRole('button', { name: 'Record decision' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/true-match/)
    await expect.poll(() => rows.count()).toBe(before - 1)
  })

  it("downloads an alert's evidence as a PDF from the review queue", async () => {
    const rows = page.locator('table.grid tbody tr')
    await rows.first().getByRole('button', { name: 'Decide' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download evidence (PDF)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^alert-alr_\w+\.pdf$/)
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    const text = pdfText(file)
    expect(text).toContain('Evidence report: alert alr_')
    expect(text).toContain('Audit log verifies')
  })

  it('releases a false positive with an allow rule, then revokes the rule with a reason', async () => {
    await page.getByLabel('Decision').selectOption('false-positive')
    await page.getByLabel('Reason (required)').fill('Different company: other address and registration')
    await page.getByRole('checkbox', { name: /allow this party/ }).check()
    await page.getByRole('button', { name: 'Record decision' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/false-positive/)
    await page.getByRole('link', { name: 'Allow rules' }).click()
    const revoke = page.getByRole('button', { name: /^Revoke the rule for/ })
    await revoke.first().waitFor()
    expect(await page.locator('table.allow-rules tbody tr').first().textContent()).toMatch(
      /Different company.*active/,
    )
    await revoke.first().click()
    await page.getByLabel('Reason (required)').fill('Customer relationship ended; screen afresh')
    await shot('10-allow-rules')
    await page.getByRole('button', { name: 'Revoke rule' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Revoked the rule for/)
    await expect.poll(() => page.locator('.hint', { hasText: 'No active rules.' }).count()).toBe(1)
    await page.getByLabel('Status').selectOption('revoked')
    await expect.poll(() => page.locator('table.allow-rules tbody tr').count()).toBe(1)
  })

  it('imports counterparties from a CSV file and shows them, their matches and the watch alerts', async () => {
    await page.getByRole('link', { name: 'Counterparties' }).click()
    await page.getByLabel('Counterparty file').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,name,country\nCP-1,"Huawei Technologies Co., Ltd.",CN\nCP-2,Acme Widgets of Ohio,US\nCP-3,Rosoboronexport,RU\n',
      ),
    })
    await page.getByRole('button', { name: 'Import and screen' }).click()
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/Imported 3 counterparties \(3 added/)
    const rows = page.locator('table.counterparties tbody tr')
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.nth(1).textContent()).toMatch(/CP-2.*Acme Widgets of Ohio.*US.*0$/)
    await page.getByRole('button', { name: /matches of Huawei/ }).click()
    await expect.poll(() => page.locator('ul.cp-matches li').count()).toBeGreaterThan(0)
    const alerts = page.locator('table.watch-alerts tbody tr')
    await expect.poll(() => alerts.count()).toBeGreaterThan(1)
    expect(await alerts.first().textContent()).toMatch(/new/)
    await shot('11-counterparties')
  })

  it('shows the audit log, filters it by action, verifies the chain and downloads a summary', async () => {
    await page.getByRole('link', { name: 'Audit' }).click()
    const rows = page.locator('table.audit tbody tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(3)
    await page.getByLabel('Action').fill('allow.revoked')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().textContent()).toMatch(
      /Ana Reviewer.*allow\.revoked.*Customer relationship ended/,
    )
    await page.getByLabel('Action').fill('')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect.poll(() => rows.count()).toBeGreaterThan(3)
    await page.getByRole('button', { name: 'Verify chain' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Chain intact: \d+ entries/)
    await page.getByLabel('From').fill('2026-08-01')
    await page.getByLabel('To (included)').fill('2026-08-10')
    await shot('09-audit')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download summary' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('summary-2026-08-01-to-2026-08-10.pdf')
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    expect(pdfText(file)).toMatch(/2026-08-01/)
  })

  it('charts the list changes over time by list and by country', async () => {
    await page.getByRole('link', { name: 'Changes' }).click()
    await page.getByRole('heading', { name: 'Over time, by list' }).waitFor()
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThan(2)
    expect(await page.locator('table.country-bars tbody tr').count()).toBeGreaterThan(3)
    expect(await page.locator('table.grid tbody tr').count()).toBe(2)
    await shot('08-changes')
  })

  it('shows list status with the data age', async () => {
    await page.getByRole('link', { name: 'Lists' }).click()
    await page.getByRole('heading', { name: 'us_csl' }).waitFor()
    const csl = page.locator('article.list-card', { has: page.getByRole('heading', { name: 'us_csl' }) })
    expect(await csl.locator('.age-badge').textContent()).toMatch(/10 days old/)
    expect(await page.locator('table.bars tbody tr').count()).toBeGreaterThan(3)
    await shot('04-lists')
  })

  it('renders the API reference from the OpenAPI document', async () => {
    await page.getByRole('link', { name: 'API' }).click()
    await page.getByRole('heading', { name: /tradecontrols API/ }).waitFor()
    const op = page.locator('details.op', { hasText: '/v1/screen' }).first()
    await op.locator('summary').click()
    expect(await op.textContent()).toMatch(/Request body \(application\/json\)/)
    await shot('05-reference')
  })

  it('labels every form control and made no request outside the server', async () => {
    for (const [link, heading] of [
      ['Audit', 'Audit log'],
      ['Allow rules', 'Allow rules'],
      ['Counterparties', 'Counterparties'],
      ['Screen', 'Screen a party'],
    ] as const) {
      await page.getByRole('link', { name: link }).click()
      await page.getByRole('heading', { name: heading, exact: true }).waitFor()
      // A string, because the test code is typed for Node, not the DOM.
      const unlabeled = await page.evaluate(
        "[...document.querySelectorAll('input, select, textarea')].filter((el) => !el.labels?.length && !el.getAttribute('aria-label')).length",
      )
      expect([link, unlabeled]).toEqual([link, 0])
    }
    expect(outside).toEqual([])
  })
})

/**
 * Two earlier versions of the bundled CSL (not in force), made from it by leaving entries out and adding a few
 * that are gone again, and the changes between them and the current one, as `lists update` records them.
 */
async function recordEarlierVersions(store: KyselyStore): Promise<void> {
  const current = (await store.activeVersions()).find((v) => v.source === 'us_csl')!
  const all = await store.loadEntities(current.id)
  const laterAdded = new Set(all.filter((_, i) => i % 97 === 0).map((e) => e.id))
  const addedBefore = new Set(all.filter((_, i) => i % 89 === 1).map((e) => e.id))
  const gone = all.slice(0, 25).map((e) => ({ ...e, id: `${e.id}-old`, sourceId: `${e.sourceId}-old` }))
  const b = all.filter((e) => !laterAdded.has(e.id))
  const a = [...b.filter((e) => !addedBefore.has(e.id)), ...gone]
  const imported = async (published: string, entities: typeof all) =>
    (await store.importDataset(dataset('us_csl', published, entities), { activate: false })).version
  const va = await imported('2026-07-10', a)
  const vb = await imported('2026-07-24', b)
  await recordDiff(store, va, vb)
  await recordDiff(store, vb, current)
}
