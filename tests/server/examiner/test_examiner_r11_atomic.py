"""Round 11, atomicity violations (check-then-act, lost updates, TOCTOU) in every language:
take-home programs whose first question must be the new or widened finding, the correct
forms (one hold, atomic operations, a re-check, an exclusive create) that must stay silent,
and the new rules' own examples."""

from __future__ import annotations

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import fires, first_question, rules_named

FIRST = [
    ('c-stat-then-fopen-lock', 'tools/backup_lock.c', 'c-check-then-open',
     r'''#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *LOCK = "/tmp/nightly-backup.lock";

static int take_lock(const char *path)
{
    struct stat st;
    FILE *f;

    if (stat(path, &st) == 0) {
        fprintf(stderr, "backup already running (lock %s)\n", path);
        return -1;
    }
    f = fopen(path, "w");
    if (f == NULL) {
        perror("fopen");
        return -1;
    }
    fprintf(f, "%d\n", (int)getpid());
    fclose(f);
    return 0;
}

static void drop_lock(const char *path)
{
    if (unlink(path) != 0)
        perror("unlink");
}

static int run_backup(void)
{
    return system("tar czf /srv/backup/nightly.tgz /srv/data");
}

int main(void)
{
    int rc;

    if (take_lock(LOCK) != 0)
        return 1;
    rc = run_backup();
    drop_lock(LOCK);
    return rc == 0 ? 0 : 1;
}
'''),
    ('c-mutex-copy-unlock-writeback', 'src/conn_pool.c', 'c-lock-released-between-check-and-write',
     r'''#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define POOL_MAX 16

struct conn {
    int fd;
    int busy;
};

struct pool {
    pthread_mutex_t lock;
    struct conn conns[POOL_MAX];
    int size;
    int in_use;
};

int pool_init(struct pool *p, int size)
{
    if (size <= 0 || size > POOL_MAX)
        return -1;
    memset(p, 0, sizeof *p);
    p->size = size;
    return pthread_mutex_init(&p->lock, NULL);
}

struct conn *pool_checkout(struct pool *p)
{
    int used;
    struct conn *c;

    pthread_mutex_lock(&p->lock);
    used = p->in_use;
    pthread_mutex_unlock(&p->lock);

    if (used >= p->size)
        return NULL;

    c = &p->conns[used];
    pthread_mutex_lock(&p->lock);
    c->busy = 1;
    p->in_use = used + 1;
    pthread_mutex_unlock(&p->lock);
    return c;
}

void pool_checkin(struct pool *p, struct conn *c)
{
    pthread_mutex_lock(&p->lock);
    c->busy = 0;
    p->in_use--;
    pthread_mutex_unlock(&p->lock);
}
'''),
    ('cpp-two-scoped-guards', 'src/ticket_office.cpp', 'cpp-lock-released-between-check-and-write',
     r'''#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

struct Payment {
    virtual ~Payment() = default;
    virtual bool charge(const std::string& card, long cents) = 0;
};

class TicketOffice {
public:
    explicit TicketOffice(Payment& pay) : pay_(pay) {}

    std::optional<std::string> book(const std::string& seat, const std::string& card, long cents);
    bool cancel(const std::string& seat);
    std::size_t sold() const;

private:
    Payment& pay_;
    mutable std::mutex mu_;
    std::unordered_map<std::string, std::string> holders_;
};

std::optional<std::string> TicketOffice::book(const std::string& seat, const std::string& card, long cents)
{
    {
        std::lock_guard<std::mutex> g(mu_);
        if (holders_.find(seat) != holders_.end()) {
            return std::nullopt;
        }
    }
    if (!pay_.charge(card, cents)) {
        return std::nullopt;
    }
    {
        std::lock_guard<std::mutex> g(mu_);
        holders_[seat] = card;
    }
    return seat;
}

bool TicketOffice::cancel(const std::string& seat)
{
    std::lock_guard<std::mutex> g(mu_);
    return holders_.erase(seat) > 0;
}

std::size_t TicketOffice::sold() const
{
    std::lock_guard<std::mutex> g(mu_);
    return holders_.size();
}
'''),
    ('cpp-fs-exists-then-ofstream', 'src/report_writer.cpp', 'cpp-exists-then-create',
     r'''#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct Row {
    std::string name;
    double value;
};

static fs::path report_path(const fs::path& dir, const std::string& day)
{
    return dir / ("report-" + day + ".csv");
}

fs::path write_report(const fs::path& dir, const std::string& day, const std::vector<Row>& rows)
{
    fs::create_directories(dir);
    const fs::path out = report_path(dir, day);
    if (fs::exists(out)) {
        throw std::runtime_error("report already written: " + out.string());
    }
    std::ofstream file(out);
    if (!file) {
        throw std::runtime_error("cannot open " + out.string());
    }
    file << "name,value\n";
    for (const auto& r : rows) {
        file << r.name << ',' << r.value << '\n';
    }
    return out;
}
'''),
    ('go-reserve-two-locks', 'internal/reserve/reserve.go', 'go-lock-released-between-check-and-write',
     r'''package reserve

import (
	"errors"
	"sync"
	"time"
)

var ErrTaken = errors.New("seat already reserved")

type Reservation struct {
	Seat   string
	Holder string
	At     time.Time
}

type Book struct {
	mu    sync.Mutex
	seats map[string]Reservation
	audit func(Reservation)
}

func NewBook(audit func(Reservation)) *Book {
	return &Book{seats: make(map[string]Reservation), audit: audit}
}

func (b *Book) isTaken(seat string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.seats[seat]
	return ok
}

func (b *Book) Reserve(seat, holder string) (Reservation, error) {
	if b.isTaken(seat) {
		return Reservation{}, ErrTaken
	}
	r := Reservation{Seat: seat, Holder: holder, At: time.Now()}
	b.mu.Lock()
	b.seats[seat] = r
	b.mu.Unlock()
	b.audit(r)
	return r, nil
}

func (b *Book) Cancel(seat, holder string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	r, ok := b.seats[seat]
	if !ok || r.Holder != holder {
		return false
	}
	delete(b.seats, seat)
	return true
}
'''),
    ('go-balance-read-unlock-write', 'ledger/account.go', 'go-lock-released-between-check-and-write',
     r'''package ledger

import (
	"fmt"
	"sync"
)

type Account struct {
	ID      string
	mu      sync.Mutex
	balance int64
	history []int64
}

type Notifier interface {
	Notify(id string, delta int64) error
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Deposit(amount int64) {
	a.mu.Lock()
	a.balance += amount
	a.history = append(a.history, amount)
	a.mu.Unlock()
}

func (a *Account) Withdraw(amount int64, n Notifier) error {
	a.mu.Lock()
	current := a.balance
	a.mu.Unlock()

	if current < amount {
		return fmt.Errorf("account %s: insufficient funds (%d < %d)", a.ID, current, amount)
	}
	if err := n.Notify(a.ID, -amount); err != nil {
		return fmt.Errorf("notify: %w", err)
	}

	a.mu.Lock()
	a.balance = current - amount
	a.history = append(a.history, -amount)
	a.mu.Unlock()
	return nil
}
'''),
    ('java-syncmap-containskey-put', 'src/main/java/chat/SessionRegistry.java', 'java-concurrent-map-read-then-put',
     r'''package chat;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

public class SessionRegistry {
    public static final class Session {
        final String user;
        final String token;
        final Instant openedAt;

        Session(String user) {
            this.user = user;
            this.token = UUID.randomUUID().toString();
            this.openedAt = Instant.now();
        }
    }

    private final Map<String, Session> byUser = Collections.synchronizedMap(new HashMap<>());

    public Session open(String user) {
        if (!byUser.containsKey(user)) {
            Session s = new Session(user);
            byUser.put(user, s);
            return s;
        }
        return byUser.get(user);
    }

    public boolean close(String user, String token) {
        Session s = byUser.get(user);
        if (s == null || !s.token.equals(token)) {
            return false;
        }
        byUser.remove(user);
        return true;
    }

    public int active() {
        return byUser.size();
    }
}
'''),
    ('java-synclist-contains-add', 'src/main/java/news/Topic.java', 'java-concurrent-map-read-then-put',
     r'''package news;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Topic {
    private final String name;
    private final List<String> subscribers = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService mailer = Executors.newFixedThreadPool(4);

    public Topic(String name) {
        this.name = name;
    }

    public boolean subscribe(String email) {
        String normalized = email.trim().toLowerCase();
        if (subscribers.contains(normalized)) {
            return false;
        }
        subscribers.add(normalized);
        mailer.submit(() -> sendWelcome(normalized));
        return true;
    }

    public void unsubscribe(String email) {
        subscribers.remove(email.trim().toLowerCase());
    }

    public void publish(String body) {
        List<String> copy;
        synchronized (subscribers) {
            copy = new ArrayList<>(subscribers);
        }
        for (String s : copy) {
            mailer.submit(() -> send(s, body));
        }
    }

    private void sendWelcome(String to) {
        send(to, "Welcome to " + name);
    }

    private void send(String to, String body) {
        System.out.printf("to=%s topic=%s len=%d%n", to, name, body.length());
    }
}
'''),
    ('js-cart-index-after-await', 'src/cart.js', 'js-found-item-used-after-await',
     r'''const express = require('express');
const pricing = require('./pricing');

const carts = new Map(); // userId -> { items: [{ sku, qty, unitPrice }] }
const router = express.Router();

function cartFor(userId) {
  if (!carts.has(userId)) carts.set(userId, { items: [], updatedAt: Date.now() });
  return carts.get(userId);
}

async function updateQuantity(userId, sku, qty) {
  const cart = cartFor(userId);
  const idx = cart.items.findIndex((it) => it.sku === sku);
  if (idx === -1) throw new Error(`not in cart: ${sku}`);
  const unitPrice = await pricing.quote(sku, qty);
  if (qty === 0) {
    cart.items.splice(idx, 1);
  } else {
    cart.items[idx] = { sku, qty, unitPrice };
  }
  cart.updatedAt = Date.now();
  return cart;
}

async function removeItem(userId, sku) {
  const cart = cartFor(userId);
  cart.items = cart.items.filter((it) => it.sku !== sku);
  cart.updatedAt = Date.now();
  return cart;
}

router.put('/cart/:sku', async (req, res, next) => {
  try {
    const cart = await updateQuantity(req.user.id, req.params.sku, Number(req.body.qty));
    res.json(cart);
  } catch (err) {
    next(err);
  }
});

router.delete('/cart/:sku', async (req, res, next) => {
  try {
    res.json(await removeItem(req.user.id, req.params.sku));
  } catch (err) {
    next(err);
  }
});

module.exports = { router, updateQuantity, removeItem };
'''),
    ('js-signup-exists-then-create', 'routes/signup.js', 'js-awaited-check-then-create',
     r'''const bcrypt = require('bcrypt');
const { User } = require('../models');
const mailer = require('../mailer');

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

async function signup(req, res) {
  const email = String(req.body.email || '').trim().toLowerCase();
  const password = String(req.body.password || '');
  if (!EMAIL.test(email)) return res.status(400).json({ error: 'invalid email' });
  if (password.length < 10) return res.status(400).json({ error: 'password too short' });

  const already = await User.exists({ email });
  if (already) return res.status(409).json({ error: 'email already registered' });

  const passwordHash = await bcrypt.hash(password, 12);
  const user = await User.create({ email, passwordHash, verified: false });
  await mailer.sendVerification(user.email, user.id);
  return res.status(201).json({ id: user.id, email: user.email });
}

async function verify(req, res) {
  const user = await User.findById(req.params.id);
  if (!user) return res.sendStatus(404);
  user.verified = true;
  await user.save();
  return res.sendStatus(204);
}

module.exports = { signup, verify };
'''),
    ('js-coupon-redis-sismember', 'services/coupons.js', 'js-awaited-check-then-create',
     r'''const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

class CouponError extends Error {}

async function lookupCoupon(code) {
  const raw = await redis.hget('coupons', code);
  return raw ? JSON.parse(raw) : null;
}

async function applyCoupon(order, code, orders) {
  const coupon = await lookupCoupon(code);
  if (!coupon) throw new CouponError('unknown coupon');
  if (coupon.expires < Date.now()) throw new CouponError('expired');

  const used = await redis.sismember('coupons:used', code);
  if (used) throw new CouponError('already used');

  const discounted = {
    ...order,
    discount: Math.min(order.total, coupon.amount),
    total: Math.max(0, order.total - coupon.amount),
  };
  await orders.reprice(order.id, discounted);
  await redis.sadd('coupons:used', code);
  return discounted;
}

module.exports = { applyCoupon, CouponError };
'''),
    ('js-worker-picks-job', 'worker/scheduler.js', 'js-found-item-used-after-await',
     r'''const { EventEmitter } = require('events');

class Scheduler extends EventEmitter {
  constructor(store, { concurrency = 4 } = {}) {
    super();
    this.store = store;
    this.jobs = [];
    this.concurrency = concurrency;
  }

  async load() {
    this.jobs = await this.store.listJobs();
  }

  async runNext() {
    const job = this.jobs.find((j) => j.status === 'pending');
    if (!job) return null;
    const lease = await this.store.lease(job.id, 30_000);
    job.status = 'running';
    job.lease = lease;
    try {
      const result = await job.handler(job.payload);
      job.status = 'done';
      this.emit('done', job.id, result);
      return result;
    } catch (err) {
      job.status = 'failed';
      this.emit('failed', job.id, err);
      return null;
    }
  }

  async drain() {
    const runners = [];
    for (let i = 0; i < this.concurrency; i += 1) {
      runners.push((async () => {
        while (await this.runNext() !== null) { /* keep going */ }
      })());
    }
    await Promise.all(runners);
  }
}

module.exports = { Scheduler };
'''),
    ('py-thread-register-twice-locked', 'accounts/registry.py', 'py-lock-released-between',
     r'''"""User registry used by a threaded HTTP server (ThreadingHTTPServer)."""

import hashlib
import os
import threading
import time


class UsernameTaken(ValueError):
    pass


class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self._users = {}
        self._created = 0

    def _hash(self, password: str) -> tuple[bytes, bytes]:
        salt = os.urandom(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        return salt, digest

    def register(self, username: str, password: str, email: str) -> dict:
        username = username.strip().lower()
        if not username or len(username) > 32:
            raise ValueError("bad username")
        with self._lock:
            taken = username in self._users
        if taken:
            raise UsernameTaken(username)
        salt, digest = self._hash(password)  # slow on purpose
        record = {
            "username": username,
            "email": email,
            "salt": salt.hex(),
            "hash": digest.hex(),
            "created": time.time(),
        }
        with self._lock:
            self._users[username] = record
            self._created += 1
        return {"username": username, "email": email}

    def check(self, username: str, password: str) -> bool:
        with self._lock:
            rec = self._users.get(username.strip().lower())
        if rec is None:
            return False
        digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(rec["salt"]), n=2**14, r=8, p=1)
        return digest.hex() == rec["hash"]

    def stats(self) -> dict:
        with self._lock:
            return {"users": len(self._users), "created": self._created}
'''),
    ('rust-guard-dropped-writeback', 'src/ledger.rs', 'rust-lock-released-between-read-and-write',
     r'''use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Debug)]
pub enum LedgerError {
    NoAccount(String),
    Insufficient { have: u64, want: u64 },
    OverLimit,
}

pub trait Limits: Send + Sync {
    fn allow(&self, account: &str, amount: u64) -> bool;
}

pub struct Ledger {
    balances: Mutex<HashMap<String, u64>>,
    limits: Arc<dyn Limits>,
}

impl Ledger {
    pub fn new(limits: Arc<dyn Limits>) -> Self {
        Ledger { balances: Mutex::new(HashMap::new()), limits }
    }

    pub fn deposit(&self, account: &str, amount: u64) {
        let mut g = self.balances.lock().unwrap();
        *g.entry(account.to_string()).or_insert(0) += amount;
    }

    pub fn transfer_out(&self, account: &str, amount: u64) -> Result<u64, LedgerError> {
        let guard = self.balances.lock().unwrap();
        let have = *guard
            .get(account)
            .ok_or_else(|| LedgerError::NoAccount(account.to_string()))?;
        drop(guard);

        if have < amount {
            return Err(LedgerError::Insufficient { have, want: amount });
        }
        if !self.limits.allow(account, amount) {
            return Err(LedgerError::OverLimit);
        }

        let left = have - amount;
        self.balances.lock().unwrap().insert(account.to_string(), left);
        Ok(left)
    }
}
'''),
    ('rust-metadata-then-write', 'src/bin/seed.rs', 'rust-exists-then-create',
     r'''use std::fs;
use std::io;
use std::path::{Path, PathBuf};

fn seed_path(dir: &Path) -> PathBuf {
    dir.join("node.seed")
}

fn random_seed() -> [u8; 32] {
    let mut s = [0u8; 32];
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    for (i, b) in s.iter_mut().enumerate() {
        *b = ((t >> (i % 16)) & 0xff) as u8 ^ (i as u8).wrapping_mul(31);
    }
    s
}

fn write_seed(dir: &Path) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = seed_path(dir);
    if fs::metadata(&path).is_ok() {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "seed already exists"));
    }
    fs::write(&path, random_seed())?;
    Ok(path)
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "/var/lib/node".into());
    match write_seed(Path::new(&dir)) {
        Ok(p) => println!("wrote {}", p.display()),
        Err(e) => {
            eprintln!("seed: {e}");
            std::process::exit(1);
        }
    }
}
'''),
    ('rust-tokio-rwlock-read-then-write', 'src/inventory.rs', 'rust-lock-released-between-read-and-write',
     r'''use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;

#[derive(Clone, Debug)]
pub struct Item {
    pub sku: String,
    pub on_hand: u32,
}

#[async_trait::async_trait]
pub trait Supplier: Send + Sync {
    async fn confirm(&self, sku: &str, qty: u32) -> bool;
}

pub struct Inventory {
    items: RwLock<HashMap<String, Item>>,
    supplier: Arc<dyn Supplier>,
}

impl Inventory {
    pub fn new(supplier: Arc<dyn Supplier>) -> Self {
        Inventory { items: RwLock::new(HashMap::new()), supplier }
    }

    pub async fn reserve(&self, sku: &str, qty: u32) -> Result<u32, String> {
        let item = self
            .items
            .read()
            .await
            .get(sku)
            .cloned()
            .ok_or_else(|| format!("unknown sku {sku}"))?;
        if item.on_hand < qty {
            return Err(format!("only {} left", item.on_hand));
        }
        if !self.supplier.confirm(sku, qty).await {
            return Err("supplier refused".into());
        }
        let updated = Item { on_hand: item.on_hand - qty, ..item };
        let left = updated.on_hand;
        self.items.write().await.insert(sku.to_string(), updated);
        Ok(left)
    }

    pub async fn restock(&self, sku: &str, qty: u32) {
        let mut items = self.items.write().await;
        items
            .entry(sku.to_string())
            .or_insert_with(|| Item { sku: sku.to_string(), on_hand: 0 })
            .on_hand += qty;
    }
}
'''),
    ('ts-wallet-spread-writeback', 'src/wallet/service.ts', 'js-lost-update-across-await',
     r'''export interface Account {
  id: string;
  owner: string;
  balance: number;
  updatedAt: number;
}

export interface FraudClient {
  score(accountId: string, amount: number): Promise<number>;
}

export class InsufficientFunds extends Error {}
export class Flagged extends Error {}

export class WalletService {
  private readonly accounts = new Map<string, Account>();

  constructor(private readonly fraud: FraudClient, private readonly maxScore = 0.8) {}

  open(id: string, owner: string): Account {
    const acct = { id, owner, balance: 0, updatedAt: Date.now() };
    this.accounts.set(id, acct);
    return acct;
  }

  async deposit(id: string, amount: number): Promise<Account> {
    const acct = this.require(id);
    const next = { ...acct, balance: acct.balance + amount, updatedAt: Date.now() };
    this.accounts.set(id, next);
    return next;
  }

  async withdraw(id: string, amount: number): Promise<Account> {
    const acct = this.require(id);
    if (acct.balance < amount) throw new InsufficientFunds(id);
    const score = await this.fraud.score(id, amount);
    if (score > this.maxScore) throw new Flagged(id);
    const next: Account = { ...acct, balance: acct.balance - amount, updatedAt: Date.now() };
    this.accounts.set(id, next);
    return next;
  }

  private require(id: string): Account {
    const acct = this.accounts.get(id);
    if (!acct) throw new Error(`no account ${id}`);
    return acct;
  }
}
'''),
    ('ts-capacity-check-then-add', 'src/rooms/room.ts', 'js-field-limit-checked-across-await',
     r'''import type { WebSocket } from 'ws';

export interface TokenVerifier {
  verify(token: string): Promise<{ userId: string; name: string }>;
}

export class RoomFull extends Error {
  constructor(readonly room: string) {
    super(`room ${room} is full`);
  }
}

export class Room {
  private readonly members = new Map<string, WebSocket>();

  constructor(
    readonly name: string,
    private readonly capacity: number,
    private readonly tokens: TokenVerifier,
  ) {}

  get size(): number {
    return this.members.size;
  }

  async join(socket: WebSocket, token: string): Promise<string> {
    if (this.members.size >= this.capacity) {
      throw new RoomFull(this.name);
    }
    const { userId, name } = await this.tokens.verify(token);
    this.members.set(userId, socket);
    this.broadcast({ type: 'joined', userId, name });
    return userId;
  }

  leave(userId: string): void {
    if (this.members.delete(userId)) {
      this.broadcast({ type: 'left', userId });
    }
  }

  private broadcast(msg: object): void {
    const text = JSON.stringify(msg);
    for (const ws of this.members.values()) {
      ws.send(text);
    }
  }
}
'''),
    ('ts-idempotency-key-race', 'src/payments/charge.ts', 'js-check-then-act-across-await',
     r'''import { randomUUID } from 'node:crypto';

export interface Gateway {
  charge(card: string, cents: number): Promise<{ id: string; status: 'ok' | 'declined' }>;
}

export interface ChargeResult {
  chargeId: string;
  status: 'ok' | 'declined';
  at: string;
}

const results = new Map<string, ChargeResult>();

export async function charge(
  gateway: Gateway,
  idempotencyKey: string,
  card: string,
  cents: number,
): Promise<ChargeResult> {
  const previous = results.get(idempotencyKey);
  if (previous !== undefined) {
    return previous;
  }
  const outcome = await gateway.charge(card, cents);
  const result: ChargeResult = {
    chargeId: outcome.id || randomUUID(),
    status: outcome.status,
    at: new Date().toISOString(),
  };
  results.set(idempotencyKey, result);
  return result;
}

export function forget(idempotencyKey: string): boolean {
  return results.delete(idempotencyKey);
}
'''),
]

