import { describe, expect, it } from 'vitest'
import type { Alert } from '../model/alert.js'
import { assign, confirm, decide, reopen } from './transitions.js'

const alert: Alert = {
  id: 'alr_1',
  createdAt: '2026-11-29T10:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
  kind: 'match',
  status: 'open',
  subject: { query: { name: 'Acme' }, key: 'q:acme||' },
  entityId: 'SDN:1',
  list: 'SDN',
  entityName: 'ACME',
  matchedName: 'ACME',
  score: 0.91,
  countries: [],
}
const at = '2026-11-29T11:00:00Z'

describe('review transitions', () => {
  it('closes a true match and a release without four-eyes', () => {
    expect(
      decide(
        alert,
        { decision: 'true-match', reason: 'same party, same address', actor: 'ana', at },
        { fourEyes: false },
      ).alert,
    ).toMatchObject({
      status: 'closed',
      decision: 'true-match',
      decidedBy: 'ana',
    })
    expect(
      decide(
        alert,
        { decision: 'false-positive', reason: 'different country', actor: 'ana', at },
        { fourEyes: false },
      ).alert.status,
    ).toBe('closed')
  })

  it('holds a release for a second reviewer under four-eyes, who must be someone else', () => {
    const released = decide(
      alert,
      { decision: 'false-positive', reason: 'different birth year', actor: 'ana', at },
      { fourEyes: true },
    ).alert
    expect(released.status).toBe('pending-confirmation')
    expect(() => confirm(released, { actor: 'ana', at, approve: true, reason: 'ok' })).toThrow('four-eyes')
    const confirmed = confirm(released, { actor: 'bob', at, approve: true, reason: 'agree' })
    expect(confirmed.alert).toMatchObject({
      status: 'closed',
      confirmedBy: 'bob',
      decision: 'false-positive',
    })
    expect(confirmed.event.action).toBe('confirmed')
    const rejected = confirm(released, { actor: 'bob', at, approve: false, reason: 'same passport number' })
    expect(rejected.alert.status).toBe('open')
    expect(rejected.alert.decision).toBeUndefined()
  })

  it('escalates, and refuses decisions without a reason or on closed alerts', () => {
    expect(
      decide(alert, { decision: 'escalate', reason: 'need legal', actor: 'ana', at }, { fourEyes: true })
        .alert.status,
    ).toBe('escalated')
    expect(() =>
      decide(alert, { decision: 'false-positive', reason: ' ', actor: 'ana', at }, { fourEyes: false }),
    ).toThrow('is required')
    expect(() =>
      decide(alert, { decision: 'maybe', reason: 'hmm hmm', actor: 'ana', at }, { fourEyes: false }),
    ).toThrow('must be true-match')
    const closed = { ...alert, status: 'closed' as const }
    expect(() =>
      decide(closed, { decision: 'true-match', reason: 'again', actor: 'ana', at }, { fourEyes: false }),
    ).toThrow('re-open it')
  })

  it('assigns and re-opens with the reason kept', () => {
    expect(assign(alert, { assignee: 'bob', actor: 'ana', at }).alert.assignee).toBe('bob')
    const closed = decide(
      alert,
      { decision: 'false-positive', reason: 'different party', actor: 'ana', at },
      { fourEyes: false },
    ).alert
    const again = reopen(
      { ...closed, ruleId: 'alw_1' },
      { actor: 'system', at, reason: 'listed entry changed: new alias X' },
    )
    expect(again.alert).toMatchObject({ status: 'open', note: 'listed entry changed: new alias X' })
    expect(again.alert.decision).toBeUndefined()
    expect(again.alert.ruleId).toBeUndefined()
  })
})
