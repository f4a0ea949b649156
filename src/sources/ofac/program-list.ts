import type { ListCode } from '../../model/entity.js'

/** OFAC joins several programs as "SDGT] [IFSR" (the outer brackets are implied). */
export const splitPrograms = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter((p) => p !== '')

// For the non-SDN consolidated files the program decides the CSL sub-list. Order matters: SSI entries often
// also carry RUSSIA-EO14024, and the CSL counts them under SSI.
const CONS_PROGRAMS: ReadonlyArray<readonly [RegExp, ListCode]> = [
  [/^CMIC-EO13959$/, 'CMIC'],
  [/^NS-PLC$/, 'PLC'],
  [/^UKRAINE-EO13662$/, 'SSI'],
  [/^RUSSIA-EO14024$/, 'NS-MBS'],
  [/^561-Related$/, 'CAP'],
  [/^FSE-/, 'FSE'],
]

/** The list of a non-SDN consolidated entry, from its programs; NONSDN when none is decisive. */
export function consListCode(programs: string[]): ListCode {
  for (const [pattern, code] of CONS_PROGRAMS) if (programs.some((p) => pattern.test(p))) return code
  return 'NONSDN'
}

/**
 * Whether primary rows come from the non-SDN consolidated file rather than sdn.csv. No program is exclusive
 * (the SDN list has NS-PLC and RUSSIA-EO14024 entries too), but in cons_prim.csv nearly every row carries one
 * of the non-SDN programs (439 of 442 on 2025-12-19), in sdn.csv well under half.
 */
export function looksConsolidated(programsPerRow: string[][]): boolean {
  if (programsPerRow.length === 0) return false
  const nonSdn = programsPerRow.filter((programs) => consListCode(programs) !== 'NONSDN').length
  return nonSdn / programsPerRow.length >= 0.9
}
