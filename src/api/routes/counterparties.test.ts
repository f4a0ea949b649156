import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('monitored counterparties over the API', () => {
  const api = useTestApi({ webhookUrls: ['https://hooks.example.test/tc'] })

  it('imports a JSON array, screens it, and shows the counterparties and their matches', async () => {
    const reviewer = api().keys.reviewer
    const res = await api().call('POST', '/v1/counterparties', {
      key: reviewer,
      json: [
        { id: 'CP-1', name: 'Rosoboronexport', country: 'ru' },
        { id: 'CP-2', name: 'Acme Widgets of Ohio', type: 'organization' },
      ],
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ imported: 2, added: 2, updated: 0, alerts: { new: 1 } })
    const page = await (await api().call('GET', '/v1/counterparties?limit=1', { key: reviewer })).json()
    expect(page).toMatchObject({
      total: 2,
      counterparties: [{ id: 'CP-1', name: 'Rosoboronexport', country: 'RU', matches: 1 }],
      nextAfterId: 'CP-1',
    })
    const next = await (await api().call('GET', '/v1/counterparties?afterId=CP-1', { key: reviewer })).json()
    expect(next.counterparties).toEqual([
      { id: 'CP-2', name: 'Acme Widgets of Ohio', type: 'organization', matches: 0 },
    ])
    expect(next.nextAfterId).toBeUndefined()
    const one = await (await api().call('GET', '/v1/counterparties/CP-1', { key: reviewer })).json()
    expect(one.matches).toEqual([
      expect.objectContaining({ entityId: 'SDN:7', list: 'SDN', source: 'us_csl' }),
    ])
    // The new match opened a review alert for the saved counterparty, and a webhook delivery is queued.
    const queue = await (await api().call('GET', '/v1/alerts', { key: reviewer })).json()
    expect(
      queue.alerts.some((a: { subject: { counterpartyId?: string } }) => a.subject.counterpartyId === 'CP-1'),
    ).toBe(true)
    expect(await api().store.deliveries.list({ limit: 10 })).toEqual([
      expect.objectContaining({ endpoint: 'https://hooks.example.test/tc', status: 'pending' }),
    ])
  })

  it('imports a CSV file as `watch import` reads it, and replaces the set when asked', async () => {
    const reviewer = api().keys.reviewer
    const res = await api().call('POST', '/v1/counterparties/import?name=suppliers.csv&replace=true', {
      key: reviewer,
      body: 'id,name,country\nCP-2,Acme Widgets of Ohio,US\nCP-3,Beijing Institute of Technology,CN\n',
      headers: { 'content-type': 'text/csv' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      imported: 2,
      added: 1,
      updated: 1,
      removed: 1,
      alerts: { new: 1 },
    })
    const { counterparties } = await (await api().call('GET', '/v1/counterparties', { key: reviewer })).json()
    expect(counterparties.map((c: { id: string }) => c.id)).toEqual(['CP-2', 'CP-3'])
    const jsonl = await api().call('POST', '/v1/counterparties/import', {
      key: reviewer,
      body: '{"id":"CP-4","name":"Blue Sky Farms"}\n',
      headers: { 'content-type': 'application/x-ndjson' },
    })
    expect(await jsonl.json()).toMatchObject({ imported: 1, added: 1 })
  })

  it('refuses a whole import for one bad row, naming the row and field', async () => {
    const reviewer = api().keys.reviewer
    const before = await api().store.watch.count()
    const cases: Array<[unknown, string]> = [
      [
        [
          { id: 'A', name: 'Fine Ltd' },
          { id: 'B', name: 'Bad Ltd', country: 'Russia' },
        ],
        '1.country',
      ],
      [[{ id: 'A', name: 'Fine Ltd' }, { name: 'No Id Ltd' }], '1.id'],
      [[{ id: 'A', name: '' }], '0.name'],
      [[{ id: 'A', name: 'Fine Ltd', dob: '1990-02-31' }], '0.dob'],
      [[{ id: 'A', name: 'Fine Ltd', vip: true }], 'vip'],
      [
        [
          { id: 'A', name: 'One' },
          { id: 'A', name: 'Two' },
        ],
        '1.id',
      ],
      [[], 'body'],
      [{ id: 'A', name: 'Not an array' }, 'body'],
    ]
    for (const [json, field] of cases) {
      const res = await api().call('POST', '/v1/counterparties', { key: reviewer, json })
      expect([field, res.status, (await res.json()).error.field]).toEqual([field, 400, field])
    }
    const csv = await api().call('POST', '/v1/counterparties/import?name=bad.csv', {
      key: reviewer,
      body: 'id,name,country\nZ1,Fine Ltd,GB\nZ2,Bad Ltd,Russia\n',
      headers: { 'content-type': 'text/csv' },
    })
    expect(csv.status).toBe(400)
    expect((await csv.json()).error).toMatchObject({ field: 'bad.csv:3: country' })
    expect(await api().store.watch.count()).toBe(before)
    const type = await api().call('POST', '/v1/counterparties/import', {
      key: reviewer,
      body: 'id,name\n',
      headers: { 'content-type': 'text/plain' },
    })
    expect([type.status, (await type.json()).error.field]).toEqual([415, 'content-type'])
  })

  it('keeps monitoring to reviewers and answers 404 and 400 for unknown ids and bad queries', async () => {
    const reviewer = api().keys.reviewer
    expect((await api().call('GET', '/v1/counterparties')).status).toBe(403)
    expect((await api().call('POST', '/v1/counterparties', { json: [{ id: 'A', name: 'X' }] })).status).toBe(
      403,
    )
    const missing = await api().call('GET', '/v1/counterparties/CP-none', { key: reviewer })
    expect([missing.status, (await missing.json()).error.field]).toEqual([404, 'id'])
    for (const [path, field] of [
      ['/v1/counterparties?limit=0', 'limit'],
      ['/v1/counterparties?afterId=x&page=2', 'page'],
    ]) {
      const res = await api().call('GET', path!, { key: reviewer })
      expect([res.status, (await res.json()).error.field]).toEqual([400, field])
    }
  })
})
