import type { VersionRef } from './answer-record.js'

export type JobStatus = 'queued' | 'running' | 'done' | 'cancelled'

/** A batch screening split into chunks that any worker on any machine may take. */
export interface BatchJob {
  id: string
  createdAt: string
  caller: string
  status: JobStatus
  totalRows: number
  totalChunks: number
  /** Screening options (threshold, lists) every chunk uses. */
  options: Record<string, unknown>
  /** The list versions the whole job screens against, pinned at creation: no chunk sees another version. */
  versions: VersionRef[]
  finishedAt: string | undefined
  /** What the batch is, for people: the uploaded file's name. */
  label: string | undefined
}

export interface JobProgress {
  job: BatchJob
  doneChunks: number
  doneRows: number
  /** Chunks currently leased by a worker. */
  leasedChunks: number
  /** Rows done with at least one match, and rows that could not be screened (bad input). */
  matchedRows: number
  badRows: number
}

/** A chunk as a worker holds it: its rows and, when done, one result per row. */
export interface ChunkLease {
  jobId: string
  seq: number
  owner: string
  attempts: number
  input: unknown[]
}

/** The shared queue as operators watch it. */
export interface QueueDepth {
  pendingChunks: number
  /** Chunks in a worker's hands (including leases that ran out and wait to be taken over). */
  leasedChunks: number
  /** Rows completed per second over the recent window, by all workers together. */
  rowsPerSecond: number
}
