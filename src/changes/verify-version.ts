/** The facts about a freshly read version that decide whether it may replace the one in force. */
export interface VersionFacts {
  source: string
  records: number
  /** Entries per list code. */
  byList: Record<string, number>
  /** Rows the reader had to leave out. */
  skipped: number
}

export interface VerifyOptions {
  expectedSource: string
  /** The largest share (0..1) by which the whole version or one list may shrink. */
  maxDrop: number
  previous?: Pick<VersionFacts, 'records' | 'byList'>
}

export interface Verdict {
  /** Problems no flag can excuse: not the list asked for, or nothing in it. */
  fatal: string[]
  /** Problems `--force` accepts: a list that shrank too much, too many unreadable rows. */
  suspicious: string[]
}

/** Lists smaller than this are not checked on their own (one removal from a list of five is 20 %). */
const MIN_LIST = 20

/**
 * Sanity checks before a downloaded version goes in force. A shrunken or half-read file is the common way a
 * bad download looks like a good one, so a drop of more than `maxDrop` in the whole version or in any list
 * of some size is refused unless forced.
 */
export function verifyVersion(next: VersionFacts, options: VerifyOptions): Verdict {
  const verdict: Verdict = { fatal: [], suspicious: [] }
  if (next.source !== options.expectedSource) {
    verdict.fatal.push(`the file is a ${next.source} list, not ${options.expectedSource}`)
  }
  if (next.records === 0) verdict.fatal.push('the file holds no entries')
  const allowedSkips = Math.max(5, Math.ceil(next.records * 0.01))
  if (next.skipped > allowedSkips) {
    verdict.suspicious.push(`${next.skipped} rows could not be read (more than ${allowedSkips})`)
  }
  const prev = options.previous
  if (!prev) return verdict
  const drop = (before: number, after: number) => (before - after) / before
  if (prev.records > 0 && drop(prev.records, next.records) > options.maxDrop) {
    verdict.suspicious.push(shrank('the list', prev.records, next.records, options.maxDrop))
  }
  for (const [list, before] of Object.entries(prev.byList)) {
    const after = next.byList[list] ?? 0
    if (before >= MIN_LIST && drop(before, after) > options.maxDrop) {
      verdict.suspicious.push(shrank(list, before, after, options.maxDrop))
    }
  }
  return verdict
}

const shrank = (what: string, before: number, after: number, max: number): string =>
  `${what} would shrink from ${before} to ${after} entries (${Math.round((100 * (before - after)) / before)} % > ${Math.round(max * 100)} %)`
