import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLD } from '../../src/match/defaults.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { reviewedHistory } from '../support/report-scenario.js'

let db: string
let alertId: string

beforeAll(async () => {
  db = tempDb()
  const store = await openStore(db)
  alertId = (await reviewedHistory(store)).alertId
  await store.close()
})

const run = (argv: string[]) => runCli(argv, { db, today: '2026-03-10', actor: 'auditor' })

describe('report alert / counterparty / summary (JSON and CSV)', () => {
  it('prints an alert report as JSON', async () => {
    const r = await run(['report', 'alert', alertId, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(report).toMatchObject({ kind: 'alert', meta: { generatedBy: 'auditor' }, chain: { ok: true } })
    expect(report.alerts[0].trail.map((s: { action: string }) => s.action)).toContain('confirmed')
  })

  it('writes a counterparty report as long-format CSV, format taken from the file name', async () => {
    const file = join(tmpdir(), `report-${process.pid}.csv`)
    const r = await run(['report', 'counterparty', '--id', 'CP-0042', '--output', file])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^wrote csv report to .*report-\d+\.csv \(\d+ bytes\)\n$/)
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    expect(lines[0]).toBe('alert_id,section,item,field,value')
    expect(lines).toContain(',subject,,counterparty_id,CP-0042')
    expect(lines).toContain(`${alertId},entry,EL:h1,federal_register,83 FR 48532`)
    expect(
      lines.some(
        (l) => l.startsWith(`${alertId},screening,rec_`) && l.endsWith(`,threshold,${DEFAULT_THRESHOLD}`),
      ),
    ).toBe(true)
    expect(lines.some((l) => l.startsWith(`${alertId},trail,`) && l.endsWith(',actor,carla'))).toBe(true)
    expect(lines).toContain(',audit_chain,,verifies,true')
  })

  it('summarises a period given as inclusive days', async () => {
    const r = await run([
      'report',
      'summary',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--format',
      'csv',
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain('period,,to_exclusive,2026-04-01T00:00:00.000Z')
    expect(r.out).toContain('screenings,screen,total,1')
    expect(r.out).toContain('decisions,false-positive,count,1')
    expect(r.out).toContain('time_to_decision,all,median_seconds,14400')
  })

  it('refuses bad input with one line naming the flag, exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['report', 'alert', alertId, '--format', 'xml'],
        'error: --format: must be pdf, csv or json, not "xml"',
      ],
      [['report', 'alert', alertId, '--format', 'pdf'], 'error: --output: is required for a PDF report'],
      [['report', 'alert', 'alr_nope'], 'error: ALERT_ID: no alert alr_nope'],
      [['report', 'counterparty'], 'error: --id: give --id ID or --name NAME'],
      [
        ['report', 'counterparty', '--id', 'a', '--name', 'b'],
        'error: --id: give either --id or --name, not both',
      ],
      [
        ['report', 'counterparty', '--name', 'x', '--country', 'China'],
        'error: --country: must be a two-letter ISO country code',
      ],
      [
        ['report', 'summary', '--from', '2026-02-30', '--to', '2026-03-01'],
        'error: --from: must be a date YYYY-MM-DD, not "2026-02-30"',
      ],
      [
        ['report', 'summary', '--from', '2026-03-02', '--to', '2026-03-01'],
        'error: --to: must not be before --from (2026-03-02)',
      ],
    ]
    for (const [argv, message] of cases) {
      const r = await run(argv)
      expect([r.code, r.err.trim()]).toEqual([2, message])
    }
    const missing = await run(['report', 'summary', '--from', '2026-03-01'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain("'--to <YYYY-MM-DD>' not specified")
  })
})
