import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('watch alerts over the API', () => {
  const api = useTestApi()

  it('lists the alerts an import raised, filtered by kind and counterparty', async () => {
    const reviewer = api().keys.reviewer
    await api().call('POST', '/v1/counterparties', {
      key: reviewer,
      json: [
        { id: 'CP-1', name: 'Rosoboronexport' },
        { id: 'CP-2', name: 'Beijing Institute of Technology', country: 'CN' },
        { id: 'CP-3', name: 'Acme Widgets of Ohio' },
      ],
    })
    const get = async (query: string) =>
      (await (await api().call('GET', `/v1/watch-alerts${query}`, { key: reviewer })).json()).alerts
    const open = await get('?kind=new')
    expect(open.map((a: { counterpartyId: string }) => a.counterpartyId)).toEqual(['CP-1', 'CP-2'])
    expect(open[0]).toMatchObject({
      kind: 'new',
      status: 'open',
      entityId: 'SDN:7',
      source: 'us_csl',
      details: {
        counterpartyName: 'Rosoboronexport',
        entityName: 'Rosoboronexport',
        reason: expect.any(String),
      },
    })
    expect(await get('?kind=cleared')).toEqual([])
    expect(
      (await get('?status=all&counterpartyId=CP-2')).map((a: { entityId: string }) => a.entityId),
    ).toEqual(['EL:h2'])
    expect(await get('?since=2026-08-11')).toEqual([])
  })

  it('keeps them to reviewers and names a bad query field', async () => {
    expect((await api().call('GET', '/v1/watch-alerts')).status).toBe(403)
    for (const [query, field] of [
      ['?kind=gone', 'kind'],
      ['?status=closed', 'status'],
      ['?since=yesterday', 'since'],
      ['?limit=5000', 'limit'],
    ]) {
      const res = await api().call('GET', `/v1/watch-alerts${query}`, { key: api().keys.reviewer })
      expect([res.status, (await res.json()).error.field]).toEqual([400, field])
    }
  })
})
