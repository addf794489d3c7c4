import type { Command } from 'commander'

type Register = (program: Command) => void

/**
 * Every command, loaded on demand: `entente kb show` need not load the NLP models, so it starts in a fraction
 * of the time. Each module exports a `register…(program)` function; add one line per command.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  extract: async () => (await import('./extract.js')).registerExtract,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  worker: async () => (await import('./worker.js')).registerWorker,
  queue: async () => (await import('./queue.js')).registerQueue,
  query: async () => (await import('./query.js')).registerQuery,
  export: async () => (await import('./export.js')).registerExport,
  recluster: async () => (await import('./recluster.js')).registerRecluster,
  kb: async () => (await import('./kb.js')).registerKb,
  dictionary: async () => (await import('./dictionary.js')).registerDictionary,
  eval: async () => (await import('./eval.js')).registerEval,
  bench: async () => (await import('./bench.js')).registerBench,
  demo: async () => (await import('./demo.js')).registerDemo,
  serve: async () => (await import('./serve.js')).registerServe,
  watch: async () => (await import('./watch.js')).registerWatch,
}

/** The commands a command line needs: just the one it names, or all of them for help and unknown words. */
export async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const name = argv.slice(2).find((arg) => !arg.startsWith('-'))
  const loaders = name !== undefined && COMMANDS[name] ? [COMMANDS[name]] : Object.values(COMMANDS)
  return Promise.all(loaders.map((load) => load()))
}
