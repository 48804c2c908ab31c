import { Option, type Command } from 'commander';
import { describeSetting } from '@scorecard/config';

export type Output = { out: (text: string) => void; err: (text: string) => void };

/** What every command is given: the repository it runs in, where it writes, and where its exit code goes. */
export type CommandContext = {
  repoRoot: string;
  output: Output;
  /** Records the command's exit code (0 done, 1 refused, 2 wrong usage, 3 the database could not be used, …). */
  exit: (code: number) => void;
};

/**
 * Stops a command with a usage error found after parsing: the message, then the command's help, exit code 2, as
 * commander's own errors (an unknown option, a missing argument) are shown.
 */
export function usageError(command: Command, message: string): never {
  return command.error(`error: ${message}`, { exitCode: 2, code: 'scorecard.usage' });
}

/** --db, as every command that opens the database takes it: described by the setting it shares with the server. */
export function databaseOption(): Option {
  return new Option('--db <path>', describeSetting('dbPath'));
}

/**
 * Help text written in the source as wrapped paragraphs: a single line break becomes a space (commander wraps the
 * text to the terminal), while blank lines and lines that start indented stay.
 */
export function prose(text: string): string {
  return text.trim().replace(/(?<!\n)\n(?![\n ])/g, ' ');
}
