import anyAscii from 'any-ascii'
import type { Entity, ListCode } from '../../model/entity.js'
import type { Match, Matcher, ScreenQuery, SearchOptions, TokenPair } from '../types.js'

/**
 * The foundation's interim matcher: normalised token matching with a modest fuzzy step (Jaro-Winkler on
 * tokens, inverse-frequency weights). The world-class matcher of issue 3 replaces it behind `Matcher`.
 */
export const SIMPLE_THRESHOLD = 0.85
export const SIMPLE_MATCHER_VERSION = 'simple-1'

const LEGAL = new Set([
  'co',
  'ltd',
  'limited',
  'company',
  'inc',
  'corp',
  'corporation',
  'llc',
  'plc',
  'gmbh',
  'jsc',
  'ojsc',
  'pjsc',
  'ooo',
  'oao',
  'zao',
  'ao',
  'sa',
  'srl',
  'bv',
  'nv',
  'ag',
  'pvt',
  'fze',
  'fzco',
  'the',
  'of',
  'and',
])

export function tokens(name: string): string[] {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !LEGAL.has(t))
}

interface IndexedName {
  entity: Entity
  value: string
  tokens: string[]
}

export function buildSimpleMatcher(entities: readonly Entity[]): Matcher {
  const names: IndexedName[] = []
  const byKey = new Map<string, number[]>()
  const df = new Map<string, number>()
  for (const entity of entities) {
    for (const n of entity.names) {
      const t = tokens(n.value)
      if (t.length === 0) continue
      const i = names.push({ entity, value: n.value, tokens: t }) - 1
      for (const tok of new Set(t)) {
        df.set(tok, (df.get(tok) ?? 0) + 1)
        for (const key of keys(tok)) push(byKey, key, i)
      }
    }
  }
  const weight = (t: string) => Math.log(1 + names.length / (1 + (df.get(t) ?? 0)))
  return {
    size: names.length,
    search(query: ScreenQuery, options: SearchOptions = {}): Match[] {
      const q = tokens(query.name)
      const threshold = options.threshold ?? SIMPLE_THRESHOLD
      const candidates = new Set<number>()
      for (const t of q) for (const key of keys(t)) for (const i of byKey.get(key) ?? []) candidates.add(i)
      const best = new Map<string, Match>()
      for (const i of candidates) {
        const n = names[i]!
        if (options.lists && !options.lists.includes(n.entity.list as ListCode)) continue
        const { score, pairs } = compare(q, n.tokens, weight)
        if (score < threshold) continue
        const prev = best.get(n.entity.id)
        if (prev && prev.score >= score) continue
        best.set(n.entity.id, {
          entityId: n.entity.id,
          list: n.entity.list,
          sourceId: n.entity.sourceId,
          name: n.entity.name,
          matchedName: n.value,
          score,
          explanation: {
            method: score === 1 ? 'normalised' : 'fuzzy',
            normalisedQuery: q.join(' '),
            normalisedName: n.tokens.join(' '),
            tokens: pairs,
            nameScore: score,
            adjustments: [],
          },
        })
      }
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 50)
    },
  }
}

/** Whole token plus its first three letters, so one typo after the start still finds the name. */
function keys(t: string): string[] {
  return t.length > 3 ? [t, `${t.slice(0, 3)}*`] : [t]
}

function compare(
  q: string[],
  l: string[],
  weight: (t: string) => number,
): { score: number; pairs: TokenPair[] } {
  const pairs: TokenPair[] = []
  const used = new Set<number>()
  let matched = 0
  let qTotal = 0
  for (const qt of q) {
    let bestJ = -1
    let bestSim = 0
    l.forEach((lt, j) => {
      if (used.has(j)) return
      const sim = jaroWinkler(qt, lt)
      if (sim > bestSim) [bestSim, bestJ] = [sim, j]
    })
    const w = bestJ >= 0 ? weight(l[bestJ]!) : weight(qt)
    qTotal += w
    if (bestJ >= 0 && bestSim >= 0.85) {
      used.add(bestJ)
      matched += w * bestSim
      pairs.push({ query: qt, listed: l[bestJ]!, similarity: round(bestSim), weight: round(w) })
    }
  }
  const lTotal = l.reduce((s, t) => s + weight(t), 0)
  const score = qTotal + lTotal === 0 ? 0 : (2 * matched) / (qTotal + lTotal)
  return { score: round(Math.min(1, score)), pairs }
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aM = new Array<boolean>(a.length).fill(false)
  const bM = new Array<boolean>(b.length).fill(false)
  let m = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bM[j] || a[i] !== b[j]) continue
      aM[i] = bM[j] = true
      m++
      break
    }
  }
  if (m === 0) return 0
  let t = 0
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!aM[i]) continue
    while (!bM[k]) k++
    if (a[i] !== b[k]) t++
    k++
  }
  const jaro = (m / a.length + m / b.length + (m - t / 2) / m) / 3
  let p = 0
  while (p < 4 && a[p] === b[p]) p++
  return jaro + p * 0.1 * (1 - jaro)
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000
