import { useMemo, useState } from 'preact/hooks'
import type { BatchJobView as BatchJob } from '../../../src/model/batch-job-view.js'
import type { BatchResult } from '../../../src/service/batch-output.js'
import { download } from '../api.js'
import { percent } from './highlight.js'

const PAGE = 100

type Status = 'all' | 'match' | 'clear' | 'error'

const statusOf = (r: BatchResult): Exclude<Status, 'all'> =>
  r.error ? 'error' : r.matches.length ? 'match' : 'clear'

/** Batch results: filter by outcome or text, page through, download as CSV or JSONL. */
export function ResultsTable({ job, results }: { job: BatchJob; results: BatchResult[] }) {
  const [status, setStatus] = useState<Status>('all')
  const [text, setText] = useState('')
  const [shown, setShown] = useState(PAGE)
  const filtered = useMemo(() => {
    const q = text.trim().toLowerCase()
    return results.filter((r) => {
      if (status !== 'all' && statusOf(r) !== status) return false
      if (!q) return true
      const hay = [
        r.id,
        r.error?.message ?? '',
        ...(r.matches ?? []).flatMap((m) => [m.name, m.matchedName, m.source]),
      ]
      return hay.some((s) => s.toLowerCase().includes(q))
    })
  }, [results, status, text])
  const base = job.fileName.replace(/\.[^.]*$/, '') || 'batch'

  return (
    <div class="results">
      <div class="toolbar">
        <label for="status-filter">Show</label>
        <select
          id="status-filter"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as Status)}
        >
          <option value="all">all rows</option>
          <option value="match">with matches</option>
          <option value="clear">clear</option>
          <option value="error">bad rows</option>
        </select>
        <label for="text-filter">Filter</label>
        <input
          id="text-filter"
          type="search"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder="id, name, list"
        />
        <span class="count" aria-live="polite">
          {filtered.length.toLocaleString()} of {results.length.toLocaleString()} rows
        </span>
        <button
          type="button"
          onClick={() => download(`/v1/batches/${job.id}/results?format=csv`, `${base}-results.csv`)}
        >
          Download CSV
        </button>
        <button
          type="button"
          onClick={() => download(`/v1/batches/${job.id}/results`, `${base}-results.jsonl`)}
        >
          Download JSONL
        </button>
      </div>
      <table class="grid">
        <caption class="sr-only">Batch results</caption>
        <thead>
          <tr>
            <th scope="col">Row id</th>
            <th scope="col">Outcome</th>
            <th scope="col">Best match</th>
            <th scope="col">Matched as</th>
            <th scope="col">Score</th>
            <th scope="col">Matches</th>
          </tr>
        </thead>
        <tbody>
          {filtered.slice(0, shown).map((r) => {
            const top = r.matches?.[0]
            const s = statusOf(r)
            return (
              <tr key={r.id} class={`row-${s}`}>
                <td>{r.id}</td>
                <td>
                  <span class={`badge ${s}`}>{s}</span>
                </td>
                <td>
                  {r.error
                    ? `${r.error.field ? `${r.error.field}: ` : ''}${r.error.message}`
                    : top
                      ? `${top.source} ${top.name}`
                      : ''}
                </td>
                <td>{top && top.matchedName !== top.name ? top.matchedName : ''}</td>
                <td>{top ? percent(top.score) : ''}</td>
                <td>{r.matches?.length ?? ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {filtered.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, filtered.length - shown)} more
        </button>
      )}
    </div>
  )
}
