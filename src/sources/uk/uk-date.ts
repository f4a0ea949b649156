import type { PartialDate } from '../../model/entity.js'
import { clean } from '../common/text.js'

const pad = (n: string): string => n.padStart(2, '0')

/**
 * OFSI dates are DD/MM/YYYY, with 00 for an unknown day or month ("00/00/1980" is a year). Returns
 * YYYY[-MM[-DD]], or undefined when the text is not such a date.
 */
export function ukDate(value: string | undefined): string | undefined {
  const m = clean(value)?.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)
  if (!m) return undefined
  const [, d = '0', mo = '0', y = ''] = m
  if (Number(mo) > 12 || Number(d) > 31) return undefined
  if (Number(mo) === 0) return y
  if (Number(d) === 0) return `${y}-${pad(mo)}`
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  return probe.getUTCDate() === Number(d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined
}

/** A date of birth: parsed when possible, else kept raw. */
export function ukBirthDate(value: string | undefined): PartialDate | undefined {
  const raw = clean(value)
  if (!raw) return undefined
  const date = ukDate(raw)
  return date ? { date } : { raw }
}
