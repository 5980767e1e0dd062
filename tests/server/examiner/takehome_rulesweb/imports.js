// Bulk import endpoint for the stock service: warehouses upload their nightly export as a
// gzip-compressed CSV. The body is unpacked to a temporary file first (the parser wants a file
// it can read twice: once to count the rows, once to load them), then handed to the loader.
"use strict";

const express = require("express");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { randomUUID } = require("node:crypto");

const MAX_ROWS = 200000;

function tempPath() {
  return path.join(os.tmpdir(), `stock-import-${randomUUID()}.csv`);
}

function countRows(file) {
  return new Promise((resolve, reject) => {
    let rows = 0;
    const input = fs.createReadStream(file);
    input.on("error", reject);
    input.on("data", (chunk) => {
      for (const byte of chunk) {
        if (byte === 10) rows += 1;
      }
    });
    input.on("end", () => resolve(rows));
  });
}

function createImportRouter(loader) {
  const router = express.Router();

  router.post("/imports/:warehouse", (req, res) => {
    const warehouse = String(req.params.warehouse);
    if (!/^[a-z0-9-]{2,32}$/.test(warehouse)) {
      res.status(400).json({ error: "bad warehouse code" });
      return;
    }
    if (req.headers["content-encoding"] !== "gzip") {
      res.status(415).json({ error: "send the export gzip-compressed" });
      return;
    }

    const file = tempPath();
    const out = fs.createWriteStream(file);
    out.on("error", () => res.status(500).json({ error: "could not store the upload" }));

    req.pipe(zlib.createGunzip()).pipe(out);

    out.on("finish", async () => {
      try {
        const rows = await countRows(file);
        if (rows > MAX_ROWS) {
          res.status(413).json({ error: `at most ${MAX_ROWS} rows` });
          return;
        }
        const loaded = await loader.load(warehouse, file);
        res.status(201).json({ warehouse, rows, loaded });
      } catch (err) {
        res.status(422).json({ error: err.message });
      } finally {
        await fs.promises.rm(file, { force: true });
      }
    });
  });

  router.get("/imports/:warehouse/last", async (req, res, next) => {
    try {
      const last = await loader.lastImport(String(req.params.warehouse));
      if (!last) {
        res.status(404).json({ error: "no import yet" });
        return;
      }
      res.json(last);
    } catch (err) {
      next(err);
    }
  });

  return router;
}

module.exports = { createImportRouter };
