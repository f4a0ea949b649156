import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MATCHER_VERSION } from '../../src/match/defaults.js'
import type { EvidenceReport } from '../../src/report/model.js'
import { renderReport } from '../../src/report/render.js'
import { engineFromStore } from '../../src/service/open-engine.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { pdfPages, pdfText } from '../support/pdf-text.js'
import { at, reportFactories, reviewedHistory, screenAndRaise } from '../support/report-scenario.js'

let db: string
let alertId: string
const out = (name: string) => join(tmpdir(), `tc-report-${process.pid}-${name}.pdf`)
const run = (argv: string[]) => runCli(argv, { db, today: '2026-03-10', actor: 'auditor' })

beforeAll(async () => {
  db = tempDb()
  const store = await openStore(db)
  alertId = (await reviewedHistory(store)).alertId
  const engine = await engineFromStore(store, reportFactories, { closeStore: false })
  await screenAndRaise(
    store,
    engine,
    { name: 'Иванов Сергей Петрович', type: 'person' },
    at('2026-03-08T10:00:00Z'),
    'CP-7',
  )
  await screenAndRaise(store, engine, { name: 'محمد بن سلمان للتجارة' }, at('2026-03-08T11:00:00Z'), 'CP-7')
  await store.close()
})

describe('PDF reports, opened with a PDF reader and their text checked', () => {
  it('an alert report carries the query, the entry, the versions, the trail and the chain status', async () => {
    const file = out('alert')
    const r = await run(['report', 'alert', alertId, '--format', 'pdf', '--output', file])
    expect([r.code, r.err]).toEqual([0, expect.stringContaining(`wrote pdf report to ${file}`)])
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    const text = pdfText(file)
    for (const expected of [
      `Evidence report: alert ${alertId}`,
      'Audit log verifies',
      '中国电子科技集团公司第十四研究所', // the query and the entry, in Chinese script
      'CETC 14th Research Institute',
      'Presumption of denial.',
      '83 FR 48532',
      'EAR744',
      `tradecontrols 0.1.0 / ${MATCHER_VERSION}`,
      'decided false-positive with an allow rule: our',
      'release confirmed by a second reviewer',
      'carla',
      'new address Nanjing, CN',
      're-opened (was closed)',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('†')
    expect(text).toMatch(/#2 [0-9a-f]{12}/)
  })

  it('a counterparty report shows Cyrillic and Arabic names as written', async () => {
    const file = out('counterparty')
    const r = await run(['report', 'counterparty', '--id', 'CP-7', '--output', file])
    expect(r.code).toBe(0)
    const text = pdfText(file, { layout: true })
    expect(text).toContain('Иванов Сергей Петрович')
    expect(text).toContain('محمد بن سلمان للتجارة')
    expect(text).toMatch(/Alerts in this report\s+2/)
    expect(pdfPages(file)).toBeGreaterThanOrEqual(2)
  })

  it('a counterparty report lists its screenings, the clear ones too', async () => {
    const name = 'Blue Harbour Cosmetics GmbH'
    expect((await runCli(['screen', name, '--country', 'DE'], { db, actor: 'ana' })).code).toBe(0)
    const file = out('clear')
    const r = await run(['report', 'counterparty', '--name', name, '--country', 'DE', '--output', file])
    expect([r.code, r.err]).toEqual([0, expect.stringContaining('wrote pdf report')])
    const text = pdfText(file, { layout: true })
    expect(text).toMatch(/Screenings recorded\s+1/)
    expect(text).toMatch(/ana\s+Blue Harbour\s+clear\s+us_csl 2026-03-\d\d \(us_csl-/)
  })

  it('without fonts, transliterates what Helvetica cannot show, and says so', async () => {
    const json = await run(['report', 'counterparty', '--id', 'CP-7', '--format', 'json'])
    const rendered = await renderReport(JSON.parse(json.out) as EvidenceReport, 'pdf', { fonts: {} })
    const file = out('plain')
    writeFileSync(file, rendered.body)
    const text = pdfText(file, { layout: true })
    expect(text).toContain('Ivanov Sergey Petrovich†')
    expect(text).toContain('mhmd bn slmn lltjrh†')
    expect(text).toContain('† Shown transliterated into Latin letters')
  })

  it('a summary report gives the period figures', async () => {
    const file = out('summary')
    const r = await run(['report', 'summary', '--from', '2026-03-01', '--to', '2026-03-31', '--output', file])
    expect(r.code).toBe(0)
    const text = pdfText(file, { layout: true })
    expect(text).toContain('Screening and review summary: 2026-03-01 to 2026-03-31')
    expect(text).toMatch(/screen\s+3\s+3/)
    expect(text).toMatch(/false-positive\s+1\s+4 ?h\s+4 ?h/)
    expect(text).toContain('Open alerts by age (3 open at 2026-03-10T12:00:00.000Z)')
  })
})
