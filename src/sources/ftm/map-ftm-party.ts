import type { Address, Entity, Identifier } from '../../model/entity.js'
import { type AliasInit, buildEntity } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { parsePartialDate } from '../common/dates.js'
import type { Enrichment } from './ftm-enrichment.js'
import { type FtmEntity, prop } from './ftm-entity.js'
import { ID_PROPS, PARTY_TYPES } from './ftm-schemas.js'

const countries = (codes: string[]): string[] => codes.map((c) => toIso2(c.toUpperCase()) ?? c.toUpperCase())

/**
 * A Person/Company/Organization/LegalEntity/Vessel/Airplane as an Entity of list FTM. The caption (the
 * name OpenSanctions displays) is the primary name when it is one of the names; the datasets stay in programs.
 */
export function mapFtmParty(
  party: FtmEntity,
  name: string,
  addressBook: Map<string, Address>,
  enrichment: Enrichment | undefined,
): Entity {
  const names = prop(party, 'name')
  const aliases: AliasInit[] = [
    ...names.filter((n) => n !== name).map((value) => ({ value })),
    ...prop(party, 'alias').map((value) => ({ value })),
    ...prop(party, 'weakAlias').map((value) => ({ value, quality: 'weak' as const })),
    ...prop(party, 'previousName').map((value) => ({ value, kind: 'fka' as const })),
  ]
  const addresses: Address[] = prop(party, 'addressEntity').flatMap((id) => addressBook.get(id) ?? [])
  for (const full of prop(party, 'address'))
    if (!addresses.some((a) => a.full === full)) addresses.push({ full })
  const identifiers: Identifier[] = Object.entries(ID_PROPS).flatMap(([p, type]) =>
    prop(party, p).map((value) => ({ type, value })),
  )
  return buildEntity({
    list: 'FTM',
    sourceId: party.id,
    type: PARTY_TYPES[party.schema] ?? 'unknown',
    name,
    aliases,
    addresses,
    identifiers: [...identifiers, ...(enrichment?.identifiers ?? [])].filter(
      (id, i, all) => all.findIndex((o) => o.type === id.type && o.value === id.value) === i,
    ),
    birthDates: prop(party, 'birthDate').flatMap((d) => parsePartialDate(d) ?? []),
    birthPlaces: prop(party, 'birthPlace'),
    nationalities: countries(prop(party, 'nationality')),
    citizenships: countries(prop(party, 'citizenship')),
    programs: [...party.datasets, ...(enrichment?.programs ?? [])],
    title: [...prop(party, 'title'), ...prop(party, 'position')].join('; '),
    gender: prop(party, 'gender')[0],
    listedOn: enrichment?.listedOn.sort()[0],
    remarks: [...prop(party, 'notes'), ...prop(party, 'summary')].join('\n'),
    sourceUrl: prop(party, 'sourceUrl')[0],
    vessel: {
      flag: prop(party, 'flag')[0],
      vesselType: prop(party, 'type')[0],
      callSign: prop(party, 'callSign')[0],
      tonnage: prop(party, 'tonnage')[0],
      grossRegisteredTonnage: prop(party, 'grossRegisteredTonnage')[0],
    },
    extraCountries: countries([
      ...prop(party, 'country'),
      ...prop(party, 'jurisdiction'),
      ...prop(party, 'flag'),
    ]),
    federalRegister: [],
  })
}
