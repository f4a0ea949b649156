import { TcError } from '../errors.js'
import type { Store } from '../store/store.js'
import type { LoadedEngine } from './loaded-engine.js'
import { type EngineFactories, engineFromVersions } from './open-engine.js'

export interface EngineHolderOptions {
  /** How often to check the versions in force when the store cannot notify (and as a safety net when it can). */
  pollMs?: number
  onSwitch?: (engine: LoadedEngine, previous: LoadedEngine | undefined) => void
  onError?: (error: unknown) => void
}

/**
 * The engine a long-running process (an API instance, a worker) answers with. When the versions in force
 * change — announced by PostgreSQL NOTIFY, or seen by polling — it loads a new engine and then swaps the
 * reference: a request that took the old engine finishes on it, so no answer mixes versions.
 */
export class EngineHolder {
  readonly #store: Store
  readonly #factories: EngineFactories
  readonly #options: EngineHolderOptions
  #engine: LoadedEngine | undefined
  #key = ''
  #refreshing: Promise<boolean> | undefined
  #again = false
  #timer: NodeJS.Timeout | undefined
  #unsubscribe: (() => Promise<void>) | undefined

  constructor(store: Store, factories: EngineFactories, options: EngineHolderOptions = {}) {
    this.#store = store
    this.#factories = factories
    this.#options = options
  }

  /** Loads the versions in force and starts following changes. */
  async start(): Promise<void> {
    await this.refresh()
    const pollMs = this.#options.pollMs ?? (this.#store.subscribeVersions ? 30_000 : 2_000)
    this.#timer = setInterval(() => void this.#refreshQuietly(), pollMs)
    this.#timer.unref()
    if (this.#store.subscribeVersions)
      this.#unsubscribe = await this.#store.subscribeVersions(() => void this.#refreshQuietly())
  }

  get ready(): boolean {
    return this.#engine !== undefined
  }

  /** The engine to answer one request with; take it once per request. */
  current(): LoadedEngine {
    if (!this.#engine) throw new TcError('TC_NOT_READY', 'list data is still loading')
    return this.#engine
  }

  /** Reloads if the versions in force changed; true when it switched. Concurrent calls share one reload. */
  refresh(): Promise<boolean> {
    if (this.#refreshing) {
      this.#again = true
      return this.#refreshing
    }
    this.#refreshing = this.#reload().finally(() => {
      this.#refreshing = undefined
      if (this.#again) {
        this.#again = false
        void this.#refreshQuietly()
      }
    })
    return this.#refreshing
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer)
    await this.#unsubscribe?.()
    await this.#refreshing?.catch(() => undefined)
  }

  async #reload(): Promise<boolean> {
    const versions = await this.#store.activeVersions()
    const key = versions.map((v) => `${v.id}#${v.contentHash}`).join('|')
    if (key === this.#key && this.#engine) return false
    const next = await engineFromVersions(this.#store, versions, this.#factories, { closeStore: false })
    const previous = this.#engine
    this.#engine = next
    this.#key = key
    this.#options.onSwitch?.(next, previous)
    return true
  }

  async #refreshQuietly(): Promise<void> {
    try {
      await this.refresh()
    } catch (e) {
      this.#options.onError?.(e)
    }
  }
}
