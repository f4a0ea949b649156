import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Counterparty } from '../../src/model/counterparty.js'
import type { WatchAlert } from '../../src/model/watch-alert.js'
import { rescreenSource } from '../../src/service/changes/rescreen.js'
import { screenCounterparties } from '../../src/service/changes/screen-counterparties.js'
import { sharedFile } from '../../src/sources/common/shared-data.js'
import { readDataset } from '../../src/sources/detect/read-dataset.js'
import { openStore } from '../../src/store/open-store.js'
import { tempDb, testFactories } from '../support/cli.js'
import { createTempDatabase } from '../support/postgres.js'

/**
 * Done-when test of issue 5: 10,000 monitored counterparties, a real dated SDN change, and exactly the
 * expected alerts. The exact-name test matcher keeps the expectations crisp; the pipeline (diff, delta
 * planning, reconcile, commit) is the product's.
 */
const V = (d: string) => sharedFile(`ofac_sdn/versions/sdn_${d}.csv`)
const negatives = sharedFile('negatives/synthetic_persons_us_50k.csv')
const have = ['2024-02-27', '2024-02-28', '2024-05-02', '2024-05-03'].every((d) => V(d)) && negatives
const options = {
  factories: testFactories,
  actor: 'test',
  now: () => new Date('2024-06-01T00:00:00Z'),
  endpoints: [],
}

function counterparties(planted: string[], count = 10_000): Counterparty[] {
  const names = readFileSync(negatives!, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!)
  const out: Counterparty[] = planted.map((name, i) => ({ id: `P${String(i).padStart(3, '0')}`, name }))
  for (let i = 0; out.length < count; i++) out.push({ id: `N${String(i).padStart(5, '0')}`, name: names[i]! })
  return out
}

const read = new Map<string, ReturnType<typeof readDataset>>()
const version = (d: string) => {
  if (!read.has(d)) read.set(d, readDataset(V(d)!))
  return read.get(d)!
}

async function monitor(
  before: string,
  after: string,
  planted: string[],
  mode: 'delta' | 'full',
  at: { url: string; count?: number } = { url: tempDb() },
) {
  const store = await openStore(at.url)
  try {
    await store.importDataset(await version(before))
    const people = counterparties(planted, at.count)
    const { added } = await store.watch.upsertCounterparties(people, options.now())
    const first = await screenCounterparties(store, added, options)
    await store.importDataset(await version(after))
    const report = await rescreenSource(store, 'ofac_sdn', { ...options, mode })
    const alerts = await store.watchAlerts.list()
    const raised = alerts.filter((a) => a.versionId === report.toVersionId && a.previousVersionId)
    return { first, report, raised, change: await store.changes.list({ source: 'ofac_sdn' }) }
  } finally {
    await store.close()
  }
}

const PLANTED = [
  'CEVICHERIA LA CONCHA',
  'PARADA RODRIGUEZ, Alex Oswaldo',
  'SUNIGA RODRIGUEZ, Erik Salvador',
  'CONDADO REAL',
  'CONSTRUHOGAR',
  'IMPORTADORA JIREH',
  'WIV, SOCIEDAD ANONIMA',
  'MORALES CIFUENTES, Juan Jose',
  'OCHOA VILLAGRAN, Erick Manuel',
  'SUNIGA MORFIN, Isel Aneli',
  'SUNIGA RODRIGUEZ DRUG TRAFFICKING ORGANIZATION',
  'MORALES CIFUENTES DTO',
  'BANCO NACIONAL DE CUBA',
]

const summary = (alerts: WatchAlert[]) =>
  alerts.map((a) => `${a.kind} ${a.counterpartyId} ${a.entityId} ${a.details.reason}`).sort()

describe.skipIf(!have)('monitoring 10,000 counterparties across a real SDN change', () => {
  it('2024-02-27 -> 02-28: seven new, three cleared, one changed and one newly matching; delta equals full', async () => {
    const delta = await monitor('2024-02-27', '2024-02-28', PLANTED, 'delta')
    expect(delta.first.screened).toBe(10_000)
    expect(delta.first.alerts.new).toBe(5) // the three later removed, the renamed organisation, the bank
    expect(delta.report).toMatchObject({
      mode: 'delta',
      counterparties: 10_000,
      alerts: { new: 8, cleared: 3, changed: 1 },
    })
    expect(delta.report.screened).toBeLessThan(20)
    // The index brings the names sharing a word with the change (Juan, Jose, Manuel...), not all 10,000.
    expect(delta.report.reached).toBeGreaterThan(0)
    expect(delta.report.reached).toBeLessThan(2_500)
    expect(summary(delta.raised)).toEqual([
      'changed P010 SDN:26785 name, remarks, aliases, programs changed',
      'cleared P000 SDN:26808 delisted from SDN',
      'cleared P001 SDN:26790 delisted from SDN',
      'cleared P002 SDN:26784 delisted from SDN',
      'new P003 SDN:44119 newly listed on SDN',
      'new P004 SDN:44227 newly listed on SDN',
      'new P005 SDN:38939 newly listed on SDN',
      'new P006 SDN:44118 newly listed on SDN',
      'new P007 SDN:37976 newly listed on SDN',
      'new P008 SDN:39197 newly listed on SDN',
      'new P009 SDN:34916 newly listed on SDN',
      'new P011 SDN:26785 matches since the entry changed (name, remarks, aliases, programs changed)',
    ])
    expect(delta.change).toHaveLength(1)
    const full = await monitor('2024-02-27', '2024-02-28', PLANTED, 'full')
    expect(full.report).toMatchObject({ mode: 'full', screened: 10_000 })
    expect(summary(full.raised)).toEqual(summary(delta.raised))
  })

  it('2024-05-02 -> 05-03: the eight delisted aircraft and their owner are cleared, nothing else', async () => {
    const removed = [
      '9H-AMN',
      '9H-ARK',
      '9H-EAA',
      '9H-MAO',
      '9H-SIS',
      '9H-SSK',
      '9H-TIO',
      'EMPEROR AVIATION LTD',
    ]
    const { report, raised } = await monitor(
      '2024-05-02',
      '2024-05-03',
      [...removed, 'BANCO NACIONAL DE CUBA'],
      'delta',
    )
    expect(report.alerts).toEqual({ new: 0, cleared: 8, changed: 0 })
    expect(raised.map((a) => a.counterpartyId).sort()).toEqual([
      'P000',
      'P001',
      'P002',
      'P003',
      'P004',
      'P005',
      'P006',
      'P007',
    ])
    expect(raised.every((a) => a.details.reason === 'delisted from SDN')).toBe(true)
  })
})

describe.skipIf(!have)('delta equals full on PostgreSQL too', () => {
  it('2024-02-27 -> 02-28 with 2,000 counterparties', async () => {
    const run = async (mode: 'delta' | 'full') => {
      const db = await createTempDatabase()
      try {
        return await monitor('2024-02-27', '2024-02-28', PLANTED, mode, { url: db.url, count: 2_000 })
      } finally {
        await db.drop()
      }
    }
    const delta = await run('delta')
    const full = await run('full')
    expect(delta.report).toMatchObject({ mode: 'delta', alerts: { new: 8, cleared: 3, changed: 1 } })
    expect(delta.report.reached).toBeLessThan(1_000)
    expect(full.report).toMatchObject({ mode: 'full', screened: 2_000 })
    expect(summary(delta.raised)).toEqual(summary(full.raised))
  })
})
