import type { Address, Identifier, NameKind } from '../../model/entity.js'
import type { AliasInit } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { makeAddress } from '../common/make-address.js'
import { kid, kids, textOf, type XmlNode } from '../common/xml-records.js'
import { type RefTable, refText } from './enhanced-refs.js'

const KNOWN_PARTS = new Set(['ADDRESS1', 'ADDRESS2', 'ADDRESS3', 'CITY', 'STATE/PROVINCE', 'POSTAL CODE'])
const KINDS: Record<string, NameKind> = { 'A.K.A.': 'aka', 'F.K.A.': 'fka', 'N.K.A.': 'nka' }

export interface EnhancedNames {
  primary: string | undefined
  aliases: AliasInit[]
}

/**
 * names/name: the primary name's primary (Latin) translation is the listed name; every other translation
 * (other scripts) and every alias becomes an alias. isLowQuality gives OFAC's weak/strong.
 */
export function enhancedNames(entity: XmlNode, refs: RefTable): EnhancedNames {
  let primary: string | undefined
  const aliases: AliasInit[] = []
  for (const name of kids(kid(entity, 'names'), 'name')) {
    const isPrimary = textOf(name, 'isPrimary') === 'true'
    const quality = textOf(name, 'isLowQuality') === 'true' ? 'weak' : 'strong'
    const kind = KINDS[refText(kid(name, 'aliasType'), refs)?.toUpperCase() ?? ''] ?? 'aka'
    for (const translation of kids(kid(name, 'translations'), 'translation')) {
      const value = textOf(translation, 'formattedFullName')
      if (!value) continue
      if (isPrimary && textOf(translation, 'isPrimary') === 'true' && !primary) primary = value
      else aliases.push(isPrimary ? { value } : { value, kind, quality })
    }
  }
  return { primary, aliases }
}

/** addresses/address: the primary translation's parts plus the country. */
export function enhancedAddress(address: XmlNode, refs: RefTable): Address | undefined {
  const translation =
    kids(kid(address, 'translations'), 'translation').find((t) => textOf(t, 'isPrimary') === 'true') ??
    kid(kid(address, 'translations'), 'translation')
  const parts = new Map<string, string>()
  for (const part of kids(kid(translation, 'addressParts'), 'addressPart')) {
    const type = refText(kid(part, 'type'), refs)?.toUpperCase()
    const value = textOf(part, 'value')
    if (type && value) parts.set(type, parts.has(type) ? `${parts.get(type)}, ${value}` : value)
  }
  return makeAddress({
    street: ['ADDRESS1', 'ADDRESS2', 'ADDRESS3'].flatMap((t) => parts.get(t) ?? []).join(', '),
    city: parts.get('CITY'),
    state: parts.get('STATE/PROVINCE'),
    postalCode: parts.get('POSTAL CODE'),
    country: refText(kid(address, 'country'), refs),
    extra: [...parts].filter(([t]) => !KNOWN_PARTS.has(t)).map(([, v]) => v),
  })
}

/** identityDocuments/identityDocument as identifiers. */
export function enhancedDocument(doc: XmlNode, refs: RefTable): Identifier | undefined {
  const type = refText(kid(doc, 'type'), refs)
  const value = textOf(doc, 'documentNumber')
  if (!type || !value) return undefined
  const id: Identifier = { type, value }
  const countryName = refText(kid(doc, 'issuingCountry'), refs)
  if (countryName) id.country = toIso2(countryName) ?? countryName
  if (textOf(doc, 'isValid') === 'false') id.note = 'not valid'
  return id
}
