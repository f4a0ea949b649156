/**
 * A small Engine over fixture entities for the scenario suite, until the lead's engine is on main: names
 * folded (case, punctuation, legal forms), scored by Levenshtein ratio on the folded strings. Not a matcher
 * to rely on — just enough to tell exact, misspelled and unrelated names apart.
 */
import type { Match, ScreenQuery, SearchOptions } from '../../match/types.js'
import type { Entity } from '../../model/entity.js'
import type { Engine } from '../../service/engine-types.js'

const LEGAL = /\b(co|company|corp|corporation|ltd|limited|inc|llc|jsc|sa|the)\b/g
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(LEGAL, ' ')
    .replace(/\s+/g, ' ')
    .trim()

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length] ?? 0
}

const ratio = (a: string, b: string) => (a === b ? 1 : 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1))

export function fixtureEngine(entities: readonly Entity[], published = '2026-07-31'): Engine {
  const byId = new Map(entities.map((e) => [e.id, e]))
  const names = entities.flatMap((e) => e.names.map((n) => ({ e, value: n.value, folded: fold(n.value) })))
  return {
    defaultThreshold: 0.8,
    matcherVersion: 'fixture-levenshtein',
    data: [{ source: 'fixture', published, retrieved: `${published}T00:00:00Z`, contentHash: 'fixture', records: entities.length }],
    relations: [],
    lists: [...new Set(entities.map((e) => e.list))],
    entity: (id) => byId.get(id),
    screen(query: ScreenQuery, options: SearchOptions = {}) {
      const q = fold(query.name)
      const best = new Map<string, Match>()
      for (const n of names) {
        const score = ratio(q, n.folded)
        if (score < (options.threshold ?? 0.8)) continue
        const prev = best.get(n.e.id)
        if (prev && prev.score >= score) continue
        best.set(n.e.id, {
          entityId: n.e.id,
          list: n.e.list,
          sourceId: n.e.sourceId,
          name: n.e.name,
          matchedName: n.value,
          score,
          explanation: { method: score === 1 ? 'normalised' : 'fuzzy', normalisedQuery: q, normalisedName: n.folded, tokens: [], nameScore: score, adjustments: [] },
        })
      }
      const matches = [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10)
      return { query, matches, data: [] }
    },
  }
}
