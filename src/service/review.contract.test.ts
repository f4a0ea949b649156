import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { testFactories } from '../../test/support/cli.js'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import { subjectKey } from '../review/subject-key.js'
import { readDataset } from '../sources/detect/read-dataset.js'
import type { KyselyStore } from '../store/kysely-store.js'
import type { LoadedEngine } from './loaded-engine.js'
import { engineFromStore } from './open-engine.js'
import { assignAlert, confirmAlert, decideAlert, raiseAlerts, recheckRules, revokeRule } from './review.js'
import { matchJson } from './screen-json.js'

const testdata = (f: string) => join(import.meta.dirname, 'testdata', f)
const QUERY = { name: 'SUNIGA RODRIGUEZ DRUG TRAFFICKING ORGANIZATION' }
const subject = { query: QUERY, key: subjectKey(QUERY) }

async function screenAndRaise(store: KyselyStore, engine: LoadedEngine, actor = 'ana', query = QUERY) {
  const matches = engine.screen(query).matches.map((m) => matchJson(m, engine.entity(m.entityId)))
  return raiseAlerts(store, {
    subject: { query, key: subjectKey(query) },
    matches,
    entity: (id) => engine.entity(id),
    actor,
  })
}

describe.each(STORE_ENGINES)('Review queue and allow rules on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeAll(async () => {
    store = getStore()
    // The real SDN publication of 2024-02-27 (excerpt): SDN 26785 under its old name.
    await store.importDataset(await readDataset(testdata('sdn_excerpt_2024-02-27.csv')))
  })

  it('opens one alert per match, assigns and decides it with an audited reason, and keeps its history', async () => {
    const engine = await engineFromStore(store, testFactories, { closeStore: false })
    const [alert] = await screenAndRaise(store, engine)
    expect(alert).toMatchObject({ status: 'open', entityId: 'SDN:26785', list: 'SDN', subject })
    expect(await screenAndRaise(store, engine)).toEqual([])
    await assignAlert(store, alert!.id, { assignee: 'bob', actor: 'ana' })
    await expect(
      decideAlert(
        store,
        alert!.id,
        { decision: 'false-positive', reason: '', actor: 'bob' },
        { fourEyes: false },
        (id) => engine.entity(id),
      ),
    ).rejects.toThrow('is required')
    const decided = await decideAlert(
      store,
      alert!.id,
      {
        decision: 'false-positive',
        reason: 'our customer is a Guatemalan bakery of that name',
        actor: 'bob',
        allow: {},
      },
      { fourEyes: false },
      (id) => engine.entity(id),
    )
    expect(decided).toMatchObject({ status: 'closed', decision: 'false-positive', decidedBy: 'bob' })
    expect((await store.alerts.events(alert!.id)).map((e) => e.action)).toEqual([
      'raised',
      'assigned',
      'decided',
    ])
    const [rule] = await store.alerts.rules({ status: 'active' })
    expect(rule).toMatchObject({
      entityId: 'SDN:26785',
      subjectKey: subject.key,
      createdBy: 'bob',
      alertId: alert!.id,
    })
    const actions = (await store.audit.list({ limit: 1000 })).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['alert.assigned', 'alert.decided', 'allow.created']))

    // Screened again on the same data: the rule holds; one suppressed alert records that it did.
    const again = await screenAndRaise(store, engine)
    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({ status: 'suppressed', ruleId: rule!.id })
    expect(await screenAndRaise(store, engine)).toEqual([])
    expect((await store.alerts.list({ status: ['open'] })).length).toBe(0)
  })

  it('re-opens the alert when the real entry changes in the next SDN publication, naming the changes', async () => {
    // 2024-02-28: SDN 26785 renamed LOS POCHOS DTO, with new aliases and a new program.
    await store.importDataset(await readDataset(testdata('sdn_excerpt_2024-02-28.csv')))
    const engine = await engineFromStore(store, testFactories, { closeStore: false })
    const lapsed = await recheckRules(store, (id) => engine.entity(id), 'system')
    expect(lapsed).toHaveLength(1)
    expect(lapsed[0]!.reason).toContain(
      'name SUNIGA RODRIGUEZ DRUG TRAFFICKING ORGANIZATION -> LOS POCHOS DRUG TRAFFICKING ORGANIZATION',
    )
    expect(lapsed[0]!.reason).toContain('new alias MORALES CIFUENTES DTO')
    expect(lapsed[0]!.reason).toContain('new program ILLICIT-DRUGS-EO14059')
    expect(lapsed[0]!.reopened).toMatchObject({ status: 'open', entityId: 'SDN:26785' })
    expect(lapsed[0]!.reopened?.note).toContain('allow rule')
    expect(await store.alerts.rules({ status: 'active' })).toEqual([])
    expect((await store.audit.list({ action: 'allow.lapsed' })).length).toBe(1)
    expect((await store.audit.verify()).ok).toBe(true)
  })

  it('never lets a rule suppress a different listed entry', async () => {
    const engine = await engineFromStore(store, testFactories, { closeStore: false })
    const [open] = await store.alerts.list({ status: ['open'], entityId: 'SDN:26785' })
    await decideAlert(
      store,
      open!.id,
      { decision: 'false-positive', reason: 'still our bakery', actor: 'bob', allow: {} },
      { fourEyes: false },
      (id) => engine.entity(id),
    )
    // The same subject now also matches another entry (a vessel's name): that alert opens despite the rule.
    const vessel = { name: 'SALINA' }
    const key = subjectKey(QUERY)
    const matches = engine.screen(vessel).matches.map((m) => matchJson(m, engine.entity(m.entityId)))
    const raised = await raiseAlerts(store, {
      subject: { query: QUERY, key },
      matches,
      entity: (id) => engine.entity(id),
      actor: 'ana',
    })
    expect(raised).toHaveLength(1)
    expect(raised[0]).toMatchObject({ status: 'open', entityId: 'SDN:15079' })
  })

  it('holds a release for a second reviewer under four-eyes, and starts the rule only on confirmation', async () => {
    const engine = await engineFromStore(store, testFactories, { closeStore: false })
    const query = { name: 'IMPORTADORA JIREH', country: 'GT' }
    const [alert] = await screenAndRaise(store, engine, 'ana', query)
    const released = await decideAlert(
      store,
      alert!.id,
      {
        decision: 'false-positive',
        reason: 'different NIT number',
        actor: 'ana',
        allow: { expiresAt: '2027-06-30T00:00:00.000Z' },
      },
      { fourEyes: true },
      (id) => engine.entity(id),
    )
    expect(released.status).toBe('pending-confirmation')
    expect(await store.alerts.rules({ status: 'active', entityId: 'SDN:38939' })).toEqual([])
    await expect(
      confirmAlert(store, alert!.id, { actor: 'ana', approve: true, reason: 'fine' }, (id) =>
        engine.entity(id),
      ),
    ).rejects.toThrow('four-eyes')
    const confirmed = await confirmAlert(
      store,
      alert!.id,
      { actor: 'carla', approve: true, reason: 'checked the NIT' },
      (id) => engine.entity(id),
    )
    expect(confirmed).toMatchObject({ status: 'closed', confirmedBy: 'carla' })
    const [rule] = await store.alerts.rules({ status: 'active', entityId: 'SDN:38939' })
    expect(rule).toMatchObject({ expiresAt: '2027-06-30T00:00:00.000Z', createdBy: 'carla' })
    // Expiry ends the rule and opens the alert again.
    const later = await recheckRules(
      store,
      (id) => engine.entity(id),
      'system',
      new Date('2027-07-01T00:00:00Z'),
    )
    expect(later.map((l) => l.reason)).toEqual(['expired on 2027-06-30'])
    await expect(revokeRule(store, rule!.id, { actor: 'x', reason: 'no longer needed' })).rejects.toThrow(
      'is expired',
    )
  })

  it('refuses a stale update instead of losing it', async () => {
    const engine = await engineFromStore(store, testFactories, { closeStore: false })
    const [alert] = await screenAndRaise(store, engine, 'ana', { name: 'LOS POCHOS DTO' })
    const read = await store.alerts.get(alert!.id)
    await assignAlert(store, alert!.id, { assignee: 'bob', actor: 'ana' })
    await expect(
      store.alerts.update({ ...read!.alert, assignee: 'carla' }, read!.version, {
        alertId: alert!.id,
        at: 'x',
        actor: 'z',
        action: 'assigned',
        details: {},
      }),
    ).rejects.toThrow('changed by someone else')
    expect((await store.alerts.get(alert!.id))?.alert.assignee).toBe('bob')
  })
})
