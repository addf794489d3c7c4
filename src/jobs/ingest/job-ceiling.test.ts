import { expect, test } from 'vitest'
import { capJobs, MEMORY_PER_JOB } from './job-ceiling.js'

const GB = 1024 ** 3

test('issue 14: --jobs 64 on 2 cores runs 2 jobs and says why', () => {
  expect(capJobs(64, { cores: 2, freeBytes: 24 * GB })).toEqual({
    jobs: 2,
    lowered: '--jobs 64 lowered to 2: this machine has 2 cores',
  })
})

test('issue 14: --jobs is lowered to what free memory allows, at about 500 MB a job', () => {
  expect(capJobs(8, { cores: 16, freeBytes: 3 * MEMORY_PER_JOB + 1 })).toEqual({
    jobs: 3,
    lowered: '--jobs 8 lowered to 3: 1.5 GB of free memory allows 3 jobs at about 500 MB each',
  })
})

test('issue 14: memory lower than the cores allow names memory', () => {
  expect(capJobs(4, { cores: 4, freeBytes: 2 * MEMORY_PER_JOB })).toMatchObject({ jobs: 2 })
  expect(capJobs(4, { cores: 4, freeBytes: 2 * MEMORY_PER_JOB }).lowered).toContain('free memory allows 2 jobs')
})

test('a count within the ceiling is kept, silently', () => {
  expect(capJobs(2, { cores: 8, freeBytes: 16 * GB })).toEqual({ jobs: 2 })
  expect(capJobs(1, { cores: 1, freeBytes: 0 })).toEqual({ jobs: 1 })
})

test('never fewer than one job, even with almost no free memory', () => {
  expect(capJobs(4, { cores: 4, freeBytes: 100 })).toMatchObject({ jobs: 1 })
})
