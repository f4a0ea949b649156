import { useState } from 'preact/hooks'
import type { ScreenJson } from '../../../src/service/screen-json.js'
import { ApiError, postJson } from '../api.js'
import { DataLine } from '../components/data-line.js'
import { ErrorNote, ListPicker, ThresholdField } from '../components/form-bits.js'
import { MatchCard } from '../components/match-card.js'

interface Form {
  name: string
  type: string
  country: string
  dob: string
  threshold: string
  lists: string[]
}

const EMPTY: Form = { name: '', type: '', country: '', dob: '', threshold: '', lists: [] }

/** Screen one party: the answer shows each match with its matched alias and explanation, and the data's age. */
export function ScreenPage() {
  const [form, setForm] = useState<Form>(EMPTY)
  const [result, setResult] = useState<ScreenJson | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (k: keyof Form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value })

  const submit = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = { name: form.name }
    if (form.type) body.type = form.type
    if (form.country.trim()) body.country = form.country.trim()
    if (form.dob.trim()) body.dob = form.dob.trim()
    if (form.threshold.trim()) body.threshold = Number(form.threshold)
    if (form.lists.length) body.lists = form.lists
    try {
      setResult(await postJson<ScreenJson>('/v1/screen', body))
    } catch (err) {
      setResult(null)
      setError(err instanceof ApiError ? err : new ApiError(0, { code: 'TC_NETWORK', message: String(err) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Screen a party</h1>
      <form class="screen-form" onSubmit={submit}>
        <div class="field wide">
          <label for="name">Name</label>
          <input id="name" required maxLength={500} value={form.name} onInput={set('name')} />
        </div>
        <div class="field">
          <label for="type">Type</label>
          <select id="type" value={form.type} onChange={set('type')}>
            <option value="">any</option>
            <option value="organization">organization</option>
            <option value="person">person</option>
            <option value="vessel">vessel</option>
            <option value="aircraft">aircraft</option>
          </select>
        </div>
        <div class="field">
          <label for="country">Country</label>
          <input
            id="country"
            maxLength={2}
            size={3}
            placeholder="CN"
            value={form.country}
            onInput={set('country')}
          />
        </div>
        <div class="field">
          <label for="dob">Date of birth</label>
          <input id="dob" placeholder="YYYY-MM-DD" maxLength={10} value={form.dob} onInput={set('dob')} />
        </div>
        <ThresholdField
          id="threshold"
          value={form.threshold}
          onChange={(threshold) => setForm({ ...form, threshold })}
        />
        <ListPicker value={form.lists} onChange={(lists) => setForm({ ...form, lists })} />
        <div class="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      <div aria-live="polite">{result && <ScreenResult result={result} />}</div>
    </section>
  )
}

function ScreenResult({ result }: { result: ScreenJson }) {
  const n = result.matches.length
  return (
    <div class="result">
      <h2 class={n ? 'verdict hit' : 'verdict clear'}>
        {n
          ? `${n} match${n > 1 ? 'es' : ''}: review before dealing with “${result.query.name}”`
          : `Clear: no match for “${result.query.name}”`}
      </h2>
      <DataLine data={result.data} />
      {result.matches.map((m) => (
        <MatchCard key={m.entityId} match={m} />
      ))}
    </div>
  )
}
