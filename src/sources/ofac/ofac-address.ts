import type { Address } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'

/**
 * An OFAC address from its parts (street, the "city, state/province, postal code" field as one string,
 * country name). The middle field mixes city, state and postcode freely, so it stays in `full`.
 */
export function ofacAddress(
  street: string | undefined,
  cityLine: string | undefined,
  countryName: string | undefined,
): Address | undefined {
  const parts = [street, cityLine, countryName].filter((p): p is string => p !== undefined)
  if (parts.length === 0) return undefined
  const address: Address = {}
  if (street) address.street = street
  const country = toIso2(countryName?.replace(/^Region:\s*/i, ''))
  if (country) address.country = country
  if (parts.length > 1 || !country) address.full = parts.join(', ')
  return address
}
