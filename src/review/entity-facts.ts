import { canonicalJson } from '../audit/canonical-json.js'
import type { Entity } from '../model/entity.js'
import { sha256Hex } from '../model/ids.js'

/** The facts of a listed entry a reviewer relied on: a change to any of them voids an allow rule. */
export interface EntityFacts {
  list: string
  type: string
  name: string
  aliases: string[]
  addresses: string[]
  countries: string[]
  identifiers: string[]
  birthDates: string[]
  programs: string[]
  licenseRequirement: string | null
  licensePolicy: string | null
}

export function entityFacts(e: Entity): EntityFacts {
  const sorted = (xs: string[]) => [...new Set(xs)].sort()
  return {
    list: e.list,
    type: e.type,
    name: e.name,
    aliases: sorted(e.names.filter((n) => n.kind !== 'primary').map((n) => n.value)),
    addresses: sorted(
      e.addresses.map(
        (a) => a.full ?? [a.street, a.city, a.state, a.postalCode, a.country].filter(Boolean).join(', '),
      ),
    ),
    countries: sorted(e.countries),
    identifiers: sorted(
      e.identifiers.map((i) => `${i.type}: ${i.value}${i.country ? ` (${i.country})` : ''}`),
    ),
    birthDates: sorted(
      e.birthDates.map((d) => d.date ?? (d.from || d.to ? `${d.from ?? ''}..${d.to ?? ''}` : (d.raw ?? ''))),
    ),
    programs: sorted(e.programs),
    licenseRequirement: e.licenseRequirement ?? null,
    licensePolicy: e.licensePolicy ?? null,
  }
}

export const factsFingerprint = (facts: EntityFacts): string => sha256Hex(canonicalJson(facts))

/** What changed between two versions of an entry, one line per fact: "new alias X", "list UVL -> EL". */
export function describeFactChanges(before: EntityFacts, after: EntityFacts): string[] {
  const out: string[] = []
  const scalar = (label: string, a: string | null, b: string | null) => {
    if (a !== b) out.push(`${label} ${a ?? '(none)'} -> ${b ?? '(none)'}`)
  }
  const set = (label: string, a: string[], b: string[]) => {
    for (const x of b) if (!a.includes(x)) out.push(`new ${label} ${x}`)
    for (const x of a) if (!b.includes(x)) out.push(`${label} removed: ${x}`)
  }
  scalar('list', before.list, after.list)
  scalar('type', before.type, after.type)
  scalar('name', before.name, after.name)
  set('alias', before.aliases, after.aliases)
  set('address', before.addresses, after.addresses)
  set('country', before.countries, after.countries)
  set('identifier', before.identifiers, after.identifiers)
  set('birth date', before.birthDates, after.birthDates)
  set('program', before.programs, after.programs)
  scalar('licence requirement', before.licenseRequirement, after.licenseRequirement)
  scalar('licence policy', before.licensePolicy, after.licensePolicy)
  return out
}
