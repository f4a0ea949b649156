const MESSY_SPACE = /[\s\u00a0]{2}|[\t\n\r\f\v\u00a0]/

/** Trim, collapse inner whitespace (including NBSP) and turn empty into undefined: lists pad fields freely. */
export function clean(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  let s = String(value).trim()
  // Most fields are already tidy; only the messy ones pay for the regex replace.
  if (MESSY_SPACE.test(s)) s = s.replace(/[\s\u00a0]+/g, ' ').trim()
  return s === '' ? undefined : s
}

/** Split a multi-valued field and drop the empty pieces. */
export function splitClean(value: unknown, separator: string | RegExp): string[] {
  const s = clean(value)
  if (s === undefined) return []
  return s
    .split(separator)
    .map((part) => clean(part))
    .filter((part): part is string => part !== undefined)
}

/** Values in first-seen order without repeats. */
export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)]

/** Names longer than this are not names; the row is reported instead of indexing a 100 KB string. */
export const MAX_NAME_LENGTH = 1000
