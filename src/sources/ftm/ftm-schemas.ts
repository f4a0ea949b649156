import type { EntityType, Relation } from '../../model/entity.js'

/** FtM schemata that become entities. */
export const PARTY_TYPES: Record<string, EntityType> = {
  Person: 'person',
  Company: 'organization',
  Organization: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
}

/** FtM interval schemata that become relations: [kind, from property, to property, role property]. */
export const LINKS: Record<string, readonly [Relation['kind'], string, string, string]> = {
  Ownership: ['ownership', 'owner', 'asset', 'role'],
  Directorship: ['directorship', 'director', 'organization', 'role'],
  Family: ['family', 'person', 'relative', 'relationship'],
  Associate: ['other', 'person', 'associate', 'relationship'],
  UnknownLink: ['other', 'subject', 'object', 'role'],
  Membership: ['other', 'member', 'organization', 'role'],
}

/** Schemata read only to enrich the party they point at. */
export const ENRICHING = new Set(['Address', 'Sanction', 'Passport', 'Identification'])

/** FtM identifier properties and the label they get. */
export const ID_PROPS: Record<string, string> = {
  idNumber: 'National ID No.',
  passportNumber: 'Passport',
  taxNumber: 'Tax ID No.',
  innCode: 'INN',
  ogrnCode: 'OGRN',
  kppCode: 'KPP',
  okpoCode: 'OKPO',
  registrationNumber: 'Registration Number',
  leiCode: 'LEI',
  swiftBic: 'SWIFT/BIC',
  imoNumber: 'IMO',
  mmsi: 'MMSI',
  callSign: 'Call Sign',
  permId: 'PermID',
  uniqueEntityId: 'SAM Unique Entity ID',
  dunsCode: 'D-U-N-S Number',
  vatCode: 'V.A.T. Number',
  email: 'Email Address',
  website: 'Website',
  phone: 'Phone Number',
}
