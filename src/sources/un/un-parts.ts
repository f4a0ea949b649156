import type { Address, Identifier } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'
import { parseDate } from '../common/dates.js'
import { makeAddress } from '../common/make-address.js'
import { textOf, type XmlNode } from '../common/xml-records.js'

const join = (parts: Array<string | undefined>): string | undefined => {
  const kept = parts.filter((p): p is string => p !== undefined)
  return kept.length > 0 ? kept.join(', ') : undefined
}

/** INDIVIDUAL_ADDRESS / ENTITY_ADDRESS: structured parts, the country resolved to ISO-2 where possible. */
export const unAddress = (node: XmlNode): Address | undefined =>
  makeAddress({
    street: textOf(node, 'STREET'),
    city: textOf(node, 'CITY'),
    state: textOf(node, 'STATE_PROVINCE'),
    postalCode: textOf(node, 'ZIP_CODE'),
    country: textOf(node, 'COUNTRY'),
    extra: [textOf(node, 'NOTE')],
  })

/** INDIVIDUAL_PLACE_OF_BIRTH as one "city, state, country" string. */
export const unPlaceOfBirth = (node: XmlNode): string | undefined =>
  join([
    textOf(node, 'STREET'),
    textOf(node, 'CITY'),
    textOf(node, 'STATE_PROVINCE'),
    textOf(node, 'COUNTRY'),
  ])

/** INDIVIDUAL_DOCUMENT with a NUMBER; issue date, city and note go to the identifier's note. */
export function unDocument(node: XmlNode): Identifier | undefined {
  const value = textOf(node, 'NUMBER')
  if (!value) return undefined
  const id: Identifier = {
    type: textOf(node, 'TYPE_OF_DOCUMENT') ?? textOf(node, 'TYPE_OF_DOCUMENT2') ?? 'Document',
    value,
  }
  const countryName = textOf(node, 'ISSUING_COUNTRY') ?? textOf(node, 'COUNTRY_OF_ISSUE')
  if (countryName) id.country = toIso2(countryName) ?? countryName
  const issued = textOf(node, 'DATE_OF_ISSUE')
  const note = join([
    issued ? `issued ${parseDate(issued) ?? issued}` : undefined,
    textOf(node, 'CITY_OF_ISSUE'),
    textOf(node, 'NOTE'),
  ])
  if (note) id.note = note
  return id
}
