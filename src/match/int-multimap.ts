/** The arrays of an IntMultiMap, to persist with a matcher snapshot (structured-clonable). */
export interface MultiMapArrays {
  keys: Int32Array
  heads: Int32Array
  used: Uint8Array
  next: Int32Array
  values: Int32Array
  count: number
  size: number
}

/**
 * A multimap from 32-bit integer keys to integer values in typed arrays (open addressing, values chained):
 * building the candidate index's quarter-million deletion keys this way takes milliseconds, not a second.
 */
export class IntMultiMap {
  #keys: Int32Array
  #heads: Int32Array
  #used: Uint8Array
  #next: Int32Array
  #values: Int32Array
  #count = 0
  #size = 0

  constructor(expected = 1024) {
    let cap = 1024
    while (cap < expected * 2) cap <<= 1
    this.#keys = new Int32Array(cap)
    this.#heads = new Int32Array(cap).fill(-1)
    this.#used = new Uint8Array(cap)
    this.#next = new Int32Array(expected)
    this.#values = new Int32Array(expected)
  }

  /** A map over arrays taken with `arrays` (a snapshot): no rehashing. */
  static restore(a: MultiMapArrays): IntMultiMap {
    const m = new IntMultiMap(0)
    m.#keys = a.keys
    m.#heads = a.heads
    m.#used = a.used
    m.#next = a.next
    m.#values = a.values
    m.#count = a.count
    m.#size = a.size
    return m
  }

  get arrays(): MultiMapArrays {
    // Values past count are spare room for adds: not worth storing.
    return {
      keys: this.#keys,
      heads: this.#heads,
      used: this.#used,
      next: this.#next.subarray(0, this.#count),
      values: this.#values.subarray(0, this.#count),
      count: this.#count,
      size: this.#size,
    }
  }

  get size(): number {
    return this.#size
  }

  /** Adds value under key unless it is already the last value added there. */
  add(key: number, value: number): void {
    if (this.#size * 2 >= this.#keys.length) this.#grow()
    const slot = this.#slot(key)
    if (!this.#used[slot]) {
      this.#used[slot] = 1
      this.#keys[slot] = key
      this.#size++
    } else if (this.#values[this.#heads[slot]!] === value) return
    if (this.#count === this.#values.length) {
      const n = this.#count * 2
      const values = new Int32Array(n)
      values.set(this.#values)
      const next = new Int32Array(n)
      next.set(this.#next)
      this.#values = values
      this.#next = next
    }
    this.#values[this.#count] = value
    this.#next[this.#count] = this.#heads[slot]!
    this.#heads[slot] = this.#count++
  }

  /** Calls f with every value under key (most recent first). */
  forEach(key: number, f: (value: number) => void): void {
    const slot = this.#slot(key)
    if (!this.#used[slot]) return
    for (let i = this.#heads[slot]!; i >= 0; i = this.#next[i]!) f(this.#values[i]!)
  }

  #slot(key: number): number {
    const mask = this.#keys.length - 1
    let s = Math.imul(key, 0x9e3779b1) >>> 0
    s &= mask
    while (this.#used[s] && this.#keys[s] !== key) s = (s + 1) & mask
    return s
  }

  #grow(): void {
    const keys = this.#keys
    const heads = this.#heads
    const used = this.#used
    this.#keys = new Int32Array(keys.length * 2)
    this.#heads = new Int32Array(keys.length * 2).fill(-1)
    this.#used = new Uint8Array(keys.length * 2)
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue
      const s = this.#slot(keys[i]!)
      this.#used[s] = 1
      this.#keys[s] = keys[i]!
      this.#heads[s] = heads[i]!
    }
  }
}

/** FNV-1a over a string, skipping one or two positions (-1: none); the keys of IntMultiMap. */
export function hashSkipping(s: string, skip = -1, skip2 = -1): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++)
    if (i !== skip && i !== skip2) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h | 0
}
