import type { Address, Entity, EntityType, Identifier, NameKind, PartialDate } from '../../model/entity.js'
import { type AliasInit, buildEntity } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { parsePartialDate } from '../common/dates.js'
import { makeAddress } from '../common/make-address.js'
import { kid, kids, textOf, type XmlNode } from '../common/xml-records.js'
import { naturalOrder } from './natural-order.js'
import { parseRemarks } from './remarks.js'

const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' }
const KINDS: Record<string, NameKind> = { 'a.k.a.': 'aka', 'f.k.a.': 'fka', 'n.k.a.': 'nka' }

/** sdn.xml splits names into lastName and firstName; the CSV spelling "LAST, First" is the listed one. */
export const sdnName = (node: XmlNode): string | undefined =>
  [textOf(node, 'lastName'), textOf(node, 'firstName')].filter(Boolean).join(', ') || undefined

const items = (node: XmlNode, list: string, item: string): XmlNode[] => kids(kid(node, list), item)

function alias(aka: XmlNode): AliasInit | undefined {
  const value = sdnName(aka)
  if (!value) return undefined
  const category = textOf(aka, 'category')?.toLowerCase()
  const quality = category === 'strong' || category === 'weak' ? category : undefined
  return { value, kind: KINDS[textOf(aka, 'type')?.toLowerCase() ?? ''] ?? 'aka', quality }
}

const address = (node: XmlNode): Address | undefined =>
  makeAddress({
    street: ['address1', 'address2', 'address3'].flatMap((n) => textOf(node, n) ?? []).join(', '),
    city: textOf(node, 'city'),
    state: textOf(node, 'stateOrProvince'),
    postalCode: textOf(node, 'postalCode'),
    country: textOf(node, 'country'),
  })

function identifier(node: XmlNode): Identifier | undefined {
  const type = textOf(node, 'idType')
  const value = textOf(node, 'idNumber')
  if (!type || !value) return undefined
  const id: Identifier = { type, value }
  const countryName = textOf(node, 'idCountry')
  if (countryName) id.country = toIso2(countryName) ?? countryName
  const note = [
    ['issued', textOf(node, 'issueDate')],
    ['expires', textOf(node, 'expirationDate')],
  ]
    .filter(([, d]) => d)
    .map(([w, d]) => `${w} ${d}`)
    .join(', ')
  if (note) id.note = note
  return id
}

/** One sdnEntry of OFAC's sdn.xml (or cons.xml, same schema). */
export function mapSdnEntry(node: XmlNode, list: Entity['list'], sourceId: string, name: string): Entity {
  const type = TYPES[textOf(node, 'sdnType')?.toLowerCase() ?? ''] ?? 'organization'
  const remarks = textOf(node, 'remarks')
  const facts = parseRemarks(remarks)
  const natural = type === 'person' ? naturalOrder(name) : undefined
  const vessel = kid(node, 'vesselInfo')
  const texts = (list: string, item: string, field: string) =>
    items(node, list, item).flatMap((n) => textOf(n, field) ?? [])
  return buildEntity({
    list,
    sourceId,
    type,
    name,
    aliases: [
      ...(natural ? [{ value: natural }] : []),
      ...items(node, 'akaList', 'aka').flatMap((a) => alias(a) ?? []),
      ...facts.aliases,
    ],
    addresses: items(node, 'addressList', 'address').flatMap((a) => address(a) ?? []),
    identifiers: [...items(node, 'idList', 'id').flatMap((i) => identifier(i) ?? []), ...facts.identifiers],
    birthDates: [
      ...texts('dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth').map(parsePartialDate),
      ...facts.birthDates,
    ].filter((d): d is PartialDate => d !== undefined),
    birthPlaces: [...texts('placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth'), ...facts.birthPlaces],
    nationalities: [...texts('nationalityList', 'nationality', 'country'), ...facts.nationalities].map(
      (n) => toIso2(n) ?? n,
    ),
    citizenships: [...texts('citizenshipList', 'citizenship', 'country'), ...facts.citizenships].map(
      (n) => toIso2(n) ?? n,
    ),
    gender: facts.gender,
    programs: kids(kid(node, 'programList'), 'program').flatMap((p) => p.text.trim() || []),
    title: textOf(node, 'title'),
    remarks,
    linkedTo: facts.linkedTo,
    vessel: {
      callSign: textOf(vessel, 'callSign'),
      vesselType: textOf(vessel, 'vesselType'),
      flag: textOf(vessel, 'vesselFlag'),
      owner: textOf(vessel, 'vesselOwner'),
      tonnage: textOf(vessel, 'tonnage'),
      grossRegisteredTonnage: textOf(vessel, 'grossRegisteredTonnage'),
    },
    extraCountries: [toIso2(textOf(vessel, 'vesselFlag'))].filter((c): c is string => c !== undefined),
    federalRegister: [],
  })
}
