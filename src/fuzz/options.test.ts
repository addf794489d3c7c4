import { describe, expect, it } from 'vitest'
import { FuzzUsageError, parseFuzzOptions } from './options.js'

const KNOWN = ['text', 'html', 'jsonl']

describe('the fuzzing command line', () => {
  it('runs every target with the defaults when nothing is given', () => {
    expect(parseFuzzOptions([], KNOWN)).toEqual({ help: false, runs: 1000, seed: 1, limitMs: 2000, targets: KNOWN })
  })

  it('reads runs, seed, limit and repeated targets in the order given', () => {
    const options = parseFuzzOptions(
      ['--runs', '10000', '--target', 'jsonl', '--target', 'text', '--seed', '0', '--limit-ms', '500'],
      KNOWN,
    )
    expect(options).toEqual({ help: false, runs: 10000, seed: 0, limitMs: 500, targets: ['jsonl', 'text'] })
  })

  it('asks for help with --help or -h', () => {
    expect(parseFuzzOptions(['--help'], KNOWN).help).toBe(true)
    expect(parseFuzzOptions(['-h'], KNOWN).help).toBe(true)
  })

  it.each([
    [['--bogus'], /--bogus/],
    [['--runs', 'many'], /--runs must be a whole number of at least 1, not "many"/],
    [['--runs', '0'], /--runs .* at least 1/],
    [['--runs', '2.5'], /--runs/],
    [['--seed', '-3'], /--seed/],
    [['--limit-ms', ''], /--limit-ms/],
    [['--target', 'pdf'], /unknown fuzz target "pdf": use text, html, jsonl/],
  ])('refuses %j, naming the argument', (args, message) => {
    expect(() => parseFuzzOptions(args, KNOWN)).toThrow(FuzzUsageError)
    expect(() => parseFuzzOptions(args, KNOWN)).toThrow(message)
  })
})
