import { isLegal } from './legal-forms.js'

/**
 * Legal forms glued to a name by a missing space ("TiptransLimited", "KINEFOOO", "LLCA-K-S", "MilurSA"):
 * split off, so that legal-forms.ts can recognise them. Case boundaries are used where the text has them;
 * without them only unambiguous forms of three letters or more are split (never "ood", which ends "wood").
 */
const GLUED_SUFFIXES = [
  'company',
  'limited',
  'liability',
  'corporation',
  'incorporated',
  'gmbh',
  'ooo',
  'llc',
].concat(['ltd', 'jsc', 'pjsc', 'fze', 'fzco', 'sarl'])
const GLUED_PREFIXES = ['llc', 'ooo', 'jsc', 'pjsc', 'ojsc', 'cjsc']
/**
 * Long legal words that end a leading legal phrase glued to the name after it ("Joint Stock CompanyAerocomposit",
 * "LIMITED LIABILITY COMPANYCARBON"): split off when at least two letters follow. Name words rarely start so.
 */
const GLUED_LEADING_WORDS = [
  'company',
  'limited',
  'liability',
  'corporation',
  'incorporated',
  'obshchestvo',
  'otvetstvennostyu',
]
/** Forms that may follow a case boundary ("MilurSA", "EFOCompany"). */
const CASED_FORMS = new Set([
  ...GLUED_SUFFIXES,
  'sa',
  'ag',
  'ao',
  'ab',
  'as',
  'bv',
  'nv',
  'oy',
  'co',
  'inc',
  'corp',
  'ood',
])

/**
 * Splits at a case boundary when what follows is a legal form: "TiptransLimited" -> "Tiptrans Limited". A
 * boundary needs two lower-case letters before it, and a form in capitals after them ends the word: one stray
 * lower-case letter in a word in capitals is a typo, not a boundary ("ZkINC", "GAsMES" stay one word).
 */
export function splitCasedForms(text: string): string {
  return text
    .replace(/(\p{Ll}{2})(\p{Lu}\p{L}*)/gu, (m, a: string, rest: string) =>
      CASED_FORMS.has(rest.toLowerCase()) ? `${a} ${rest}` : m,
    )
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}+)(?!\p{L})/gu, (m, a: string, rest: string) =>
      CASED_FORMS.has(rest.toLowerCase()) ? `${a} ${rest}` : m,
    )
}

/** Splits folded tokens that end or start with a glued legal form: "kinefooo" -> "kinef ooo". */
export function unglueTokens(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (const t of tokens) {
    const suffix =
      t.length > 5 ? GLUED_SUFFIXES.find((s) => t.endsWith(s) && t.length - s.length >= 3) : undefined
    const prefix = suffix
      ? undefined
      : (GLUED_PREFIXES.find((p) => t.startsWith(p) && t.length > p.length) ??
        GLUED_LEADING_WORDS.find((p) => t.startsWith(p) && t.length - p.length >= 2))
    if (suffix) out.push(t.slice(0, -suffix.length), suffix)
    else if (prefix) out.push(prefix, t.slice(prefix.length))
    else out.push(...twoLegalWords(t))
  }
  return out
}

/**
 * Two legal words glued by a missing space ("PublicJoint", "OTKRYTOEAKTSIONERNOE", "SOGRANICHENNOI"): split,
 * when one of them has four letters or more (two short forms glued, "saco", may be a name), eight beside a
 * single letter ("corpo" is a clipped "corporation", not "corp" + "o").
 */
const LONGEST_LEGAL_WORD = 16

function twoLegalWords(t: string): string[] {
  if (t.length < 5 || isLegal(t)) return [t]
  for (let p = 1; p < t.length && p <= LONGEST_LEGAL_WORD; p++) {
    const a = t.slice(0, p)
    if (!isLegal(a)) continue
    const b = t.slice(p)
    const [short, long] = a.length < b.length ? [a, b] : [b, a]
    if (long.length >= (short.length === 1 ? 8 : 4) && isLegal(b)) return [a, b]
  }
  return [t]
}