CLEAN = [
    ('c-excl-lock-clean', 'src/pidlock.c',
     r'''#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static int slots_used;
static const int slots_max = 8;

int take_pidlock(const char *path)
{
    char buf[32];
    int n;
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);

    if (fd < 0)
        return -1;
    n = snprintf(buf, sizeof buf, "%d\n", (int)getpid());
    if (n < 0 || write(fd, buf, (size_t)n) != n) {
        close(fd);
        unlink(path);
        return -1;
    }
    return close(fd);
}

int slot_acquire(void)
{
    int ok = 0;

    pthread_mutex_lock(&slots_lock);
    if (slots_used < slots_max) {
        slots_used++;
        ok = 1;
    }
    pthread_mutex_unlock(&slots_lock);
    return ok;
}

void slot_release(void)
{
    pthread_mutex_lock(&slots_lock);
    if (slots_used > 0)
        slots_used--;
    pthread_mutex_unlock(&slots_lock);
}
'''),
    ('cpp-one-guard-clean', 'src/session_cache.cpp',
     r'''#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

struct Session {
    std::string user;
    long expires;
};

class SessionCache {
public:
    std::shared_ptr<Session> get_or_create(const std::string& id, const std::string& user, long expires)
    {
        std::unique_lock<std::mutex> lock(mu_);
        auto it = sessions_.find(id);
        if (it != sessions_.end()) {
            return it->second;
        }
        auto s = std::make_shared<Session>(Session{user, expires});
        sessions_.emplace(id, s);
        return s;
    }

    bool take_slot(int max)
    {
        int cur = live_.load();
        while (cur < max) {
            if (live_.compare_exchange_weak(cur, cur + 1)) {
                return true;
            }
        }
        return false;
    }

private:
    std::mutex mu_;
    std::unordered_map<std::string, std::shared_ptr<Session>> sessions_;
    std::atomic<int> live_{0};
};
'''),
    ('go-registry-one-lock-clean', 'internal/registry/registry.go',
     r'''package registry

import (
	"errors"
	"os"
	"sync"
)

var ErrExists = errors.New("already registered")

type Service struct {
	Name string
	Addr string
}

type Registry struct {
	mu       sync.RWMutex
	services map[string]Service
}

func New() *Registry {
	return &Registry{services: map[string]Service{}}
}

func (r *Registry) Register(s Service) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.services[s.Name]; ok {
		return ErrExists
	}
	r.services[s.Name] = s
	return nil
}

func (r *Registry) Lookup(name string) (Service, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	s, ok := r.services[name]
	return s, ok
}

func WriteLock(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	return f.Close()
}
'''),
    ('java-compute-clean', 'src/main/java/metrics/Counters.java',
     r'''package metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

public class Counters {
    private final Map<String, LongAdder> hits = new ConcurrentHashMap<>();
    private final Map<String, Long> bytes = new ConcurrentHashMap<>();
    private final List<String> seen = new ArrayList<>();

    public void hit(String route, long size) {
        hits.computeIfAbsent(route, k -> new LongAdder()).increment();
        bytes.merge(route, size, Long::sum);
    }

    public boolean firstTime(String client) {
        synchronized (seen) {
            if (seen.contains(client)) {
                return false;
            }
            seen.add(client);
            return true;
        }
    }

    public void dump(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        hits.forEach((k, v) -> sb.append(k).append(' ').append(v.sum()).append('\n'));
        Files.write(out, sb.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
    }
}
'''),
    ('js-likes-atomic-clean', 'routes/likes.js',
     r'''const { Post } = require('../models');

async function like(req, res) {
  const post = await Post.findById(req.params.id).lean();
  if (!post) return res.sendStatus(404);
  await req.audit.record('like', req.user.id, post._id);
  const updated = await Post.findOneAndUpdate(
    { _id: post._id, likedBy: { $ne: req.user.id } },
    { $inc: { likes: 1 }, $addToSet: { likedBy: req.user.id } },
    { new: true },
  );
  return res.json({ likes: updated ? updated.likes : post.likes });
}

async function unlike(req, res) {
  const updated = await Post.findOneAndUpdate(
    { _id: req.params.id, likedBy: req.user.id },
    { $inc: { likes: -1 }, $pull: { likedBy: req.user.id } },
    { new: true },
  );
  if (!updated) return res.sendStatus(404);
  return res.json({ likes: updated.likes });
}

module.exports = { like, unlike };
'''),
    ('py-async-inventory-clean', 'shop/inventory.py',
     r'''"""Stock reservations for a small shop (asyncio)."""

import asyncio
from collections import defaultdict


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self, supplier) -> None:
        self.stock: dict[str, int] = defaultdict(int)
        self.locks: dict[str, asyncio.Lock] = {}
        self.supplier = supplier

    def _lock(self, sku: str) -> asyncio.Lock:
        return self.locks.setdefault(sku, asyncio.Lock())

    async def reserve(self, sku: str, qty: int) -> int:
        async with self._lock(sku):
            have = self.stock[sku]
            if have < qty:
                await self.supplier.notify_low(sku)
                raise OutOfStock(sku)
            await self.supplier.record_sale(sku, qty)
            self.stock[sku] = have - qty
            return self.stock[sku]

    async def restock(self, sku: str, qty: int) -> None:
        async with self._lock(sku):
            self.stock[sku] += qty

    def snapshot(self) -> dict[str, int]:
        return dict(self.stock)
'''),
    ('py-claim-exclusive-clean', 'jobs/claim.py',
     r'''"""Claim a job by creating its marker file; many workers on one NFS-free disk."""

import errno
import os
import socket
from pathlib import Path

CLAIMS = Path("/var/lib/jobs/claims")


def claim(job_id: str) -> bool:
    CLAIMS.mkdir(parents=True, exist_ok=True)
    marker = CLAIMS / f"{job_id}.claim"
    try:
        with open(marker, "x") as fh:
            fh.write(f"{socket.gethostname()} {os.getpid()}\n")
    except FileExistsError:
        return False
    return True


def release(job_id: str) -> None:
    try:
        os.unlink(CLAIMS / f"{job_id}.claim")
    except OSError as exc:
        if exc.errno != errno.ENOENT:
            raise


def pending(jobs: list[str]) -> list[str]:
    return [j for j in jobs if not (CLAIMS / f"{j}.claim").exists()]
'''),
    ('rust-entry-clean', 'src/registry.rs',
     r'''use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Mutex;

pub struct Names {
    owners: Mutex<HashMap<String, u64>>,
}

impl Names {
    pub fn new() -> Self {
        Names { owners: Mutex::new(HashMap::new()) }
    }

    pub fn claim(&self, name: &str, owner: u64) -> bool {
        let mut g = self.owners.lock().unwrap();
        match g.entry(name.to_string()) {
            Entry::Occupied(_) => false,
            Entry::Vacant(v) => {
                v.insert(owner);
                true
            }
        }
    }

    pub fn release(&self, name: &str, owner: u64) -> bool {
        let mut g = self.owners.lock().unwrap();
        if g.get(name) == Some(&owner) {
            g.remove(name);
            return true;
        }
        false
    }
}

pub fn write_marker(path: &Path, body: &str) -> io::Result<()> {
    let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(body.as_bytes())
}
'''),
    ('ts-recheck-after-await-clean', 'src/library/loans.ts',
     r'''export interface Catalog {
  describe(isbn: string): Promise<{ title: string }>;
}

export class Unavailable extends Error {}

export class Loans {
  private readonly onLoan = new Map<string, string>();
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(private readonly catalog: Catalog) {}

  async borrow(isbn: string, member: string): Promise<string> {
    if (this.onLoan.has(isbn)) throw new Unavailable(isbn);
    const { title } = await this.catalog.describe(isbn);
    if (this.onLoan.has(isbn)) throw new Unavailable(isbn);
    this.onLoan.set(isbn, member);
    return title;
  }

  titleOf(isbn: string): Promise<string> {
    let p = this.inFlight.get(isbn);
    if (!p) {
      p = this.catalog.describe(isbn).then((d) => d.title);
      this.inFlight.set(isbn, p);
    }
    return p;
  }

  giveBack(isbn: string): void {
    this.onLoan.delete(isbn);
  }
}
'''),
]



