/** A batch screening job as every face reports it: progress counts, and where it stands. */
export type BatchStatus = 'running' | 'done' | 'failed'

export interface BatchSettings {
  threshold?: number
  lists?: string[]
}

export interface BatchJob {
  id: string
  /** The API key id (or "cli") that submitted it; only it and admins may read the job. */
  owner: string
  status: BatchStatus
  format: 'jsonl' | 'csv'
  fileName: string
  settings: BatchSettings
  /** Rows in the upload; results come one per row, in input order. */
  total: number
  done: number
  matched: number
  bad: number
  error: string | null
  createdAt: string
  updatedAt: string
  finishedAt: string | null
}
