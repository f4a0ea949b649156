/**
 * Destinations without a Commerce Country Chart row that take the row of another destination.
 *
 * 15 CFR 738.3(b): a dependent territory follows the country that administers it (the EAR names only the
 * Cayman Islands as an example; BIS publishes no list, so the rest of this table is our reading of who
 * administers each territory — [verify] against BIS guidance before relying on an unusual one).
 * Hong Kong: no separate row since 85 FR 83765 (Dec. 23, 2020); it takes the China row and China's country
 * groups. Liechtenstein has a row, but footnote 5 sends it to Switzerland; its groups are Switzerland's.
 */
export interface Territory {
  parent: string
  basis: string
}

const HK_BASIS =
  '85 FR 83765 (Dec. 23, 2020): Hong Kong is no longer a separate destination; the China row applies'
const DEPENDENT = '15 CFR 738.3(b): a dependent territory follows the row of the country that administers it'

const dependents: Record<string, readonly string[]> = {
  GB: ['AI', 'BM', 'FK', 'GG', 'GI', 'GS', 'IM', 'IO', 'JE', 'KY', 'MS', 'PN', 'SH', 'TC', 'VG'],
  FR: ['BL', 'GF', 'GP', 'MF', 'MQ', 'NC', 'PF', 'PM', 'RE', 'TF', 'WF', 'YT'],
  NL: ['BQ'],
  DK: ['FO', 'GL'],
  NO: ['BV', 'SJ'],
  AU: ['CC', 'CX', 'HM', 'NF'],
  NZ: ['CK', 'NU', 'TK'],
  FI: ['AX'],
}

export const TERRITORIES: ReadonlyMap<string, Territory> = new Map<string, Territory>([
  ['HK', { parent: 'CN', basis: HK_BASIS }],
  ['LI', { parent: 'CH', basis: 'Supp. No. 1 to Part 738, footnote 5: Liechtenstein follows Switzerland' }],
  ...Object.entries(dependents).flatMap(([parent, codes]) =>
    codes.map((code): [string, Territory] => [code, { parent, basis: DEPENDENT }]),
  ),
])

/** Shipments to these are not exports: the EAR's "United States" includes its territories (15 CFR 772.1). */
export const UNITED_STATES: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM'])
