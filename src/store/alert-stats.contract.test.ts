import { beforeAll, describe, expect, it } from 'vitest'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import type { Alert } from '../model/alert.js'
import type { KyselyStore } from './kysely-store.js'

function alert(id: string, list: string, createdAt: string, status: Alert['status'] = 'open'): Alert {
  const query = { name: `party ${id}` }
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    kind: 'match',
    status,
    subject: { query, key: `q:party ${id}||` },
    entityId: `${list}:${id}`,
    list,
    entityName: `Listed ${id}`,
    matchedName: `Listed ${id}`,
    score: 0.9,
    countries: [],
  }
}

const event = (a: Alert, at: string, action: string, details: Record<string, unknown> = {}) => ({
  alertId: a.id,
  at,
  actor: 'ana',
  action,
  details,
})

describe.each(STORE_ENGINES)('Period queries for summaries on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeAll(async () => {
    store = getStore()
    const a = alert('a', 'SDN', '2026-03-01T10:00:00.000Z')
    const b = alert('b', 'EL', '2026-03-02T10:00:00.000Z')
    const c = alert('c', 'SDN', '2026-03-03T10:00:00.000Z', 'suppressed')
    const d = alert('d', 'SDN', '2026-04-01T10:00:00.000Z')
    for (const x of [a, b, c, d])
      await store.alerts.insert(x, event(x, x.createdAt, x.status === 'suppressed' ? 'suppressed' : 'raised'))
    // a: escalated after 2 h, then decided a true match a day after it was raised.
    let v = await store.alerts.update(
      { ...a, status: 'escalated' },
      1,
      event(a, '2026-03-01T12:00:00.000Z', 'decided', { decision: 'escalate' }),
    )
    await store.alerts.update(
      { ...a, status: 'closed' },
      v,
      event(a, '2026-03-02T10:00:00.000Z', 'decided', { decision: 'true-match' }),
    )
    // b: released, re-opened later, released again 1 h after the re-opening.
    v = await store.alerts.update(
      { ...b, status: 'closed' },
      1,
      event(b, '2026-03-02T16:00:00.000Z', 'decided', { decision: 'false-positive' }),
    )
    v = await store.alerts.update(
      { ...b, status: 'open' },
      v,
      event(b, '2026-03-10T00:00:00.000Z', 'reopened'),
    )
    await store.alerts.update(
      { ...b, status: 'closed' },
      v,
      event(b, '2026-03-10T01:00:00.000Z', 'decided', { decision: 'false-positive' }),
    )
  })

  it('counts alerts raised in a period by list and first event', async () => {
    expect(await store.alerts.raisedBetween('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).toEqual([
      { list: 'EL', action: 'raised', count: 1 },
      { list: 'SDN', action: 'raised', count: 1 },
      { list: 'SDN', action: 'suppressed', count: 1 },
    ])
  })

  it('lists decisions in a period with the time their alert was last opened', async () => {
    const rows = await store.alerts.decisionsBetween('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')
    expect(rows.map((r) => [r.alertId, r.decision, r.openedAt, r.decidedAt])).toEqual([
      ['a', 'escalate', '2026-03-01T10:00:00.000Z', '2026-03-01T12:00:00.000Z'],
      ['a', 'true-match', '2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z'],
      ['b', 'false-positive', '2026-03-02T10:00:00.000Z', '2026-03-02T16:00:00.000Z'],
      ['b', 'false-positive', '2026-03-10T00:00:00.000Z', '2026-03-10T01:00:00.000Z'],
    ])
    expect(rows[0]).toMatchObject({ list: 'SDN', decidedBy: 'ana' })
    expect(
      await store.alerts.decisionsBetween('2026-03-05T00:00:00.000Z', '2026-03-06T00:00:00.000Z'),
    ).toEqual([])
  })

  it('counts alerts by status and creation time', async () => {
    expect(await store.alerts.count({ status: ['open'] })).toBe(1)
    expect(
      await store.alerts.count({
        createdFrom: '2026-03-02T00:00:00.000Z',
        createdBefore: '2026-04-01T00:00:00.000Z',
      }),
    ).toBe(2)
    expect(await store.alerts.count()).toBe(4)
  })

  it('finds audit entries by subject', async () => {
    await store.audit.append({ actor: 'ana', action: 'alert.decided', subject: 'a', details: {} })
    await store.audit.append({ actor: 'ana', action: 'alert.decided', subject: 'b', details: {} })
    expect((await store.audit.list({ subjects: ['a'] })).map((e) => e.subject)).toEqual(['a'])
    expect(await store.audit.list({ subjects: [] })).toEqual([])
  })
})
