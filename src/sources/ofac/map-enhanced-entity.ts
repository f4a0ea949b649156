import type { Entity, EntityType, ListCode } from '../../model/entity.js'
import { buildEntity } from '../common/build-entity.js'
import { kid, kids, textOf, type XmlNode } from '../common/xml-records.js'
import { enhancedFeatures } from './enhanced-features.js'
import { type EnhancedNames, enhancedAddress, enhancedDocument } from './enhanced-parts.js'
import { type RefTable, refText } from './enhanced-refs.js'
import { naturalOrder } from './natural-order.js'

const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
}

// The Enhanced XML names each entry's lists. A consolidated-file entry is placed on its non-SDN list first;
// "Consolidated List" itself is the file, not a list.
const LISTS: ReadonlyArray<readonly [RegExp, ListCode]> = [
  [/Sectoral Sanctions/i, 'SSI'],
  [/CMIC/i, 'CMIC'],
  [/Menu-Based/i, 'NS-MBS'],
  [/Palestinian Legislative/i, 'PLC'],
  [/CAPTA/i, 'CAP'],
  [/FSE|Foreign Sanctions Evaders/i, 'FSE'],
  [/^SDN List$/i, 'SDN'],
]

export function enhancedList(entity: XmlNode): { list: ListCode; listedOn: string | undefined } {
  const lists = kids(kid(entity, 'sanctionsLists'), 'sanctionsList')
  for (const [pattern, code] of LISTS) {
    const hit = lists.find((l) => pattern.test(l.text.trim()))
    if (hit) return { list: code, listedOn: hit.attrs.datePublished }
  }
  return { list: 'NONSDN', listedOn: lists[0]?.attrs.datePublished }
}

/** One entity of OFAC's Enhanced XML. */
export function mapEnhancedEntity(
  entity: XmlNode,
  refs: RefTable,
  names: EnhancedNames & { primary: string },
): Entity {
  const type =
    TYPES[refText(kid(kid(entity, 'generalInfo'), 'entityType'), refs)?.toLowerCase() ?? ''] ?? 'unknown'
  const { list, listedOn } = enhancedList(entity)
  const features = enhancedFeatures(entity, refs)
  const natural = type === 'person' ? naturalOrder(names.primary) : undefined
  return buildEntity({
    list,
    sourceId: entity.attrs.id ?? '',
    type,
    name: names.primary,
    aliases: [...(natural ? [{ value: natural }] : []), ...names.aliases],
    addresses: kids(kid(entity, 'addresses'), 'address').flatMap((a) => enhancedAddress(a, refs) ?? []),
    identifiers: [
      ...kids(kid(entity, 'identityDocuments'), 'identityDocument').flatMap(
        (d) => enhancedDocument(d, refs) ?? [],
      ),
      ...features.identifiers,
    ],
    birthDates: features.birthDates,
    birthPlaces: features.birthPlaces,
    nationalities: features.nationalities,
    citizenships: features.citizenships,
    gender: features.gender,
    programs: kids(kid(entity, 'sanctionsPrograms'), 'sanctionsProgram').flatMap(
      (p) => refText(p, refs) ?? [],
    ),
    listedOn: listedOn ?? features.listingDates.sort()[0],
    remarks: textOf(kid(entity, 'generalInfo'), 'remarks'),
    linkedTo: kids(kid(entity, 'relationships'), 'relationship').flatMap(
      (r) => textOf(r, 'relatedEntity') ?? [],
    ),
    federalRegister: [],
  })
}
