import { useState } from 'preact/hooks'
import { ApiError, download } from '../api.js'

/** The period summary report (what `tradecontrols report summary` writes), downloaded as PDF, CSV or JSON. */
export function SummaryDownload({ onError }: { onError: (e: ApiError | null) => void }) {
  const today = new Date().toISOString().slice(0, 10)
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const [format, setFormat] = useState('pdf')

  const submit = async (e: Event) => {
    e.preventDefault()
    onError(null)
    try {
      await download(`/v1/reports/summary?${new URLSearchParams({ from, to, format })}`)
    } catch (err) {
      if (err instanceof ApiError) onError(err)
    }
  }

  return (
    <form class="toolbar summary-form" onSubmit={submit} aria-labelledby="summary-title">
      <h2 id="summary-title">Summary report</h2>
      <div class="field">
        <label for="summary-from">From</label>
        <input
          id="summary-from"
          type="date"
          required
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="summary-to">To (included)</label>
        <input
          id="summary-to"
          type="date"
          required
          value={to}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="summary-format">Format</label>
        <select id="summary-format" value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
          <option value="pdf">PDF</option>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </select>
      </div>
      <button type="submit">Download summary</button>
    </form>
  )
}
