/** Words that make a name an organisation's where no type is given (CSL lists other than OFAC's, queries). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'university institute academy technology technologies group bank trading industries industry corporation ' +
    'company electronics laboratory center centre bureau factory plant shipping airlines enterprise enterprises ' +
    'association organization organisation foundation ministry department agency services systems equipment ' +
    'research engineering international holding holdings aviation aerospace'
  ).split(' '),
)

/** A name with a legal form ("OOD", "Co., Ltd.") or an organisation word is an organisation's. */
export function looksLikeOrganisation(tokens: readonly string[], forms: readonly string[]): boolean {
  return forms.length > 0 || tokens.some((t) => ORGANISATION_WORDS.has(t))
}
