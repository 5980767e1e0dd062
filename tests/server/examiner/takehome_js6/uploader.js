'use strict';

const fs = require('fs/promises');
const path = require('path');

const PART_SIZE = 5 * 1024 * 1024;
const CONCURRENCY = 4;

let bytesUploaded = 0;
let filesUploaded = 0;

async function uploadPart(client, key, partNumber, body) {
  const res = await client.putPart({ key, partNumber, body });
  if (!res.ok) {
    throw new Error(`part ${partNumber} of ${key} failed: ${res.status}`);
  }
  return body.length;
}

async function uploadFile(client, file, prefix) {
  const key = path.posix.join(prefix, path.basename(file));
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    let partNumber = 1;
    for (let offset = 0; offset < size; offset += PART_SIZE) {
      const length = Math.min(PART_SIZE, size - offset);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, offset);
      bytesUploaded += await uploadPart(client, key, partNumber, buffer);
      partNumber += 1;
    }
    await client.completeUpload({ key, parts: partNumber - 1 });
    filesUploaded += 1;
    return key;
  } finally {
    await handle.close();
  }
}

async function uploadAll(client, files, prefix) {
  const keys = [];
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next];
      next += 1;
      keys.push(await uploadFile(client, file, prefix));
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return keys;
}

function progress() {
  return { files: filesUploaded, bytes: bytesUploaded };
}

function reset() {
  bytesUploaded = 0;
  filesUploaded = 0;
}

module.exports = { uploadAll, uploadFile, progress, reset };
