import type { Entity, Relation } from './entity.js'

/** The on-disk formats we can read; detected from content. */
export const FORMATS = [
  'csl-json',
  'csl-csv',
  'ofac-csv',
  'ofac-xml',
  'ofac-enhanced-xml',
  'un-xml',
  'dpl-tsv',
  'uk-ofsi-csv',
  'ftm-json',
] as const

export type DatasetFormat = (typeof FORMATS)[number]

/** A row the reader could not use: reported and counted, never silently dropped. */
export interface RowIssue {
  /** file name and, when known, line or record number and field: "dpl.txt:12:Last_Update" */
  where: string
  message: string
  /** "skipped": the row was left out; "repaired": the row was kept with the field cleared or fixed. */
  action: 'skipped' | 'repaired'
}

/** What a reader returns: one dated, parsed publication of one source. */
export interface Dataset {
  /** Source key, e.g. "us_csl", "ofac_sdn", "un", "bis_dpl", "uk_ofsi", "ftm". */
  source: string
  format: DatasetFormat
  /** Publication date of the list (YYYY-MM-DD), from the file itself where it says, else best estimate. */
  published: string | undefined
  /** When this copy was fetched or read (ISO date-time). */
  retrieved: string
  /** sha256 of the raw bytes read, hex. */
  contentHash: string
  /** Paths or URLs read. */
  origin: string[]
  entities: Entity[]
  relations: Relation[]
  issues: RowIssue[]
}
