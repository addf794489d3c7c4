import { availableParallelism, freemem } from 'node:os'

/** What one pipeline thread may hold at its peak: the models and the layers of a large article. */
export const MEMORY_PER_JOB = 500 * 1024 * 1024

/** The machine a job count is checked against. */
export interface Machine {
  readonly cores: number
  readonly freeBytes: number
}

export interface JobCount {
  readonly jobs: number
  /** Why fewer jobs than asked will run, when that is so. */
  readonly lowered?: string
}

/** This machine: its cores, and the memory free now. */
export function thisMachine(): Machine {
  return { cores: availableParallelism(), freeBytes: freemem() }
}

/**
 * The worker threads to run: as many as asked, but no more than the cores (more only wait for a core and each
 * holds its own models) nor than free memory allows at about 500 MB each. Never fewer than one.
 */
export function capJobs(asked: number, machine: Machine = thisMachine()): JobCount {
  const byMemory = Math.max(1, Math.floor(machine.freeBytes / MEMORY_PER_JOB))
  const jobs = Math.max(1, Math.min(asked, machine.cores, byMemory))
  if (jobs === asked) return { jobs }
  const why =
    machine.cores <= byMemory
      ? `this machine has ${plural(machine.cores, 'core')}`
      : `${gigabytes(machine.freeBytes)} GB of free memory allows ${plural(byMemory, 'job')} at about 500 MB each`
  return { jobs, lowered: `--jobs ${asked} lowered to ${jobs}: ${why}` }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function gigabytes(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1)
}
