import { figures, type Outcome } from './metrics.js'

export interface CurvePoint {
  threshold: number
  recall: number
  top1: number
  fpr: number
  /** Share of alerts that are true: positives found over (found + false alerts). */
  precision: number
}

export function sweep(outcomes: readonly Outcome[], from = 0.6, to = 0.99): CurvePoint[] {
  const points: CurvePoint[] = []
  for (let t = from; t <= to + 1e-9; t += 0.01) {
    const threshold = Math.round(t * 100) / 100
    const f = figures(outcomes, threshold)
    const found = f.recall * f.positives
    const alerts = f.fpr * f.negatives
    points.push({
      threshold,
      recall: f.recall,
      top1: f.top1,
      fpr: f.fpr,
      precision: found / (found + alerts || 1),
    })
  }
  return points
}

/**
 * The lowest threshold (so the highest recall) whose false-positive rate on the calibration pool is at most
 * half the 1 % budget: the other half is margin for names unlike any we calibrated on.
 */
export function chooseThreshold(points: readonly CurvePoint[], maxFpr = 0.005): number {
  return points.find((p) => p.fpr <= maxFpr)?.threshold ?? points.at(-1)!.threshold
}

/** A small self-contained SVG: recall, top-1 and FPR against the threshold, calibration and holdout. */
export function curveSvg(points: readonly CurvePoint[], chosen: number, holdout: readonly Outcome[]): string {
  const W = 640
  const H = 400
  const m = { l: 50, r: 150, t: 30, b: 40 }
  const x = (t: number) => m.l + ((t - 0.6) / 0.39) * (W - m.l - m.r)
  const y = (v: number) => H - m.b - v * (H - m.t - m.b)
  const hold = sweep(holdout)
  const path = (ps: readonly CurvePoint[], f: (p: CurvePoint) => number) =>
    ps.map((p, i) => `${i ? 'L' : 'M'}${x(p.threshold).toFixed(1)},${y(f(p)).toFixed(1)}`).join(' ')
  const series: Array<[string, string, readonly CurvePoint[], (p: CurvePoint) => number, string]> = [
    ['recall (calibration)', '#1f77b4', points, (p) => p.recall, ''],
    ['top-1 (calibration)', '#2ca02c', points, (p) => p.top1, ''],
    ['FPR ×10 (calibration)', '#d62728', points, (p) => Math.min(1, p.fpr * 10), ''],
    ['recall (holdout)', '#1f77b4', hold, (p) => p.recall, '4 3'],
    ['FPR ×10 (holdout)', '#d62728', hold, (p) => Math.min(1, p.fpr * 10), '4 3'],
  ]
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line x1="${m.l}" x2="${W - m.r}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${m.l - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${v}</text>`,
    )
    .join('')
  const ticks = [0.6, 0.7, 0.8, 0.9]
    .map((t) => `<text x="${x(t)}" y="${H - m.b + 16}" text-anchor="middle" font-size="11">${t}</text>`)
    .join('')
  const lines = series
    .map(
      ([, c, ps, f, dash]) =>
        `<path d="${path(ps, f)}" fill="none" stroke="${c}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    )
    .join('')
  const legend = series
    .map(
      ([label, c, , , dash], i) =>
        `<line x1="${W - m.r + 10}" x2="${W - m.r + 30}" y1="${m.t + 10 + i * 18}" y2="${m.t + 10 + i * 18}" stroke="${c}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${W - m.r + 34}" y="${m.t + 14 + i * 18}" font-size="11">${label}</text>`,
    )
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${m.l}" y="18" font-size="13">Matcher: recall, top-1 and false-positive rate (×10) by threshold</text>
${grid}${ticks}
<line x1="${x(chosen)}" x2="${x(chosen)}" y1="${m.t}" y2="${H - m.b}" stroke="#555" stroke-dasharray="2 2"/>
<text x="${x(chosen) + 4}" y="${m.t + 12}" font-size="11">default ${chosen}</text>
<line x1="${m.l}" x2="${W - m.r}" y1="${y(0.1)}" y2="${y(0.1)}" stroke="#d62728" stroke-dasharray="1 3"/>
<text x="${W - m.r - 4}" y="${y(0.1) - 4}" text-anchor="end" font-size="10" fill="#d62728">FPR 1 %</text>
${lines}${legend}
<text x="${(W - m.r + m.l) / 2}" y="${H - 6}" text-anchor="middle" font-size="12">threshold</text>
</svg>
`
}
