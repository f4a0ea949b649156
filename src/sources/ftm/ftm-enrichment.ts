import type { Address, Identifier } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'
import { parseDate } from '../common/dates.js'
import { type FtmEntity, prop } from './ftm-entity.js'

/** What Sanction, Passport and Identification records add to the party they point at. */
export interface Enrichment {
  identifiers: Identifier[]
  programs: string[]
  listedOn: string[]
}

const iso = (codes: string[]): string | undefined => {
  const code = codes[0]
  return code ? (toIso2(code.toUpperCase()) ?? code.toUpperCase()) : undefined
}

export function ftmAddress(entity: FtmEntity): Address | undefined {
  const full = prop(entity, 'full')[0]
  const street = prop(entity, 'street')[0]
  const city = prop(entity, 'city').at(-1)
  const postalCode = prop(entity, 'postalCode')[0]
  const country = iso(prop(entity, 'country'))
  const text = full ?? [street, city, postalCode].filter(Boolean).join(', ')
  if (!text && !country) return undefined
  const address: Address = {}
  if (text) address.full = text
  if (street) address.street = street
  if (city) address.city = city
  if (postalCode) address.postalCode = postalCode
  if (country && /^[A-Z]{2}$/.test(country)) address.country = country
  return address
}

/** Enrichments per party id, gathered from the records that point at a party. */
export function gatherEnrichments(records: FtmEntity[]): Map<string, Enrichment> {
  const out = new Map<string, Enrichment>()
  const forParty = (id: string): Enrichment => {
    let e = out.get(id)
    if (!e) {
      e = { identifiers: [], programs: [], listedOn: [] }
      out.set(id, e)
    }
    return e
  }
  for (const r of records) {
    if (r.schema === 'Sanction') {
      for (const target of prop(r, 'entity')) {
        const e = forParty(target)
        e.programs.push(...prop(r, 'program'))
        const date = parseDate(prop(r, 'listingDate')[0] ?? prop(r, 'startDate')[0])
        if (date) e.listedOn.push(date)
      }
    } else if (r.schema === 'Passport' || r.schema === 'Identification') {
      const value = prop(r, 'number')[0] ?? prop(r, 'passportNumber')[0]
      if (!value) continue
      const id: Identifier = {
        type: r.schema === 'Passport' ? 'Passport' : (prop(r, 'type')[0] ?? 'Identification'),
        value,
      }
      const country = iso(prop(r, 'country'))
      if (country) id.country = country
      for (const holder of prop(r, 'holder')) forParty(holder).identifiers.push(id)
    }
  }
  return out
}
