import { useEffect, useState } from 'preact/hooks'
import type { ListsStatus } from '../../../src/service/lists-status.js'
import { ApiError, getJson } from '../api.js'
import { ErrorNote } from '../components/form-bits.js'

/** The lists in force: when each was published, how old it is, and how many parties each list holds. */
export function ListsPage() {
  const [status, setStatus] = useState<ListsStatus | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  useEffect(() => {
    getJson<ListsStatus>('/v1/lists/status')
      .then(setStatus)
      .catch((e) => e instanceof ApiError && setError(e))
  }, [])

  return (
    <section aria-labelledby="lists-title">
      <h1 id="lists-title">List status</h1>
      <ErrorNote error={error} />
      {status && (
        <>
          <p class="hint">
            Today is {status.today}. A list older than {status.maxAgeDays} days is flagged: run{' '}
            <code>tradecontrols lists update</code>.
          </p>
          {status.lists.length === 0 && <p class="warn">No list in force.</p>}
          {status.lists.map((l) => {
            const counts = Object.entries(l.lists).sort((a, b) => b[1] - a[1])
            const max = Math.max(1, ...counts.map(([, n]) => n))
            return (
              <article class="list-card" key={l.versionId} aria-labelledby={`src-${l.source}`}>
                <header>
                  <h2 id={`src-${l.source}`}>{l.source}</h2>
                  <span class={l.stale ? 'age-badge stale' : 'age-badge'}>
                    {l.ageDays === null ? 'age unknown' : `${l.ageDays} days old`}
                    {l.stale ? ' — update due' : ''}
                  </span>
                </header>
                <dl class="facts">
                  <dt>Published</dt>
                  <dd>{l.published ?? 'unknown'}</dd>
                  <dt>Retrieved</dt>
                  <dd>{l.retrieved.slice(0, 10)}</dd>
                  <dt>Records</dt>
                  <dd>{l.records.toLocaleString()}</dd>
                  <dt>Rows with issues</dt>
                  <dd>{l.issues.toLocaleString()}</dd>
                  <dt>Version</dt>
                  <dd>
                    <code>{l.versionId}</code>
                  </dd>
                </dl>
                <table class="bars">
                  <caption>Parties per list</caption>
                  <tbody>
                    {counts.map(([code, n]) => (
                      <tr key={code}>
                        <th scope="row">{code}</th>
                        <td>
                          <span class="hbar" style={{ width: `${(n / max) * 100}%` }} aria-hidden="true" />
                          <span class="n">{n.toLocaleString()}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </article>
            )
          })}
        </>
      )}
    </section>
  )
}
