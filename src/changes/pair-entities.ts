import type { Entity } from '../model/entity.js'
import { idSpace, listFamily } from './list-families.js'
import { nameKey, nameTokens, sortedNameKey } from './name-key.js'
import { editSimilarity } from './similarity.js'
import type { MatchedBy } from './types.js'

export interface Pair {
  old: Entity
  new: Entity
  matchedBy: MatchedBy
}

export interface Pairing {
  pairs: Pair[]
  removed: Entity[]
  added: Entity[]
}

/** Names at least this similar (after folding and sorting words) may be one party with an edited name. */
export const SIMILAR_NAME = 0.9

/**
 * Recognises the same party in two versions. In order of confidence: the list's own identifier (OFAC
 * entity numbers across all OFAC lists, UN DATAID, CSL ids); the same folded name within a list family;
 * the old primary name kept as an alias of the new entry (or the reverse); a near-identical name. Name
 * steps need a shared country (when both sides give one) and prefer the same list, so a party that stays
 * on the Entity List is not mistaken for its Unverified List entry.
 */
export function pairEntities(olds: readonly Entity[], news: readonly Entity[]): Pairing {
  const pairs: Pair[] = []
  const paired = new Set<Entity>()
  const take = (o: Entity, n: Entity, matchedBy: MatchedBy) => {
    pairs.push({ old: o, new: n, matchedBy })
    paired.add(o).add(n)
  }

  // The same list first: OFAC repeats one entity number on each list a party is on (SSI and CAP rows).
  for (const key of [(e: Entity) => `${e.list}|${e.sourceId}`, idKey]) {
    const byId = new Map<string, Entity>()
    for (const o of olds) if (!paired.has(o) && !byId.has(key(o))) byId.set(key(o), o)
    for (const n of news) {
      if (paired.has(n)) continue
      const o = byId.get(key(n))
      if (o && !paired.has(o)) take(o, n, 'id')
    }
  }
  const step = (
    matchedBy: MatchedBy,
    keys: (e: Entity) => string[],
    olderOnly?: (o: Entity, n: Entity) => boolean,
  ) => {
    const index = new Map<string, Entity[]>()
    for (const o of olds) if (!paired.has(o)) for (const k of keys(o)) push(index, k, o)
    for (const n of news) {
      if (paired.has(n)) continue
      const candidates = new Set<Entity>()
      for (const k of keys(n)) for (const o of index.get(k) ?? []) if (!paired.has(o)) candidates.add(o)
      const fit = [...candidates].filter((o) => compatible(o, n) && (olderOnly?.(o, n) ?? true))
      const best = bestOf(fit, n)
      if (best) take(best, n, matchedBy)
    }
  }
  step('name', (e) => [`${listFamily(e.list)}|${nameKey(e.name)}`])
  step(
    'alias',
    (e) => e.names.map((x) => `${listFamily(e.list)}|${nameKey(x.value)}`),
    (o, n) => hasName(n, o.name) || hasName(o, n.name),
  )
  similarNames(olds, news, paired, take)
  return {
    pairs,
    removed: olds.filter((o) => !paired.has(o)),
    added: news.filter((n) => !paired.has(n)),
  }
}

const idKey = (e: Entity): string => `${idSpace(e.list)}|${e.sourceId}`

const hasName = (e: Entity, name: string): boolean => {
  const key = nameKey(name)
  return e.names.some((x) => nameKey(x.value) === key)
}

/** Same family, and a country in common unless one side names none. */
export function compatible(a: Entity, b: Entity): boolean {
  if (listFamily(a.list) !== listFamily(b.list)) return false
  if (a.countries.length === 0 || b.countries.length === 0) return true
  return a.countries.some((c) => b.countries.includes(c))
}

/** Among candidates for one entry: the same list first, then the most addresses and countries shared. */
function bestOf(candidates: Entity[], n: Entity): Entity | undefined {
  let best: Entity | undefined
  let bestScore = -1
  for (const o of candidates) {
    const score = (o.list === n.list ? 100 : 0) + overlap(o, n)
    if (score > bestScore) [best, bestScore] = [o, score]
  }
  return best
}

function overlap(a: Entity, b: Entity): number {
  const lines = new Set(a.addresses.map((x) => x.full ?? ''))
  return (
    b.addresses.filter((x) => x.full && lines.has(x.full)).length +
    a.countries.filter((c) => b.countries.includes(c)).length
  )
}

/** Near-identical names, paired only when each is the other's best candidate. Blocked on rare words. */
function similarNames(
  olds: readonly Entity[],
  news: readonly Entity[],
  paired: Set<Entity>,
  take: (o: Entity, n: Entity, by: MatchedBy) => void,
): void {
  const restOld = olds.filter((o) => !paired.has(o))
  const restNew = news.filter((n) => !paired.has(n))
  const index = new Map<string, Entity[]>()
  for (const o of restOld)
    for (const t of new Set(nameTokens(o.name))) push(index, `${listFamily(o.list)}|${t}`, o)
  const bestForNew = new Map<Entity, { o: Entity; s: number }>()
  const bestForOld = new Map<Entity, { n: Entity; s: number }>()
  for (const n of restNew) {
    const family = listFamily(n.list)
    const rare = [...new Set(nameTokens(n.name))]
      .map((t) => index.get(`${family}|${t}`) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, 2)
    const key = sortedNameKey(n.name)
    for (const o of new Set(rare.flat())) {
      if (!compatible(o, n)) continue
      const s = editSimilarity(sortedNameKey(o.name), key) + (o.list === n.list ? 0.001 : 0)
      if (s < SIMILAR_NAME) continue
      if (s > (bestForNew.get(n)?.s ?? 0)) bestForNew.set(n, { o, s })
      if (s > (bestForOld.get(o)?.s ?? 0)) bestForOld.set(o, { n, s })
    }
  }
  for (const [n, { o }] of bestForNew) if (bestForOld.get(o)?.n === n) take(o, n, 'similar-name')
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
