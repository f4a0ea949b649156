/**
 * Several `serve` instances sharing one port through Node's cluster module (the primary accepts connections
 * and hands them to the instances in turn). `node bench/scale/cluster-serve.ts DB PORT N [serve flags...]`
 * (through tsx); SIGTERM stops every instance gracefully.
 */
import cluster from 'node:cluster'

const [db, port, count, ...flags] = process.argv.slice(2)
if (!db || !port || !count) throw new Error('usage: cluster-serve.ts DB PORT N [serve flags...]')

if (cluster.isPrimary) {
  const workers = Array.from({ length: Number(count) }, () => cluster.fork())
  // Each instance shuts down gracefully on its own SIGTERM (worker.kill() would disconnect it first).
  process.on('SIGTERM', () => {
    for (const w of workers) if (w.process.pid) process.kill(w.process.pid, 'SIGTERM')
  })
  cluster.on('exit', () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
  })
} else {
  const { main } = await import('../../src/cli/main.js')
  process.exitCode = await main(['serve', '--db', db, '--port', port, ...flags])
}
