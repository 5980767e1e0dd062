'use strict';
// A tiny roster service: clients connect over TCP, send a 4-byte length and a JSON request,
// and get back frames of fixed-width player records (a 4-byte id, a 24-byte name, a score).

const net = require('net');
const fs = require('fs');

const NAME_BYTES = 24;
const MAX_REQUEST = 64 * 1024;

function loadRoster(file) {
  const players = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Map(players.map((p) => [p.id, p]));
}

// the name, cut to the field and padded out to its width
function nameField(name) {
  const field = Buffer.allocUnsafe(NAME_BYTES);
  field.write(name.slice(0, NAME_BYTES), 0, 'utf8');
  return field;
}

function encodePlayer(player) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(player.id, 0);
  const score = Buffer.allocUnsafe(4);
  score.writeInt32BE(player.score | 0, 0);
  return Buffer.concat([head, nameField(player.name), score]);
}

function frame(body) {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  body.copy(out, 4);
  return out;
}

function reader(onRequest) {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const size = pending.readUInt32BE(0);
      if (size > MAX_REQUEST) throw new Error(`request of ${size} bytes is too large`);
      if (pending.length < 4 + size) return;
      const body = pending.subarray(4, 4 + size);
      pending = pending.subarray(4 + size);
      onRequest(JSON.parse(body.toString('utf8')));
    }
  };
}

function handle(roster, request) {
  if (request.op === 'list') {
    return [...roster.values()].map(encodePlayer);
  }
  if (request.op === 'get') {
    const player = roster.get(Number(request.id));
    return player ? [encodePlayer(player)] : [];
  }
  throw new Error(`unknown op ${request.op}`);
}

function serve(rosterFile, port) {
  const roster = loadRoster(rosterFile);
  const server = net.createServer((socket) => {
    const onData = reader((request) => {
      try {
        for (const record of handle(roster, request)) socket.write(frame(record));
        socket.write(frame(Buffer.alloc(0)));
      } catch (err) {
        socket.end(frame(Buffer.from(JSON.stringify({ error: err.message }))));
      }
    });
    socket.on('data', (chunk) => {
      try {
        onData(chunk);
      } catch (err) {
        socket.destroy(err);
      }
    });
    socket.on('error', () => socket.destroy());
  });
  server.listen(port);
  return server;
}

module.exports = { serve, encodePlayer, frame, nameField };

if (require.main === module) {
  serve(process.argv[2] || 'roster.json', Number(process.env.PORT) || 7070);
}
