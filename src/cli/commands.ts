import type { Command } from 'commander'

/** Each command module exports a `register…(program)` function; add it here, one line per command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = []
