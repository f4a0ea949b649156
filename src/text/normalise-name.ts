import type { Script } from '../model/entity.js'
import { chineseToLatin, hasHan } from './chinese/to-latin.js'
import { foldText } from './fold.js'
import { splitLegalForms } from './legal-forms.js'
import { detectScript } from './script.js'
import { canonicalSpelling } from './spelling.js'
import { tokenize } from './tokens.js'
import { splitCasedForms, unglueTokens } from './unglue.js'

/** A name as ingest and query both see it: the same function on both sides, so they meet. */
export interface NormalisedName {
  /** Name tokens without legal forms, folded to lower-case ASCII. */
  tokens: string[]
  /** Canonical spelling of each token (romanisation variants joined), same order as tokens. */
  canonical: string[]
  /** Legal-form classes found (LTD, LLC, JSC ...). */
  forms: string[]
  /** Script of the name as written. */
  script: Script
  /** Every token including legal forms, joined by spaces: equal strings make an "exact" match. */
  folded: string
}

export function normaliseName(name: string): NormalisedName {
  const script = detectScript(name)
  const latin = hasHan(name) ? chineseToLatin(name) : name
  const all = tokenize(foldText(splitCasedForms(latin)))
  const { core, forms } = splitLegalForms(joinParticles(unglueTokens(all)))
  return { tokens: core, canonical: core.map(canonicalSpelling), forms, script, folded: all.join(' ') }
}

/**
 * Whether two neighbouring folded words are read as one name part ("abd" + "al"): the one step of normalisation
 * that depends on the order of the words, so "LAST, First" in natural order can read other words.
 */
export function joinsParticle(t: string | undefined, next: string | undefined): boolean {
  return t === 'abd' && (next === 'al' || next === 'el' || next === 'ul')
}

/** The two words of a name that meet across its comma in natural order: "AL RAHMAN, Umar Abd" -> abd, al. */
export function wordsAcrossComma(last: string, first: string): [string | undefined, string | undefined] {
  return [tokenize(foldText(first)).at(-1), tokenize(foldText(last))[0]]
}

/** "abd al rahman" / "abd el" -> "abdal rahman", so that it meets "abdul rahman" (see name-variants.ts). */
function joinParticles(tokens: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (joinsParticle(t, next)) {
      out.push('abdal')
      i++
    } else out.push(t)
  }
  return out
}
