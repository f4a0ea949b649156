import type { Match, Matcher, ScreenQuery, SearchOptions } from '../src/match/types.js'
import type { Entity } from '../src/model/entity.js'

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * A constant-time stand-in matcher (exact match on folded names through a hash map), to measure what the
 * HTTP layer itself costs. Not a product matcher: it finds no typo.
 */
export function lookupMatcher(entities: readonly Entity[]): Matcher {
  const byName = new Map<string, Array<{ entity: Entity; value: string }>>()
  for (const entity of entities)
    for (const n of entity.names) {
      const k = fold(n.value)
      const list = byName.get(k) ?? []
      list.push({ entity, value: n.value })
      byName.set(k, list)
    }
  return {
    size: byName.size,
    search(query: ScreenQuery, options: SearchOptions = {}): Match[] {
      const q = fold(query.name)
      return (byName.get(q) ?? [])
        .filter((h) => !options.lists || options.lists.includes(h.entity.list))
        .slice(0, options.limit ?? 50)
        .map(({ entity, value }) => ({
          entityId: entity.id,
          list: entity.list,
          sourceId: entity.sourceId,
          name: entity.name,
          matchedName: value,
          score: 1,
          explanation: {
            method: 'exact',
            normalisedQuery: q,
            normalisedName: q,
            tokens: q.split(' ').map((t) => ({ query: t, listed: t, similarity: 1, weight: 1 })),
            nameScore: 1,
            adjustments: [],
          },
        }))
    },
  }
}
