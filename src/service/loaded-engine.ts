import type { Matcher, ScreenQuery, SearchOptions } from '../match/types.js'
import type { Entity, ListCode, Relation } from '../model/entity.js'
import type { Store } from '../store/store.js'
import type { DataInfo, Engine, ScreenResult } from './engine-types.js'
import { parseScreenQuery } from './query-schema.js'

/** An Engine over entities held in memory; built from the store's active versions or from --dataset files. */
export class LoadedEngine implements Engine {
  readonly data: readonly DataInfo[]
  readonly relations: readonly Relation[]
  readonly lists: readonly ListCode[]
  readonly defaultThreshold: number
  readonly matcherVersion: string
  readonly #matcher: Matcher
  readonly #byId: Map<string, Entity>
  readonly #onClose: () => Promise<void>
  /** The store the data came from; absent for an engine over --dataset files. Answers are recorded there. */
  readonly store: Store | undefined

  constructor(parts: {
    entities: readonly Entity[]
    relations: readonly Relation[]
    data: readonly DataInfo[]
    matcher: Matcher
    defaultThreshold: number
    matcherVersion: string
    onClose?: () => Promise<void>
    store?: Store
  }) {
    this.store = parts.store
    this.data = parts.data
    this.relations = parts.relations
    this.defaultThreshold = parts.defaultThreshold
    this.matcherVersion = parts.matcherVersion
    this.#matcher = parts.matcher
    this.#byId = new Map(parts.entities.map((e) => [e.id, e]))
    this.lists = [...new Set(parts.entities.map((e) => e.list))].sort()
    this.#onClose = parts.onClose ?? (async () => undefined)
  }

  /** Validates the query (the library is a boundary too) and screens it at the given or default threshold. */
  screen(query: ScreenQuery, options: SearchOptions = {}): ScreenResult {
    const valid = parseScreenQuery(query)
    const matches = this.#matcher.search(valid, { threshold: this.defaultThreshold, ...options })
    return { query: valid, matches, data: this.data }
  }

  entity(id: string): Entity | undefined {
    return this.#byId.get(id)
  }

  /** Every entity of the loaded versions (for benchmarks, exports and delta screening). */
  entities(): IterableIterator<Entity> {
    return this.#byId.values()
  }

  get size(): number {
    return this.#byId.size
  }

  close(): Promise<void> {
    return this.#onClose()
  }
}
