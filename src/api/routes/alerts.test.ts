import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('review queue over the API', () => {
  const api = useTestApi()

  it('keeps the queue to reviewers, lists the alert a screening raised, and records a decision', async () => {
    const screened = await (
      await api().call('POST', '/v1/screen', { json: { name: 'Rosoboronexport' } })
    ).json()
    expect((await api().call('GET', '/v1/alerts')).status).toBe(403)
    const reviewer = api().keys.reviewer
    const { alerts } = await (await api().call('GET', '/v1/alerts?list=SDN', { key: reviewer })).json()
    const alert = alerts.find((a: { recordId?: string }) => a.recordId === screened.recordId)
    expect(alert).toMatchObject({ status: 'open', entityId: 'SDN:7' })
    const noReason = await api().call('POST', `/v1/alerts/${alert.id}/decision`, {
      key: reviewer,
      json: { decision: 'false-positive' },
    })
    expect((await noReason.json()).error.field).toBe('reason')
    const decided = await api().call('POST', `/v1/alerts/${alert.id}/decision`, {
      key: reviewer,
      json: { decision: 'true-match', reason: 'same company, same address' },
    })
    expect(decided.status).toBe(200)
    expect(await decided.json()).toMatchObject({
      decision: 'true-match',
      decidedBy: expect.stringMatching(/^key:/),
    })
    const detail = await (await api().call('GET', `/v1/alerts/${alert.id}`, { key: reviewer })).json()
    expect(detail.events.length).toBeGreaterThan(1)
    const audit = await api().store.audit.list({ action: 'alert.decided' })
    expect(audit.at(-1)?.subject).toBe(alert.id)
    expect((await api().call('GET', '/v1/alerts/alr_nope', { key: reviewer })).status).toBe(404)
  })
})
