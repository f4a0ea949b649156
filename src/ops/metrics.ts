/**
 * A small Prometheus text-format (0.0.4) registry: counters, gauges and histograms with labels, plus
 * collectors that set gauges when the metrics are scraped. One per process face (an API instance, a worker).
 */
export type Labels = Record<string, string>

interface Family {
  name: string
  help: string
  type: 'counter' | 'gauge' | 'histogram'
  series: Map<string, { labels: Labels; value: number; buckets?: number[]; sum?: number }>
  buckets?: readonly number[]
}

/** Latency buckets in seconds, from a cached key lookup to a slow batch upload. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export class MetricsRegistry {
  readonly #families = new Map<string, Family>()
  readonly #collectors: Array<() => Promise<void> | void> = []

  counter(name: string, help: string) {
    const f = this.#family(name, help, 'counter')
    return {
      inc: (labels: Labels = {}, by = 1) => {
        this.#series(f, labels).value += by
      },
      /** For totals the process keeps itself (CPU time): the value read at scrape time. */
      set: (value: number, labels: Labels = {}) => {
        this.#series(f, labels).value = value
      },
    }
  }

  gauge(name: string, help: string) {
    const f = this.#family(name, help, 'gauge')
    return {
      set: (value: number, labels: Labels = {}) => {
        this.#series(f, labels).value = value
      },
      /** Forgets every series (a gauge whose label values change, e.g. the version in force). */
      reset: () => f.series.clear(),
    }
  }

  histogram(name: string, help: string, buckets: readonly number[] = LATENCY_BUCKETS) {
    const f = this.#family(name, help, 'histogram', buckets)
    return {
      observe: (value: number, labels: Labels = {}) => {
        const s = this.#series(f, labels)
        s.value++
        s.sum = (s.sum ?? 0) + value
        s.buckets ??= buckets.map(() => 0)
        for (const [i, le] of buckets.entries()) if (value <= le) s.buckets[i]!++
      },
    }
  }

  /** Runs before each rendering, to set gauges from the process, the store or the engine. */
  onCollect(collect: () => Promise<void> | void): void {
    this.#collectors.push(collect)
  }

  async render(): Promise<string> {
    for (const collect of this.#collectors) await collect()
    const lines: string[] = []
    for (const f of this.#families.values()) {
      lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`)
      for (const s of f.series.values()) {
        if (f.type !== 'histogram') {
          lines.push(`${f.name}${labelText(s.labels)} ${num(s.value)}`)
          continue
        }
        for (const [i, le] of f.buckets!.entries())
          lines.push(`${f.name}_bucket${labelText({ ...s.labels, le: String(le) })} ${s.buckets?.[i] ?? 0}`)
        lines.push(`${f.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.value}`)
        lines.push(`${f.name}_sum${labelText(s.labels)} ${num(s.sum ?? 0)}`)
        lines.push(`${f.name}_count${labelText(s.labels)} ${s.value}`)
      }
    }
    return `${lines.join('\n')}\n`
  }

  #family(name: string, help: string, type: Family['type'], buckets?: readonly number[]): Family {
    if (this.#families.has(name)) throw new Error(`metric ${name} registered twice`)
    const f: Family = { name, help, type, series: new Map(), ...(buckets ? { buckets } : {}) }
    this.#families.set(name, f)
    return f
  }

  #series(f: Family, labels: Labels) {
    const key = JSON.stringify(Object.entries(labels).sort())
    let s = f.series.get(key)
    if (!s) {
      s = { labels, value: 0 }
      f.series.set(key, s)
    }
    return s
  }
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`)
  return parts.length ? `{${parts.join(',')}}` : ''
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')

const num = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN')
