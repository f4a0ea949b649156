/**
 * The canonical entity every reader maps to. One shape for every list, so the matcher, the licence engine
 * and the change tracker never see a source format. Optional fields are absent, never empty strings.
 */

/** List codes. US CSL sub-lists keep their official abbreviations; other publishers get their own code. */
export const LIST_CODES = {
  EL: 'Entity List (BIS)',
  UVL: 'Unverified List (BIS)',
  MEU: 'Military End User List (BIS)',
  DPL: 'Denied Persons List (BIS)',
  SDN: 'Specially Designated Nationals (OFAC)',
  SSI: 'Sectoral Sanctions Identifications (OFAC)',
  CMIC: 'Non-SDN Chinese Military-Industrial Complex Companies (OFAC)',
  'NS-MBS': 'Non-SDN Menu-Based Sanctions (OFAC)',
  PLC: 'Palestinian Legislative Council (OFAC)',
  CAP: 'Correspondent Account or Payable-Through Account Sanctions (OFAC)',
  FSE: 'Foreign Sanctions Evaders (OFAC)',
  NONSDN: 'Other non-SDN list (OFAC)',
  DTC: 'ITAR Debarred (State)',
  ISN: 'Nonproliferation Sanctions (State)',
  UN: 'UN Security Council Consolidated List',
  UK: 'UK OFSI Consolidated List',
  EU: 'EU Financial Sanctions',
  FTM: 'FollowTheMoney dataset',
} as const

export type ListCode = keyof typeof LIST_CODES

export const isListCode = (s: string): s is ListCode => Object.hasOwn(LIST_CODES, s)

export type EntityType = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown'

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'vessel', 'aircraft', 'unknown']

/** ISO 15924 script of a name, detected from its characters. */
export type Script = 'Latn' | 'Hani' | 'Cyrl' | 'Arab' | 'Grek' | 'Hang' | 'Kana' | 'Hebr' | 'Thai' | 'Other'

export type NameKind = 'primary' | 'aka' | 'fka' | 'nka'

export interface EntityName {
  value: string
  kind: NameKind
  /** OFAC XML strong/weak; UN "Good"/"Low" map to strong/weak. Absent when the list does not say. */
  quality?: 'strong' | 'weak'
  script: Script
  /** BCP-47 language where the list gives it (FtM, EU). */
  lang?: string
}

export interface Address {
  street?: string
  city?: string
  state?: string
  postalCode?: string
  /** ISO 3166-1 alpha-2 when known. */
  country?: string
  /** The address as one line, as the list wrote it. */
  full?: string
}

export interface Identifier {
  /** e.g. "Passport", "Tax ID No.", "IMO", "National ID No.", "SWIFT/BIC". */
  type: string
  value: string
  country?: string
  note?: string
}

/** A date as precise as the source: "1965", "1965-03" or "1965-03-12"; ranges keep both ends. */
export interface PartialDate {
  date?: string
  from?: string
  to?: string
  /** The date as written in the list when it could not be parsed exactly. */
  raw?: string
}

export interface VesselInfo {
  callSign?: string
  vesselType?: string
  flag?: string
  tonnage?: string
  grossRegisteredTonnage?: string
  owner?: string
}

export interface Entity {
  /** Stable across versions of the same list: "<LIST>:<sourceId>" (see ids.ts). */
  id: string
  list: ListCode
  /** The list identifier as the list spells it (OFAC ent_num, UN DATAID, CSL id); derived when the list has none. */
  sourceId: string
  /** True when the list gives no identifier and sourceId was derived from the content. */
  sourceIdDerived?: boolean
  type: EntityType
  name: string
  /** Every name including the primary one (kind "primary"). */
  names: EntityName[]
  addresses: Address[]
  /** ISO-2 codes from addresses, nationality, citizenship and flags, de-duplicated. */
  countries: string[]
  identifiers: Identifier[]
  birthDates: PartialDate[]
  birthPlaces: string[]
  nationalities: string[]
  citizenships: string[]
  programs: string[]
  title?: string
  gender?: string
  /** Federal Register citations, e.g. ["84 FR 22961", "85 FR 29852"]. */
  federalRegister: string[]
  /** Entity List: the licence requirement column, verbatim. */
  licenseRequirement?: string
  /** Entity List: the licence review policy column, verbatim. */
  licensePolicy?: string
  /** Listing or effective date (YYYY-MM-DD). */
  listedOn?: string
  /** Expiry of a listing (DPL orders), YYYY-MM-DD. */
  endsOn?: string
  remarks?: string
  sourceUrl?: string
  vessel?: VesselInfo
  /** For affiliates split out of an Entity List name: the id of the parent entry. */
  parentId?: string
  /** OFAC "Linked To:" names and similar references to other listed parties, as written. */
  linkedTo?: string[]
}

/** A relation between two entities (FtM Ownership / Directorship / Family, affiliate links). */
export interface Relation {
  kind: 'ownership' | 'directorship' | 'family' | 'affiliate' | 'other'
  from: string
  to: string
  /** Ownership share in percent (0..100) when known. */
  percent?: number
  role?: string
  startDate?: string
  endDate?: string
  sourceId?: string
}
