import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('POST /v1/screen', () => {
  const api = useTestApi()

  it('answers matches with the matched alias, explanation and the data dates', async () => {
    const res = await api().call('POST', '/v1/screen', {
      json: { name: 'Huawei Technologies Co Ltd', country: 'cn' },
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.query).toEqual({ name: 'Huawei Technologies Co Ltd', country: 'CN' })
    expect(body.matches[0]).toMatchObject({
      source: 'EL',
      entityId: 'EL:h1',
      name: 'Huawei Technologies Co., Ltd.',
    })
    expect(body.matches[0].explanation.tokens.length).toBeGreaterThan(0)
    expect(body.matches[0].licenseRequirement).toBe('For all items subject to the EAR.')
    expect(body.data).toEqual([
      {
        source: 'us_csl',
        published: '2026-07-31',
        retrieved: '2026-07-31T13:15:00Z',
        ageDays: 10,
        versionId: 'v_fixture',
      },
    ])
  })

  it('records the answer and opens an alert per match in the review queue', async () => {
    const body = await (await api().call('POST', '/v1/screen', { json: { name: 'Rosoboronexport' } })).json()
    const record = await api().store.records.get(body.recordId)
    expect(record).toMatchObject({
      kind: 'screen',
      attention: true,
      caller: expect.stringMatching(/^key:k\w+ \(test screener\)$/),
    })
    const alerts = await api().store.alerts.list({})
    expect(alerts.some((a: { entityId: string }) => a.entityId === 'SDN:7')).toBe(true)
  })

  it('answers a clear name with no matches', async () => {
    const body = await (await api().call('POST', '/v1/screen', { json: { name: 'Acme Widgets' } })).json()
    expect(body.matches).toEqual([])
  })

  it('honours lists, threshold and limit', async () => {
    const only = await (
      await api().call('POST', '/v1/screen', { json: { name: 'Huawei Technologies', lists: ['SDN'] } })
    ).json()
    expect(only.matches).toEqual([])
    const low = await (
      await api().call('POST', '/v1/screen', {
        json: { name: 'Huawei Technologies', threshold: 0.1, limit: 1 },
      })
    ).json()
    expect(low.matches).toHaveLength(1)
  })

  it.each([
    [{}, 'name', /required/],
    [{ name: 42 }, 'name', /string/],
    [{ name: '   ' }, 'name', /empty/],
    [{ name: 'x', country: 'China' }, 'country', /two-letter/],
    [{ name: 'x', dob: '1990-02-31' }, 'dob', /real date/],
    [{ name: 'x', type: 'ship' }, 'type', /./],
    [{ name: 'x', threshold: 2 }, 'threshold', /./],
    [{ name: 'x', lists: ['XX'] }, 'lists.0', /./],
    [{ name: 'x', limit: 0 }, 'limit', /./],
    [{ name: 'x', extra: 1 }, 'extra', /unknown field/],
    [[1, 2], 'body', /./],
    ['just a string', 'body', /./],
  ])('refuses %j naming the field %s', async (json, field, message) => {
    const res = await api().call('POST', '/v1/screen', { json })
    expect(res.status).toBe(400)
    const { error } = await res.json()
    expect(error.code).toBe('TC_BAD_INPUT')
    expect(error.field).toBe(field)
    expect(error.message).toMatch(message)
  })

  it('refuses malformed JSON, other content types and oversized bodies', async () => {
    const bad = await api().call('POST', '/v1/screen', {
      body: '{"name":',
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatchObject({ code: 'TC_BAD_INPUT', field: 'body' })
    const text = await api().call('POST', '/v1/screen', {
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    })
    expect(text.status).toBe(415)
    const none = await api().call('POST', '/v1/screen', { body: '{"name":"x"}' })
    expect(none.status).toBe(415)
    const big = await api().call('POST', '/v1/screen', { json: { name: 'x'.repeat(70_000) } })
    expect(big.status).toBe(413)
    expect((await big.json()).error.code).toBe('TC_TOO_LARGE')
  })

  it('says 503 not ready while the data loads', async () => {
    api().setEngine(undefined)
    try {
      const res = await api().call('POST', '/v1/screen', { json: { name: 'Huawei' } })
      expect(res.status).toBe(503)
      expect((await res.json()).error.code).toBe('TC_NOT_READY')
    } finally {
      api().setEngine((await import('../../../test/support/api.js')).fixtureEngine())
    }
  })

  it('logs requests without the screened name', async () => {
    await api().call('POST', '/v1/screen', { json: { name: 'Secret Party Name' } })
    const last = api().logs.at(-1)!
    expect(last).toMatchObject({ method: 'POST', path: '/v1/screen', status: 200 })
    expect(JSON.stringify(api().logs)).not.toContain('Secret Party Name')
  })
})
