import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'

// The English locale ships as JSON; createRequire loads it without import attributes (Node 20 safe).
const en = createRequire(import.meta.url)('i18n-iso-countries/langs/en.json')
countries.registerLocale(en)

/** Spellings the lists use that the ISO name table lacks (OFAC, UN, OFSI and CSL variants). */
const EXTRA: Record<string, string> = {
  burma: 'MM',
  turkiye: 'TR',
  prc: 'CN',
  chinamainland: 'CN',
  peoplesrepublicofchina: 'CN',
  macau: 'MO',
  koreanorth: 'KP',
  democraticpeoplesrepublicofkorea: 'KP',
  dprk: 'KP',
  koreasouth: 'KR',
  iranislamicrepublicof: 'IR',
  syria: 'SY',
  russia: 'RU',
  vietnam: 'VN',
  vietnamsocialistrepublicof: 'VN',
  laos: 'LA',
  congodemocraticrepublicofthe: 'CD',
  democraticrepublicofthecongo: 'CD',
  congorepublicofthe: 'CG',
  bolivarianrepublicofvenezuela: 'VE',
  venezuelabolivarianrepublicof: 'VE',
  boliviaplurinationalstateof: 'BO',
  tanzaniaunitedrepublicof: 'TZ',
  moldova: 'MD',
  republicofmoldova: 'MD',
  macedonia: 'MK',
  theformeryugoslavrepublicofmacedonia: 'MK',
  westbank: 'PS',
  gaza: 'PS',
  gazastrip: 'PS',
  palestinianterritories: 'PS',
  occupiedpalestinianterritory: 'PS',
  bahamasthe: 'BS',
  gambiathe: 'GM',
  czechrepublic: 'CZ',
  swaziland: 'SZ',
  capeverde: 'CV',
  caboverde: 'CV',
  unitedkingdomofgreatbritainandnorthernireland: 'GB',
  stkittsandnevis: 'KN',
  stlucia: 'LC',
  stvincentandthegrenadines: 'VC',
  micronesiafederatedstatesof: 'FM',
  bosniaherzegovina: 'BA',
  hongkongsar: 'HK',
  hongkongchina: 'HK',
  taiwanprovinceofchina: 'TW',
  netherlandsantilles: 'AN',
  serbiaandmontenegro: 'CS',
  yugoslavia: 'YU',
  ussr: 'SU',
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

const TABLE = new Map<string, string>()
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) TABLE.set(fold(name), code)
}
for (const [name, code] of Object.entries(EXTRA)) TABLE.set(name, code)

/**
 * ISO 3166-1 alpha-2 code for a country as a list writes it ("IR", "Iran", "Korea, North",
 * "Iran (Islamic Republic of)"); undefined for regions and unknown text, so callers keep the text instead.
 */
export function toIso2(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const s = value.trim()
  if (/^[A-Z]{2}$/.test(s)) return s
  const direct = TABLE.get(fold(s))
  if (direct) return direct
  const swapped = s.match(/^([^,]+),\s*(.+)$/)
  if (swapped) {
    const hit = TABLE.get(fold(`${swapped[2]} ${swapped[1]}`))
    if (hit) return hit
  }
  const bare = s.replace(/\(.*?\)/g, '')
  return bare !== s ? TABLE.get(fold(bare)) : undefined
}
