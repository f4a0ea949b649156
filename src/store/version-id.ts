import type { Dataset } from '../model/dataset.js'

/** Deterministic and readable: the same content imported twice is the same version. */
export const versionId = (dataset: Pick<Dataset, 'source' | 'published' | 'contentHash'>): string =>
  `${dataset.source}-${dataset.published ?? 'undated'}-${dataset.contentHash.slice(0, 10)}`
