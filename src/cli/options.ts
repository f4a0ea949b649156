import { badInput } from '../errors.js'

/** Commander accumulator for repeatable flags. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value]

export function parseThreshold(value: string): number {
  const x = Number(value)
  if (!Number.isFinite(x) || x < 0 || x > 1 || value.trim() === '') {
    throw badInput('--threshold', `must be a number from 0 to 1, not "${value}"`)
  }
  return x
}
