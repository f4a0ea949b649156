import type { Match, Matcher, ScreenQuery, SearchOptions } from '../../src/match/types.js'
import type { Entity } from '../../src/model/entity.js'

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Test double for the CLI and service tests: exact match on folded names, score 1. Not the product matcher.
 * Names are indexed once, so screening 10,000 counterparties against a full list stays fast.
 */
export function exactMatcher(entities: readonly Entity[]): Matcher {
  const index = new Map<string, Array<{ order: number; entity: Entity; name: string }>>()
  entities.forEach((entity, order) => {
    for (const n of entity.names) {
      const key = fold(n.value)
      const hits = index.get(key) ?? []
      if (!hits.some((h) => h.order === order)) hits.push({ order, entity, name: n.value })
      index.set(key, hits)
    }
  })
  return {
    size: entities.reduce((n, e) => n + e.names.length, 0),
    search(query: ScreenQuery, options: SearchOptions = {}): Match[] {
      const q = fold(query.name)
      const out: Match[] = []
      for (const { entity: e, name } of index.get(q) ?? []) {
        if (options.lists && !options.lists.includes(e.list)) continue
        out.push({
          entityId: e.id,
          list: e.list,
          sourceId: e.sourceId,
          name: e.name,
          matchedName: name,
          score: 1,
          explanation: {
            method: 'exact',
            normalisedQuery: q,
            normalisedName: q,
            tokens: [],
            nameScore: 1,
            adjustments: [],
          },
        })
      }
      return out
    },
  }
}
