import type { Entity, NameKind, PartialDate } from '../../model/entity.js'
import { type AliasInit, buildEntity } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { parseDate } from '../common/dates.js'
import { clean } from '../common/text.js'
import { kid, kids, textOf, type XmlNode } from '../common/xml-records.js'
import { unBirthDate } from './un-birth-date.js'
import { unAddress, unDocument, unPlaceOfBirth } from './un-parts.js'

const values = (node: XmlNode, name: string): string[] =>
  kids(node, name).flatMap((n) =>
    kids(n, 'VALUE')
      .map((v) => v.text.trim())
      .filter((v) => v !== ''),
  )

// QUALITY is "Good"/"Low" for individuals; entity aliases use it for the kind ("a.k.a."/"f.k.a.") instead.
function alias(node: XmlNode): AliasInit | undefined {
  const value = textOf(node, 'ALIAS_NAME')
  if (!value) return undefined
  const quality = textOf(node, 'QUALITY')?.toLowerCase()
  if (quality === 'good') return { value, quality: 'strong' }
  if (quality === 'low') return { value, quality: 'weak' }
  const kind: NameKind = quality === 'f.k.a.' ? 'fka' : 'aka'
  return { value, kind }
}

/** The full name from FIRST..FOURTH_NAME, in the order the list gives them. */
export const unName = (node: XmlNode): string | undefined =>
  ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => textOf(node, n))
    .filter(Boolean)
    .join(' ') || undefined

/** One INDIVIDUAL or ENTITY element as an Entity; the caller has checked DATAID and name. */
export function mapUnRecord(node: XmlNode, sourceId: string, name: string): Entity {
  const individual = node.name === 'INDIVIDUAL'
  const prefix = individual ? 'INDIVIDUAL' : 'ENTITY'
  const aliasNodes = kids(node, `${prefix}_ALIAS`)
  const original = textOf(node, 'NAME_ORIGINAL_SCRIPT')
  const birthDates = [
    ...kids(node, 'INDIVIDUAL_DATE_OF_BIRTH').map(unBirthDate),
    ...aliasNodes.map((a) => parseDate(textOf(a, 'DATE_OF_BIRTH'))).map((d) => (d ? { date: d } : undefined)),
  ].filter((d): d is PartialDate => d !== undefined)
  const reference = textOf(node, 'REFERENCE_NUMBER')
  const title = [...values(node, 'TITLE'), ...values(node, 'DESIGNATION')].join('; ')
  return buildEntity({
    list: 'UN',
    sourceId,
    type: individual ? 'person' : 'organization',
    name,
    aliases: [
      ...(original ? [{ value: original }] : []),
      ...aliasNodes.map(alias).filter((a): a is AliasInit => a !== undefined),
    ],
    addresses: kids(node, `${prefix}_ADDRESS`).flatMap((a) => unAddress(a) ?? []),
    identifiers: [
      ...(reference ? [{ type: 'UN Reference Number', value: reference }] : []),
      ...kids(node, 'INDIVIDUAL_DOCUMENT').flatMap((d) => unDocument(d) ?? []),
    ],
    birthDates,
    birthPlaces: kids(node, 'INDIVIDUAL_PLACE_OF_BIRTH').flatMap((p) => unPlaceOfBirth(p) ?? []),
    nationalities: values(node, 'NATIONALITY').map((n) => toIso2(n) ?? n),
    programs: [textOf(node, 'UN_LIST_TYPE')].filter((p): p is string => p !== undefined),
    title,
    gender: textOf(node, 'GENDER'),
    listedOn: parseDate(textOf(node, 'LISTED_ON')),
    remarks: clean(kid(node, 'COMMENTS1')?.text),
    federalRegister: [],
  })
}
