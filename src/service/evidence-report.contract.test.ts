import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, reportFactories, reviewedHistory, screenAndRaise } from '../../test/support/report-scenario.js'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import { DEFAULT_THRESHOLD, MATCHER_VERSION } from '../match/defaults.js'
import type { KyselyStore } from '../store/kysely-store.js'
import { alertReport, counterpartyReport } from './evidence-report.js'
import { engineFromStore } from './open-engine.js'
import { periodSummary } from './summary-report.js'

const ctx = { now: at('2026-03-10T12:00:00Z'), actor: 'auditor' }

describe.each(STORE_ENGINES)('Evidence reports on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  let alertId: string
  beforeAll(async () => {
    store = getStore()
    const history = await reviewedHistory(store)
    alertId = history.alertId
    // A second party, screened later and still open: for the summary's open alerts.
    await screenAndRaise(
      store,
      history.engine,
      { name: 'Иванов Сергей Петрович' },
      at('2026-03-08T10:00:00Z'),
    )
  })

  it('gives an alert its query, match explanation, listed entry, data versions and full trail', async () => {
    const report = await alertReport(store, alertId, ctx)
    const [e] = report.alerts
    expect(report.subject).toMatchObject({ counterpartyId: 'CP-0042', key: 'cp:CP-0042' })
    expect(e!.screening).toMatchObject({
      query: { name: '中国电子科技集团公司第十四研究所', country: 'CN' },
      caller: 'ana',
      engine: '0.1.0',
      matcher: MATCHER_VERSION,
      threshold: DEFAULT_THRESHOLD,
      matchCount: 1,
    })
    expect(e!.match).toMatchObject({
      entityId: 'EL:h1',
      licensePolicy: 'Presumption of denial.',
      federalRegister: ['83 FR 48532'],
    })
    expect(e!.match!.explanation.tokens.length).toBeGreaterThan(0)
    expect(e!.entry).toMatchObject({
      list: 'EL',
      programs: ['EAR744'],
      federalRegister: ['83 FR 48532'],
      addresses: [],
    })
    expect(e!.versions).toEqual([
      expect.objectContaining({
        source: 'us_csl',
        published: '2026-03-02',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ])
    expect(e!.trail.map((s) => [s.action, s.actor])).toEqual([
      ['raised', 'ana'],
      ['decided', 'bob'],
      ['confirmed', 'carla'],
      ['allow.created', 'carla'],
      ['allow.lapsed', 'system'],
      ['reopened', 'system'],
    ])
    expect(e!.trail[1]!.text).toContain('release awaits a second reviewer')
    expect(e!.trail[4]!.text).toContain('new address Nanjing, CN')
    // Every audited step names its entry in the chain, in chain order.
    const seqs = e!.trail.slice(1).map((s) => s.audit?.seq)
    expect(seqs.every((s) => typeof s === 'number')).toBe(true)
    expect([...seqs].sort((a, b) => a! - b!)).toEqual(seqs)
    expect(e!.trail[0]!.audit).toBeNull()
    expect(report.chain).toMatchObject({ ok: true })
    expect(e!.rules).toEqual([expect.objectContaining({ status: 'lapsed', createdBy: 'carla' })])
  })

  it('gathers a counterparty by its id, and an ad-hoc party by its screened name', async () => {
    const byId = await counterpartyReport(store, { counterpartyId: 'CP-0042' }, ctx)
    expect(byId.alerts.map((a) => a.alert.id)).toEqual([alertId])
    const byName = await counterpartyReport(store, { query: { name: 'иванов  сергей петрович' } }, ctx)
    expect(byName.alerts.map((a) => a.alert.entityId)).toEqual(['SDN:1001'])
    expect(byName.screenings).toEqual([
      expect.objectContaining({ name: 'Иванов Сергей Петрович', matchCount: 1, caller: 'ana' }),
    ])
    await expect(counterpartyReport(store, { counterpartyId: 'nobody' }, ctx)).rejects.toThrow(
      'no screenings or alerts for this counterparty',
    )
  })

  it("lists a party's clear screenings too: the file shows it was screened, when and on which data", async () => {
    const engine = await engineFromStore(store, reportFactories, { closeStore: false })
    const query = { name: 'Blue Harbour Cosmetics GmbH', country: 'DE' }
    expect(await screenAndRaise(store, engine, query, at('2026-04-05T09:00:00Z'))).toEqual([])
    const report = await counterpartyReport(
      store,
      { query: { ...query, name: 'blue harbour cosmetics gmbh' } },
      ctx,
    )
    expect(report.alerts).toEqual([])
    expect(report.subject.query).toMatchObject({ country: 'DE' })
    expect(report.screenings).toEqual([
      {
        recordId: expect.stringMatching(/^rec_/),
        at: '2026-04-05T09:00:00.000Z',
        caller: 'ana',
        name: 'Blue Harbour Cosmetics GmbH',
        matchCount: 0,
        data: [expect.stringMatching(/^\w+ \d{4}-\d{2}-\d{2} \(.+\)$/)],
        resultHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ])
  })

  it('summarises a period: screenings, hits, alerts by list, decisions, time to decision, open alerts', async () => {
    const period = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' }
    const s = await periodSummary(store, period, ctx)
    expect(s.screenings).toEqual([{ kind: 'screen', total: 2, attention: 2 }])
    expect(s.alertsRaised).toEqual([
      { list: 'EL', raised: 1, suppressed: 0 },
      { list: 'SDN', raised: 1, suppressed: 0 },
    ])
    expect(s.decisions).toEqual([{ decision: 'false-positive', count: 1 }])
    expect(s.timeToDecision).toMatchObject({ count: 1, medianSeconds: 4 * 3600, p90Seconds: 4 * 3600 })
    // Age counts from raising: the Ivanov alert is 2 days old, the re-opened one was raised a week ago.
    expect(s.openAlerts.total).toBe(2)
    expect(s.openAlerts.byAge.map((b) => b.count)).toEqual([0, 1, 1, 0, 0])
  })

  it('says so when the audit chain no longer verifies', async () => {
    await store.transaction((db) =>
      sql`update audit_log set actor = 'mallory' where seq = (select min(seq) from audit_log where action = 'alert.decided')`.execute(
        db,
      ),
    )
    const report = await alertReport(store, alertId, ctx)
    expect(report.chain).toMatchObject({ ok: false, problem: expect.stringContaining('was altered') })
  })
})
