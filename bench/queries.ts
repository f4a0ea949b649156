import type { Entity } from '../src/model/entity.js'

/**
 * A reproducible query mix over the loaded data: about half listed names (every Nth entity, some with a typo,
 * some of them aliases) and half made-up company and person names that should come back clear.
 */
export function queryMix(entities: readonly Entity[], size = 1000): Array<Record<string, string>> {
  let seed = 12345
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  const out: Array<Record<string, string>> = []
  const step = Math.max(1, Math.floor(entities.length / (size / 2)))
  for (let i = 0; i < entities.length && out.length < size / 2; i += step) {
    const e = entities[i]!
    const names = e.names.filter((n) => n.script === 'Latn')
    let name = (names[Math.floor(rand() * names.length)] ?? e.names[0]!).value
    if (rand() < 0.4 && name.length > 6) {
      const at = 2 + Math.floor(rand() * (name.length - 4))
      name = name.slice(0, at) + name.slice(at + 1) // drop one letter
    }
    out.push(e.countries[0] && rand() < 0.3 ? { name, country: e.countries[0] } : { name })
  }
  const first = [
    'Blue',
    'Northern',
    'Golden',
    'Pacific',
    'Summit',
    'Green',
    'Silver',
    'Atlas',
    'Harbor',
    'Prairie',
  ]
  const second = ['River', 'Valley', 'Ridge', 'Lake', 'Peak', 'Field', 'Bay', 'Stone', 'Oak', 'Meadow']
  const kind = [
    'Farms',
    'Logistics',
    'Cosmetics',
    'Films',
    'Textiles',
    'Foods',
    'Trading',
    'Tools',
    'Labs',
    'Supply',
  ]
  const given = ['Emma', 'Liam', 'Olivia', 'Noah', 'Mia', 'Lucas', 'Chloe', 'Mateo', 'Zoe', 'Ethan']
  const family = ['Hartley', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Brennan', 'Castillo']
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!
  while (out.length < size) {
    out.push(
      rand() < 0.5
        ? { name: `${pick(first)} ${pick(second)} ${pick(kind)} Inc` }
        : { name: `${pick(given)} ${pick(family)}`, type: 'person' },
    )
  }
  // Interleave so that every stretch of the run sees both kinds.
  return out
    .map((q, i) => ({ q, k: (i * 7919) % out.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.q)
}
