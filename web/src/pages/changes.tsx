import { useEffect, useState } from 'preact/hooks'
import type { ChangeSummary } from '../../../src/service/changes/change-summaries.js'
import { ApiError, getJson } from '../api.js'
import { ChangesByCountry, ChangesOverTime } from '../components/charts.js'
import { ErrorNote } from '../components/form-bits.js'

/** What changed in the lists: additions and removals over time by list and by country, and each update. */
export function ChangesPage() {
  const [changes, setChanges] = useState<ChangeSummary[] | null>(null)
  const [source, setSource] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  useEffect(() => {
    getJson<{ changes: ChangeSummary[] }>('/v1/lists/changes?limit=200')
      .then((r) => setChanges(r.changes))
      .catch((e) => e instanceof ApiError && setError(e))
  }, [])
  const sources = [...new Set((changes ?? []).map((c) => c.source))]
  const shown = (changes ?? []).filter((c) => !source || c.source === source)

  return (
    <section aria-labelledby="changes-title">
      <h1 id="changes-title">List changes</h1>
      <ErrorNote error={error} />
      {changes && changes.length === 0 && (
        <p class="hint">
          No change recorded yet: each <code>tradecontrols lists update</code> that brings a new version
          records what it added, removed, changed and moved.
        </p>
      )}
      {changes && changes.length > 0 && (
        <>
          <div class="toolbar">
            <label for="source">Source</label>
            <select id="source" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
              <option value="">all</option>
              {sources.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <h2>Over time, by list</h2>
          <ChangesOverTime changes={shown} />
          <h2>By country</h2>
          <ChangesByCountry changes={shown} />
          <table class="grid">
            <caption>Each update</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Added</th>
                <th scope="col">Removed</th>
                <th scope="col">Changed</th>
                <th scope="col">Moved</th>
              </tr>
            </thead>
            <tbody>
              {[...shown].reverse().map((c) => (
                <tr key={c.id}>
                  <td>{c.source}</td>
                  <td>{c.from ?? '?'}</td>
                  <td>{c.to ?? '?'}</td>
                  <td>{c.summary.added}</td>
                  <td>{c.summary.removed}</td>
                  <td>{c.summary.changed}</td>
                  <td>{c.summary.moved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
