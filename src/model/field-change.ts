/** One field of a listed entry that differs between two list versions. */
export interface FieldChange {
  field: string
  /** Scalar fields: the value before and after (absent when empty). */
  old?: string
  new?: string
  /** Multi-valued fields: values that appeared and disappeared. */
  added?: string[]
  removed?: string[]
  /** True when the values differ only in case, punctuation, spacing, word order or legal form. */
  cosmetic: boolean
}
