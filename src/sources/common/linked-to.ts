/** Names after "Linked To:" in OFAC remarks, e.g. "(Linked To: MAHAN AIR; Linked To: X)". */
export function linkedToNames(remarks: string | undefined): string[] {
  if (!remarks) return []
  return [...remarks.matchAll(/Linked To:\s*([^;]+?)\s*(?:[;)]|\.?$)/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((name) => name !== '')
}
