import type { Engine } from '../service/engine-types.js'
import { ageInDays } from '../service/screen-json.js'
import type { MetricsRegistry } from './metrics.js'

/** The list versions this instance answers with: which ones, how old, how many records; and readiness. */
export function registerDataMetrics(
  registry: MetricsRegistry,
  engine: () => Engine | undefined,
  now: () => Date,
): void {
  const ready = registry.gauge('tradecontrols_ready', '1 when this instance has list data loaded and answers')
  const version = registry.gauge(
    'tradecontrols_list_version_info',
    'The list version in force in this instance, per source; always 1',
  )
  const age = registry.gauge(
    'tradecontrols_list_age_days',
    'Days since the publication of the list version in force, per source',
  )
  const records = registry.gauge('tradecontrols_list_records', 'Records in the list version in force')
  registry.onCollect(() => {
    const e = engine()
    ready.set(e ? 1 : 0)
    version.reset()
    age.reset()
    records.reset()
    for (const d of e?.data ?? []) {
      const source = { source: d.source }
      version.set(1, { ...source, version_id: d.versionId ?? 'none', published: d.published ?? 'unknown' })
      records.set(d.records, source)
      if (d.published) age.set(ageInDays(d.published, now()), source)
    }
  })
}
