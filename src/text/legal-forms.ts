import { damerauDistance } from './damerau-distance.js'
import { editDistance } from './edit-distance.js'
import { LEGAL_FORM_TABLE } from './legal-form-table.js'

/**
 * Legal forms across languages, canonicalised to one class each ("co ltd" / "company limited" / "ooo" ->
 * LTD or LLC ...). Forms say little about identity, so the scorer leaves them out of the name tokens and
 * only reports them. Invoices misspell and abridge them ("Joint Sock Company", "Limited Libility Company",
 * "Open Stock Company"), so misspelt legal words are corrected first and whole runs of legal words go.
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

const ROOT: Trie = { next: new Map() }
/** Single-token forms and the words that make a legal phrase a legal phrase. */
const STRONG = new Set([
  'company',
  'limited',
  'liability',
  'corporation',
  'obshchestvo',
  'aktsionernoe',
  'private',
])
/** Words that only count as legal inside a run with a strong word ("Open", "Joint", "Stock"). */
const WEAK = new Set<string>()

for (const [form, phrases] of Object.entries(LEGAL_FORM_TABLE)) {
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    if (words.length === 1) STRONG.add(phrase)
    else for (const w of words) if (!STRONG.has(w)) WEAK.add(w)
    let node = ROOT
    for (const t of words) {
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
for (const w of ['open', 'closed', 'public', 'private', 'joint', 'stock', 'non']) WEAK.add(w)
for (const w of STRONG) WEAK.delete(w)

/** Long legal words that invoices misspell; a token within one or two edits is read as the word. */
const SPELLED = [
  'limited',
  'liability',
  'company',
  'corporation',
  'incorporated',
  'joint',
  'stock',
  'obshchestvo',
].concat(['ogranichennoy', 'ogranichennoi', 'otvetstvennostyu', 'aktsionernoe', 'partnership'])

const SPELLED_INITIALS = new Set(SPELLED.map((w) => w.charCodeAt(0)))

export function correctLegalWord(t: string): string {
  if (t.length < 4 || STRONG.has(t) || WEAK.has(t)) return t
  let c = corrected.get(t)
  if (c === undefined) {
    c = correct(t)
    if (corrected.size >= 200_000) corrected.clear()
    corrected.set(t, c)
  }
  return c
}

const corrected = new Map<string, string>()

/** `extra` widens the edit budget where the context already says the word is legal. */
function correct(t: string, extra = 0): string {
  for (const w of SPELLED) {
    if (w.charCodeAt(0) !== t.charCodeAt(0) || Math.abs(w.length - t.length) > 2) continue
    const budget = (w.length >= 8 ? 2 : 1) + (w.length >= 5 ? extra : 0)
    if (editDistance(t, w, budget) <= budget) return w
    // Two typos where one is a transposition with a letter typed between ("joti" / "joint").
    if (budget >= 2 && damerauDistance(t, w, budget) <= budget) return w
  }
  return t
}

/** Whether a folded word is, as written, a word of a legal form. */
export const isLegal = (t: string): boolean => STRONG.has(t) || WEAK.has(t)

/** Whether a folded word is a word of a legal form, as written or once its spelling is corrected. */
export const isLegalWord = (t: string): boolean => isLegal(t) || isLegal(correctLegalWord(t))

/**
 * Removes runs of legal words that hold at least one strong word, when the run is at the start or the end of
 * the name or has two words or more (a lone "Company" inside a name may be part of it). A name made only of
 * legal words keeps them.
 */
export function splitLegalForms(raw: readonly string[]): LegalSplit {
  const input = rejoinLegalWords(joinDottedForms(raw))
  const split = splitRuns(input, correctInContext(input.map(correctLegalWord)))
  if (split.core.length > 0) return split
  // Corrections may have read the one name word as a legal word ("Stork LLC" as "stock llc"): the name wins.
  const plain = splitRuns(input, input)
  return plain.core.length > 0 ? plain : { core: [...input], forms: [] }
}

function splitRuns(input: readonly string[], tokens: readonly string[]): LegalSplit {
  const core: string[] = []
  const forms: string[] = []
  for (let i = 0; i < tokens.length; ) {
    if (!isLegal(tokens[i]!)) {
      core.push(input[i]!)
      i++
      continue
    }
    let j = i
    while (j < tokens.length && isLegal(tokens[j]!)) j++
    const run = tokens.slice(i, j)
    const atEdge = i === 0 || j === tokens.length
    const classes = classesOf(run)
    const legal = run.some((t) => STRONG.has(t)) || classes.length > 0
    // Single letters inside a name are a person's initials ("Ramirez A. S. Humberto"), not "A.S." or "S.A.", unless
    // a Spanish form goes on ("S.A. de C.V.", "S. de R.L.").
    const initials = run.every((t) => t.length === 1) && tokens[j] !== 'de'
    if (legal && (atEdge || (run.length > 1 && !initials))) forms.push(...classes)
    else core.push(...input.slice(i, j))
    i = j
  }
  return { core, forms }
}

/**
 * A word wedged between legal words, or at the edge of the name beside one, is read as a legal word even with
 * two typos ("Joint Sotk Company", "Joimut Stock Company X"): there the context says what it is. So is a word
 * that, corrected, makes a legal phrase of three words or more with the legal words that end or start the name
 * ("Mashoil Lizmied Liability Company"); a two-word phrase is not enough ("Alpha Compass Limited" keeps its name).
 */
function correctInContext(tokens: string[]): string[] {
  const last = tokens.length - 1
  for (let i = 0; i <= last; i++) {
    const t = tokens[i]!
    if (isLegal(t) || t.length < 4) continue
    const before = i > 0 && isLegal(tokens[i - 1]!)
    const after = i < last && isLegal(tokens[i + 1]!)
    if ((before && after) || (i === 0 && after) || (i === last && before)) tokens[i] = correct(t, 1)
    else if (after ? isLegal(tokens[i + 2] ?? '') : before && isLegal(tokens[i - 2] ?? '')) {
      // Only beside two legal words or more, so that most names skip the correction.
      const c = correct(t, 1)
      if (c !== t && endsLongPhrase(tokens.with(i, c), i, after)) tokens[i] = c
    }
  }
  return tokens
}

/**
 * Whether the word at i begins a legal phrase of three words or more that runs to the end of the name
 * (`forward`), or ends one that runs from its start.
 */
function endsLongPhrase(tokens: readonly string[], i: number, forward: boolean): boolean {
  const run = forward ? tokens.slice(i) : tokens.slice(0, i + 1)
  if (run.length < 3 || !run.every(isLegal)) return false
  if (forward) return (phraseAt(run, 0)?.length ?? 0) >= 3
  for (let s = 0; s + 3 <= run.length; s++) if (phraseAt(run, s)?.length === run.length - s) return true
  return false
}

/** The longest phrase of the table starting at run[from], with its class. */
function phraseAt(run: readonly string[], from: number): { length: number; form: string } | undefined {
  let node: Trie | undefined = ROOT
  let best: { length: number; form: string } | undefined
  for (let j = from; j < run.length && node; j++) {
    node = node.next.get(run[j]!)
    if (node?.form) best = { length: j - from + 1, form: node.form }
  }
  return best
}

/**
 * A short form written with a dot after each letter ("F.Z.E.", "J.S.C.", "P.J.S.C.") arrives as single letters
 * ("f z e"). Where every single letter that starts or ends the name, three to five of them, joins into a one-word
 * form of the table, they are read as that word. Only at an edge: initials inside a person's name stay initials.
 */
function joinDottedForms(tokens: readonly string[]): readonly string[] {
  const single = (t: string | undefined) => t !== undefined && t.length === 1 && t >= 'a' && t <= 'z'
  let start = 0
  while (single(tokens[start])) start++
  let end = tokens.length
  while (end > start && single(tokens[end - 1])) end--
  const word = (from: number, to: number) => {
    const w = tokens.slice(from, to).join('')
    return to - from >= 3 && to - from <= 5 && STRONG.has(w) ? w : undefined
  }
  const head = word(0, start)
  const tail = word(end, tokens.length)
  if (!head && !tail) return tokens
  return [
    ...(head ? [head] : tokens.slice(0, start)),
    ...tokens.slice(start, end),
    ...(tail ? [tail] : tokens.slice(end)),
  ]
}

/** Legal words split by a stray space ("Liab ility", "Incorpora ted") are joined again. */
function rejoinLegalWords(tokens: readonly string[]): readonly string[] {
  let out: string[] | undefined
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!
    const b = tokens[i + 1]!
    const length = a.length + b.length
    if (length < 6 || length > 18 || !SPELLED_INITIALS.has(a.charCodeAt(0)) || isLegal(a) || isLegal(b))
      continue
    const joined = a + b
    // Any legal word of the spelled list, not only strong ones: "Ogranichennoy Otv Etstvennostyu".
    const word = isLegal(joined) ? joined : correct(joined)
    if (!STRONG.has(word) && !SPELLED.includes(word)) continue
    out ??= [...tokens]
    out.splice(i - (tokens.length - out.length), 2, word)
    i++
  }
  return out ?? tokens
}

/** The classes of the longest phrases in a run of legal words ("public joint stock company" -> JSC). */
function classesOf(run: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < run.length; ) {
    const best = phraseAt(run, i)
    if (best) {
      if (out[out.length - 1] !== best.form) out.push(best.form)
      i += best.length
    } else i++
  }
  return out
}
