import type { Identifier, NameKind, PartialDate } from '../../model/entity.js'
import type { AliasInit } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { parsePartialDate } from '../common/dates.js'
import { splitRemarks } from './split-remarks.js'

/** The facts OFAC packs into Remarks, as canonical fields. The remarks text itself is kept verbatim too. */
export interface RemarkFacts {
  birthDates: PartialDate[]
  birthPlaces: string[]
  nationalities: string[]
  citizenships: string[]
  gender?: string
  aliases: AliasInit[]
  linkedTo: string[]
  identifiers: Identifier[]
}

// Identifier labels seen in the SDN remarks (2023-12-28), longest first so "Diplomatic Passport" wins.
const ID_TYPES = [
  "Aircraft Manufacturer's Serial Number (MSN)",
  'Aircraft Construction Number (also called L/N or S/N or F/N)',
  'Vessel Registration Identification',
  'Unified Social Credit Code (USCC)',
  'Economic Register Number (CBLS)',
  'Central Registration System Number',
  'Dubai Chamber of Commerce Membership No.',
  'Istanbul Chamber of Comm. No.',
  'Business Registration Document #',
  'Business Registration Number',
  'Commercial Registry Number',
  'Government Gazette Number',
  'Certificate of Incorporation Number',
  'National Foreign ID Number',
  'Birth Certificate Number',
  'Chamber of Commerce Number',
  'Public Registration Number',
  'Electoral Registry No.',
  'Matricula Mercantil No',
  'Folio Mercantil No.',
  'Registration Number',
  'Identification Number',
  'Registration ID',
  'Diplomatic Passport',
  'National ID No.',
  'Personal ID Card',
  'Residency Number',
  "Driver's License No.",
  'Trade License No.',
  'Legal Entity Number',
  'Company Number',
  'UK Company Number',
  'Business Number',
  'Enterprise Number',
  'Aircraft Tail Number',
  'Aircraft Model',
  'Aircraft Operator',
  'Aircraft Manufacture Date',
  'Vessel Year of Build',
  'Italian Fiscal Code',
  'Turkish Identification Number',
  'Kenyan ID No.',
  'Travel Document Number',
  'Tax ID No.',
  'Cedula No.',
  'C.U.R.P.',
  'R.F.C.',
  'NIT #',
  'RUC #',
  'RIF #',
  'D.N.I.',
  'C.R. No.',
  'V.A.T. Number',
  'D-U-N-S Number',
  'SWIFT/BIC',
  'BIK (RU)',
  'MMSI',
  'ISIN',
  'US FEIN',
  'SSN',
  'LE Number',
  'I.F.E.',
  'Passport',
  'Website',
  'Email Address',
  'Phone Number',
  'Telephone',
  'Fax',
  'License',
].sort((a, b) => b.length - a.length)

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ID_PATTERN = new RegExp(`^(${ID_TYPES.map(escapeRegExp).join('|')}):?\\s+(.+)$`)

/** "Passport A123 (Iran) expires 03 Jan 2023" -> value, country and the remaining note. */
function identifier(type: string, rest: string): Identifier {
  const m = rest.match(
    /^(.*?)(?:\s+\(([^()]+)\))?(?:[,;]?\s+((?:issued|expires|Issue Date|Expire Date)\b.*))?$/,
  )
  const value = (m?.[1] ?? rest).trim()
  const id: Identifier = { type, value: value === '' ? rest.trim() : value }
  const country = m?.[2]
  if (country) id.country = toIso2(country) ?? country
  if (m?.[3]) id.note = m[3]
  return id
}

const ALIAS_KIND: Record<string, NameKind> = { a: 'aka', f: 'fka', n: 'nka' }

type Rule = readonly [RegExp, (m: RegExpMatchArray, facts: RemarkFacts) => void]

/** One rule per kind of fact; the first whose pattern matches a remarks part takes it. */
const RULES: readonly Rule[] = [
  [
    /^DOB\s+(.+)$/,
    (m, f) => {
      const date = parsePartialDate(m[1])
      if (date) f.birthDates.push(date)
    },
  ],
  [/^POB\s+(.+)$/, (m, f) => f.birthPlaces.push(m[1]!)],
  [/^nationality\s+(.+)$/, (m, f) => f.nationalities.push(toIso2(m[1]) ?? m[1]!)],
  [/^citizen\s+(.+)$/, (m, f) => f.citizenships.push(toIso2(m[1]) ?? m[1]!)],
  [
    /^Gender\s+(Male|Female)$/i,
    (m, f) => {
      f.gender = m[1]!
    },
  ],
  // Remarks aliases are the ones OFAC rates weak (the XML says so; the CSV only moves them here).
  [
    /^([afn])\.k\.a\.,?\s+'(.+)'$/i,
    (m, f) =>
      f.aliases.push({ value: m[2]!, kind: ALIAS_KIND[m[1]!.toLowerCase()] ?? 'aka', quality: 'weak' }),
  ],
  [/^Linked To:\s*(.+)$/, (m, f) => f.linkedTo.push(m[1]!)],
  [
    /^Digital Currency Address - (\S+)\s+(\S+)/,
    (m, f) => f.identifiers.push({ type: `Digital Currency Address - ${m[1]}`, value: m[2]! }),
  ],
  [ID_PATTERN, (m, f) => f.identifiers.push(identifier(m[1]!, m[2]!))],
]

/** Parses one remarks string (already joined with its sdn_comments continuation). */
export function parseRemarks(remarks: string | undefined): RemarkFacts {
  const facts: RemarkFacts = {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    aliases: [],
    linkedTo: [],
    identifiers: [],
  }
  if (!remarks) return facts
  for (const raw of splitRemarks(remarks)) {
    const part = raw.replace(/^alt\.\s+/i, '')
    for (const [pattern, take] of RULES) {
      const m = part.match(pattern)
      if (m) {
        take(m, facts)
        break
      }
    }
  }
  return facts
}
