import type { Entity, Relation } from '../../src/model/entity.js'
import type { LoadedEngine } from '../../src/service/loaded-engine.js'
import { fixtureEngine } from './fixture-engine.js'
import { entity } from './fixtures.js'

/** Real rows of the 2026-07-31 CSL (shared/data/lists/us_csl/consolidated_2026-07-31.json), as entities. */
export const CHINA_TELECOM = entity({
  id: 'CMIC:30882',
  list: 'CMIC',
  name: 'China Telecom Corporation Limited',
  names: [
    'China Telecom Corporation Limited',
    'CHINA TELECOM',
    'CHINA TELECOM CO., LTD',
    'CHINA TELECOM CORP LTD',
  ].map((value, i) => ({ value, kind: i ? 'aka' : 'primary', script: 'Latn' })),
  countries: ['CN'],
  programs: ['CMIC-EO13959'],
})

export const SENSETIME = entity({
  id: 'CMIC:33114',
  list: 'CMIC',
  name: 'Sensetime Group Limited',
  countries: ['CN'],
  programs: ['CMIC-EO13959'],
})

export const BEIJING_ALITE = entity({
  id: 'SDN:9750',
  list: 'SDN',
  name: 'BEIJING ALITE TECHNOLOGIES CO., LTD.',
  countries: ['CN'],
  programs: ['NPWMD', 'IFSR'],
})

export const SMIC_BEIJING = entity({
  id: 'EL:hsmicbeijing',
  list: 'EL',
  name: 'Semiconductor Manufacturing International (Beijing) Corporation',
  countries: ['CN'],
  federalRegister: ['85 FR 83420', '89 FR 96837'],
  licenseRequirement:
    'For all items subject to the EAR (See §§734.4(a)(9), 734.9(e)(3), and 744.11 of the EAR)5',
  licensePolicy: 'Presumption of denial',
})

export const AASPT = entity({
  id: 'MEU:haaspt',
  list: 'MEU',
  name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
  countries: ['CN'],
  federalRegister: ['85 FR 83799'],
  licenseRequirement: 'For any item subject to the EAR listed in supplement no. 2 to part 744.',
})

export const LIST_FIXTURES: Entity[] = [CHINA_TELECOM, SENSETIME, BEIJING_ALITE, SMIC_BEIJING, AASPT]

/** An engine over the fixtures (and relations). */
export const testEngine = (entities: Entity[] = LIST_FIXTURES, relations: Relation[] = []): LoadedEngine =>
  fixtureEngine(entities, relations)
