// Glossary import service: translators upload a tab-separated glossary (term, translation,
// note) and the service stores the entries for one language pair.
const http = require('http');

const MAX_BODY = 2 * 1024 * 1024;

function parseGlossary(text) {
  const entries = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) {
      continue;
    }
    const [term, translation, note = ''] = line.split('\t');
    if (!term || !translation) {
      throw new Error(`line ${i + 1}: expected a term and a translation`);
    }
    entries.push({ term: term.trim(), translation: translation.trim(), note: note.trim() });
  }
  return entries;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('glossary too large'));
        req.destroy();
        return;
      }
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function createHandler(glossaries = new Map()) {
  return async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const match = url.pathname.match(/^\/glossaries\/([a-z]{2})-([a-z]{2})$/);
    if (!match) {
      send(res, 404, { error: 'not found' });
      return;
    }
    const pair = `${match[1]}-${match[2]}`;

    if (req.method === 'GET') {
      send(res, 200, { pair, entries: glossaries.get(pair) || [] });
      return;
    }
    if (req.method !== 'PUT') {
      send(res, 405, { error: 'method not allowed' });
      return;
    }

    try {
      const entries = parseGlossary(await readBody(req));
      glossaries.set(pair, entries);
      send(res, 200, { pair, stored: entries.length });
    } catch (err) {
      send(res, 400, { error: err.message });
    }
  };
}

if (require.main === module) {
  const handle = createHandler();
  http.createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'internal error' }));
  }).listen(8080);
}

module.exports = { parseGlossary, createHandler };
