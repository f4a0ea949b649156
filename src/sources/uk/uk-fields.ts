import type { Address, Identifier } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'
import { makeAddress } from '../common/make-address.js'
import { clean } from '../common/text.js'

export type UkRow = (column: string) => string | undefined

/** "1) Saudi Arabia 2) Qatar" or "Syrian": split numbered lists, resolve names to ISO-2 where possible. */
export function ukNationalities(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(/\s*\d+\)\s*/)
    .flatMap((part) => clean(part.replace(/[.,;]+$/, '')) ?? [])
    .map((n) => toIso2(n) ?? n)
}

/** Address 1..6, Post/Zip Code and Country as one address. */
export function ukAddress(get: UkRow): Address | undefined {
  const lines = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6'].flatMap(
    (c) => get(c) ?? [],
  )
  return makeAddress({
    street: lines.join(', '),
    postalCode: get('Post/Zip Code'),
    country: get('Country'),
  })
}

/** Passport Details and NI Number; the number is pulled out of the prose when it says "No" or "number". */
export function ukIdentifiers(get: UkRow): Identifier[] {
  const ids: Identifier[] = []
  const passport = get('Passport Details')
  if (passport) {
    const number = passport.match(/(?:\bNo\b\.?:?|\bnumber\b:?)\s*([A-Z]{0,3}\d[\w-]*)/i)?.[1]
    ids.push(
      number ? { type: 'Passport', value: number, note: passport } : { type: 'Passport', value: passport },
    )
  }
  const ni = get('NI Number')
  if (ni) ids.push({ type: 'National Identification Number', value: ni })
  return ids
}
