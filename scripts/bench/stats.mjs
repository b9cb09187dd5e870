// Small statistics and formatting helpers for the benchmark.

/** The q-quantile (0..1) of numbers, linear between ranks; null for none. */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Long tasks ([start, duration] pairs) that overlap [from, to]: count, total and longest duration, ms. */
export function longTasksIn(tasks, from, to) {
  if (!tasks) return null;
  const inside = tasks.filter(([start, duration]) => start < to && start + duration > from);
  return {
    count: inside.length,
    total: inside.reduce((sum, [, d]) => sum + d, 0),
    max: inside.reduce((most, [, d]) => Math.max(most, d), 0),
  };
}

/** Pads a table's cells into aligned columns. */
export function formatTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...String(r[i] ?? '')].length)));
  const line = (r) =>
    r
      .map((c, i) => String(c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table as Markdown. */
export function formatMarkdownTable(header, rows) {
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
