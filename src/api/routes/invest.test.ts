import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('POST /v1/invest', () => {
  const api = useTestApi()

  it('answers an outbound-investment question with a decision, reasons and a record', async () => {
    const res = await api().call('POST', '/v1/invest', {
      json: { target: 'Blue River Farms', country: 'CN', activities: ['none'], type: 'equity' },
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.decision).toBe('NOT_COVERED')
    expect(body.reasons.length).toBeGreaterThan(0)
    expect((await api().store.records.get(body.recordId))?.kind).toBe('invest')
  })

  it('refuses bad input naming the field', async () => {
    const res = await api().call('POST', '/v1/invest', { json: { target: 'x', country: 'China' } })
    expect(res.status).toBe(400)
    expect((await res.json()).error.field).toBe('country')
    const missing = await api().call('POST', '/v1/invest', { json: { country: 'CN' } })
    expect((await missing.json()).error.field).toBe('target')
  })
})
