import { randomBytes } from 'node:crypto'
import { badInput } from '../errors.js'
import { sha256Hex } from '../model/ids.js'
import type { Role } from './roles.js'

/** A stored API key: never the secret, only its hash and a prefix people can recognise it by. */
export interface ApiKey {
  /** "k" + 10 hex characters; also the middle of the key text. */
  id: string
  name: string
  role: Role
  /** The first part of the key text ("tc_k1a2b3c4d5e"), safe to show in lists and logs. */
  prefix: string
  createdAt: string
  createdBy: string
  revokedAt: string | null
}

/** What a caller presented, once the key is known and in force. */
export interface Caller {
  keyId: string
  name: string
  role: Role
}

const KEY_TEXT = /^tc_(k[0-9a-f]{10})_[A-Za-z0-9_-]{43}$/

/** A new key: 256 random bits of secret behind a short id. The text is shown once and never stored. */
export function generateKey(): { id: string; text: string; prefix: string; hash: string } {
  const id = `k${randomBytes(5).toString('hex')}`
  const text = `tc_${id}_${randomBytes(32).toString('base64url')}`
  return { id, text, prefix: `tc_${id}`, hash: hashKey(text) }
}

/**
 * The stored form. A plain sha256 is enough for a 256-bit random secret (no dictionary to try), and lets every
 * request look the key up by its hash in one indexed read.
 */
export const hashKey = (text: string): string => sha256Hex(text)

/** The key id inside a well-formed key text, or undefined for anything else (which then fails auth). */
export function keyIdOf(text: string): string | undefined {
  return KEY_TEXT.exec(text)?.[1]
}

const NAME = /^[\p{L}\p{N} ._@+-]{1,100}$/u

/** Key names identify people or systems in audit entries: printable, short, no control characters. */
export function validKeyName(name: string): string {
  const trimmed = name.trim()
  if (!NAME.test(trimmed))
    throw badInput('name', 'must be 1 to 100 letters, digits, spaces or . _ @ + - characters')
  return trimmed
}
