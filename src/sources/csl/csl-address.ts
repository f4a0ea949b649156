import type { Address } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'
import { clean } from '../common/text.js'

export interface CslAddressParts {
  address?: unknown
  city?: unknown
  state?: unknown
  postal_code?: unknown
  country?: unknown
}

/**
 * A structured CSL address (JSON). The country is usually ISO-2, but some rows carry names or regions
 * ("TURKIYE", "REGION: WEST BANK"): those are resolved when possible and otherwise kept in `full`.
 */
export function cslAddress(parts: CslAddressParts): Address | undefined {
  const street = clean(parts.address)
  const city = clean(parts.city)
  const state = clean(parts.state)
  const postalCode = clean(parts.postal_code)
  const countryText = clean(parts.country)
  const country = toIso2(countryText?.replace(/^REGION:\s*/i, ''))
  const address: Address = {}
  if (street) address.street = street
  if (city) address.city = city
  if (state) address.state = state
  if (postalCode) address.postalCode = postalCode
  if (country) address.country = country
  if (countryText && countryText !== country) {
    address.full = [street, city, state, postalCode, countryText].filter(Boolean).join(', ')
  }
  return Object.keys(address).length > 0 ? address : undefined
}

/**
 * A CSV address: one comma-joined string "street, city, state, postal, CC". Only the trailing ISO-2
 * country is reliable (the other parts are optional, so positions shift); the rest stays in `full`.
 */
export function cslAddressLine(line: string): Address | undefined {
  const full = clean(line)
  if (full === undefined) return undefined
  const parts = full.split(/,\s*/)
  const last = parts.at(-1)
  const country = last && /^[A-Z]{2}$/.test(last) ? last : toIso2(last)
  if (!country) return { full }
  return full === country ? { country } : { full, country }
}
