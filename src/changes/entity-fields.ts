import type { Address, Entity, PartialDate } from '../model/entity.js'

/**
 * The comparable content of an entity, field by field: scalars as strings, multi-valued fields as sorted
 * string sets. Identity fields (id, sourceId) and presentation fields (source URL, name scripts) are left
 * out: they are how an entry is found, not what the list says about the party.
 */
export type FieldValue = string | readonly string[] | undefined

export const SCALAR_FIELDS = [
  'name',
  'type',
  'title',
  'gender',
  'licenseRequirement',
  'licensePolicy',
  'listedOn',
  'endsOn',
  'remarks',
  'vessel.callSign',
  'vessel.vesselType',
  'vessel.flag',
  'vessel.tonnage',
  'vessel.grossRegisteredTonnage',
  'vessel.owner',
] as const

export const SET_FIELDS = [
  'aliases',
  'addresses',
  'countries',
  'identifiers',
  'birthDates',
  'birthPlaces',
  'nationalities',
  'citizenships',
  'programs',
  'federalRegister',
  'linkedTo',
] as const

export type FieldName = (typeof SCALAR_FIELDS)[number] | (typeof SET_FIELDS)[number]

const set = (values: Iterable<string>): string[] => [...new Set(values)].sort()

const addressLine = (a: Address): string | undefined => {
  if (a.full) return a.full
  const parts = [a.street, a.city, a.state, a.postalCode, a.country].filter((p) => p)
  // An address of a country alone says no more than the countries field.
  return a.street || a.city || a.state || a.postalCode ? parts.join(', ') : undefined
}

const dateText = (d: PartialDate): string =>
  d.date ?? (d.from || d.to ? `${d.from ?? ''}..${d.to ?? ''}` : (d.raw ?? ''))

export function fieldValue(e: Entity, field: FieldName): FieldValue {
  switch (field) {
    case 'name':
      return e.name
    case 'type':
      return e.type === 'unknown' ? undefined : e.type
    case 'aliases':
      return set(e.names.filter((n) => n.kind !== 'primary').map((n) => n.value))
    case 'addresses':
      return set(e.addresses.map(addressLine).filter((a): a is string => a !== undefined))
    case 'countries':
      // From addresses only: nationality and citizenship are fields of their own, and a version that
      // does not publish them must not look as if the party lost a country.
      return set(e.addresses.map((a) => a.country).filter((c): c is string => c !== undefined))
    case 'identifiers':
      return set(e.identifiers.map((i) => `${i.type}: ${i.value}${i.country ? ` (${i.country})` : ''}`))
    case 'birthDates':
      return set(e.birthDates.map(dateText).filter((d) => d))
    case 'birthPlaces':
    case 'nationalities':
    case 'citizenships':
    case 'programs':
    case 'federalRegister':
      return set(e[field])
    case 'linkedTo':
      return set(e.linkedTo ?? [])
    default:
      if (field.startsWith('vessel.'))
        return e.vessel?.[field.slice(7) as keyof NonNullable<Entity['vessel']>]
      return e[field as 'title' | 'gender' | 'licenseRequirement' | 'licensePolicy' | 'listedOn']
  }
}

const isEmpty = (v: FieldValue): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/** Whether an entity carries a field: the cheap test behind coverage (no sets built). */
function present(e: Entity, field: FieldName): boolean {
  switch (field) {
    case 'name':
      return true
    case 'aliases':
      return e.names.length > 1
    case 'addresses':
      return e.addresses.some((a) => addressLine(a) !== undefined)
    case 'countries':
      return e.addresses.some((a) => a.country !== undefined)
    case 'identifiers':
    case 'birthDates':
    case 'birthPlaces':
    case 'nationalities':
    case 'citizenships':
    case 'programs':
    case 'federalRegister':
      return e[field].length > 0
    case 'linkedTo':
      return (e.linkedTo?.length ?? 0) > 0
    default:
      return !isEmpty(fieldValue(e, field))
  }
}

export const ALL_FIELDS: readonly FieldName[] = [...SCALAR_FIELDS, ...SET_FIELDS]

/** Per list, the share of its entries that carry each field (0..1); a field absent from a list is 0. */
export type Coverage = Map<string, Map<FieldName, number>>

export function fieldCoverage(entities: readonly Entity[]): Coverage {
  const counts = new Map<string, { n: number; fields: Map<FieldName, number> }>()
  for (const e of entities) {
    const c = counts.get(e.list) ?? { n: 0, fields: new Map<FieldName, number>() }
    counts.set(e.list, c)
    c.n++
    for (const f of ALL_FIELDS) if (present(e, f)) c.fields.set(f, (c.fields.get(f) ?? 0) + 1)
  }
  const out: Coverage = new Map()
  for (const [list, c] of counts) out.set(list, new Map([...c.fields].map(([f, k]) => [f, k / c.n])))
  return out
}

/**
 * A field is compared between an entry of list A in one version and of list B in the other when both lists
 * carry it to a like extent: one version publishing it for a quarter or less as often as the other (the
 * compact CSL JSON keeps an address line for 16 of 222 UVL entries, the CSV for all) means the
 * publications differ, not the parties.
 */
export function comparable(before: Coverage, listA: string, after: Coverage, listB: string): FieldName[] {
  const a = before.get(listA)
  const b = after.get(listB)
  return ALL_FIELDS.filter((f) => {
    const x = a?.get(f) ?? 0
    const y = b?.get(f) ?? 0
    return x > 0 && y > 0 && Math.min(x, y) >= Math.max(x, y) * LIKE_EXTENT
  })
}

export const LIKE_EXTENT = 0.25
