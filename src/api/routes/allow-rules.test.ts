import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('allow rules over the API', () => {
  const api = useTestApi()

  /** A false-positive decision with an allow rule, as a reviewer makes it in the queue. */
  async function ruleFor(name: string): Promise<string> {
    const reviewer = api().keys.reviewer
    const { recordId } = await (await api().call('POST', '/v1/screen', { json: { name } })).json()
    const { alerts } = await (await api().call('GET', '/v1/alerts', { key: reviewer })).json()
    const alert = alerts.find((a: { recordId?: string }) => a.recordId === recordId)
    const decided = await api().call('POST', `/v1/alerts/${alert.id}/decision`, {
      key: reviewer,
      json: { decision: 'false-positive', reason: 'another party of that name', allow: {} },
    })
    expect(decided.status).toBe(200)
    const { rules } = await (
      await api().call('GET', '/v1/allow-rules?status=active', { key: reviewer })
    ).json()
    return rules.find((r: { alertId?: string }) => r.alertId === alert.id).id
  }

  it('lists rules with their entry and subject, and revokes one with a reason, audited', async () => {
    const reviewer = api().keys.reviewer
    const id = await ruleFor('Rosoboronexport')
    const { rules } = await (await api().call('GET', '/v1/allow-rules', { key: reviewer })).json()
    expect(rules.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'active',
      entityId: 'SDN:7',
      entityName: 'Rosoboronexport',
      list: 'SDN',
      subjectKey: 'q:rosoboronexport||',
      reason: 'another party of that name',
    })
    expect(rules[0].entitySnapshot).toBeUndefined()
    const revoked = await api().call('POST', `/v1/allow-rules/${id}/revoke`, {
      key: api().keys.admin,
      json: { reason: 'the customer relationship ended' },
    })
    expect(revoked.status).toBe(200)
    expect(await revoked.json()).toMatchObject({
      id,
      status: 'revoked',
      endReason: 'the customer relationship ended',
      endedAt: '2026-08-10T12:00:00.000Z',
    })
    const audit = (await api().store.audit.list({ action: 'allow.revoked' })).at(-1)
    expect(audit).toMatchObject({ subject: id, actor: expect.stringMatching(/^key:.*test admin/) })
    const again = await api().call('POST', `/v1/allow-rules/${id}/revoke`, {
      key: reviewer,
      json: { reason: 'twice' },
    })
    expect(again.status).toBe(409)
    const active = await (await api().call('GET', '/v1/allow-rules?status=active', { key: reviewer })).json()
    expect(active.rules.map((r: { id: string }) => r.id)).not.toContain(id)
  })

  it('keeps rules to reviewers and refuses bad input naming the field', async () => {
    const reviewer = api().keys.reviewer
    expect((await api().call('GET', '/v1/allow-rules')).status).toBe(403)
    expect(
      (await api().call('POST', '/v1/allow-rules/rul_x/revoke', { json: { reason: 'why not' } })).status,
    ).toBe(403)
    const status = await (await api().call('GET', '/v1/allow-rules?status=gone', { key: reviewer })).json()
    expect(status.error.field).toBe('status')
    const noReason = await api().call('POST', '/v1/allow-rules/rul_x/revoke', { key: reviewer, json: {} })
    expect(noReason.status).toBe(400)
    expect((await noReason.json()).error.field).toBe('reason')
    const short = await (
      await api().call('POST', '/v1/allow-rules/rul_x/revoke', { key: reviewer, json: { reason: 'x' } })
    ).json()
    expect(short.error).toMatchObject({ field: 'reason', message: expect.stringMatching(/say why/) })
    const missing = await api().call('POST', '/v1/allow-rules/rul_x/revoke', {
      key: reviewer,
      json: { reason: 'not needed' },
    })
    expect(missing.status).toBe(404)
  })

  it('pages through rules with afterId and limit', async () => {
    const reviewer = api().keys.reviewer
    await ruleFor('Beijing Institute of Technology')
    await ruleFor('Ali Mohammed Kassem')
    const page = async (q: string) =>
      (await api().call('GET', `/v1/allow-rules?${q}`, { key: reviewer })).json()
    const all = (await page('')).rules.map((r: { id: string }) => r.id)
    expect(all.length).toBeGreaterThanOrEqual(3)
    const paged: string[] = []
    for (let p = await page('limit=2'); ; p = await page(`limit=2&afterId=${p.nextAfterId}`)) {
      expect(p.rules.length).toBeLessThanOrEqual(2)
      paged.push(...p.rules.map((r: { id: string }) => r.id))
      if (!p.nextAfterId) break
      expect(p.nextAfterId).toBe(paged.at(-1))
    }
    expect(paged).toEqual(all)
    expect((await api().call('GET', '/v1/allow-rules?limit=0', { key: reviewer })).status).toBe(400)
  })
})
