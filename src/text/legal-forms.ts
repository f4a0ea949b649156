import { LEGAL_FORM_TABLE } from './legal-form-table.js'

/**
 * Legal forms across languages, canonicalised to one class each ("co ltd" / "company limited" / "ooo" ->
 * LTD or LLC ...). Forms say little about identity, so the scorer leaves them out of the name tokens and
 * only reports them; the classes let an explanation say "legal form LLC on both sides".
 */
export interface LegalSplit {
  /** The name tokens without legal forms. */
  core: string[]
  /** Canonical classes of the forms found, in order. */
  forms: string[]
}

interface Trie {
  next: Map<string, Trie>
  form?: string
}

const ROOT: Trie = buildTrie()

function buildTrie(): Trie {
  const root: Trie = { next: new Map() }
  for (const [form, phrases] of Object.entries(LEGAL_FORM_TABLE)) {
    for (const phrase of phrases) {
      let node = root
      for (const t of phrase.split(' ')) {
        let child = node.next.get(t)
        if (!child) {
          child = { next: new Map() }
          node.next.set(t, child)
        }
        node = child
      }
      node.form ??= form
    }
  }
  return root
}

/** Longest legal-form phrase starting at i: its length and class, or undefined. */
function matchAt(tokens: readonly string[], i: number): { length: number; form: string } | undefined {
  let node: Trie | undefined = ROOT
  let best: { length: number; form: string } | undefined
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]!)
    if (node?.form) best = { length: j - i + 1, form: node.form }
  }
  return best
}

/**
 * Removes legal forms: phrases of two or more words anywhere, single words only at the start or the end
 * (a "Company" or "AO" inside a name may be part of it). A name made only of legal words keeps them.
 */
export function splitLegalForms(tokens: readonly string[]): LegalSplit {
  const core: string[] = []
  const forms: string[] = []
  const n = tokens.length
  let i = 0
  while (i < n) {
    const m = matchAt(tokens, i)
    const atEdge = i === 0 || i + (m?.length ?? 1) === n || core.length === 0 || trailingFormsFrom(tokens, i)
    if (m && (m.length > 1 || atEdge)) {
      forms.push(m.form)
      i += m.length
    } else {
      core.push(tokens[i]!)
      i++
    }
  }
  if (core.length === 0) return { core: [...tokens], forms: [] }
  return { core, forms }
}

/** True when tokens from i to the end are all legal forms ("... Co Ltd Pvt"). */
function trailingFormsFrom(tokens: readonly string[], i: number): boolean {
  let k = i
  while (k < tokens.length) {
    const m = matchAt(tokens, k)
    if (!m) return false
    k += m.length
  }
  return true
}
