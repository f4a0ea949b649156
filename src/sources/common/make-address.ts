import type { Address } from '../../model/entity.js'
import { toIso2 } from './countries.js'

export interface AddressParts {
  street?: string | undefined
  city?: string | undefined
  state?: string | undefined
  postalCode?: string | undefined
  /** The country as the list writes it: ISO-2, a name, or "Region: ..." text. */
  country?: string | undefined
  /** Notes the list attaches ("as of June 2016"); they go into `full` only. */
  extra?: Array<string | undefined>
}

/**
 * An Address from structured parts: `full` joins every part in the usual order, and the country is resolved
 * to ISO-2 where the text allows (regions and unknown names stay only in `full`). Undefined when empty.
 */
export function makeAddress(parts: AddressParts): Address | undefined {
  const { street, city, state, postalCode, country: countryText } = parts
  const full = [street, city, state, postalCode, countryText, ...(parts.extra ?? [])]
    .filter(Boolean)
    .join(', ')
  if (full === '') return undefined
  const address: Address = { full }
  if (street) address.street = street
  if (city) address.city = city
  if (state) address.state = state
  if (postalCode) address.postalCode = postalCode
  const country = toIso2(countryText?.replace(/^Region:\s*/i, ''))
  if (country) address.country = country
  return address
}
