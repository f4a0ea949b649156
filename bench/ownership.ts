/**
 * Ownership aggregation at scale: build the dated graph of a generated 1,000,000-edge registry, run OFAC's
 * 50 % rule and the Affiliates Rule over it, and answer "owned by ..." for 1,000 parties.
 * Run: npx tsx bench/ownership.ts [edges]   (default 1000000). Not part of npm test.
 */
import { cpus, loadavg, totalmem } from 'node:os'
import { OwnershipIndex } from '../src/ownership/ownership-index.js'
import type { NodeListing } from '../src/ownership/types.js'
import { generateOwnership } from '../test/support/generate-ownership.js'

const edgeCount = Number(process.argv[2] ?? 1_000_000)
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`
// Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
const cpuMs: number[] = []
const time = <T>(f: () => T): [T, number] => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const out = f()
  const c = process.cpuUsage(c0)
  cpuMs.push((c.user + c.system) / 1000)
  return [out, performance.now() - t0]
}
const cpu = (i: number) => `${cpuMs[i]!.toFixed(0)} ms CPU`

global.gc?.()
const [g, genMs] = time(() => generateOwnership(edgeCount))
const heapBefore = process.memoryUsage().heapUsed
const sdnListing: NodeListing = { lists: ['SDN'], programs: [], entityIds: [], via: 'id' }
const elListing: NodeListing = { lists: ['EL'], programs: [], entityIds: [], via: 'id' }
const index = new OwnershipIndex({
  edges: g.edges,
  listing: (k) => (g.sdn.has(k) ? sdnListing : g.el.has(k) ? elListing : undefined),
})
const [analysis, analyseMs] = time(() => index.analyse('2026-11-29'))
const heapAfter = process.memoryUsage().heapUsed
const graph = analysis.graph
const probe = Array.from({ length: 1000 }, (_, i) => graph.keys[(i * 7919) % graph.keys.length]!)
const [answers, ownedByMs] = time(() => probe.map((k) => index.ownedBy(k, '2026-11-29')))
const [, rerunMs] = time(() =>
  new OwnershipIndex({ edges: g.edges, listing: () => undefined }).analyse('2025-10-15'),
)

const [ofac, aff] = analysis.outcomes
const lines = [
  `edges generated: ${g.edges.length.toLocaleString('en')}, nodes: ${graph.keys.length.toLocaleString('en')} (generation ${genMs.toFixed(0)} ms, not counted)`,
  `build graph + both rules: ${analyseMs.toFixed(0)} ms wall, ${cpu(1)} (edges in force ${graph.edgeCount.toLocaleString('en')})`,
  `OFAC 50 %: ${ofac!.seedCount} SDN seeds -> ${ofac!.propagation.derivedCount.toLocaleString('en')} entities blocked by ownership`,
  `Affiliates Rule: ${aff!.seedCount} EL seeds -> ${aff!.propagation.derivedCount.toLocaleString('en')} affiliates (${aff!.status.state} on 2026-11-29)`,
  `issues: ${JSON.stringify(graph.issueCounts)}`,
  `ownedBy x1000: ${ownedByMs.toFixed(0)} ms wall, ${cpu(2)} (${answers.filter((a) => a.findings.length).length} with findings)`,
  `second build without listings (another as-of date): ${rerunMs.toFixed(0)} ms wall, ${cpu(3)}`,
  `heap for graph + analysis: ${mb(heapAfter - heapBefore)}; rss ${mb(process.memoryUsage().rss)}`,
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
  `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${mb(totalmem())} RAM, node ${process.version}`,
]
console.log(lines.join('\n'))
