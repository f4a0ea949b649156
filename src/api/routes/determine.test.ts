import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('POST /v1/determine', () => {
  const api = useTestApi()

  it('answers NLR for EAR99 cosmetics to China, with reasons and citations', async () => {
    const res = await api().call('POST', '/v1/determine', { json: { eccn: 'EAR99', to: 'CN' } })
    expect(res.status).toBe(200)
    const d = await res.json()
    expect(d.decision).toBe('NLR')
    expect(d.reasons.every((r: { citation: string }) => /CFR|FR|E\.O\./.test(r.citation))).toBe(true)
    expect(d.destination).toMatchObject({ code: 'CN' })
    expect(d.recordId).toMatch(/^rec_/)
  })

  it('requires a licence for an Entity-Listed party and records who asked', async () => {
    const res = await api().call('POST', '/v1/determine', {
      json: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Huawei Technologies', country: 'cn' }] },
    })
    const d = await res.json()
    expect(d.decision).toBe('LICENSE_REQUIRED')
    expect(d.reasons.find((r: { code: string }) => r.code === 'PARTY_EL')).toMatchObject({
      citation: '15 CFR 744.11',
    })
    const record = await api().store.records.get(d.recordId)
    expect(record).toMatchObject({
      kind: 'determine',
      attention: true,
      caller: expect.stringMatching(/^key:k/),
    })
  })

  it.each([
    [{ to: 'CN' }, 'eccn'],
    [{ eccn: 'EAR99' }, 'to'],
    [{ eccn: 'EAR99', to: 'CN', endUses: ['picnic'] }, 'endUses.0'],
    [{ eccn: 'EAR99', to: 'CN', asOf: 'yesterday' }, 'asOf'],
    [{ eccn: 'EAR99', to: 'CN', parties: [{ name: '' }] }, 'parties.0.name'],
    [{ eccn: 'EAR99', to: 'Atlantis' }, 'to'],
    [{ eccn: '9Z999', to: 'CN' }, 'eccn'],
  ])('refuses %j naming %s', async (json, field) => {
    const res = await api().call('POST', '/v1/determine', { json })
    expect(res.status).toBe(400)
    expect((await res.json()).error.field).toMatch(new RegExp(`^${field.replace('.', '\\.')}`))
  })
})

describe('GET /v1/determine/end-uses', () => {
  const api = useTestApi()

  it('lists the end-use codes with titles and citations', async () => {
    const { endUses } = await (await api().call('GET', '/v1/determine/end-uses')).json()
    expect(endUses.find((e: { code: string }) => e.code === 'military')).toMatchObject({
      citation: expect.stringMatching(/744/),
    })
  })
})