@pytest.mark.parametrize(("name", "path", "rule", "code"), FIRST, ids=[f[0] for f in FIRST])
def test_the_first_question_is_the_atomicity_finding(name: str, path: str, rule: str,
                                                     code: str) -> None:
    question = first_question(path, code)
    assert (question.kind, question.facts.get("rule")) == ("race_condition", rule), name


@pytest.mark.parametrize(("name", "path", "code"), CLEAN, ids=[c[0] for c in CLEAN])
def test_the_correct_forms_claim_no_defect(name: str, path: str, code: str) -> None:
    found = Kind.of(first_question(path, code).kind)
    assert found is None or not found.claims_bug, name


SILENT = [
    # Go: a cache filled on a miss after a read lock; a flag set under a second hold
    ("go", "go-lock-released-between-check-and-write", """
func (c *Cache) Get(k string) string {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = load(k)
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
	return v
}
"""),
    ("go", "go-lock-released-between-check-and-write", """
func (t *T) finish() {
	t.mu.RLock()
	done := t.finished
	t.mu.RUnlock()
	if done {
		return
	}
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}
"""),
    # Rust: a guard taken again after a drop is no write
    ("rust", "rust-lock-released-between-read-and-write", """
impl Pool {
    fn run(&self) {
        let mut locked = self.mutex.lock();
        while let Some(t) = locked.queue.pop_front() {
            drop(locked);
            t.run();
            locked = self.mutex.lock();
        }
    }
}
"""),
    # C: a fifo made with mkfifo between the check and the open
    ("c", "c-check-then-open", """
int open_fifo(const char *fifo)
{
    struct stat st;
    if (!lstat(fifo, &st) && S_ISREG(st.st_mode))
        return -1;
    unlink(fifo);
    if (mkfifo(fifo, 0600) == -1)
        return -1;
    return open(fifo, O_RDWR | O_NONBLOCK, 0);
}
"""),
    # JavaScript: a key re-tested after the await; a memo of a promise stored at once
    ("javascript", "js-check-then-act-across-await", """
const onLoan = new Map();
async function borrow(isbn, who) {
  if (onLoan.has(isbn)) throw new Error('out');
  const t = await catalog.describe(isbn);
  if (onLoan.has(isbn)) throw new Error('out');
  onLoan.set(isbn, who);
  return t;
}
"""),
    ("javascript", "js-awaited-check-then-create", """
async function signup(email, pw) {
  const taken = await User.exists({ email });
  if (taken) throw new Error('taken');
  const hash = await bcrypt.hash(pw, 12);
  try {
    return await User.create({ email, hash });
  } catch (e) {
    if (e.code === 11000) throw new Error('taken');
    throw e;
  }
}
"""),
    # Java: contains then add on a plain list (not shared between threads by itself)
    ("java", "java-concurrent-map-read-then-put", """
class Topic {
    private final List<String> subs = new ArrayList<>();
    boolean subscribe(String e) { if (subs.contains(e)) { return false; } subs.add(e); return true; }
}
"""),
]


@pytest.mark.parametrize(("language", "rule", "code"), SILENT, ids=[f"{s[1]}-{i}" for i, s in enumerate(SILENT)])
def test_near_misses_stay_silent(language: str, rule: str, code: str) -> None:
    assert not fires(language, rule, code)


_NEW_RULES = {
    "javascript": ("js-awaited-check-then-create", "js-found-item-used-after-await",
                   "js-check-then-act-across-await", "js-field-limit-checked-across-await",
                   "js-lost-update-across-await"),
    "java": ("java-concurrent-map-read-then-put",),
    "go": ("go-lock-released-between-check-and-write",),
    "c": ("c-lock-released-between-check-and-write", "c-check-then-open"),
    "cpp": ("cpp-lock-released-between-check-and-write", "cpp-exists-then-create"),
    "rust": ("rust-lock-released-between-read-and-write", "rust-exists-then-create"),
}
def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(_NEW_RULES)
