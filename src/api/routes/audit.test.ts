import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('audit log over the API', () => {
  const api = useTestApi()

  it('keeps the log to reviewers and admins and pages through it, filtered by action and subject', async () => {
    expect((await api().call('GET', '/v1/audit')).status).toBe(403)
    const { reviewer, admin } = api().keys
    for (let i = 0; i < 5; i++)
      await api().store.audit.append({
        actor: 'test',
        action: 'test.step',
        subject: `s${i % 2}`,
        details: { i },
      })
    const first = await (await api().call('GET', '/v1/audit?limit=4', { key: reviewer })).json()
    expect(first.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4])
    expect(first.nextAfterSeq).toBe(4)
    const rest = await (
      await api().call('GET', `/v1/audit?afterSeq=${first.nextAfterSeq}`, { key: admin })
    ).json()
    expect(rest.entries[0].seq).toBe(5)
    expect(rest.nextAfterSeq).toBeUndefined()
    const steps = await (
      await api().call('GET', '/v1/audit?action=test.step&subject=s1', { key: reviewer })
    ).json()
    expect(steps.entries.map((e: { details: { i: number } }) => e.details.i)).toEqual([1, 3])
    expect(steps.entries[0]).toMatchObject({ actor: 'test', subject: 's1', hash: expect.any(String) })
  })

  it('names the bad query field', async () => {
    const reviewer = api().keys.reviewer
    const bad = await api().call('GET', '/v1/audit?afterSeq=-1', { key: reviewer })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.field).toBe('afterSeq')
    const big = await (await api().call('GET', '/v1/audit?limit=5000', { key: reviewer })).json()
    expect(big.error.field).toBe('limit')
    const unknown = await (await api().call('GET', '/v1/audit?actor=x', { key: reviewer })).json()
    expect(unknown.error).toMatchObject({ field: 'actor', message: 'unknown field actor' })
  })

  it('verifies the chain and names the first entry that was edited', async () => {
    const reviewer = api().keys.reviewer
    expect((await api().call('GET', '/v1/audit/verify')).status).toBe(403)
    const ok = await api().call('GET', '/v1/audit/verify', { key: reviewer })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({
      ok: true,
      entries: expect.any(Number),
      lastSeq: expect.any(Number),
    })
    await api().store.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute()
    const broken = await (await api().call('GET', '/v1/audit/verify', { key: reviewer })).json()
    expect(broken).toMatchObject({ ok: false, firstBad: 2, problem: expect.any(String) })
  })
})
