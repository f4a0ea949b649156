import type { ListCode } from '../model/entity.js'

/**
 * Lists whose entries can move into one another. An entry keeps its identity within a family (BIS moves a
 * party from the Unverified List to the Entity List; OFAC moves an SSI entry onto the SDN list under the
 * same entity number); across families two listings are separate facts.
 */
const FAMILY: Record<ListCode, string> = {
  EL: 'bis',
  UVL: 'bis',
  MEU: 'bis',
  DPL: 'bis',
  SDN: 'ofac',
  SSI: 'ofac',
  CMIC: 'ofac',
  'NS-MBS': 'ofac',
  PLC: 'ofac',
  CAP: 'ofac',
  FSE: 'ofac',
  NONSDN: 'ofac',
  DTC: 'state',
  ISN: 'state',
  UN: 'un',
  UK: 'uk',
  EU: 'eu',
  FTM: 'ftm',
}

export const listFamily = (list: ListCode): string => FAMILY[list]

/**
 * How much a listing restricts, within its family: the Unverified List needs a statement and bars licence
 * exceptions; the MEU and Entity List require licences; the Denied Persons List denies all export
 * privileges. OFAC's sectoral and menu-based lists restrict some dealings; the SDN list blocks property.
 */
const SEVERITY: Partial<Record<ListCode, number>> = {
  UVL: 1,
  MEU: 2,
  EL: 3,
  DPL: 4,
  SSI: 1,
  'NS-MBS': 1,
  CMIC: 1,
  CAP: 1,
  PLC: 1,
  FSE: 2,
  NONSDN: 1,
  SDN: 3,
}

export type MoveKind = 'escalation' | 'de-escalation' | 'lateral'

/** UVL -> EL is an escalation, EL -> UVL a de-escalation, DTC -> ISN lateral. */
export function classifyMove(from: ListCode, to: ListCode): MoveKind {
  const a = SEVERITY[from]
  const b = SEVERITY[to]
  if (a === undefined || b === undefined || a === b) return 'lateral'
  return b > a ? 'escalation' : 'de-escalation'
}

/**
 * OFAC gives one entity-number space to the SDN and non-SDN lists, so an ent_num identifies the party
 * whichever OFAC list it is on; other lists' identifiers are only unique within the list.
 */
export const idSpace = (list: ListCode): string => (FAMILY[list] === 'ofac' ? 'ofac' : list)
