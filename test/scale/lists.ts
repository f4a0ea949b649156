import type { Dataset } from '../../src/model/dataset.js'
import type { Entity } from '../../src/model/entity.js'
import { dataset, entity } from '../support/fixtures.js'

/** Distinctive invented names: what the tests check is which version answered, not how well names match. */
const FIRST = ['Borealis', 'Cinnabar', 'Dunmore', 'Everholt', 'Fenwick', 'Galloway', 'Harrowgate', 'Ivanhoe']
const SECOND = ['Maritime', 'Aerospace', 'Precision', 'Chemical', 'Nuclear', 'Telemetry']
const THIRD = ['Holdings', 'Works', 'Trading House', 'Industrial Group']

/** 48 listed organisations (SDN and EL), the same in both versions of us_csl. */
export const LISTED_NAMES: string[] = FIRST.flatMap((a, i) =>
  SECOND.map((b, j) => `${a} ${b} ${THIRD[(i + j) % THIRD.length]}`),
)

/** Added by the second version only. */
export const ADDED = 'Zephyrine Quantum Logistics Consortium'

const listed = (program: string): Entity[] =>
  LISTED_NAMES.map((name, i) =>
    entity({ id: `${i % 2 ? 'EL' : 'SDN'}:s${i}`, list: i % 2 ? 'EL' : 'SDN', name, programs: [program] }),
  )

/**
 * Two versions of us_csl: every entry's program says which version it came from, and the second adds one
 * entry. An answer mixing versions would show a version id with the other version's facts.
 */
export const CSL_V1: Dataset = dataset('us_csl', '2026-07-31', listed('FROM-V1'))
export const CSL_V2: Dataset = dataset('us_csl', '2026-08-07', [
  ...listed('FROM-V2'),
  entity({ id: 'SDN:added', list: 'SDN', name: ADDED, programs: ['FROM-V2'] }),
])
/** A second source that does not change: its version must stay the same in every answer. */
export const UN: Dataset = dataset('un', '2026-02-27', [
  entity({ id: 'UN:1', list: 'UN', type: 'person', name: 'Eric Badege' }),
])
