/** A batch job as the API and the web UI show it (types only: the web UI imports this file too). */

export type BatchFormat = 'jsonl' | 'csv'

export interface BatchSettings {
  threshold?: number
  lists?: string[]
}

export interface BatchUpload {
  owner: string
  fileName: string
  format: BatchFormat
  bytes: Uint8Array
  settings: BatchSettings
}

/** A batch job as the API and the web UI show it. */
export interface BatchJobView {
  id: string
  owner: string
  status: 'running' | 'done' | 'failed'
  format: BatchFormat
  fileName: string
  settings: BatchSettings
  total: number
  done: number
  matched: number
  bad: number
  error: string | null
  createdAt: string
  updatedAt: string
  finishedAt: string | null
  stalled: boolean
}
