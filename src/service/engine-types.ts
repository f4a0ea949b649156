import type { Match, ScreenQuery, SearchOptions } from '../match/types.js'
import type { Entity, ListCode, Relation } from '../model/entity.js'

/** The date and source of the data an answer used: every screening result carries these. */
export interface DataInfo {
  /** Source key, e.g. "us_csl", "un". */
  source: string
  /** Publication date of the list version (YYYY-MM-DD). */
  published: string | undefined
  /** When the copy was fetched (ISO date-time). */
  retrieved: string
  /** Store version id of the snapshot, when it came from a store. */
  versionId?: string
  contentHash: string
  records: number
}

export interface ScreenResult {
  query: ScreenQuery
  matches: Match[]
  data: readonly DataInfo[]
}

/**
 * The loaded data of one moment: entities of the active list versions, the matcher over them and the
 * relations between them. Faces (CLI, API, MCP) and use cases (determine, invest, watch) all take one.
 */
export interface Engine {
  screen(query: ScreenQuery, options?: SearchOptions): ScreenResult
  entity(id: string): Entity | undefined
  readonly data: readonly DataInfo[]
  readonly relations: readonly Relation[]
  readonly lists: readonly ListCode[]
  /** The default screening threshold of this engine's matcher. */
  readonly defaultThreshold: number
  /** Identifies the matching algorithm and its tables, recorded with every answer for replay. */
  readonly matcherVersion: string
}
