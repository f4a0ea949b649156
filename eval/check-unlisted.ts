/**
 * Screens a pool of companies meant to be unlisted against the bundled lists and prints every name that scores
 * 0.85 or more (or equals a listed name or alias after folding), to be read by hand before it joins a negative
 * set: `npx tsx eval/check-unlisted.ts [pool]`, pool 2 (unlisted-companies-2.ts, the default), 3, 4, 5 or 6.
 */
import { buildMatcher } from '../src/match/build-matcher.js'
import { loadBundledEntities } from './load-entities.js'
import { UNLISTED_COMPANIES_2 } from './unlisted-companies-2.js'
import { UNLISTED_COMPANIES_3 } from './unlisted-companies-3.js'
import { UNLISTED_COMPANIES_4 } from './unlisted-companies-4.js'
import { UNLISTED_COMPANIES_5 } from './unlisted-companies-5.js'
import { UNLISTED_COMPANIES_6 } from './unlisted-companies-6.js'

const pools: Record<string, ReadonlyArray<readonly [string, string]>> = {
  3: UNLISTED_COMPANIES_3,
  4: UNLISTED_COMPANIES_4,
  5: UNLISTED_COMPANIES_5,
  6: UNLISTED_COMPANIES_6,
}
const pool = pools[process.argv[2] ?? ''] ?? UNLISTED_COMPANIES_2
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
const { entities } = await loadBundledEntities()
const exact = new Map<string, string>()
for (const e of entities) for (const n of e.names) exact.set(fold(n.value), `${e.list}: ${e.name}`)
const matcher = buildMatcher(entities)
console.log(`${pool.length} names`)
for (const [name, country] of pool) {
  const same = exact.get(fold(name))
  const top = matcher.search({ name, type: 'organization' }, { threshold: 0.85, limit: 3 })
  if (same || top.length > 0)
    console.log(
      `${name} (${country})${same ? ` EXACT ${same}` : ''} | ${top.map((m) => `${m.score.toFixed(3)} ${m.entityId} ${m.matchedName}`).join(' | ')}`,
    )
}
