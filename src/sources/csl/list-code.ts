import type { ListCode } from '../../model/entity.js'

// The CSL names each sub-list in its `source` string with the official abbreviation in parentheses,
// e.g. "Entity List (EL) - Bureau of Industry and Security", "Military End User (MEU) List - ...".
const ABBREVIATIONS: Record<string, ListCode> = {
  EL: 'EL',
  UVL: 'UVL',
  MEU: 'MEU',
  DPL: 'DPL',
  SDN: 'SDN',
  SSI: 'SSI',
  CMIC: 'CMIC',
  'NS-MBS LIST': 'NS-MBS',
  'NS-MBS': 'NS-MBS',
  PLC: 'PLC',
  CAP: 'CAP',
  FSE: 'FSE',
  DTC: 'DTC',
  ISN: 'ISN',
}

/** The list code for a CSL `source` value; undefined for sources this version does not know. */
export function cslListCode(source: string): ListCode | undefined {
  for (const match of source.matchAll(/\(([^)]+)\)/g)) {
    const code = ABBREVIATIONS[(match[1] ?? '').trim().toUpperCase()]
    if (code) return code
  }
  return undefined
}

/** Treasury lists carry OFAC entity numbers; the others do not. */
export const isTreasuryList = (list: ListCode): boolean =>
  ['SDN', 'SSI', 'CMIC', 'NS-MBS', 'PLC', 'CAP', 'FSE', 'NONSDN'].includes(list)
