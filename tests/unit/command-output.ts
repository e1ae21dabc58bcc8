import type { CommandOutput } from '../../scripts/lib/validate-command';

/** Runs a command's in-process entry point; returns its exit code and everything it printed, as the terminal would show it. */
export function captureCommand(run: (print: CommandOutput) => number): { status: number; output: string } {
  const chunks: string[] = [];
  const print = { out: (text: string) => chunks.push(`${text}\n`), err: (text: string) => chunks.push(`${text}\n`) };
  const status = run(print);
  return { status, output: chunks.join('') };
}
