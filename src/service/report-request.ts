import { badInput } from '../errors.js'
import type { CounterpartyRef } from './evidence-report.js'
import { parseScreenQuery } from './query-schema.js'

/**
 * What a caller asks a report for, checked the same way for the CLI and the API. `prefix` turns the field
 * names into the caller's own: "--" for flags (`--id`), "" for query parameters (`id`).
 */
export interface CounterpartyInput {
  id?: string | undefined
  name?: string | undefined
  country?: string | undefined
  dob?: string | undefined
}

/** A saved counterparty by id, or a screened party by the name (country, birth date) it was screened with. */
export function counterpartyRef(input: CounterpartyInput, prefix: string): CounterpartyRef {
  if (input.id !== undefined && input.name !== undefined)
    throw badInput(`${prefix}id`, `give either ${prefix}id or ${prefix}name, not both`)
  if (input.id !== undefined) {
    if (input.country !== undefined || input.dob !== undefined)
      throw badInput(`${prefix}country`, `goes with ${prefix}name, not ${prefix}id`)
    if (!input.id.trim()) throw badInput(`${prefix}id`, 'must not be empty')
    return { counterpartyId: input.id.trim() }
  }
  if (input.name === undefined) throw badInput(`${prefix}id`, `give ${prefix}id ID or ${prefix}name NAME`)
  const raw: Record<string, string> = { name: input.name }
  if (input.country !== undefined) raw.country = input.country
  if (input.dob !== undefined) raw.dob = input.dob
  return { query: parseScreenQuery(raw, prefix) }
}

/** A period of whole UTC days, both included, as the ISO bounds the summary takes (to exclusive). */
export function dayPeriod(from: string, to: string, prefix: string): { from: string; to: string } {
  const start = day(from, `${prefix}from`)
  const end = day(to, `${prefix}to`)
  if (end < start) throw badInput(`${prefix}to`, `must not be before ${prefix}from (${from})`)
  return { from: start.toISOString(), to: new Date(end.getTime() + 86_400_000).toISOString() }
}

function day(value: string, field: string): Date {
  const d = new Date(`${value}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== value
  )
    throw badInput(field, `must be a date YYYY-MM-DD, not "${value}"`)
  return d
}
