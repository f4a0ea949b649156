import { GIVEN_NAMES } from '../text/given-names.js'
import type { Alignment } from './align.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A query whose name carries a legal form (a company's) that meets a listed name of no stated type on its given
 * name alone: "Raymond Limited" and the Entity List's "Raymond Yang". Lists other than OFAC's give no type, and a
 * name like "Raymond Yang" has no legal form or organisation word to read it by (organisation-name.ts); its
 * matched words being all given names (src/text/given-names.ts) and a word left over (the surname) read it as a
 * person's, so it disagrees with the company as a stated type would (evidence.ts: −0.30). A query with the
 * surname too ("Raymond Yang Ltd", a company named after its founder) is not charged.
 */
export function givenNameOnly(
  forms: readonly string[],
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
): Adjustment | undefined {
  if (forms.length === 0 || a.pairs.length === 0 || a.unmatchedListed.length === 0) return undefined
  if (listed.length > MAX_PERSON_WORDS) return undefined
  const given: string[] = []
  for (const p of a.pairs)
    for (const j of p.listed) {
      const text = vocabulary.text[listed[j]!]!
      if (!GIVEN_NAMES.has(text)) return undefined
      given.push(text)
    }
  return {
    code: 'type',
    effect: -GIVEN_NAME_COST,
    text: `type organization (by its legal form) vs a person's given name "${given.join(' ')}" −${GIVEN_NAME_COST.toFixed(2)}`,
  }
}

/** As a legal form against a listed person (evidence.ts). */
const GIVEN_NAME_COST = 0.3
/** A person's name rarely has more words: a longer one is more likely a company's. */
const MAX_PERSON_WORDS = 4
