import { describe, expect, it } from 'vitest'
import { API_ENTITIES, useTestApi } from '../../../test/support/api.js'
import { recordNextVersion } from '../../../test/support/changes.js'
import { entity } from '../../../test/support/fixtures.js'

describe('list changes over the API', () => {
  const api = useTestApi()

  it('serves change summaries by list and country, the full diff and the JSON Feed', async () => {
    const next = [
      ...API_ENTITIES.filter((e) => e.id !== 'EL:h2'),
      entity({ id: 'EL:h9', list: 'EL', name: 'Shenzhen New Listing Co', countries: ['CN'] }),
      entity({ id: 'SDN:99', list: 'SDN', name: 'Volga Shipping Trader', countries: ['RU'] }),
    ]
    const { from, to } = await recordNextVersion(api().store, 'us_csl', '2026-08-07', next)
    const { changes } = await (await api().call('GET', '/v1/lists/changes')).json()
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ source: 'us_csl', from: '2026-07-31', to: '2026-08-07' })
    expect(changes[0].summary).toMatchObject({ added: 2, removed: 1 })
    expect(changes[0].byList.EL).toMatchObject({ added: 1, removed: 1 })
    expect(changes[0].byCountry.RU).toMatchObject({ added: 1 })
    const diff = await (await api().call('GET', `/v1/lists/diff?from=${from.id}&to=${to.id}`)).json()
    expect(diff.added.map((a: { entityId: string }) => a.entityId).sort()).toEqual(['EL:h9', 'SDN:99'])
    expect((await api().call('GET', `/v1/lists/diff?from=${to.id}&to=${from.id}`)).status).toBe(404)
    const feed = await (await api().call('GET', '/v1/lists/feed.json?list=EL')).json()
    expect(feed.version).toMatch(/jsonfeed/)
    expect((await api().call('GET', '/v1/lists/changes', { key: null })).status).toBe(401)
  })
})
