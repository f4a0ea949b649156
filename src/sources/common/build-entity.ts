import type { Entity, EntityName, NameKind, VesselInfo } from '../../model/entity.js'
import { entityId } from '../../model/ids.js'
import { detectScript } from '../../text/script.js'
import { clean, unique } from './text.js'

export interface AliasInit {
  value: string
  kind?: NameKind
  quality?: 'strong' | 'weak' | undefined
  lang?: string | undefined
}

type Optionalize<T> = { [K in keyof T]?: T[K] | undefined }

/** Reader-side description of an entity; every optional field may be undefined and is then left out. */
export type EntityInit = Pick<Entity, 'list' | 'sourceId' | 'type' | 'name'> &
  Optionalize<
    Omit<Entity, 'id' | 'list' | 'sourceId' | 'type' | 'name' | 'names' | 'countries' | 'vessel'>
  > & {
    vessel?: Optionalize<VesselInfo>
    aliases?: AliasInit[]
    /** Countries known from elsewhere than addresses or nationality (vessel flag, list metadata). */
    extraCountries?: string[]
  }

const isIso2 = (s: string | undefined): s is string => s !== undefined && /^[A-Z]{2}$/.test(s)

function buildNames(primary: string, aliases: AliasInit[]): EntityName[] {
  const names: EntityName[] = [{ value: primary, kind: 'primary', script: detectScript(primary) }]
  const seen = new Set([primary])
  for (const alias of aliases) {
    const value = clean(alias.value)
    if (value === undefined || seen.has(value)) continue
    seen.add(value)
    const name: EntityName = { value, kind: alias.kind ?? 'aka', script: detectScript(value) }
    if (alias.quality) name.quality = alias.quality
    if (alias.lang) name.lang = alias.lang
    names.push(name)
  }
  return names
}

/** A copy without undefined and empty-string properties, so optional fields are absent, never blank. */
function compact<T extends object>(value: T): T {
  // Copying instead of deleting keeps objects in V8's fast mode: readers build tens of thousands of these.
  const out: Record<string, unknown> = {}
  const source = value as Record<string, unknown>
  for (const key in source) {
    const v = source[key]
    if (v !== undefined && v !== '') out[key] = v
  }
  return out as T
}

/** The one place a canonical Entity is assembled: fills defaults, names with scripts, countries. */
export function buildEntity(init: EntityInit): Entity {
  const { aliases = [], extraCountries = [], ...rest } = init
  const addresses = (rest.addresses ?? []).map((a) => compact(a))
  const nationalities = unique(rest.nationalities ?? [])
  const citizenships = unique(rest.citizenships ?? [])
  const countries = unique(
    [...addresses.map((a) => a.country), ...nationalities, ...citizenships, ...extraCountries].filter(isIso2),
  )
  const vessel = rest.vessel ? compact(rest.vessel) : undefined
  return compact({
    id: entityId(init.list, init.sourceId),
    ...rest,
    sourceIdDerived: rest.sourceIdDerived || undefined,
    names: buildNames(init.name, aliases),
    addresses,
    countries,
    identifiers: (rest.identifiers ?? []).map((i) => compact(i)),
    birthDates: (rest.birthDates ?? []).map((d) => compact(d)),
    birthPlaces: unique(rest.birthPlaces ?? []),
    nationalities,
    citizenships,
    programs: unique(rest.programs ?? []),
    federalRegister: unique(rest.federalRegister ?? []),
    vessel: vessel && Object.keys(vessel).length > 0 ? vessel : undefined,
    linkedTo: rest.linkedTo?.length ? rest.linkedTo : undefined,
  }) as Entity
}
