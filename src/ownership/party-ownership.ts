import type { Engine } from '../service/engine-types.js'
import type { OwnedByFinding } from './owned-by.js'
import type { OwnedByResult, OwnershipIndex } from './ownership-index.js'

export interface PartyOwnership extends OwnedByResult {
  /** True when a rule in force on the date catches the party: the listed owners' restrictions apply. */
  restrictionsApply: boolean
  /** The findings that apply (subset of `findings`). */
  applying: OwnedByFinding[]
  /** One line per finding and caution, for a screening or determination answer. */
  summary: string[]
}

/**
 * For screening and determination: "owned by ..." for a party given by entity id and/or name. The party is
 * looked up in the graph by id, by name, and by the ids and names of what the engine matches it to, so a
 * graph keyed by names and an engine keyed by ids still meet.
 */
export function partyOwnership(
  index: OwnershipIndex,
  party: { entityId?: string; name?: string },
  asOf: string,
  engine?: Engine,
): PartyOwnership {
  const keys: string[] = []
  const add = (k: string | undefined) => {
    if (k && !keys.includes(k)) keys.push(k)
  }
  add(party.entityId)
  add(party.name)
  if (engine && party.entityId) add(engine.entity(party.entityId)?.name)
  if (engine && party.name) {
    for (const m of engine.screen({ name: party.name }).matches) {
      add(m.entityId)
      add(m.name)
    }
  }
  const [first, ...rest] = keys
  if (first === undefined) throw new TypeError('partyOwnership needs an entityId or a name')
  const result = index.ownedBy(first, asOf, rest)
  const applying = result.findings.filter((f) => f.applies)
  return {
    ...result,
    restrictionsApply: applying.length > 0,
    applying,
    summary: [
      ...result.findings.map(
        (f) =>
          `${f.applies ? 'owned by listed parties' : 'owned by listed parties (rule not applied)'}: ${f.text}`,
      ),
      ...result.cautions.map((c) => `caution: ${c}`),
    ],
  }
}
