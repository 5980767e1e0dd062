// A rolling window of request latencies for a health page: the median and the tail over
// the last N requests, and the slowest few with their paths.

export interface Sample {
  path: string;
  ms: number;
}

export interface Summary {
  count: number;
  median: number;
  p95: number;
  slowest: Sample[];
}

export class LatencyWindow {
  private readonly size: number;
  private samples: Sample[] = [];
  private recent: number[] = [];
  private labels: string[] = [];

  constructor(size = 500) {
    if (size < 1) {
      throw new RangeError('size must be at least 1');
    }
    this.size = size;
  }

  record(path: string, ms: number): void {
    this.samples.push({ path, ms });
    this.recent.push(ms);
    if (!this.labels.includes(path)) {
      this.labels.push(path);
    }
    if (this.samples.length > this.size) {
      this.samples.shift();
      this.recent.shift();
    }
  }

  paths(): string[] {
    return [...this.labels].sort();
  }

  summary(): Summary | null {
    if (this.recent.length === 0) {
      return null;
    }
    const ordered = [...this.recent].sort();
    const at = (q: number): number => ordered[Math.min(ordered.length - 1, Math.floor(q * ordered.length))];
    const slowest = this.samples
      .slice()
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    return { count: ordered.length, median: at(0.5), p95: at(0.95), slowest };
  }
}

export function renderSummary(s: Summary | null): string {
  if (s === null) {
    return 'no requests yet';
  }
  const rows = s.slowest.map((x) => `  ${x.ms.toFixed(1)} ms  ${x.path}`);
  return [
    `requests: ${s.count}`,
    `median:   ${s.median.toFixed(1)} ms`,
    `p95:      ${s.p95.toFixed(1)} ms`,
    'slowest:',
    ...rows,
  ].join('\n');
}
