import { useState } from 'preact/hooks'
import { type ApiError, download, showApiError } from '../api.js'
import type { FieldProps } from './form-bits.js'

/** The period summary report (what `tradecontrols report summary` writes), downloaded as PDF, CSV or JSON. */
export function SummaryDownload({ onError }: { onError: (e: ApiError | null) => void }) {
  const today = new Date().toISOString().slice(0, 10)
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const [format, setFormat] = useState('pdf')

  const submit = (e: Event) => {
    e.preventDefault()
    onError(null)
    download(`/v1/reports/summary?${new URLSearchParams({ from, to, format })}`).catch(showApiError(onError))
  }

  return (
    <form class="toolbar summary-form" onSubmit={submit} aria-labelledby="summary-title">
      <h2 id="summary-title">Summary report</h2>
      <DateField id="summary-from" label="From" value={from} onChange={setFrom} />
      <DateField id="summary-to" label="To (included)" value={to} onChange={setTo} />
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

function DateField({ label, id, value, onChange }: FieldProps & { label: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="date" required value={value} onInput={(e) => onChange(e.currentTarget.value)} />
    </div>
  )
}
