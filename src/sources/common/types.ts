import type { DatasetFormat, RowIssue } from '../../model/dataset.js'
import type { Entity, Relation } from '../../model/entity.js'

/** One file as read from disk or a download: its name (for messages) and raw bytes (already gunzipped). */
export interface SourceFile {
  name: string
  bytes: Uint8Array
}

/** What a format reader hands back; readDataset adds hash, retrieval time and origin. */
export interface ReadResult {
  source: string
  format: DatasetFormat
  /** YYYY-MM-DD when the file says (or implies) it; each reader documents where it looks. */
  published: string | undefined
  entities: Entity[]
  relations: Relation[]
  issues: RowIssue[]
}
