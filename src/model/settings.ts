import { badInput } from '../errors.js'

/** The settings an operator may change, with their defaults; changes are audited. */
export const SETTINGS = {
  /** A release (false positive) needs a second reviewer's confirmation. */
  'review.four-eyes': { kind: 'boolean', default: false },
  /** The audit log keeps entries at least this many years (EAR Part 762: five). */
  'audit.retention-years': { kind: 'integer', default: 5, min: 1 },
  /** Lists older than this many days are flagged by `lists status` and readiness. */
  'lists.max-age-days': { kind: 'integer', default: 7, min: 0 },
} as const

export type SettingKey = keyof typeof SETTINGS
export type Settings = {
  [K in SettingKey]: (typeof SETTINGS)[K]['default'] extends boolean ? boolean : number
}

export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(SETTINGS, k)

/** Parses a value typed by a person ("on", "yes", "7") for a key; a bad value names the key. */
export function parseSetting(key: string, text: string): boolean | number {
  if (!isSettingKey(key))
    throw badInput('key', `unknown setting ${key}; known: ${Object.keys(SETTINGS).join(', ')}`)
  const spec = SETTINGS[key]
  if (spec.kind === 'boolean') {
    if (/^(on|true|yes|1)$/i.test(text)) return true
    if (/^(off|false|no|0)$/i.test(text)) return false
    throw badInput(key, `must be on or off, not "${text}"`)
  }
  const n = Number(text)
  if (!Number.isInteger(n) || n < spec.min)
    throw badInput(key, `must be a whole number ≥ ${spec.min}, not "${text}"`)
  return n
}
