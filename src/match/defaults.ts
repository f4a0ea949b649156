/**
 * The default screening threshold: matches scoring at least this are reported. Chosen on the precision/recall
 * curve of the evaluation (docs/matching.md, docs/threshold-curve.svg, eval/results/latest.md): the lowest
 * threshold, so the highest recall, at which the false-alert rate on the calibration pool (dev set and the
 * tune split of eval/sets) is at most 0.5 %, half the 1 % budget, leaving the rest for unseen names.
 */
export const DEFAULT_THRESHOLD = 0.77

/** Identifies the algorithm and its tables; recorded with every answer so that a replay can tell. */
export const MATCHER_VERSION = 'tc-match-11'
