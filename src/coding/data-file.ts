import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Reads a JSON file from data/coding/ (the same relative path from src/ and from dist/). */
export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/coding/${name}`, import.meta.url), 'utf8')) as unknown
}

/** The path of a file or folder below data/coding/ (the same relative path from src/ and from dist/). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../data/coding/${name}`, import.meta.url))
}
