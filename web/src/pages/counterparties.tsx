import { useEffect, useState } from 'preact/hooks'
import { type ApiError, api, getJson, showApiError, uploadType } from '../api.js'
import { ErrorNote, Notice } from '../components/form-bits.js'
import { percent } from '../components/highlight.js'

interface Counterparty {
  id: string
  name: string
  type?: string
  country?: string
  dob?: string
  matches: number
}

interface CounterpartyMatch {
  source: string
  entityId: string
  list: string
  score: number
  match: { name?: string; matchedName?: string }
}

interface WatchAlert {
  id: string
  counterpartyId: string
  entityId: string
  list: string
  score: number
  kind: 'new' | 'cleared' | 'changed'
  createdAt: string
  details: { counterpartyName: string; entityName: string; reason: string }
}

interface ImportResult {
  imported: number
  added: number
  updated: number
  unchanged: number
  alerts: { new: number; cleared: number; changed: number }
}

/** Monitored counterparties (reviewer role): import a file, see who matches, and the alerts list changes raised. */
export function CounterpartiesPage() {
  const [file, setFile] = useState<File | null>(null)
  const [list, setList] = useState<{ total: number; counterparties: Counterparty[]; next?: string } | null>(
    null,
  )
  const [open, setOpen] = useState<{ id: string; matches: CounterpartyMatch[] } | null>(null)
  const [kind, setKind] = useState('')
  const [alerts, setAlerts] = useState<WatchAlert[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState('')

  const guard = (work: () => Promise<void>) => work().catch(showApiError(setError))
  const loadPage = (afterId?: string) =>
    guard(async () => {
      const q = new URLSearchParams({ limit: '100' })
      if (afterId) q.set('afterId', afterId)
      const page = await getJson<{ total: number; counterparties: Counterparty[]; nextAfterId?: string }>(
        `/v1/counterparties?${q}`,
      )
      setList((before) => ({
        total: page.total,
        counterparties: afterId
          ? [...(before?.counterparties ?? []), ...page.counterparties]
          : page.counterparties,
        ...(page.nextAfterId ? { next: page.nextAfterId } : {}),
      }))
    })
  const loadAlerts = () =>
    guard(async () => {
      const r = await getJson<{ alerts: WatchAlert[] }>(`/v1/watch-alerts${kind ? `?kind=${kind}` : ''}`)
      setAlerts(r.alerts)
    })
  useEffect(() => void loadPage(), [])
  useEffect(() => void loadAlerts(), [kind])

  const upload = (e: Event) => {
    e.preventDefault()
    if (!file) return
    setError(null)
    setNotice('')
    void guard(async () => {
      const res = await api(`/v1/counterparties/import?${new URLSearchParams({ name: file.name })}`, {
        method: 'POST',
        headers: { 'content-type': uploadType(file) },
        body: file,
      })
      const r = (await res.json()) as ImportResult
      setNotice(
        `Imported ${r.imported} counterparties (${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged); alerts: ${r.alerts.new} new, ${r.alerts.cleared} cleared, ${r.alerts.changed} changed`,
      )
      await loadPage()
      await loadAlerts()
    })
  }

  const showMatches = (id: string) =>
    guard(async () => {
      const r = await getJson<{ matches: CounterpartyMatch[] }>(
        `/v1/counterparties/${encodeURIComponent(id)}`,
      )
      setOpen({ id, matches: r.matches })
    })

  return (
    <section aria-labelledby="cp-title">
      <h1 id="cp-title">Counterparties</h1>
      <p class="hint">
        Saved customers and suppliers, screened again whenever a list changes. A CSV with a header (
        <code>id,name,type,country,dob</code>) or JSONL; one bad row refuses the whole file.
      </p>
      <form class="batch-form" onSubmit={upload}>
        <div class="field wide">
          <label for="cp-file">Counterparty file</label>
          <input
            id="cp-file"
            type="file"
            accept=".csv,.jsonl,.ndjson,.json,text/csv"
            required
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <div class="actions">
          <button type="submit" disabled={!file}>
            Import and screen
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {list && (
        <>
          <h2>
            Monitored <span class="hint">({list.total.toLocaleString()})</span>
          </h2>
          {list.counterparties.length === 0 ? (
            <p class="hint">No counterparties yet.</p>
          ) : (
            <table class="grid counterparties">
              <caption class="sr-only">Monitored counterparties</caption>
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Country</th>
                  <th scope="col">Born</th>
                  <th scope="col">Matches</th>
                </tr>
              </thead>
              <tbody>
                {list.counterparties.map((c) => (
                  <tr key={c.id} class={open?.id === c.id ? 'selected' : ''}>
                    <td>{c.id}</td>
                    <td>{c.name}</td>
                    <td>{c.type ?? ''}</td>
                    <td>{c.country ?? ''}</td>
                    <td>{c.dob ?? ''}</td>
                    <td>
                      {c.matches > 0 ? (
                        <button
                          type="button"
                          class="secondary count"
                          aria-label={`${c.matches} matches of ${c.name}`}
                          onClick={() => void showMatches(c.id)}
                        >
                          {c.matches}
                        </button>
                      ) : (
                        0
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {list.next && (
            <button type="button" class="more secondary" onClick={() => void loadPage(list.next)}>
              More counterparties
            </button>
          )}
        </>
      )}
      {open && (
        <section aria-labelledby="cp-matches">
          <h2 id="cp-matches">Current matches of {open.id}</h2>
          <ul class="cp-matches">
            {open.matches.map((m) => (
              <li key={`${m.source}:${m.entityId}`}>
                <strong>{m.match.name ?? m.entityId}</strong> <span class="list">{m.list}</span>{' '}
                {percent(m.score)} <span class="entity">{m.entityId}</span>{' '}
                {m.match.matchedName && m.match.matchedName !== m.match.name && (
                  <span class="hint">as {m.match.matchedName}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 id="wa-title">Watch alerts</h2>
      <div class="toolbar">
        <div class="field">
          <label for="wa-kind">Kind</label>
          <select id="wa-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">all</option>
            <option value="new">new</option>
            <option value="cleared">cleared</option>
            <option value="changed">changed</option>
          </select>
        </div>
      </div>
      {alerts && alerts.length === 0 && <p class="hint">No open watch alerts.</p>}
      {alerts && alerts.length > 0 && (
        <table class="grid watch-alerts" aria-labelledby="wa-title">
          <thead>
            <tr>
              <th scope="col">Counterparty</th>
              <th scope="col">Listed entry</th>
              <th scope="col">Why</th>
              <th scope="col">Kind</th>
              <th scope="col">Score</th>
              <th scope="col">Raised</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.details.counterpartyName} <span class="entity">{a.counterpartyId}</span>
                </td>
                <td>
                  {a.details.entityName} <span class="list">{a.list}</span>
                </td>
                <td>{a.details.reason}</td>
                <td>{a.kind}</td>
                <td>{percent(a.score)}</td>
                <td>{a.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
