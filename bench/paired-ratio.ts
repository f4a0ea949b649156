/** The middle value (the upper middle of an even count). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** A ratio as the percentage it adds: 1.064 -> "6.4 %". */
export const pct = (ratio: number): string => `${((ratio - 1) * 100).toFixed(1)} %`

/**
 * Rounds of one mode against the rounds of the baseline run beside them: the median of the round-by-round
 * ratios, and a 95 % interval for it by resampling the rounds (bootstrap, a fixed seed) — how far another
 * run of as many rounds could land on a machine this noisy.
 */
export function pairedRatio(
  baseline: readonly number[],
  other: readonly number[],
): { median: number; low: number; high: number } {
  const ratios = other.map((x, i) => x / baseline[i]!)
  let seed = 20261129
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const medians = Array.from({ length: 2000 }, () =>
    median(Array.from(ratios, () => ratios[Math.floor(random() * ratios.length)]!)),
  ).sort((a, b) => a - b)
  return { median: median(ratios), low: medians[50]!, high: medians[1949]! }
}
