import type { Match, Matcher, ScreenQuery, SearchOptions } from '../../src/match/types.js'
import type { Entity } from '../../src/model/entity.js'

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Test double for the CLI and service tests: exact match on folded names, score 1. Not the product matcher. */
export function exactMatcher(entities: readonly Entity[]): Matcher {
  return {
    size: entities.reduce((n, e) => n + e.names.length, 0),
    search(query: ScreenQuery, options: SearchOptions = {}): Match[] {
      const q = fold(query.name)
      const out: Match[] = []
      for (const e of entities) {
        if (options.lists && !options.lists.includes(e.list)) continue
        const hit = e.names.find((n) => fold(n.value) === q)
        if (!hit) continue
        out.push({
          entityId: e.id,
          list: e.list,
          sourceId: e.sourceId,
          name: e.name,
          matchedName: hit.value,
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
