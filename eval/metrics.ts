import type { Match } from '../src/match/types.js'
import { splitCompositeName } from '../src/text/composite-name.js'
import type { EvalCase } from './eval-case.js'

/**
 * Names compared as the same name: case, punctuation and word order aside ("Co., Ltd." = "Co. Ltd.",
 * "ASHRAF, Haji Muhammad" = "HAJI MUHAMMAD ASHRAF", the same person on the SDN and the UN list).
 */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ')

/**
 * A returned match finds an expected record when its primary name is the expected one (on any list, as the
 * dev set's README says), or the unit of an expected "X. Affiliated Entity: Y" name, which the readers list
 * under Y.
 */
export function isExpected(c: EvalCase, m: Pick<Match, 'name'>): boolean {
  const got = fold(m.name)
  return c.expect.some((e) => fold(e.name) === got || fold(splitCompositeName(e.name)?.unit ?? '') === got)
}

/** One case's outcome; scores are kept so that any threshold can be applied afterwards. */
export interface Outcome {
  c: EvalCase
  /** Score of the best expected match (positives), or -1. */
  expectedScore: number
  /** Score of the best other match ranked above every expected one, or -1. */
  otherScore: number
  /** Best score of any match (negatives: the false alert's score), or -1. */
  topScore: number
  /** The candidate step proposed an expected record (positives). */
  candidateHit: boolean
}

export function outcome(c: EvalCase, matches: readonly Match[], candidateHit: boolean): Outcome {
  let expectedScore = -1
  let otherScore = -1
  for (const m of matches) {
    if (isExpected(c, m)) expectedScore = Math.max(expectedScore, m.score)
    else if (expectedScore < 0) otherScore = Math.max(otherScore, m.score)
  }
  return { c, expectedScore, otherScore, topScore: matches[0]?.score ?? -1, candidateHit }
}

export interface Figures {
  positives: number
  negatives: number
  recall: number
  top1: number
  fpr: number
  candidateRecall: number
}

/** Recall, top-1 and false-positive rate at a threshold (matches were collected at a lower one). */
export function figures(outcomes: readonly Outcome[], threshold: number): Figures {
  let positives = 0
  let found = 0
  let top = 0
  let negatives = 0
  let alerts = 0
  let candidates = 0
  for (const o of outcomes) {
    if (o.c.expect.length) {
      positives++
      if (o.candidateHit) candidates++
      if (o.expectedScore >= threshold) {
        found++
        if (o.otherScore < 0) top++
      }
    } else {
      negatives++
      if (o.topScore >= threshold) alerts++
    }
  }
  return {
    positives,
    negatives,
    recall: positives ? found / positives : Number.NaN,
    top1: positives ? top / positives : Number.NaN,
    fpr: negatives ? alerts / negatives : Number.NaN,
    candidateRecall: positives ? candidates / positives : Number.NaN,
  }
}
