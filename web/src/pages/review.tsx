import { useEffect, useState } from 'preact/hooks'
import type { Alert } from '../../../src/model/alert.js'
import { ApiError, download, getJson, postJson, showApiError } from '../api.js'
import { ErrorNote, Notice, ReasonField } from '../components/form-bits.js'
import { percent } from '../components/highlight.js'

/** The review queue (reviewer role): open alerts, and a decision with a mandatory reason. */
export function ReviewPage() {
  const [alerts, setAlerts] = useState<Alert[] | null>(null)
  const [selected, setSelected] = useState<Alert | null>(null)
  const [decision, setDecision] = useState('false-positive')
  const [reason, setReason] = useState('')
  const [allow, setAllow] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState('')

  const load = () =>
    getJson<{ alerts: Alert[] }>('/v1/alerts')
      .then((r) => setAlerts(r.alerts))
      .catch((e) => e instanceof ApiError && setError(e))
  useEffect(() => void load(), [])

  const decide = async (e: Event) => {
    e.preventDefault()
    if (!selected) return
    setError(null)
    try {
      const body: Record<string, unknown> = { decision, reason }
      if (allow && decision === 'false-positive') body.allow = {}
      const done = await postJson<Alert>(`/v1/alerts/${selected.id}/decision`, body)
      setNotice(`${done.entityName}: ${done.decision} — now ${done.status}`)
      setSelected(null)
      setReason('')
      void load()
    } catch (err) {
      if (err instanceof ApiError) setError(err)
    }
  }

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review queue</h1>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {alerts && alerts.length === 0 && <p class="hint">No open alerts.</p>}
      {alerts && alerts.length > 0 && (
        <table class="grid">
          <caption class="sr-only">Open alerts</caption>
          <thead>
            <tr>
              <th scope="col">Screened</th>
              <th scope="col">Listed entry</th>
              <th scope="col">List</th>
              <th scope="col">Score</th>
              <th scope="col">Status</th>
              <th scope="col">Raised</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id} class={selected?.id === a.id ? 'selected' : ''}>
                <td>{a.subject.query.name}</td>
                <td>
                  {a.entityName}
                  {a.matchedName !== a.entityName ? <span class="hint"> (as {a.matchedName})</span> : null}
                </td>
                <td>{a.list}</td>
                <td>{percent(a.score)}</td>
                <td>{a.status}</td>
                <td>{a.createdAt.slice(0, 10)}</td>
                <td>
                  <button type="button" class="secondary" onClick={() => setSelected(a)}>
                    Decide
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && (
        <form class="decision-form" onSubmit={decide} aria-label={`Decide alert on ${selected.entityName}`}>
          <h2>
            {selected.entityName} <span class="entity">{selected.entityId}</span>
          </h2>
          <p class="evidence">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                download(`/v1/reports/alerts/${selected.id}?format=pdf`).catch(showApiError(setError))
              }
            >
              Download evidence (PDF)
            </button>
          </p>
          <div class="field">
            <label for="decision">Decision</label>
            <select id="decision" value={decision} onChange={(e) => setDecision(e.currentTarget.value)}>
              <option value="false-positive">false positive (release)</option>
              <option value="true-match">true match (block / licence needed)</option>
              <option value="escalate">escalate</option>
            </select>
          </div>
          <ReasonField id="reason" value={reason} onChange={setReason} />
          <label class="check">
            <input
              type="checkbox"
              checked={allow}
              disabled={decision !== 'false-positive'}
              onChange={() => setAllow(!allow)}
            />{' '}
            allow this party for exactly this entry while it is unchanged
          </label>
          <div class="actions">
            <button type="submit">Record decision</button>
          </div>
        </form>
      )}
    </section>
  )
}
