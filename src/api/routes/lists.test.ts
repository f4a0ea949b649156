import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('GET /v1/lists', () => {
  const api = useTestApi()

  it('reports the lists in force with their age and counts', async () => {
    const res = await api().call('GET', '/v1/lists/status?maxAge=30')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ today: '2026-08-10', maxAgeDays: 30 })
    expect(body.lists[0]).toMatchObject({
      source: 'us_csl',
      published: '2026-07-31',
      ageDays: 10,
      stale: false,
      records: 4,
      lists: { EL: 2, SDN: 2 },
    })
    const strict = await (await api().call('GET', '/v1/lists/status')).json()
    expect(strict.lists[0].stale).toBe(true)
  })

  it('validates its query', async () => {
    const res = await api().call('GET', '/v1/lists/status?maxAge=soon')
    expect(res.status).toBe(400)
    expect((await res.json()).error.field).toBe('maxAge')
    const extra = await api().call('GET', '/v1/lists/status?x=1')
    expect((await extra.json()).error).toMatchObject({ field: 'x', message: 'unknown field x' })
  })

  it('lists stored versions, filtered by source', async () => {
    const all = await (await api().call('GET', '/v1/lists/versions')).json()
    expect(all.versions).toHaveLength(1)
    expect(all.versions[0]).toMatchObject({ source: 'us_csl', active: true, recordCount: 4 })
    const none = await (await api().call('GET', '/v1/lists/versions?source=un')).json()
    expect(none.versions).toEqual([])
  })
})
