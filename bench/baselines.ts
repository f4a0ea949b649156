import Fuse from 'fuse.js'
import { jaroWinkler } from '../src/match/jaro-winkler.js'
import type { Entity } from '../src/model/entity.js'

/** A name of the lists with its entity's primary name, for the baselines' answers. */
interface Row {
  value: string
  folded: string
  primary: string
}

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

export function rows(entities: readonly Entity[]): Row[] {
  return entities.flatMap((e) =>
    e.names.map((n) => ({ value: n.value, folded: fold(n.value), primary: e.name })),
  )
}

/** fuse.js with its default options over every name: what a developer reaches for first. */
export function fuseBaseline(all: Row[]): (name: string) => string[] {
  const fuse = new Fuse(all, { keys: ['value'] })
  return (name) => fuse.search(name, { limit: 10 }).map((r) => r.item.primary)
}

/** Jaro-Winkler of the whole folded name against every listed name: the brute force the index avoids. */
export function bruteForceBaseline(all: Row[], threshold = 0.9): (name: string) => string[] {
  return (name) => {
    const q = fold(name)
    const hits: Array<[number, string]> = []
    for (const r of all) {
      const s = jaroWinkler(q, r.folded)
      if (s >= threshold) hits.push([s, r.primary])
    }
    return hits
      .sort((a, b) => b[0] - a[0])
      .slice(0, 10)
      .map(([, p]) => p)
  }
}
