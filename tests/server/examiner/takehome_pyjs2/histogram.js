// Byte-value histogram of large files, split across worker threads that share one table.
const fs = require("fs");
const os = require("os");
const { Worker, isMainThread, parentPort, workerData } = require("worker_threads");

const BUCKETS = 256;
const CHUNK = 1 << 20;

function chunksOf(size, parts) {
  const step = Math.max(CHUNK, Math.ceil(size / parts));
  const ranges = [];
  for (let start = 0; start < size; start += step) {
    ranges.push([start, Math.min(size, start + step)]);
  }
  return ranges;
}

function countRange(path, [start, end], table) {
  const fd = fs.openSync(path, "r");
  const buf = Buffer.alloc(CHUNK);
  try {
    for (let pos = start; pos < end; pos += CHUNK) {
      const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, end - pos), pos);
      for (let i = 0; i < n; i++) {
        table[buf[i]] += 1;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

if (isMainThread) {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: node histogram.js FILE");
    process.exit(2);
  }
  const shared = new SharedArrayBuffer(BUCKETS * Uint32Array.BYTES_PER_ELEMENT);
  const table = new Uint32Array(shared);
  const ranges = chunksOf(fs.statSync(path).size, os.cpus().length);
  let running = ranges.length;
  for (const range of ranges) {
    const worker = new Worker(__filename, { workerData: { path, range, shared } });
    worker.on("error", (err) => {
      console.error(err);
      process.exitCode = 1;
    });
    worker.on("exit", () => {
      running -= 1;
      if (running > 0) return;
      const top = [...table.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
      for (const [byte, count] of top) console.log(byte.toString(16).padStart(2, "0"), count);
    });
  }
} else {
  const table = new Uint32Array(workerData.shared);
  countRange(workerData.path, workerData.range, table);
  parentPort.postMessage("done");
}
