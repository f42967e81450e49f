/** The printed table, the list of misses with their evidence, and results.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figure } from './figures';

const COLUMNS = ['figure', 'with', 'without', 'ratio', 'budget', 'goal', 'result'] as const;

function cells(f: Figure): string[] {
  return [f.label, f.with, f.without, f.ratio, f.budget?.text ?? '—', f.goal?.text ?? '—', f.status];
}

export function renderTable(figures: Figure[]): string {
  const rows = figures.map(cells);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(COLUMNS), rule, ...rows.map(line)].join('\n');
}

export function renderMisses(figures: Figure[]): string {
  const misses = figures.filter((f) => f.status === 'FAIL' || f.status === 'goal missed' || f.status === 'error');
  if (!misses.length) return 'Every figure meets its budget and goal.';
  const out: string[] = [];
  for (const kind of ['FAIL', 'error', 'goal missed'] as const) {
    const list = misses.filter((f) => f.status === kind);
    if (!list.length) continue;
    out.push(kind === 'FAIL' ? 'Budget missed:' : kind === 'error' ? 'Not measured:' : 'Within budget, goal missed:');
    for (const f of list) {
      if (f.status === 'error') out.push(`• ${f.label}`);
      else out.push(`• ${f.label}: ${f.with}${f.budget ? ` (budget ${f.budget.text}` : ''}${f.goal ? `, goal ${f.goal.text})` : f.budget ? ')' : ''}`);
      for (const e of f.evidence) out.push(`    ${e}`);
    }
  }
  return out.join('\n');
}

export function writeResults(file: string, payload: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
}
