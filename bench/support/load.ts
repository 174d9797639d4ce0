// Alternating load rounds with autocannon and the table they print.
import autocannon from "autocannon";
import { cpuMilliseconds } from "@/tests/support/app-server";

/**
 * One load run. `cpuPerRequest`: the server's CPU ms per answered request (its
 * process tree, from /proc), which other load on a shared machine barely moves,
 * unlike req/s.
 */
export type Sample = { rps: number; p50: number; p99: number; errors: number; cpuPerRequest: number | null };
export type Row = { label: string; samples: Sample[]; ratios: number[] };

export async function hammer(url: string, connections: number, seconds: number, headers: Record<string, string> = {}, serverPid?: number): Promise<Sample> {
  const cpuBefore = serverPid ? cpuMilliseconds(serverPid) : 0;
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const answered = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuPerRequest: serverPid && answered ? (cpuMilliseconds(serverPid) - cpuBefore) / answered : null,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Runs every target once per round, the ceiling first, rotating the others'
 * order each round so drift in the machine's load falls on all of them alike.
 * A target's ratio is its req/s over the ceiling's in the same round.
 */
export async function alternatingRounds(
  ceiling: { label: string; url: string },
  targets: { label: string; url: string }[],
  options: { rounds: number; seconds: number; connections: number; serverPid?: number; headers?: Record<string, string> },
): Promise<Row[]> {
  const rows = new Map<string, Row>([ceiling, ...targets].map(({ label }) => [label, { label, samples: [], ratios: [] }]));
  for (const target of [ceiling, ...targets]) await hammer(target.url, options.connections, 1); // warm-up
  for (let round = 0; round < options.rounds; round++) {
    const shift = round % Math.max(1, targets.length);
    const order = [...targets.slice(shift), ...targets.slice(0, shift)];
    const top = await hammer(ceiling.url, options.connections, options.seconds, options.headers, options.serverPid);
    rows.get(ceiling.label)!.samples.push(top);
    rows.get(ceiling.label)!.ratios.push(1);
    for (const target of order) {
      const sample = await hammer(target.url, options.connections, options.seconds, options.headers, options.serverPid);
      rows.get(target.label)!.samples.push(sample);
      rows.get(target.label)!.ratios.push(sample.rps / top.rps);
    }
    process.stderr.write(`round ${round + 1}/${options.rounds} done\n`);
  }
  return [...rows.values()];
}

export type Targets = { ratio: number; p99: number };

const medianCpu = (row: Row) => {
  const cpu = row.samples.flatMap((sample) => (sample.cpuPerRequest === null ? [] : [sample.cpuPerRequest]));
  return cpu.length ? median(cpu) : null;
};

/**
 * Median of the rounds for req/s, p50, p99 and ratio; errors summed; the
 * server's CPU per request and its ratio to the ceiling's (first row), the
 * figure a busy shared machine moves least. Returns whether every row met the targets.
 */
export function printTable(rows: Row[], targets: Targets): boolean {
  const header = ["page", "req/s", "p50 ms", "p99 ms", "errors", "ratio", "server CPU ms/req", "CPU ratio", "ok"];
  const ceilingCpu = rows[0] ? medianCpu(rows[0]) : null;
  const lines = rows.map((row) => {
    const rps = median(row.samples.map((sample) => sample.rps));
    const p50 = median(row.samples.map((sample) => sample.p50));
    const p99 = median(row.samples.map((sample) => sample.p99));
    const errors = row.samples.reduce((sum, sample) => sum + sample.errors, 0);
    const ratio = median(row.ratios);
    const cpu = medianCpu(row);
    const cpuRatio = cpu && ceilingCpu ? (ceilingCpu / cpu).toFixed(2) : "-";
    const ok = ratio >= targets.ratio && p99 < targets.p99 && errors === 0;
    return { cells: [row.label, rps.toFixed(0), p50.toFixed(1), p99.toFixed(1), String(errors), ratio.toFixed(2), cpu === null ? "-" : cpu.toFixed(2), cpuRatio, ok ? "yes" : "NO"], ok };
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line.cells[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? `${"-".repeat(width + 1)}-` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const line of lines) console.log(format(line.cells));
  return lines.every((line) => line.ok);
}
