import { performance } from 'node:perf_hooks'
import { diffVersions } from '../../changes/diff-versions.js'
import type { ListDiff } from '../../changes/types.js'
import { verifyVersion } from '../../changes/verify-version.js'
import { isTcError, TcError } from '../../errors.js'
import type { Dataset } from '../../model/dataset.js'
import type { SourceFile } from '../../sources/common/types.js'
import { download, fileNameOf } from '../../sources/download/download.js'
import type { ListVersion, Store } from '../../store/store.js'
import type { RecheckResult } from '../review.js'
import type { SourceConfig } from './config.js'
import { versionSide } from './diff-side.js'
import { recheckAfterUpdate } from './recheck-after-update.js'
import { recordChange } from './record-change.js'
import { type RescreenReport, rescreenSource } from './rescreen.js'
import type { WatchOptions } from './watch-context.js'

export interface UpdateOptions extends WatchOptions {
  maxDrop: number
  force: boolean
  readFiles: (files: SourceFile[], options: { retrieved: string }) => Promise<Dataset>
  fetch?: typeof fetch
  onPhase?: (message: string) => void
  onDownload?: (received: number, total: number | undefined) => void
}

export interface UpdateReport {
  source: string
  status: 'updated' | 'unchanged' | 'refused' | 'failed'
  /** Why a version was refused or the update failed, in one line. */
  problem?: string
  error?: TcError
  version?: ListVersion
  previous?: ListVersion
  summary?: ListDiff['summary']
  rescreen?: RescreenReport
  /** Allow rules that ended because the new version dropped or changed their entry (or their date passed). */
  endedRules?: RecheckResult[]
}

/**
 * Downloads one source, checks it, and puts it in force in one transaction: a failed download, an
 * unreadable or shrunken file, or a crash before the commit leaves the previous version in force. Then the
 * change is recorded for the feed and monitored counterparties are re-screened on what changed.
 */
export async function updateSource(
  store: Store,
  source: string,
  config: SourceConfig,
  options: UpdateOptions,
): Promise<UpdateReport> {
  const phase = (m: string) => options.onPhase?.(`${source}: ${m}`)
  try {
    const urls = config.files
      ? Object.entries(config.files)
      : config.url
        ? [[fileNameOf(config.url), config.url] as const]
        : []
    if (urls.length === 0)
      throw new TcError('TC_BAD_INPUT', 'no url configured', { field: `sources.${source}` })
    const t0 = performance.now()
    const files: SourceFile[] = []
    for (const [name, url] of urls)
      files.push(
        await download(url, name, {
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(options.onDownload ? { onProgress: options.onDownload } : {}),
        }),
      )
    const bytes = files.reduce((n, f) => n + f.bytes.length, 0)
    phase(`downloaded ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    let dataset: Dataset
    try {
      dataset = await options.readFiles(files, { retrieved: options.now().toISOString() })
    } catch (e) {
      throw new TcError(
        'TC_DATA_REFUSED',
        `the download is not a readable list: ${isTcError(e) ? e.oneLine() : (e as Error).message}`,
        { field: source, cause: e },
      )
    }
    const previous = (await store.activeVersions()).find((v) => v.source === source)
    if (previous?.contentHash === dataset.contentHash) {
      phase(`unchanged since ${previous.id}`)
      return { source, status: 'unchanged', version: previous, previous }
    }
    const byList: Record<string, number> = {}
    for (const e of dataset.entities) byList[e.list] = (byList[e.list] ?? 0) + 1
    const verdict = verifyVersion(
      {
        source: dataset.source,
        records: dataset.entities.length,
        byList,
        skipped: dataset.issues.filter((i) => i.action === 'skipped').length,
      },
      {
        expectedSource: source,
        maxDrop: options.maxDrop,
        ...(previous
          ? { previous: { records: previous.recordCount, byList: await store.countByList(previous.id) } }
          : {}),
      },
    )
    const problems = verdict.fatal.length ? verdict.fatal : options.force ? [] : verdict.suspicious
    if (problems.length) {
      const hint = verdict.fatal.length === 0 ? '; use --force to accept it' : ''
      throw new TcError('TC_DATA_REFUSED', `${problems.join('; ')}${hint}`, { field: source })
    }
    phase(`read ${dataset.entities.length} entries (published ${dataset.published ?? 'unknown'}); storing`)
    const { version } = await store.importDataset(dataset, { actor: options.actor })
    phase(`in force: ${version.id}`)
    const report: UpdateReport = { source, status: 'updated', version, ...(previous ? { previous } : {}) }
    if ((await store.watch.count()) > 0) report.rescreen = await rescreenSource(store, source, options)
    else if (previous)
      await recordChange(
        store,
        previous,
        version,
        diffVersions(
          versionSide(previous, await store.loadEntities(previous.id)),
          versionSide(version, dataset.entities),
        ),
        options.now(),
      )
    const ended = await recheckAfterUpdate(
      store,
      previous,
      version,
      dataset.entities,
      options.actor,
      options.now(),
    )
    if (ended.length) report.endedRules = ended
    const change = previous ? await store.changes.get(previous.id, version.id) : undefined
    if (change) report.summary = change.diff.summary
    return report
  } catch (e) {
    if (!isTcError(e)) throw e
    return {
      source,
      status: e.code === 'TC_DATA_REFUSED' ? 'refused' : 'failed',
      problem: e.oneLine(),
      error: e,
    }
  }
}
