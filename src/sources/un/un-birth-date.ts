import type { PartialDate } from '../../model/entity.js'
import { parseDate } from '../common/dates.js'
import { textOf, type XmlNode } from '../common/xml-records.js'

/**
 * INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE EXACT with DATE or YEAR; APPROXIMATELY with the same (kept with raw
 * "approximately ..."); BETWEEN with FROM_YEAR and TO_YEAR, a range. Undefined for the empty placeholder.
 */
export function unBirthDate(node: XmlNode): PartialDate | undefined {
  const type = textOf(node, 'TYPE_OF_DATE')?.toUpperCase()
  const note = textOf(node, 'NOTE')
  const from = parseDate(textOf(node, 'FROM_YEAR'))
  const to = parseDate(textOf(node, 'TO_YEAR'))
  if (from && to) return { from, to, raw: `between ${from} and ${to}` }
  const written = textOf(node, 'DATE') ?? textOf(node, 'YEAR')
  const date = parseDate(written)
  if (date) return type === 'APPROXIMATELY' ? { date, raw: `approximately ${written}` } : { date }
  const raw = [written, note].filter(Boolean).join('; ')
  return raw ? { raw } : undefined
}
