import type { PartialDate } from '../../model/entity.js'
import { clean } from './text.js'

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

const pad = (n: number): string => String(n).padStart(2, '0')

function isoDate(y: number, m?: number, d?: number): string | undefined {
  if (y < 1000 || y > 2999) return undefined
  if (m === undefined) return String(y)
  if (m < 1 || m > 12) return undefined
  if (d === undefined) return `${y}-${pad(m)}`
  const probe = new Date(Date.UTC(y, m - 1, d))
  if (probe.getUTCMonth() !== m - 1) return undefined
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * One date as the lists write it, to "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined when it is not a date.
 * Accepts ISO (with or without time), MM/DD/YYYY (US lists), DD/MM/YYYY is never assumed,
 * "12 Mar 1965", "Mar 1965", "12 March 1965" and a bare year.
 */
export function parseDate(value: string | undefined): string | undefined {
  const s = clean(value)
  if (s === undefined) return undefined
  let m = s.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/)
  if (m) return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))
  m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)
  if (m) return isoDate(Number(m[3]), Number(m[1]), Number(m[2]))
  m = s.match(/^(?:(\d{1,2})[\s-]+)?([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/)
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase().slice(0, 3)]
    if (month === undefined) return undefined
    return isoDate(Number(m[3]), month, m[1] === undefined ? undefined : Number(m[1]))
  }
  m = s.match(/^(\d{4})$/)
  if (m) return isoDate(Number(m[1]))
  return undefined
}

/**
 * A birth date as written, keeping ranges ("1960 to 1962", "Between 1960 and 1962") and approximations
 * ("circa 1965" keeps 1965 with the raw text; "1979-1982" is a range) and the raw text when it cannot be parsed.
 */
export function parsePartialDate(value: string | undefined): PartialDate | undefined {
  const s = clean(value)
  if (s === undefined) return undefined
  const exact = parseDate(s)
  if (exact) return { date: exact }
  // An approximate date keeps its value or range; raw keeps the "circa" for whoever weighs it.
  const approx = s.match(/^(?:circa|ca\.?|approximately|approx\.?|about)\s+(.+)$/i)
  if (approx) {
    const inner = parsePartialDate(approx[1])
    if (inner && (inner.date || inner.from)) return { ...inner, raw: s }
  }
  const range = s.match(/^(?:between\s+)?(.+?)\s*(?:\s(?:to|and)\s|[-–])\s*(.+)$/i)
  if (range) {
    const from = parseDate(range[1])
    const to = parseDate(range[2])
    if (from && to) return { from, to, raw: s }
  }
  return { raw: s }
}

/** The newest of some YYYY[-MM[-DD]] strings (lexical order works for ISO dates). */
export function newestDate(dates: Iterable<string | undefined>): string | undefined {
  let best: string | undefined
  for (const d of dates) if (d !== undefined && (best === undefined || d > best)) best = d
  return best
}
