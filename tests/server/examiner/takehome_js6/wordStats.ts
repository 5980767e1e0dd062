import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const STOP_WORDS = new Set(["the", "a", "an", "and", "or", "of", "to", "in", "is", "it", "that"]);

export interface WordCount {
  word: string;
  count: number;
}

export function tokenize(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[^a-z']+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

export class WordCounter {
  private counts = new Map<string, number>();
  private lines = 0;

  add(line: string): void {
    this.lines += 1;
    for (const word of tokenize(line)) {
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }

  distinct(): number {
    return this.counts.size;
  }

  top(n: number): WordCount[] {
    return Object.entries(this.counts)
      .map(([word, count]) => ({ word, count: count as number }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, n);
  }

  summary(): string {
    return `${this.lines} lines, ${this.distinct()} distinct words`;
  }
}

export async function countFile(file: string): Promise<WordCounter> {
  const counter = new WordCounter();
  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of rl) {
    counter.add(line);
  }
  return counter;
}

export async function main(argv: string[]): Promise<number> {
  const file = argv[2];
  if (!file) {
    console.error("usage: word-stats <file> [n]");
    return 2;
  }
  const n = Number(argv[3] ?? "20");
  const counter = await countFile(file);
  console.log(counter.summary());
  for (const { word, count } of counter.top(Number.isInteger(n) && n > 0 ? n : 20)) {
    console.log(`${String(count).padStart(7)}  ${word}`);
  }
  return 0;
}
