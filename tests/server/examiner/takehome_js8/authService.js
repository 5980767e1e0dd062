// Sign-up and login for the API: passwords hashed with bcrypt, a bearer token on login.
const express = require('express');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET;
const ROUNDS = 12;

class UserRepo {
  constructor() {
    this.byEmail = new Map();
    this.nextId = 1;
  }

  find(email) {
    return this.byEmail.get(email.toLowerCase()) || null;
  }

  create(email, passwordHash) {
    const user = { id: this.nextId++, email: email.toLowerCase(), passwordHash, role: 'member' };
    this.byEmail.set(user.email, user);
    return user;
  }
}

function validCredentials(body) {
  if (!body || typeof body.email !== 'string' || typeof body.password !== 'string') return false;
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email) && body.password.length >= 10;
}

function authenticate(req, res, next) {
  const header = req.get('authorization') || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) return res.status(401).json({ error: 'missing token' });
  try {
    req.auth = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function createApp(users) {
  const app = express();
  app.use(express.json({ limit: '8kb' }));

  app.post('/signup', async (req, res, next) => {
    try {
      if (!validCredentials(req.body)) return res.status(400).json({ error: 'invalid email or password' });
      if (users.find(req.body.email)) return res.status(409).json({ error: 'email taken' });
      const hash = await bcrypt.hash(req.body.password, ROUNDS);
      const user = users.create(req.body.email, hash);
      return res.status(201).json({ id: user.id });
    } catch (err) {
      return next(err);
    }
  });

  app.post('/login', async (req, res, next) => {
    try {
      if (!validCredentials(req.body)) return res.status(400).json({ error: 'invalid email or password' });
      const user = users.find(req.body.email);
      const ok = user ? await bcrypt.compare(req.body.password, user.passwordHash) : false;
      if (!ok) return res.status(401).json({ error: 'wrong email or password' });
      const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256' });
      return res.json({ token });
    } catch (err) {
      return next(err);
    }
  });

  app.get('/me', authenticate, (req, res) => {
    res.json({ id: req.auth.sub, role: req.auth.role });
  });

  return app;
}

module.exports = { UserRepo, createApp };

if (require.main === module) {
  if (!JWT_SECRET) throw new Error('JWT_SECRET must be set');
  const port = Number(process.env.PORT || 3000);
  createApp(new UserRepo()).listen(port, () => console.log(`auth listening on ${port}`));
}
