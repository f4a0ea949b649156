import { beforeAll, describe, expect, it } from 'vitest'
import { dataset, entity } from '../../../test/support/fixtures.js'
import { STORE_ENGINES, useStore } from '../../../test/support/store-engines.js'
import type { Entity } from '../../model/entity.js'
import { subjectKey } from '../../review/subject-key.js'
import type { KyselyStore } from '../../store/kysely-store.js'
import { decideAlert, raiseAlerts } from '../review.js'
import { recheckAfterUpdate } from './recheck-after-update.js'

const acme = entity({ id: 'EL:old-acme', list: 'EL', name: 'Acme Trading Company', countries: ['CN'] })
const query = { name: 'Acme Trading Company' }
const subject = { query, key: subjectKey(query) }

async function allowAcme(store: KyselyStore): Promise<void> {
  const match = { source: 'EL', entityId: acme.id, name: acme.name, matchedName: acme.name, score: 1 }
  const [alert] = await raiseAlerts(store, { subject, matches: [match], entity: () => acme, actor: 'ana' })
  const decision = { decision: 'false-positive' as const, reason: 'our Acme', actor: 'ana', allow: {} }
  await decideAlert(store, alert!.id, decision, { fourEyes: false }, () => acme)
}

describe.each(STORE_ENGINES)('allow rules after a list update on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeAll(async () => {
    store = getStore()
  })

  it('carries a rule to the same entry under a new id, and lapses it when the entry changes', async () => {
    const v1 = (await store.importDataset(dataset('us_csl', '2026-01-01', [acme]))).version
    await allowAcme(store)
    // Same facts, another id: the source renumbered its entries.
    const renumbered: Entity = { ...acme, id: 'EL:new-acme', sourceId: 'new-acme' }
    const v2 = (await store.importDataset(dataset('us_csl', '2026-02-01', [renumbered]))).version
    expect(await recheckAfterUpdate(store, v1, v2, [renumbered], 'system', new Date())).toEqual([])
    const [carried] = await store.alerts.rules({ status: 'active' })
    expect(carried).toMatchObject({ entityId: 'EL:new-acme' })
    expect((await store.audit.list({})).map((e) => e.action)).toContain('allow.carried')

    const moved: Entity = { ...renumbered, countries: ['RU'] }
    const v3 = (await store.importDataset(dataset('us_csl', '2026-03-01', [moved]))).version
    const [ended] = await recheckAfterUpdate(store, v2, v3, [moved], 'system', new Date())
    expect(ended?.reason).toMatch(/^the listed entry changed: .*RU/)
    expect(ended?.reopened?.status).toBe('open')
    expect(await store.alerts.rules({ status: 'active' })).toEqual([])
  })
})
