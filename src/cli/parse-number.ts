import { badInput } from '../errors.js'

/** A number flag: "5000000", "5,000,000", "$5m" is not accepted, "5e6" is; "80%" for percentages. */
export function parseNumberFlag(value: string, flag: string, options: { percent?: boolean } = {}): number {
  const text = value.trim().replace(/[,_]/g, '').replace(/^\$/, '')
  const bare = options.percent ? text.replace(/\s*%$/, '') : text
  const n = Number(bare)
  if (bare === '' || !Number.isFinite(n)) throw badInput(flag, `must be a number, not "${value}"`)
  return n
}

/** A date flag: YYYY-MM-DD and a real day. */
export function parseDateFlag(value: string, flag: string): string {
  const s = value.trim()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw badInput(flag, `must be YYYY-MM-DD, not "${value}"`)
  const d = new Date(`${s}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
    throw badInput(flag, `is not a real date: "${value}"`)
  return s
}
