import type { ChangeSummary } from '../../../src/service/changes/change-summaries.js'

const PALETTE = [
  '#1f6feb',
  '#cf222e',
  '#1a7f37',
  '#9a6700',
  '#8250df',
  '#bf3989',
  '#0a7d8c',
  '#6e7781',
  '#e16f24',
  '#4d2d9b',
  '#7d8a1a',
  '#0550ae',
]

/** Lists in order of how much they changed, each with a colour. */
export function listColours(changes: readonly ChangeSummary[]): Map<string, string> {
  const total = new Map<string, number>()
  for (const c of changes)
    for (const [list, n] of Object.entries(c.byList))
      total.set(list, (total.get(list) ?? 0) + (n.added ?? 0) + (n.removed ?? 0))
  const lists = [...total].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  return new Map(lists.map(([list], i) => [list, PALETTE[i % PALETTE.length]!]))
}

/** Additions above the axis and removals below it, one stacked column per change, coloured by list. */
export function ChangesOverTime({ changes }: { changes: readonly ChangeSummary[] }) {
  const colours = listColours(changes)
  const up = (c: ChangeSummary) => Object.values(c.byList).reduce((n, l) => n + (l.added ?? 0), 0)
  const down = (c: ChangeSummary) => Object.values(c.byList).reduce((n, l) => n + (l.removed ?? 0), 0)
  const maxUp = Math.max(1, ...changes.map(up))
  const maxDown = Math.max(1, ...changes.map(down))
  const W = 860
  const H = 260
  const axis = 20 + (H - 40) * (maxUp / (maxUp + maxDown))
  const scale = (H - 40) / (maxUp + maxDown)
  const step = (W - 60) / Math.max(1, changes.length)
  const bar = Math.min(48, step * 0.7)
  const label = `Additions and removals per list update: ${changes.map((c) => `${c.to}: +${up(c)} −${down(c)}`).join('; ')}`
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H + 30}`} role="img" aria-label={label}>
        <line x1={50} x2={W} y1={axis} y2={axis} stroke="#57606a" />
        <text x={4} y={axis - 4} class="axis-label">
          added
        </text>
        <text x={4} y={axis + 14} class="axis-label">
          removed
        </text>
        {changes.map((c, i) => {
          const x = 60 + i * step + (step - bar) / 2
          let top = axis
          let bottom = axis
          return (
            <g key={c.id}>
              {[...colours].map(([list, colour]) => {
                const counts = c.byList[list]
                if (!counts) return null
                const a = (counts.added ?? 0) * scale
                const r = (counts.removed ?? 0) * scale
                top -= a
                const addRect = a > 0 && <rect x={x} y={top} width={bar} height={a} fill={colour} />
                const remRect = r > 0 && (
                  <rect x={x} y={bottom} width={bar} height={r} fill={colour} opacity={0.55} />
                )
                bottom += r
                return (
                  <g key={list}>
                    {addRect}
                    {remRect}
                  </g>
                )
              })}
              <text x={x + bar / 2} y={H + 20} text-anchor="middle" class="tick">
                {c.to ?? c.createdAt.slice(0, 10)}
              </text>
              {up(c) > 0 && (
                <text x={x + bar / 2} y={top - 4} text-anchor="middle" class="value">
                  +{up(c)}
                </text>
              )}
              {down(c) > 0 && (
                <text x={x + bar / 2} y={bottom + 12} text-anchor="middle" class="value">
                  −{down(c)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        {[...colours].map(([list, colour]) => (
          <span key={list} class="legend">
            <span class="swatch" style={{ background: colour }} /> {list}
          </span>
        ))}
        <span class="hint"> (removals in the lighter shade, below the line)</span>
      </figcaption>
    </figure>
  )
}

/** Countries with the most additions and removals over the changes shown. */
export function ChangesByCountry({ changes, top = 15 }: { changes: readonly ChangeSummary[]; top?: number }) {
  const sum = new Map<string, { added: number; removed: number }>()
  for (const c of changes)
    for (const [cc, n] of Object.entries(c.byCountry)) {
      const s = sum.get(cc) ?? { added: 0, removed: 0 }
      s.added += n.added ?? 0
      s.removed += n.removed ?? 0
      sum.set(cc, s)
    }
  const rows = [...sum].sort((a, b) => b[1].added + b[1].removed - (a[1].added + a[1].removed)).slice(0, top)
  const max = Math.max(1, ...rows.map(([, s]) => Math.max(s.added, s.removed)))
  return (
    <table class="bars country-bars">
      <caption>Additions and removals by country (top {rows.length})</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Added</th>
          <th scope="col">Removed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([cc, s]) => (
          <tr key={cc}>
            <th scope="row">{cc}</th>
            <td>
              <span class="hbar added" style={{ width: `${(s.added / max) * 14}rem` }} aria-hidden="true" />
              <span class="n">{s.added}</span>
            </td>
            <td>
              <span
                class="hbar removed"
                style={{ width: `${(s.removed / max) * 14}rem` }}
                aria-hidden="true"
              />
              <span class="n">{s.removed}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
