/** The arrays of a HashBuckets, to persist with a matcher snapshot (structured-clonable). */
export interface BucketArrays {
  start: Int32Array
  keys: Int32Array
  values: Int32Array
}

/**
 * A static multimap from 32-bit hashes to integer values, laid out as buckets in two arrays (counting sort):
 * built in two passes without a hash table, eight bytes a value and four a bucket. For the candidate index's
 * million two-deletion keys, where IntMultiMap would take several times the memory and build time.
 */
export class HashBuckets {
  readonly #a: BucketArrays
  readonly #mask: number

  private constructor(a: BucketArrays) {
    this.#a = a
    this.#mask = a.start.length - 2
  }

  /** `hashes[i]` is the key of `values[i]`. */
  static build(hashes: Int32Array, values: Int32Array): HashBuckets {
    let size = 1024
    while (size < hashes.length) size <<= 1
    const start = new Int32Array(size + 1)
    for (let i = 0; i < hashes.length; i++) start[(bucketOf(hashes[i]!) & (size - 1)) + 1]!++
    for (let b = 0; b < size; b++) start[b + 1]! += start[b]!
    const fill = start.slice(0, size)
    const keys = new Int32Array(hashes.length)
    const out = new Int32Array(hashes.length)
    for (let i = 0; i < hashes.length; i++) {
      const at = fill[bucketOf(hashes[i]!) & (size - 1)]!++
      keys[at] = hashes[i]!
      out[at] = values[i]!
    }
    return new HashBuckets({ start, keys, values: out })
  }

  static restore(a: BucketArrays): HashBuckets {
    return new HashBuckets(a)
  }

  get arrays(): BucketArrays {
    return this.#a
  }

  /** Calls f with every value under hash. */
  forEach(hash: number, f: (value: number) => void): void {
    const { start, keys, values } = this.#a
    const b = bucketOf(hash) & this.#mask
    for (let i = start[b]!; i < start[b + 1]!; i++) if (keys[i] === hash) f(values[i]!)
  }
}

const bucketOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> 0
