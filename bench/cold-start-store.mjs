// A fresh process on the product path, as `tradecontrols screen` takes it: load the built CLI, open the store
// (the first argument, with the bundled data already in it), build or restore the engine through the same
// factories, answer one query. The cache follows $TRADECONTROLS_CACHE_DIR ("off": none). Prints JSON timings
// (milliseconds from process start). Used by bench/cold-start-store.ts.
const { factories, defaultDeps } = await import('../dist/cli/default-deps.js')
await import('../dist/cli/main.js')
const { engineFromStore } = await import('../dist/service/open-engine.js')
const imported = performance.now()
const importCpu = process.cpuUsage()
const store = await defaultDeps().openStore({ db: process.argv[2] })
const opened = performance.now()
let loaded = 0
let restored = false
const engine = await engineFromStore(
  store,
  {
    ...factories,
    // Called once the entities are loaded, before the cache is read: splits loading from indexing.
    matcherCache: (s) => {
      loaded = performance.now()
      return factories.matcherCache(s)
    },
    buildMatcher: (entities, snapshot) => {
      const m = factories.buildMatcher(entities, snapshot)
      restored = m.restored
      return m
    },
  },
  { closeStore: false },
)
const ready = performance.now()
const readyCpu = process.cpuUsage()
const answer = engine.screen({ name: 'Huawei Technologies' })
const answered = performance.now()
const cpu = (u) => Math.round((u.user + u.system) / 1000)
console.log(
  JSON.stringify({
    importMs: Math.round(imported),
    openMs: Math.round(opened - imported),
    loadMs: Math.round(loaded - opened),
    indexMs: Math.round(ready - loaded),
    readyMs: Math.round(ready),
    answerMs: Math.round(answered),
    importCpuMs: cpu(importCpu),
    readyCpuMs: cpu(readyCpu),
    restored,
    matches: answer.matches.length,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
)
await store.close()
