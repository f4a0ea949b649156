import { useEffect, useState } from 'preact/hooks'
import type { Determination } from '../../../src/ear/types.js'
import { ApiError, getJson, postJson } from '../api.js'
import { DeterminationView } from '../components/determination-view.js'
import { ErrorNote } from '../components/form-bits.js'

interface EndUse {
  code: string
  title: string
  citation: string
}

/** "Name @CN" per line → parties; a two-letter suffix after @ is the party's country. */
export function parseParties(text: string): Array<{ name: string; country?: string }> {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*\S)\s*@\s*([A-Za-z]{2})$/.exec(line)
      return m ? { name: m[1]!, country: m[2]!.toUpperCase() } : { name: line }
    })
}

/** The licence-determination form: item, destination, parties, end uses; the answer with its reasons. */
export function DeterminePage() {
  const [eccn, setEccn] = useState('')
  const [to, setTo] = useState('')
  const [region, setRegion] = useState('')
  const [parties, setParties] = useState('')
  const [uses, setUses] = useState<string[]>([])
  const [asOf, setAsOf] = useState('')
  const [answers, setAnswers] = useState<Record<string, 'yes' | 'no'>>({})
  const [endUses, setEndUses] = useState<EndUse[]>([])
  const [result, setResult] = useState<(Determination & { recordId?: string }) | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    getJson<{ endUses: EndUse[] }>('/v1/determine/end-uses')
      .then((r) => setEndUses(r.endUses))
      .catch(() => undefined)
  }, [])

  const run = async (withAnswers: Record<string, 'yes' | 'no'>) => {
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = { eccn: eccn.trim(), to: to.trim() }
    if (region) body.region = region
    const list = parseParties(parties)
    if (list.length) body.parties = list
    if (uses.length) body.endUses = uses
    if (asOf) body.asOf = asOf
    if (Object.keys(withAnswers).length) body.answers = withAnswers
    try {
      setResult(await postJson<Determination & { recordId?: string }>('/v1/determine', body))
    } catch (err) {
      setResult(null)
      if (err instanceof ApiError) setError(err)
    } finally {
      setBusy(false)
    }
  }
  const answer = (id: string, value: 'yes' | 'no') => {
    const next = { ...answers, [id]: value }
    setAnswers(next)
    void run(next)
  }

  return (
    <section aria-labelledby="determine-title">
      <h1 id="determine-title">Licence determination (EAR)</h1>
      <form
        class="determine-form"
        onSubmit={(e) => {
          e.preventDefault()
          setAnswers({})
          void run({})
        }}
      >
        <div class="field">
          <label for="eccn">Item (ECCN or EAR99)</label>
          <input
            id="eccn"
            required
            maxLength={20}
            placeholder="3A090.a"
            value={eccn}
            onInput={(e) => setEccn(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="to">Destination</label>
          <input
            id="to"
            required
            maxLength={60}
            placeholder="CN or China"
            value={to}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="region">Region</label>
          <select id="region" value={region} onChange={(e) => setRegion(e.currentTarget.value)}>
            <option value="">—</option>
            <option value="crimea">Crimea</option>
            <option value="dnr">Donetsk (DNR)</option>
            <option value="lnr">Luhansk (LNR)</option>
          </select>
        </div>
        <div class="field">
          <label for="as-of">As of</label>
          <input id="as-of" type="date" value={asOf} onInput={(e) => setAsOf(e.currentTarget.value)} />
        </div>
        <div class="field wide">
          <label for="parties">Parties (one per line, optional “@CC”)</label>
          <textarea
            id="parties"
            rows={3}
            placeholder={'Shenzhen Example Trading Co @CN'}
            value={parties}
            onInput={(e) => setParties(e.currentTarget.value)}
          />
        </div>
        {endUses.length > 0 && (
          <fieldset class="lists end-uses">
            <legend>End uses you know of</legend>
            {endUses.map((u) => (
              <label key={u.code} class="check" title={`${u.title} (${u.citation})`}>
                <input
                  type="checkbox"
                  checked={uses.includes(u.code)}
                  onChange={() =>
                    setUses(uses.includes(u.code) ? uses.filter((c) => c !== u.code) : [...uses, u.code])
                  }
                />{' '}
                {u.code}
              </label>
            ))}
          </fieldset>
        )}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Determining…' : 'Determine'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      <div aria-live="polite">{result && <DeterminationView d={result} onAnswer={answer} />}</div>
    </section>
  )
}
