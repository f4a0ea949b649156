import type { Readable } from 'node:stream'
import type { Engine } from '../service/engine-types.js'
import type { EngineFactories } from '../service/open-engine.js'
import type { Store } from '../store/store.js'

/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** True when stderr is a terminal: progress bars only then. */
  readonly interactive: boolean
}

export interface EngineHandle extends Engine {
  close(): Promise<void>
  /** Where answers are recorded; absent when screening --dataset files. */
  readonly store: Store | undefined
}

export interface EngineRequest {
  /** Store URL (`--db`); the default embedded store when absent. */
  db?: string
  /** `--dataset` paths: screen against these files instead of the store. */
  datasets?: string[]
}

/** What commands need from the library, injectable for tests. */
export interface CliDeps {
  io: CliIo
  openEngine(request: EngineRequest): Promise<EngineHandle>
  /** The store with the bundled snapshots in it (imported on first use). */
  openStore(request: { db?: string }): Promise<Store>
  /** An engine over the versions in force in an open store; closing the engine leaves the store open. */
  engineForStore(store: Store): Promise<EngineHandle>
  /** Resolves with the signal's name when the process is asked to stop; long-running commands stop then. */
  shutdownSignal(): Promise<string>
  /** Standard input, for the MCP server's stdio transport. */
  stdin(): Readable
  now(): Date
  /** Who is acting, for records and the audit log. */
  actor: string
  /** Readers and matcher, for commands that build engines over particular versions (replay). */
  factories: EngineFactories
}

/** Commands set the exit code here: 0 clear, 3 needs attention, 2 bad input, 1 internal failure. */
export interface CliState {
  exitCode: number
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
}
