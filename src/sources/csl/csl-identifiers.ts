import type { Identifier } from '../../model/entity.js'
import { clean } from '../common/text.js'

/**
 * One item of the CSV `ids` column: "[CC, ][date, [date, ]]value, type", e.g. "RU, 7736640919, Tax ID No."
 * or "JO, 2014-08-30, 2009-08-31, K475336, Passport". The type is always last and the country, when
 * present, first; dates (issue/expiry as OFAC gives them) go to the note. Values may themselves hold ", ".
 */
export function parseCslIdentifier(item: string): Identifier | undefined {
  const parts = item.split(', ').map((p) => p.trim())
  const type = clean(parts.pop()?.replace(/[:-]\s*$/, ''))
  if (!type || parts.length === 0) return undefined
  let country: string | undefined
  if (parts.length > 1 && /^[A-Z]{2}$/.test(parts[0] ?? '')) country = parts.shift()
  const dates: string[] = []
  while (parts.length > 1 && /^\d{4}-\d{2}-\d{2}$/.test(parts[0] ?? '')) dates.push(parts.shift() as string)
  const value = clean(parts.join(', '))
  if (!value) return undefined
  const id: Identifier = { type, value }
  if (country) id.country = country
  if (dates.length > 0) id.note = `dates ${dates.join(', ')}`
  return id
}
