import { useEffect, useState } from 'preact/hooks'
import { type ApiError, getJson, postJson, showApiError } from '../api.js'
import { ErrorNote, Notice, ReasonField } from '../components/form-bits.js'

interface AllowRule {
  id: string
  status: 'active' | 'expired' | 'revoked' | 'lapsed'
  entityId: string
  entityName: string
  list: string
  subjectKey: string
  createdBy: string
  createdAt: string
  reason: string
  expiresAt?: string
  endedAt?: string
  endReason?: string
}

/** How a rule's subject reads: a saved counterparty's id, or the name, country and birth date screened. */
function subjectText(key: string): string {
  if (key.startsWith('cp:')) return `counterparty ${key.slice(3)}`
  const [name = '', country, dob] = key.slice(2).split('|')
  return [name, country, dob].filter(Boolean).join(', ')
}

/** Allow rules (reviewer role): durable false positives, listed by status, revoked with a reason. */
export function AllowRulesPage() {
  const [status, setStatus] = useState('active')
  const [rules, setRules] = useState<AllowRule[] | null>(null)
  const [next, setNext] = useState<string | undefined>(undefined)
  const [revoking, setRevoking] = useState<AllowRule | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState('')

  const load = (afterId?: string) => {
    const q = new URLSearchParams({ limit: '100' })
    if (status) q.set('status', status)
    if (afterId) q.set('afterId', afterId)
    return getJson<{ rules: AllowRule[]; nextAfterId?: string }>(`/v1/allow-rules?${q}`)
      .then((r) => {
        setRules((before) => (afterId ? [...(before ?? []), ...r.rules] : r.rules))
        setNext(r.nextAfterId)
      })
      .catch(showApiError(setError))
  }
  useEffect(() => void load(), [status])

  const revoke = (e: Event) => {
    e.preventDefault()
    if (!revoking) return
    setError(null)
    postJson<AllowRule>(`/v1/allow-rules/${revoking.id}/revoke`, { reason })
      .then((done) => {
        setNotice(`Revoked the rule for ${done.entityName} (${subjectText(done.subjectKey)})`)
        setRevoking(null)
        setReason('')
        void load()
      })
      .catch(showApiError(setError))
  }

  return (
    <section aria-labelledby="allow-title">
      <h1 id="allow-title">Allow rules</h1>
      <p class="hint">
        A rule releases one party for exactly one listed entry while that entry stays as it was. It lapses
        when the entry changes or leaves its list, and ends on its expiry date.
      </p>
      <div class="toolbar">
        <div class="field">
          <label for="allow-status">Status</label>
          <select id="allow-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="active">active</option>
            <option value="expired">expired</option>
            <option value="lapsed">lapsed</option>
            <option value="revoked">revoked</option>
            <option value="">all</option>
          </select>
        </div>
      </div>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {rules && rules.length === 0 && <p class="hint">No {status} rules.</p>}
      {rules && rules.length > 0 && (
        <table class="grid allow-rules">
          <caption class="sr-only">Allow rules</caption>
          <thead>
            <tr>
              <th scope="col">Listed entry</th>
              <th scope="col">Subject</th>
              <th scope="col">Reason</th>
              <th scope="col">Status</th>
              <th scope="col">Made</th>
              <th scope="col">Expires</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} class={revoking?.id === r.id ? 'selected' : ''}>
                <td>
                  {r.entityName} <span class="entity">{r.entityId}</span>
                </td>
                <td>{subjectText(r.subjectKey)}</td>
                <td>{r.reason}</td>
                <td title={r.endReason}>{r.status}</td>
                <td>
                  {r.createdAt.slice(0, 10)} <span class="hint">by {r.createdBy}</span>
                </td>
                <td>{r.expiresAt ? r.expiresAt.slice(0, 10) : 'never'}</td>
                <td>
                  {r.status === 'active' && (
                    <button
                      type="button"
                      class="secondary"
                      aria-label={`Revoke the rule for ${r.entityName}`}
                      onClick={() => setRevoking(r)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rules && next && (
        <button type="button" class="more secondary" onClick={() => void load(next)}>
          More rules
        </button>
      )}
      {revoking && (
        <form
          class="decision-form"
          onSubmit={revoke}
          aria-label={`Revoke the rule for ${revoking.entityName}`}
        >
          <h2>
            Revoke: {revoking.entityName} for {subjectText(revoking.subjectKey)}
          </h2>
          <ReasonField id="revoke-reason" value={reason} onChange={setReason} />
          <div class="actions">
            <button type="submit">Revoke rule</button>{' '}
            <button type="button" class="secondary" onClick={() => setRevoking(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
