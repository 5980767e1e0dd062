'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULTS = Object.freeze({
  theme: 'light',
  fontSize: 14,
  autosave: true,
  autosaveSeconds: 30,
  recentLimit: 10,
  language: 'en',
});

const NUMERIC = new Set(['fontSize', 'autosaveSeconds', 'recentLimit']);
const BOOLEAN = new Set(['autosave']);

function settingsFile() {
  return path.join(os.homedir(), '.notepad', 'settings.json');
}

function readUserSettings(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') {
      return {};
    }
    throw new Error(`cannot read ${file}: ${err.message}`);
  }
}

function coerce(key, raw) {
  if (NUMERIC.has(key)) {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) {
      throw new Error(`${key} must be a non-negative number, got ${raw}`);
    }
    return n;
  }
  if (BOOLEAN.has(key)) {
    if (raw === 'true' || raw === true) return true;
    if (raw === 'false' || raw === false) return false;
    throw new Error(`${key} must be true or false, got ${raw}`);
  }
  return String(raw);
}

function applyOverrides(settings, overrides) {
  const result = { ...settings };
  for (const [key, raw] of Object.entries(overrides)) {
    if (!key in DEFAULTS) {
      throw new Error(`unknown setting: ${key}`);
    }
    result[key] = coerce(key, raw);
  }
  return result;
}

function parseArgs(argv) {
  const overrides = {};
  for (const arg of argv) {
    const eq = arg.indexOf('=');
    if (!arg.startsWith('--') || eq < 0) {
      continue;
    }
    overrides[arg.slice(2, eq)] = arg.slice(eq + 1);
  }
  return overrides;
}

function load(argv, file = settingsFile()) {
  const user = readUserSettings(file);
  const merged = applyOverrides({ ...DEFAULTS }, user);
  return applyOverrides(merged, parseArgs(argv));
}

function save(settings, file = settingsFile()) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const changed = Object.fromEntries(
    Object.entries(settings).filter(([key, value]) => DEFAULTS[key] !== value),
  );
  fs.writeFileSync(file, JSON.stringify(changed, null, 2) + '\n');
}

module.exports = { DEFAULTS, load, save, applyOverrides, parseArgs };
