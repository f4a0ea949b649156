/**
 * Resolves the destination the caller names (ISO-2 code or English name) to the Country Chart row and the
 * Country Groups that govern it. Territories take their parent's row and groups (territories.ts) but keep
 * their own code, so rules that name a place (Macau, Hong Kong) still see it. Unknown → TcError, never a guess.
 */
import { badInput, TcError } from '../errors.js'
import { ISO_COUNTRIES } from './country-codes.js'
import { foldName } from './country-index.js'
import type { ChartRow, EarTables } from './tables.js'
import { TERRITORIES, UNITED_STATES } from './territories.js'

/** The occupied regions of Ukraine under 15 CFR 746.6. */
export type Region = 'crimea' | 'dnr' | 'lnr'

export interface Destination {
  /** ISO-2 of the place named (HK stays HK). */
  code: string
  name: string
  /** ISO-2 of the Chart row used (CN for HK). */
  rowCode: string
  chartRow: string
  /** Absent for the embargoed rows (Cuba, Iran, North Korea, Syria), which carry only a pointer to Part 746. */
  row?: ChartRow
  embargoPointer?: string
  groups: ReadonlySet<string>
  /** Why another row is used, when it is. */
  via?: string
  /** A § 746.6 region; "none" when the caller said the destination is outside them; undefined when not said. */
  region?: Region | 'none'
}

const REGIONS: Record<string, Region | 'none'> = {
  crimea: 'crimea',
  sevastopol: 'crimea',
  dnr: 'dnr',
  donetsk: 'dnr',
  'donetsk people s republic': 'dnr',
  lnr: 'lnr',
  luhansk: 'lnr',
  lugansk: 'lnr',
  'luhansk people s republic': 'lnr',
  none: 'none',
}

/** The Chart's spelling for a place with its own row; the English name otherwise ("Hong Kong", not CLDR's SAR form). */
function placeName(code: string): string {
  if (code === 'HK') return 'Hong Kong'
  const [name, row] = ISO_COUNTRIES[code] ?? [code]
  return row ?? name
}

function resolveCountryCode(input: string, tables: EarTables): string {
  const raw = input.trim()
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const code = raw.toUpperCase()
    if (ISO_COUNTRIES[code]) return code
  }
  const code = tables.countryIndex.get(foldName(raw))
  if (!code) throw new TcError('TC_UNKNOWN_COUNTRY', `unknown country "${input}"`, { field: 'to' })
  return code
}

export function resolveDestination(to: string, region: string | undefined, tables: EarTables): Destination {
  const code = resolveCountryCode(to, tables)
  if (UNITED_STATES.has(code))
    throw badInput(
      'to',
      `${code} is part of the United States (15 CFR 772.1): a shipment there is not an export`,
    )
  const territory = TERRITORIES.get(code)
  const rowCode = territory?.parent ?? code
  const row = tables.chartRows.get(rowCode)
  const embargo = tables.embargoed.get(rowCode)
  const chartRow = ISO_COUNTRIES[rowCode]?.[1]
  if (!chartRow || (!row && !embargo))
    throw new TcError(
      'TC_UNKNOWN_COUNTRY',
      `${code} has no Commerce Country Chart row and no recorded parent territory; the applicable row must be determined by hand`,
      { field: 'to' },
    )
  const dest: Destination = {
    code,
    name: placeName(code),
    rowCode,
    chartRow,
    groups: tables.groups.get(rowCode) ?? new Set(),
  }
  if (row) dest.row = row
  if (embargo) dest.embargoPointer = embargo.pointer
  if (territory) dest.via = territory.basis
  if (region !== undefined) {
    const r = REGIONS[foldName(region)]
    if (!r) throw badInput('region', `unknown region "${region}" (use crimea, dnr, lnr or none)`)
    if (r !== 'none' && code !== 'UA' && code !== 'RU')
      throw badInput('region', `region ${r} is in Ukraine; --to must be UA`)
    dest.region = r
  }
  return dest
}
