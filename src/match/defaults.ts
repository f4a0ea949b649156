/**
 * The default screening threshold: matches scoring at least this are reported. Chosen on the precision/recall
 * curve of the evaluation sets (docs/matching.md, docs/threshold-curve.svg): the lowest threshold whose
 * false-alert rate on unlisted names stays within 1 % while recall is kept as high as possible.
 */
export const DEFAULT_THRESHOLD = 0.8

/** Identifies the algorithm and its tables; recorded with every answer so that a replay can tell. */
export const MATCHER_VERSION = 'tc-match-1'
