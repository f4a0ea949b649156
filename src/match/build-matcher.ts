import type { Entity } from '../model/entity.js'
import { buildCandidateIndex, restoreCandidateIndex } from './candidate-index.js'
import { CANDIDATE_DEFAULTS, type CandidateOptions, findCandidates } from './candidates.js'
import { buildNameTable } from './name-table.js'
import { prepareQuery } from './query-tokens.js'
import { type MatcherState, search } from './search.js'
import { type MatcherSnapshot, restoreNameTable, snapshotNameTable } from './snapshot.js'
import type { Matcher, ScreenQuery } from './types.js'
import type { TokenStatistics } from './vocabulary.js'

export interface MatcherOptions {
  candidates?: Partial<CandidateOptions>
  /** A snapshot of a matcher over the same entities: restored instead of normalising every name again. */
  snapshot?: MatcherSnapshot
  /**
   * Token weights from another corpus, usually `fullMatcher.statistics()`: a matcher over a few entities (the
   * ones a list change touched) then scores like the full one instead of weighing every word alike.
   */
  statistics?: TokenStatistics
}

/** The matcher plus what evaluation needs: the candidate step on its own. */
export interface IndexedMatcher extends Matcher {
  /** Entity ids the candidate step would score for this query (for measuring its recall). */
  candidateEntities(query: ScreenQuery): Set<string>
  /** The normalised names as plain arrays, to persist or to hand to worker threads (see snapshot.ts). */
  snapshot(): MatcherSnapshot
  /** True when MatcherOptions.snapshot was used; false when it did not fit these entities and was rebuilt. */
  readonly restored: boolean
  /** This matcher's token counts, to weigh another matcher's tokens alike (MatcherOptions.statistics). */
  statistics(): TokenStatistics
}

/**
 * Builds the index over every name of every entity, once (about a second for the bundled 27,000 records);
 * then search() answers in well under a millisecond.
 */
export function buildMatcher(entities: readonly Entity[], options: MatcherOptions = {}): IndexedMatcher {
  const restored = options.snapshot && restoreNameTable(entities, options.snapshot)
  const table = restored || buildNameTable(entities)
  if (options.statistics) table.vocabulary.finish(table.names.length, options.statistics)
  const index = restored ? restoreCandidateIndex(options.snapshot!.index) : buildCandidateIndex(table)
  const { vocabulary, names } = table
  const nameWeights = new Float64Array(names.length)
  names.forEach((n, i) => {
    for (const t of n.tokens) nameWeights[i]! += vocabulary.weights[t]!
  })
  const scratch = new Float64Array(names.length)
  const candidateOptions = { ...CANDIDATE_DEFAULTS, ...options.candidates }
  const state: MatcherState = {
    table,
    index,
    candidates: (q) => findCandidates(q, index, vocabulary, nameWeights, scratch, candidateOptions),
  }
  return {
    size: names.length,
    restored: Boolean(restored),
    search: (query, opts) => search(state, query, opts),
    snapshot: () => snapshotNameTable(table, index),
    statistics: () => ({
      names: names.length,
      df: (token) => {
        const id = vocabulary.ids.get(token)
        return id === undefined ? 0 : vocabulary.df[id]!
      },
    }),
    candidateEntities(query) {
      const q = prepareQuery(query.name, vocabulary, index)
      return new Set(state.candidates(q).map((i) => entities[names[i]!.entity]!.id))
    },
  }
}
