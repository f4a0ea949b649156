/**
 * Name → ISO-2 index over the Chart's row names, the Country Group tables' spellings (Part 740 spells some
 * names differently: "Cote d'lvoire", "The Bahamas", "Saint Kitts & Nevis"), CLDR English names and common
 * aliases. Built once per tables; every group member must resolve (tables.ts refuses otherwise).
 */
import { ISO_COUNTRIES } from './country-codes.js'

export const foldName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.?(?=\s)/g, 'saint')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the |, the$| the$/g, '')
    .trim()

/** Spellings not derivable from the row or CLDR names. */
const ALIASES: Record<string, string> = {
  "Cote d'lvoire": 'CI',
  'Ivory Coast': 'CI',
  'China (PRC)': 'CN',
  PRC: 'CN',
  "People's Republic of China": 'CN',
  'Mainland China': 'CN',
  'Hong Kong': 'HK',
  'Hong Kong SAR': 'HK',
  Macao: 'MO',
  'Macau SAR': 'MO',
  'Macao SAR China': 'MO',
  Myanmar: 'MM',
  'Congo (Democratic Republic of)': 'CD',
  DRC: 'CD',
  'Democratic Republic of the Congo': 'CD',
  'Republic of the Congo': 'CG',
  'Micronesia, Federated States of': 'FM',
  'South Korea': 'KR',
  'Republic of Korea': 'KR',
  'Korea, Republic of': 'KR',
  'North Korea': 'KP',
  DPRK: 'KP',
  "Democratic People's Republic of Korea": 'KP',
  'Russian Federation': 'RU',
  Turkey: 'TR',
  Turkiye: 'TR',
  UAE: 'AE',
  UK: 'GB',
  'Great Britain': 'GB',
  Britain: 'GB',
  USA: 'US',
  'United States of America': 'US',
  Czechia: 'CZ',
  'Viet Nam': 'VN',
  'Holy See': 'VA',
  Vatican: 'VA',
  Swaziland: 'SZ',
  Macedonia: 'MK',
  'Cabo Verde': 'CV',
  'East Timor': 'TL',
  Seychelles: 'SC',
  'Sint Maarten': 'SX',
  Syria: 'SY',
  'Syrian Arab Republic': 'SY',
  Iran: 'IR',
  'Islamic Republic of Iran': 'IR',
  Laos: 'LA',
  "Lao People's Democratic Republic": 'LA',
  Taiwan: 'TW',
  'Republic of China': 'TW',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Moldova: 'MD',
  Brunei: 'BN',
}

export function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>()
  const add = (name: string, iso: string) => {
    const key = foldName(name)
    if (key && !index.has(key)) index.set(key, iso)
  }
  for (const [iso, [name, row]] of Object.entries(ISO_COUNTRIES)) {
    if (row) add(row, iso)
    add(name, iso)
  }
  for (const [name, iso] of Object.entries(ALIASES)) add(name, iso)
  return index
}

/** The ISO-2 code of a chart row name (the inverse of ISO_COUNTRIES' second element). */
export function isoByChartRow(): Map<string, string> {
  const out = new Map<string, string>()
  for (const [iso, [, row]] of Object.entries(ISO_COUNTRIES)) if (row) out.set(row, iso)
  return out
}
