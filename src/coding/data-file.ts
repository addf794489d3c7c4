import { readFileSync } from 'node:fs'

/** Reads a JSON file from data/coding/ (the same relative path from src/ and from dist/). */
export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/coding/${name}`, import.meta.url), 'utf8')) as unknown
}
