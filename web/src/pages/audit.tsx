import { useEffect, useState } from 'preact/hooks'
import { type ApiError, getJson, showApiError } from '../api.js'
import { ErrorNote } from '../components/form-bits.js'
import { SummaryDownload } from '../components/summary-download.js'

interface AuditEntry {
  seq: number
  at: string
  actor: string
  action: string
  subject: string
  details: Record<string, unknown>
}

type Verification =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; firstBad: number; problem: string }

/** Actions the engine records; the filter takes any other too. */
const ACTIONS = [
  'alert.decided',
  'alert.assigned',
  'alert.reopened',
  'allow.created',
  'allow.revoked',
  'allow.lapsed',
  'allow.expired',
  'allow.carried',
  'key.created',
  'key.revoked',
  'list.activated',
  'watch.screened',
  'config.changed',
  'audit.pruned',
]

/** The hash-chained audit log (reviewer role): read and filter it, verify the chain, download a summary. */
export function AuditPage() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [next, setNext] = useState<number | undefined>(undefined)
  const [action, setAction] = useState('')
  const [verdict, setVerdict] = useState<Verification | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const load = (afterSeq?: number) => {
    setError(null)
    const params = new URLSearchParams({ limit: '100' })
    if (action.trim()) params.set('action', action.trim())
    if (afterSeq !== undefined) params.set('afterSeq', String(afterSeq))
    return getJson<{ entries: AuditEntry[]; nextAfterSeq?: number }>(`/v1/audit?${params}`)
      .then((page) => {
        setEntries((before) => (afterSeq === undefined ? page.entries : [...(before ?? []), ...page.entries]))
        setNext(page.nextAfterSeq)
      })
      .catch(showApiError(setError))
  }
  useEffect(() => void load(), [])

  const verify = () => {
    setVerdict(null)
    getJson<Verification>('/v1/audit/verify').then(setVerdict).catch(showApiError(setError))
  }

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log</h1>
      <p class="hint">
        Every decision, allow rule, key, setting and list switch, oldest first. Each entry’s hash covers the
        one before it, so an edited, deleted or reordered entry breaks the chain.
      </p>
      <div class="toolbar">
        <button type="button" onClick={verify}>
          Verify chain
        </button>
        <p class={verdict ? (verdict.ok ? 'notice' : 'error') : 'sr-only'} role="status">
          {verdict?.ok === true &&
            `Chain intact: ${verdict.entries.toLocaleString()} entries, last #${verdict.lastSeq} (${verdict.lastHash.slice(0, 12)})`}
          {verdict?.ok === false && `Chain BROKEN at entry #${verdict.firstBad}: ${verdict.problem}`}
        </p>
      </div>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault()
          void load()
        }}
      >
        <div class="field">
          <label for="audit-action">Action</label>
          <input
            id="audit-action"
            list="audit-actions"
            placeholder="any"
            value={action}
            onInput={(e) => setAction(e.currentTarget.value)}
          />
          <datalist id="audit-actions">
            {ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <button type="submit" class="secondary">
          Filter
        </button>
      </form>
      <ErrorNote error={error} />
      {entries && entries.length === 0 && <p class="hint">No entries.</p>}
      {entries && entries.length > 0 && (
        <table class="grid audit">
          <caption class="sr-only">Audit entries</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time (UTC)</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">Subject</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{e.at.slice(0, 19).replace('T', ' ')}</td>
                <td>{e.actor}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{e.subject}</td>
                <td class="details">{detailText(e.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== undefined && (
        <button type="button" class="more secondary" onClick={() => void load(next)}>
          More entries
        </button>
      )}
      <SummaryDownload onError={setError} />
    </section>
  )
}

/** "key: value" pairs on one line; nested values as compact JSON. */
function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ')
}
