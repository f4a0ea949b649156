import type { ScreenQuery } from '../src/match/types.js'

/** One evaluation line, the shape of ../shared/eval/dev_queries.jsonl. */
export interface EvalCase {
  query: ScreenQuery & { id: string }
  /** Listed records any of which counts as found; empty for an unlisted name. */
  expect: Array<{ list: string; name: string }>
  family: string
  /**
   * "tune" cases may be looked at while tuning; "holdout" cases only to report; "confirm" sets (build-sets.ts
   * --seed) measure a change before and after, never to tune it.
   */
  split?: 'tune' | 'holdout' | 'confirm'
}

/** A stable 0..1 hash of a string: splits sets into tune and holdout without storing a seed. */
export function unitHash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) / 4294967296
}

export const splitOf = (id: string): 'tune' | 'holdout' =>
  unitHash(`split:${id}`) < 0.6 ? 'tune' : 'holdout'
