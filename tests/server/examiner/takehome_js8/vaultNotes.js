// A small notes service: each note is stored encrypted, and read back by its owner.
const crypto = require('crypto');
const express = require('express');

const ALGORITHM = 'aes-256-cbc';
const NOTE_LIMIT = 10_000;

function loadSecret() {
  const secret = process.env.NOTES_SECRET;
  if (!secret || secret.length < 16) {
    throw new Error('NOTES_SECRET must be set (16 characters or more)');
  }
  return secret;
}

class NoteStore {
  constructor(secret) {
    this.secret = secret;
    this.notes = new Map();
    this.nextId = 1;
  }

  encrypt(text) {
    const cipher = crypto.createCipher(ALGORITHM, this.secret);
    return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
  }

  decrypt(payload) {
    const decipher = crypto.createDecipher(ALGORITHM, this.secret);
    const data = Buffer.from(payload, 'base64');
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  }

  add(owner, title, body) {
    const id = String(this.nextId++);
    this.notes.set(id, { id, owner, title, body: this.encrypt(body), createdAt: Date.now() });
    return id;
  }

  read(owner, id) {
    const note = this.notes.get(id);
    if (!note || note.owner !== owner) return null;
    return { id: note.id, title: note.title, body: this.decrypt(note.body), createdAt: note.createdAt };
  }

  list(owner) {
    return [...this.notes.values()]
      .filter((n) => n.owner === owner)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((n) => ({ id: n.id, title: n.title, createdAt: n.createdAt }));
  }
}

function requireUser(req, res, next) {
  const user = req.get('x-user');
  if (!user) return res.status(401).json({ error: 'login required' });
  req.user = user;
  return next();
}

function createApp(store) {
  const app = express();
  app.use(express.json({ limit: '32kb' }));
  app.use(requireUser);

  app.get('/notes', (req, res) => {
    res.json(store.list(req.user));
  });

  app.post('/notes', (req, res) => {
    const { title, body } = req.body || {};
    if (typeof title !== 'string' || typeof body !== 'string') {
      return res.status(400).json({ error: 'title and body are required' });
    }
    if (body.length > NOTE_LIMIT) {
      return res.status(413).json({ error: 'note too long' });
    }
    const id = store.add(req.user, title.trim(), body);
    return res.status(201).json({ id });
  });

  app.get('/notes/:id', (req, res) => {
    const note = store.read(req.user, req.params.id);
    if (!note) return res.status(404).json({ error: 'not found' });
    return res.json(note);
  });

  return app;
}

module.exports = { NoteStore, createApp };

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  createApp(new NoteStore(loadSecret())).listen(port, () => {
    console.log(`notes listening on ${port}`);
  });
}
