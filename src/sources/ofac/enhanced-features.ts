import type { Identifier, PartialDate } from '../../model/entity.js'
import { toIso2 } from '../common/countries.js'
import { parseDate, parsePartialDate } from '../common/dates.js'
import { kid, kids, textOf, type XmlNode } from '../common/xml-records.js'
import { type RefTable, refText } from './enhanced-refs.js'

export interface EnhancedFeatures {
  birthDates: PartialDate[]
  birthPlaces: string[]
  nationalities: string[]
  citizenships: string[]
  gender?: string
  identifiers: Identifier[]
  listingDates: string[]
}

// Regulatory notes (directives, secondary-sanctions risk) are not facts about the party; the remarks keep them.
const NOT_IDENTIFIERS =
  /^(Secondary sanctions risk|Executive Order|CAATSA|Effective Date|Purchase\/Sales|IFCA|PEESA|Transactions Prohibited|Additional Sanctions)/i

const country = (name: string): string => toIso2(name) ?? name

/** features/feature: birth facts, nationality, gender, and the identifier-like features (Website, ISIN, ...). */
export function enhancedFeatures(entity: XmlNode, refs: RefTable): EnhancedFeatures {
  const out: EnhancedFeatures = {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    identifiers: [],
    listingDates: [],
  }
  for (const feature of kids(kid(entity, 'features'), 'feature')) {
    const type = refText(kid(feature, 'type'), refs)?.replace(/\s*[:-]\s*$/, '')
    const value = textOf(feature, 'value') ?? refText(kid(feature, 'valueRefId'), refs)
    if (!type || !value) continue
    if (type === 'Birthdate') {
      const date = parsePartialDate(value)
      if (date) out.birthDates.push(date)
    } else if (type === 'Place of Birth') out.birthPlaces.push(value)
    else if (type === 'Nationality Country') out.nationalities.push(country(value))
    else if (type === 'Citizenship Country') out.citizenships.push(country(value))
    else if (type === 'Gender') out.gender = value
    else if (/^Listing Date/i.test(type)) {
      const date = parseDate(value)
      if (date) out.listingDates.push(date)
    } else if (!NOT_IDENTIFIERS.test(type)) out.identifiers.push({ type, value })
  }
  return out
}
