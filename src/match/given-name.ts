import { GIVEN_NAMES } from '../text/given-names.js'
import type { Alignment } from './align.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A query whose name carries a legal form (a company's) that meets part of a listed person's name of no stated
 * type: "Raymond Limited" and the Entity List's "Raymond Yang", "Ayala Corporation" and the DPL's "Nicolas
 * Ayala". Lists other than OFAC's give no type, and such a name has no legal form or organisation word to read it
 * by (organisation-name.ts); a short name with a given name in it (src/text/given-names.ts) reads as a person's,
 * and a company that matches only part of it, leaving a given name or a surname over, disagrees with it as with a
 * stated person (evidence.ts: −0.30). A company named after the whole name ("Raymond Yang Ltd") is not charged.
 */
export function partOfPersonName(
  forms: readonly string[],
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
): Adjustment | undefined {
  if (forms.length === 0 || a.pairs.length === 0 || a.unmatchedListed.length === 0) return undefined
  if (listed.length > MAX_PERSON_WORDS) return undefined
  const given = Array.from(listed, (t) => vocabulary.text[t]!).find((w) => GIVEN_NAMES.has(w))
  if (given === undefined) return undefined
  return {
    code: 'type',
    effect: -PERSON_NAME_COST,
    text: `type organization (by its legal form) vs a person's name (given name "${given}") −${PERSON_NAME_COST.toFixed(2)}`,
  }
}

/** As a legal form against a listed person (evidence.ts). */
const PERSON_NAME_COST = 0.3
/** A person's name rarely has more words: a longer one is more likely a company's. */
const MAX_PERSON_WORDS = 4
