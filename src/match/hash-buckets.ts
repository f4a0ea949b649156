/**
 * A static multimap from 32-bit hashes to integer values, laid out as buckets in two arrays (counting sort):
 * built in two passes without a hash table, eight bytes a value and four a bucket. For the candidate index's
 * million two-deletion keys, where IntMultiMap would take several times the memory and build time.
 */
export class HashBuckets {
  readonly #start: Int32Array
  readonly #keys: Int32Array
  readonly #values: Int32Array
  readonly #mask: number

  /** `hashes[i]` is the key of `values[i]`. */
  constructor(hashes: Int32Array, values: Int32Array) {
    let size = 1024
    while (size < hashes.length) size <<= 1
    this.#mask = size - 1
    const start = new Int32Array(size + 1)
    for (let i = 0; i < hashes.length; i++) start[(bucketOf(hashes[i]!) & this.#mask) + 1]!++
    for (let b = 0; b < size; b++) start[b + 1]! += start[b]!
    const fill = start.slice(0, size)
    const keys = new Int32Array(hashes.length)
    const out = new Int32Array(hashes.length)
    for (let i = 0; i < hashes.length; i++) {
      const at = fill[bucketOf(hashes[i]!) & this.#mask]!++
      keys[at] = hashes[i]!
      out[at] = values[i]!
    }
    this.#start = start
    this.#keys = keys
    this.#values = out
  }

  /** Calls f with every value under hash. */
  forEach(hash: number, f: (value: number) => void): void {
    const b = bucketOf(hash) & this.#mask
    for (let i = this.#start[b]!; i < this.#start[b + 1]!; i++)
      if (this.#keys[i] === hash) f(this.#values[i]!)
  }
}

const bucketOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> 0
