/**
 * The shapes of the bundled EAR data files (data/ear/*.json, see data/ear/PROVENANCE.md), only as far as
 * the engine reads them. The loader passes the parsed JSON in; the core never reads files.
 */

export interface RawCountryChart {
  ecfrIssueDate: string
  columns: string[]
  countries: Record<string, { marks: string[]; footnotes: number[] }>
  embargoed: Record<string, { pointer: string; footnotes: number[] }>
  footnotes: Record<string, string>
  allDestinationsEntries: {
    citation: string
    noLicenceExceptions: string[]
    govOnly: { entries: string[]; condition: string }
  }
}

export interface RawCountryGroups {
  ecfrIssueDate: string
  labels: Record<string, string>
  groups: Record<string, string[]>
}

export interface RawCclRow {
  control: string
  countryChart: string
  singleCellRow?: boolean
}

export interface RawCclEntry {
  eccn: string
  category: string
  productGroup: string
  heading: string
  reasonForControl: string | null
  countryChart: RawCclRow[]
  licenceExceptionFlags: Record<string, string>
  staSpecialConditions: string | null
}

export interface RawCcl {
  ecfrIssueDate: string
  entries: RawCclEntry[]
}

export interface RawExceptionCatalog {
  ecfrIssueDate: string
  exceptions: { sectionNumber: string; symbols: string[]; title: string }[]
}

export interface RawEarData {
  chart: RawCountryChart
  groups: RawCountryGroups
  ccl: RawCcl
  exceptions: RawExceptionCatalog
}
