import { useEffect, useRef, useState } from 'preact/hooks'
import type { BatchJobView as BatchJob } from '../../../src/model/batch-job-view.js'
import type { BatchResult } from '../../../src/service/batch-output.js'
import { ApiError, api, getJson, uploadType } from '../api.js'
import { ErrorNote, ThresholdField } from '../components/form-bits.js'
import { ResultsTable } from '../components/results-table.js'

type JobView = BatchJob

/** Upload a CSV or JSONL file, watch the job's progress, then filter and download the results. */
export function BatchPage() {
  const [file, setFile] = useState<File | null>(null)
  const [threshold, setThreshold] = useState('')
  const [job, setJob] = useState<JobView | null>(null)
  const [results, setResults] = useState<BatchResult[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  const poll = async (id: string) => {
    try {
      const next = await getJson<JobView>(`/v1/batches/${id}`)
      setJob(next)
      if (next.status === 'running') timer.current = window.setTimeout(() => poll(id), 300)
      else if (next.status === 'done') {
        const text = await (await api(`/v1/batches/${id}/results`)).text()
        setResults(
          text
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as BatchResult),
        )
      }
    } catch (err) {
      if (err instanceof ApiError) setError(err)
    }
  }

  const submit = async (e: Event) => {
    e.preventDefault()
    if (!file) return
    setError(null)
    setResults(null)
    setJob(null)
    const params = new URLSearchParams({ name: file.name })
    if (threshold.trim()) params.set('threshold', threshold.trim())
    try {
      const res = await api(`/v1/batches?${params}`, {
        method: 'POST',
        headers: { 'content-type': uploadType(file) },
        body: file,
      })
      const created = (await res.json()) as JobView
      setJob(created)
      void poll(created.id)
    } catch (err) {
      if (err instanceof ApiError) setError(err)
    }
  }

  return (
    <section aria-labelledby="batch-title">
      <h1 id="batch-title">Batch screening</h1>
      <p class="hint">
        A CSV with a header (<code>id,name,type,country,dob</code>; only <code>name</code> is required) or
        JSONL with one <code>{'{"id","name",…}'}</code> object per line. Results come one per row, in your
        order.
      </p>
      <form class="batch-form" onSubmit={submit}>
        <div class="field wide">
          <label for="file">File</label>
          <input
            id="file"
            type="file"
            accept=".csv,.jsonl,.ndjson,.json,text/csv"
            required
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <ThresholdField id="batch-threshold" value={threshold} onChange={setThreshold} />
        <div class="actions">
          <button type="submit" disabled={!file || job?.status === 'running'}>
            Upload and screen
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {job && <Progress job={job} />}
      {job && results && <ResultsTable job={job} results={results} />}
    </section>
  )
}

function Progress({ job }: { job: JobView }) {
  const pct = job.total ? Math.round((job.done / job.total) * 100) : 0
  const label = `Screening ${job.fileName}`
  return (
    <div class="progress" aria-live="polite">
      <div class="progress-label" id="progress-label">
        {label}: {job.done.toLocaleString()} of {job.total.toLocaleString()} rows
        {job.status === 'done' && ' — done'}
        {job.status === 'failed' && ` — failed: ${job.error ?? 'unknown error'}`}
        {job.stalled && ' — stalled (the server running it stopped)'}
      </div>
      <div
        class="bar"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div class={`fill ${job.status}`} style={{ width: `${pct}%` }} />
      </div>
      <p class="counts">
        <span class="hit">{job.matched} with matches</span> ·{' '}
        <span>{job.done - job.matched - job.bad} clear</span> · <span class="bad">{job.bad} bad rows</span>
      </p>
    </div>
  )
}
