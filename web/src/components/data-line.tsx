import type { DataJson } from '../../../src/service/screen-json.js'

/** "US CSL published 2026-07-31, 10 days old": every answer says what it was screened against. */
export function DataLine({ data }: { data: DataJson[] }) {
  if (data.length === 0) return <p class="data warn">No list in force.</p>
  return (
    <p class="data">
      Screened against{' '}
      {data.map((d, i) => (
        <span key={d.source}>
          {i > 0 && ', '}
          <strong>{d.source}</strong> published {d.published ?? 'on an unknown date'}
          {d.ageDays !== null && (
            <span class={d.ageDays > 7 ? 'age stale' : 'age'}>
              {' '}
              ({d.ageDays} day{d.ageDays === 1 ? '' : 's'} old)
            </span>
          )}
        </span>
      ))}
      .
    </p>
  )
}
