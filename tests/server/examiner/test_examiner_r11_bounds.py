# ruff: noqa: E501  (the take-home programs are kept as they were measured)
"""Round 11, off-by-one and numeric range: the new and widened rules on forms their own examples
do not show, the escapes that must stay silent, and the first question the offline examiner asks
on take-home programs whose main issue is of the class (and on clean ones, which must not be
told they are wrong)."""

from __future__ import annotations

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import fires, first_question

FOUND = [
    # a signed char accumulator, in a do-while
    ("c", "c-narrow-accumulator", """
int score(const int *xs, int n) {
    short acc = 0;
    int i = 0;
    do { acc += xs[i]; } while (++i < n);
    return acc;
}
"""),
    # C++: a range-for over bytes into uint8_t
    ("cpp", "c-narrow-accumulator", """
double mean(const std::vector<std::uint8_t>& px) {
    std::uint8_t total = 0;
    for (auto p : px) total += p;
    return double(total) / px.size();
}
"""),
    # a uint32_t length, the difference used by read()
    ("c", "c-unsigned-length-difference-unchecked", """
int body(int fd, uint32_t total, char *out) {
    uint32_t rest = total - PREFIX;
    return read(fd, out, rest);
}
"""),
    # a do-while binary search in C++
    ("cpp", "c-midpoint-sum-overflows", """
int search(const std::vector<int>& v, int key) {
    int lo = 0, hi = (int)v.size() - 1;
    while (lo <= hi) { int mid = (lo + hi) / 2; if (v[mid] == key) return mid; if (v[mid] < key) lo = mid + 1; else hi = mid - 1; }
    return -1;
}
"""),
    # a refusal, then a write through the index
    ("c", "c-index-checked-past-array-size", """
static int slots[MAX_SLOTS];
int claim(unsigned s) {
    if (s > MAX_SLOTS) return -1;
    slots[s] = 1;
    return 0;
}
"""),
    ("cpp", "cpp-size-difference-unguarded", """
int missing(const std::string& expected, const std::string& got) {
    auto n = expected.size() - got.size();
    return static_cast<int>(n);
}
"""),
    # a turbofish to u16
    ("rust", "rust-narrow-sum-averaged", """
fn avg(levels: &[u16]) -> u16 { levels.iter().sum::<u16>() / levels.len() as u16 }
"""),
    # a slice by two locals
    ("rust", "rust-range-stops-before-last", """
fn page(rows: &[Row], first: usize, last: usize) -> Vec<Row> { rows[first..last].to_vec() }
"""),
    # a method of the struct, the difference let-bound
    ("rust", "rust-unsigned-field-decremented", """
struct Pool { capacity: u32, in_use: u32 }
impl Pool { fn idle(&self) -> u32 { let idle = self.capacity - self.in_use; idle } }
"""),
    # fields of a plain struct, assigned
    ("go", "go-unsigned-field-difference-unchecked", """
type Plan struct { MaxSeats uint32; Seats uint32 }
func free(p *Plan) uint32 { var n uint32; n = p.MaxSeats - p.Seats; return n }
"""),
    ("go", "go-month-indexes-zero-based-table", """
var short = [12]string{"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"}
func initial(d time.Time) string { return short[d.Month()] }
"""),
    # the count handed to make
    ("go", "go-inclusive-span-counted-short", """
func ids(first, last int) []int { out := make([]int, last-first); for i := range out { out[i] = first + i }; return out }
"""),
    ("java", "java-midpoint-sum-overflows", """
class Finder {
    int find(long[] at, long t) {
        int low = 0, high = at.length - 1;
        while (low <= high) { int m = (low + high) / 2; if (at[m] < t) low = m + 1; else high = m - 1; }
        return low;
    }
}
"""),
    ("java", "java-page-count-floored", """
class Listing {
    int totalPages() { return items.size() / PAGE; }
}
"""),
    ("java", "java-scaled-index-reaches-count", """
class Heat {
    long[] cells = new long[8];
    int cellOf(long t) { return (int) (t * cells.length / period); }
    void hit(long t) { cells[cellOf(t)] += 1; }
}
"""),
    ("python", "py-inclusive-span-counted-short", """
def excerpt(lines, first_line, last_line):
    count = last_line - first_line
    return lines[first_line - 1:first_line - 1 + count]
"""),
    ("python", "py-one-based-date-part-indexes-list", """
import calendar
def label(d):
    return calendar.day_abbr[d.isoweekday()]
"""),
    ("python", "py-floor-ratio-then-scaled", """
def coverage(hit, total):
    return hit // total * 100.0
"""),
    ("javascript", "js-range-content-length-short", """
async function part(req, res, file, size) {
  const [first, last] = parse(req.headers.range);
  res.set({ 'Content-Range': `bytes ${first}-${last}/${size}`, 'content-length': last - first });
  fs.createReadStream(file, { start: first, end: last }).pipe(res);
}
"""),
    ("typescript", "js-ratio-rounded-then-scaled", """
export function share(part: number, whole: number): number { return Math.trunc(part / whole) * 100; }
"""),
    ("javascript", "js-one-based-number-indexes-array", """
const pick = (answers, choice) => {
  if (choice < 1) throw new Error('choices start at 1');
  return answers[choice];
};
"""),
]

SILENT = [
    # a 32-bit accumulator for 16-bit samples
    ("c", "c-narrow-accumulator", """
unsigned long total(const unsigned short *xs, int n) {
    unsigned long sum = 0;
    for (int i = 0; i < n; i++) sum += xs[i];
    return sum;
}
"""),
    # a CRC kept in 8 bits on purpose
    ("c", "c-narrow-accumulator", """
uint8_t crc8(const uint8_t *p, size_t n) {
    uint8_t crc = 0;
    for (size_t i = 0; i < n; i++) crc += p[i];
    return crc;
}
"""),
    # the length checked first, with a comparison the other way round
    ("c", "c-unsigned-length-difference-unchecked", """
int body(const char *buf, size_t len, char *out) {
    if (HDR > len) return -1;
    size_t rest = len - HDR;
    memcpy(out, buf + HDR, rest);
    return 0;
}
"""),
    ("c", "c-midpoint-sum-overflows", """
int find(const int *a, int n, int key) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) { int mid = lo + ((hi - lo) >> 1); if (a[mid] < key) lo = mid + 1; else hi = mid - 1; }
    return lo;
}
"""),
    # the equal value handled on its own
    ("c", "c-index-checked-past-array-size", """
static char names[8][16];
int rename_slot(unsigned i, const char *s) {
    if (i > 8 || i == 8) return -1;
    strcpy(names[i], s);
    return 0;
}
"""),
    ("cpp", "cpp-size-difference-unguarded", """
std::size_t extra(const std::string& a, const std::string& b) {
    if (a.size() < b.size()) return 0;
    return a.size() - b.size();
}
"""),
    ("rust", "rust-narrow-sum-averaged", """
fn avg(levels: &[u16]) -> u16 { (levels.iter().map(|&l| u64::from(l)).sum::<u64>() / levels.len() as u64) as u16 }
"""),
    ("rust", "rust-range-stops-before-last", """
fn page(rows: &[Row], first: usize, last: usize) -> Vec<Row> { rows[first..=last].to_vec() }
"""),
    ("rust", "rust-unsigned-field-decremented", """
struct Pool { capacity: u32, in_use: u32 }
impl Pool { fn idle(&self) -> u32 { self.capacity.saturating_sub(self.in_use) } }
"""),
    ("go", "go-unsigned-field-difference-unchecked", """
type Plan struct { MaxSeats uint32; Seats uint32 }
func free(p *Plan) uint32 { if p.Seats > p.MaxSeats { return 0 }; return p.MaxSeats - p.Seats }
"""),
    # time.Weekday runs from 0 (Sunday)
    ("go", "go-month-indexes-zero-based-table", """
var short = [12]string{"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"}
func initial(d time.Time) string { return short[d.Month()-1] }
"""),
    ("go", "go-inclusive-span-counted-short", """
func ids(first, last int) []int { out := make([]int, last-first+1); for i := range out { out[i] = first + i }; return out }
"""),
    ("java", "java-midpoint-sum-overflows", """
class Finder {
    int find(long[] at, long t) {
        int low = 0, high = at.length - 1;
        while (low <= high) { int m = (low + high) >>> 1; if (at[m] < t) low = m + 1; else high = m - 1; }
        return low;
    }
}
"""),
    ("java", "java-page-count-floored", """
class Listing {
    int totalPages() { return (items.size() + PAGE - 1) / PAGE; }
}
"""),
    ("java", "java-scaled-index-reaches-count", """
class Heat {
    long[] cells = new long[8];
    int cellOf(long t) { int c = (int) (t * cells.length / period); return c >= cells.length ? cells.length - 1 : c; }
    void hit(long t) { cells[cellOf(t)] += 1; }
}
"""),
    ("python", "py-inclusive-span-counted-short", """
def excerpt(lines, first_line, last_line):
    count = last_line - first_line + 1
    return lines[first_line - 1:first_line - 1 + count]
"""),
    ("python", "py-one-based-date-part-indexes-list", """
import calendar
def label(d):
    return calendar.day_abbr[d.weekday()]
"""),
    ("python", "py-floor-ratio-then-scaled", """
def coverage(hit, total):
    return hit * 100 // total
"""),
    ("javascript", "js-range-content-length-short", """
async function part(req, res, file, size) {
  const [first, last] = parse(req.headers.range);
  res.set({ 'Content-Range': `bytes ${first}-${last}/${size}`, 'content-length': last - first + 1 });
  fs.createReadStream(file, { start: first, end: last }).pipe(res);
}
"""),
    ("typescript", "js-ratio-rounded-then-scaled", """
export function share(part: number, whole: number): number { return Math.trunc((part * 100) / whole); }
"""),
    ("javascript", "js-one-based-number-indexes-array", """
const pick = (answers, choice) => {
  if (choice < 1) throw new Error('choices start at 1');
  return answers[choice - 1];
};
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id


FIRST = [
    ('py-range-length', 'media_range.py', 'wrong_result', 22, 'parse_range', r'''"""Serve stored media files with support for HTTP byte ranges."""
import os
import re

from flask import Flask, Response, abort, request

app = Flask(__name__)
MEDIA_ROOT = "/srv/media"
RANGE_RE = re.compile(r"bytes=(\d+)-(\d*)")


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Return (offset, length) for a single "bytes=first-last" range, or None."""
    m = RANGE_RE.fullmatch(header.strip())
    if not m:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else size - 1
    if first > last or first >= size:
        return None
    last = min(last, size - 1)
    length = last - first
    return first, length


def read_slice(path: str, offset: int, length: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(offset)
        return fh.read(length)


@app.get("/media/<int:media_id>")
def get_media(media_id: int) -> Response:
    path = os.path.join(MEDIA_ROOT, f"{media_id}.bin")
    if not os.path.isfile(path):
        abort(404)
    size = os.path.getsize(path)
    header = request.headers.get("Range")
    if header is None:
        with open(path, "rb") as fh:
            return Response(fh.read(), mimetype="application/octet-stream")
    parsed = parse_range(header, size)
    if parsed is None:
        resp = Response(status=416)
        resp.headers["Content-Range"] = f"bytes */{size}"
        return resp
    offset, length = parsed
    body = read_slice(path, offset, length)
    resp = Response(body, status=206, mimetype="application/octet-stream")
    resp.headers["Content-Range"] = f"bytes {offset}-{offset + length - 1}/{size}"
    resp.headers["Accept-Ranges"] = "bytes"
    return resp
'''),
    ('py-batches-drop-last', 'export_batches.py', 'wrong_result', 18, 'batches', r'''"""Push customer records to the CRM in fixed-size batches."""
import logging
from typing import Iterable, Sequence

import requests

log = logging.getLogger(__name__)
CRM_URL = "https://crm.example.com/api/import"
BATCH_SIZE = 200


def to_payload(rows: Sequence[dict]) -> dict:
    return {"records": [{"email": r["email"], "name": r["name"], "plan": r.get("plan", "free")}
                        for r in rows]}


def batches(rows: Sequence[dict], size: int) -> Iterable[Sequence[dict]]:
    for start in range(0, len(rows) - size, size):
        yield rows[start:start + size]


def push(session: requests.Session, rows: Sequence[dict]) -> int:
    sent = 0
    for chunk in batches(rows, BATCH_SIZE):
        resp = session.post(CRM_URL, json=to_payload(chunk), timeout=30)
        resp.raise_for_status()
        sent += len(chunk)
        log.info("pushed %d records (total %d)", len(chunk), sent)
    return sent


def main(rows: Sequence[dict], token: str) -> None:
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {token}"
        n = push(s, rows)
    log.info("export finished: %d of %d records", n, len(rows))
'''),
    ('py-percent-div-first', 'progress.py', 'wrong_result', 19, 'percent', r'''"""Track the progress of long-running import jobs."""
import time
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    total_items: int
    done_items: int = 0
    started: float = field(default_factory=time.monotonic)

    def advance(self, n: int = 1) -> None:
        self.done_items = min(self.total_items, self.done_items + n)

    def percent(self) -> int:
        if self.total_items == 0:
            return 100
        return self.done_items // self.total_items * 100

    def eta_seconds(self) -> float | None:
        if self.done_items == 0:
            return None
        elapsed = time.monotonic() - self.started
        rate = self.done_items / elapsed
        return (self.total_items - self.done_items) / rate


class Board:
    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}

    def start(self, name: str, total: int) -> Job:
        job = Job(name, total)
        self.jobs[name] = job
        return job

    def summary(self) -> list[str]:
        lines = []
        for job in self.jobs.values():
            eta = job.eta_seconds()
            eta_text = f"{eta:.0f}s" if eta is not None else "?"
            lines.append(f"{job.name:20} {job.percent():3d}%  eta {eta_text}")
        return lines

    def finished(self) -> list[str]:
        return [j.name for j in self.jobs.values() if j.percent() == 100]
'''),
    ('py-isoweekday-index', 'shifts.py', 'wrong_result', 20, 'day_name', r'''"""Weekly shift roster printed for the front desk."""
from datetime import date, timedelta

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OPENING = {"Monday": "08:00", "Tuesday": "08:00", "Wednesday": "08:00", "Thursday": "08:00",
           "Friday": "08:00", "Saturday": "10:00", "Sunday": "closed"}


class Roster:
    def __init__(self, staff: list[str]) -> None:
        if not staff:
            raise ValueError("no staff")
        self.staff = staff

    def on_duty(self, day: date) -> str:
        # rotate through the staff list one person per day
        return self.staff[day.toordinal() % len(self.staff)]

    def day_name(self, day: date) -> str:
        return DAY_NAMES[day.isoweekday()]

    def line_for(self, day: date) -> str:
        name = self.day_name(day)
        opening = OPENING[name]
        if opening == "closed":
            return f"{day:%d %b} {name:9} closed"
        return f"{day:%d %b} {name:9} opens {opening}  desk: {self.on_duty(day)}"

    def week(self, monday: date) -> list[str]:
        return [self.line_for(monday + timedelta(days=i)) for i in range(7)]


def print_week(staff: list[str], start: date) -> None:
    roster = Roster(staff)
    monday = start - timedelta(days=start.weekday())
    for line in roster.week(monday):
        print(line)


if __name__ == "__main__":
    print_week(["Ana", "Bo", "Chen"], date.today())
'''),
    ('js-floor-before-percent', 'quota_report.js', 'wrong_result', 8, 'usagePercent', r''''use strict';
// Storage quota report sent to workspace owners.

const GIB = 1024 ** 3;

function usagePercent(usedBytes, quotaBytes) {
  if (quotaBytes <= 0) return 0;
  return Math.floor(usedBytes / quotaBytes) * 100;
}

function level(pct) {
  if (pct >= 100) return 'full';
  if (pct >= 90) return 'critical';
  if (pct >= 75) return 'warning';
  return 'ok';
}

function formatGiB(bytes) {
  return `${(bytes / GIB).toFixed(1)} GiB`;
}

function buildReport(workspaces) {
  return workspaces.map((ws) => {
    const pct = usagePercent(ws.usedBytes, ws.quotaBytes);
    return {
      id: ws.id,
      owner: ws.ownerEmail,
      used: formatGiB(ws.usedBytes),
      quota: formatGiB(ws.quotaBytes),
      percent: pct,
      level: level(pct),
    };
  });
}

async function notifyOwners(mailer, workspaces) {
  const report = buildReport(workspaces);
  const toWarn = report.filter((r) => r.level !== 'ok');
  for (const r of toWarn) {
    await mailer.send(r.owner, `Storage ${r.level}`, `You are using ${r.used} of ${r.quota} (${r.percent}%).`);
  }
  return toWarn.length;
}

module.exports = { buildReport, notifyOwners, usagePercent };
'''),
    ('ts-range-content-length', 'video_stream.ts', 'wrong_result', 48, 'contentLength', r'''import { createReadStream, promises as fsp } from 'fs';
import path from 'path';
import { Request, Response, Router } from 'express';

const VIDEO_DIR = '/var/videos';
export const videos = Router();

interface ByteRange {
  start: number;
  end: number;
}

function parseRange(header: string, size: number): ByteRange | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!match) return null;
  let start = match[1] === '' ? NaN : Number(match[1]);
  let end = match[2] === '' ? size - 1 : Number(match[2]);
  if (Number.isNaN(start)) {
    start = size - end;
    end = size - 1;
  }
  if (start > end || start >= size) return null;
  return { start, end: Math.min(end, size - 1) };
}

videos.get('/videos/:name', async (req: Request, res: Response) => {
  const name = path.basename(req.params.name);
  const file = path.join(VIDEO_DIR, name);
  let size: number;
  try {
    size = (await fsp.stat(file)).size;
  } catch {
    res.sendStatus(404);
    return;
  }
  const header = req.headers.range;
  if (!header) {
    res.writeHead(200, { 'Content-Length': size, 'Content-Type': 'video/mp4' });
    createReadStream(file).pipe(res);
    return;
  }
  const range = parseRange(header, size);
  if (!range) {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` });
    res.end();
    return;
  }
  const contentLength = range.end - range.start;
  res.writeHead(206, {
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    'Accept-Ranges': 'bytes',
    'Content-Length': contentLength,
    'Content-Type': 'video/mp4',
  });
  createReadStream(file, { start: range.start, end: range.end }).pipe(res);
});
'''),
    ('ts-one-based-seat', 'seat_map.ts', 'wrong_result', 27, 'locate', r'''// Seat map for a small theatre: rows of seats, booked by seat label like "C7".

export interface Seat {
  label: string;
  booked: boolean;
}

export class SeatMap {
  private readonly rows: Seat[][];

  constructor(rowCount: number, seatsPerRow: number) {
    this.rows = [];
    for (let r = 0; r < rowCount; r++) {
      const row: Seat[] = [];
      for (let s = 0; s < seatsPerRow; s++) {
        row.push({ label: `${String.fromCharCode(65 + r)}${s + 1}`, booked: false });
      }
      this.rows.push(row);
    }
  }

  private locate(label: string): Seat | undefined {
    const rowIndex = label.charCodeAt(0) - 65;
    const seatNumber = Number(label.slice(1));
    const row = this.rows[rowIndex];
    if (!row || !Number.isInteger(seatNumber) || seatNumber < 1) return undefined;
    return row[seatNumber];
  }

  book(label: string): boolean {
    const seat = this.locate(label);
    if (!seat || seat.booked) return false;
    seat.booked = true;
    return true;
  }

  free(): string[] {
    return this.rows.flat().filter((s) => !s.booked).map((s) => s.label);
  }

  occupancy(): number {
    const all = this.rows.flat();
    return all.length === 0 ? 0 : all.filter((s) => s.booked).length / all.length;
  }
}
'''),
    ('go-uint-underflow', 'quota.go', 'wrong_result', 37, 'Remaining', r'''package quota

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
)

type Tracker struct {
	mu    sync.Mutex
	limit map[string]uint64
	used  map[string]uint64
}

func NewTracker() *Tracker {
	return &Tracker{limit: map[string]uint64{}, used: map[string]uint64{}}
}

func (t *Tracker) SetLimit(user string, bytes uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.limit[user] = bytes
}

// Record adds an upload's size; uploads are accepted first and billed after,
// so usage can go past the limit.
func (t *Tracker) Record(user string, bytes uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.used[user] += bytes
}

func (t *Tracker) Remaining(user string) uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.limit[user] - t.used[user]
}

func (t *Tracker) Handler(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	if user == "" {
		http.Error(w, "user required", http.StatusBadRequest)
		return
	}
	left := t.Remaining(user)
	w.Header().Set("X-Quota-Remaining", strconv.FormatUint(left, 10))
	if left == 0 {
		http.Error(w, "quota exhausted", http.StatusForbidden)
		return
	}
	fmt.Fprintf(w, "%d bytes left\n", left)
}
'''),
    ('go-month-index', 'monthly.go', 'wrong_result', 25, 'label', r'''package billing

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

var monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

type Charge struct {
	At     time.Time
	Cents  int64
	Tenant string
}

type MonthTotal struct {
	Label string
	Cents int64
}

func label(t time.Time) string {
	return fmt.Sprintf("%s %d", monthNames[t.Month()], t.Year())
}

func key(t time.Time) int {
	return t.Year()*100 + int(t.Month())
}

// Monthly sums charges per calendar month, oldest first.
func Monthly(charges []Charge) []MonthTotal {
	sums := map[int]*MonthTotal{}
	for _, c := range charges {
		k := key(c.At)
		mt, ok := sums[k]
		if !ok {
			mt = &MonthTotal{Label: label(c.At)}
			sums[k] = mt
		}
		mt.Cents += c.Cents
	}
	keys := make([]int, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	out := make([]MonthTotal, 0, len(keys))
	for _, k := range keys {
		out = append(out, *sums[k])
	}
	return out
}

func Render(totals []MonthTotal) string {
	var b strings.Builder
	for _, t := range totals {
		fmt.Fprintf(&b, "%-9s %10.2f\n", t.Label, float64(t.Cents)/100)
	}
	return b.String()
}
'''),
    ('go-inclusive-span-count', 'logtail.go', 'wrong_result', 39, 'Extract', r'''package logtail

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// LineSpan is a request for lines First..Last of a log, both counted from 1
// and both included, as typed in the admin console ("120:180").
type LineSpan struct {
	First, Last int
}

func ParseSpan(s string) (LineSpan, error) {
	a, b, ok := strings.Cut(s, ":")
	if !ok {
		return LineSpan{}, fmt.Errorf("want first:last, got %q", s)
	}
	first, err := strconv.Atoi(a)
	if err != nil {
		return LineSpan{}, err
	}
	last, err := strconv.Atoi(b)
	if err != nil {
		return LineSpan{}, err
	}
	if first < 1 || last < first {
		return LineSpan{}, fmt.Errorf("bad span %q", s)
	}
	return LineSpan{first, last}, nil
}

// Extract returns the lines of the span.
func Extract(r io.Reader, span LineSpan) ([]string, error) {
	sc := bufio.NewScanner(r)
	want := span.Last - span.First
	out := make([]string, 0, want)
	n := 0
	for sc.Scan() {
		n++
		if n < span.First {
			continue
		}
		if len(out) == want {
			break
		}
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}
'''),
    ('java-mid-overflow', 'PriceIndex.java', 'wrong_result', 27, 'upperBound', r'''package shop.catalog;

import java.util.ArrayList;
import java.util.List;

/** Sorted price list used by the "products under X" filter. */
public final class PriceIndex {
    private final int[] pricesCents;
    private final String[] skus;

    public PriceIndex(List<Product> products) {
        List<Product> sorted = new ArrayList<>(products);
        sorted.sort((a, b) -> Integer.compare(a.priceCents(), b.priceCents()));
        pricesCents = new int[sorted.size()];
        skus = new String[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            pricesCents[i] = sorted.get(i).priceCents();
            skus[i] = sorted.get(i).sku();
        }
    }

    /** Index of the first product priced above the limit. */
    int upperBound(int limitCents) {
        int lo = 0;
        int hi = pricesCents.length;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (pricesCents[mid] <= limitCents) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<String> under(int limitCents) {
        int end = upperBound(limitCents);
        List<String> out = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            out.add(skus[i]);
        }
        return out;
    }

    public int count() {
        return pricesCents.length;
    }

    public record Product(String sku, int priceCents) {}
}
'''),
    ('java-page-floor', 'Paginator.java', 'wrong_result', 17, 'pageCount', r'''package forum.web;

import java.util.List;

/** Page links under a forum thread. */
public class Paginator {
    private final int pageSize;

    public Paginator(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    public int pageCount(int posts) {
        return Math.max(1, posts / pageSize);
    }

    public <T> List<T> page(List<T> posts, int number) {
        int from = (number - 1) * pageSize;
        if (number < 1 || from >= posts.size()) {
            return List.of();
        }
        return posts.subList(from, Math.min(posts.size(), from + pageSize));
    }

    public String links(int posts, int current) {
        StringBuilder sb = new StringBuilder();
        int pages = pageCount(posts);
        for (int p = 1; p <= pages; p++) {
            if (p == current) {
                sb.append("[").append(p).append("] ");
            } else {
                sb.append("<a href=\"?page=").append(p).append("\">").append(p).append("</a> ");
            }
        }
        return sb.toString().trim();
    }
}
'''),
    ('c-u16-sum', 'adc_filter.c', 'wrong_result', 19, 'stats_of', r'''#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

/* Averages raw 12-bit ADC samples from the DMA buffer into one reading per block. */

#define BLOCK 64
#define ADC_MAX 4095u

typedef struct {
    uint16_t min;
    uint16_t max;
    uint16_t mean;
} block_stats;

static block_stats stats_of(const uint16_t *samples, size_t n)
{
    block_stats st = { ADC_MAX, 0, 0 };
    uint16_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t s = samples[i] & ADC_MAX;
        if (s < st.min)
            st.min = s;
        if (s > st.max)
            st.max = s;
        sum += s;
    }
    st.mean = n ? (uint16_t)(sum / n) : 0;
    return st;
}

size_t reduce_blocks(const uint16_t *dma, size_t count, block_stats *out, size_t out_cap)
{
    size_t blocks = 0;
    for (size_t off = 0; off + BLOCK <= count && blocks < out_cap; off += BLOCK) {
        out[blocks++] = stats_of(dma + off, BLOCK);
    }
    return blocks;
}

void print_blocks(const block_stats *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        printf("block %zu: min=%u max=%u mean=%u\n", i, b[i].min, b[i].max, b[i].mean);
    }
}
'''),
    ('c-len-minus-header', 'packet.c', 'buffer_overflow', 25, 'parse_frame', r'''#include <stdint.h>
#include <string.h>
#include <stddef.h>

/* Frames from the telemetry radio: 6-byte header, payload, no trailer. */

#define HDR_LEN 6
#define MAX_PAYLOAD 240

struct frame {
    uint8_t type;
    uint8_t seq;
    uint32_t device;
    uint8_t payload[MAX_PAYLOAD];
    size_t payload_len;
};

static uint32_t be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

int parse_frame(const uint8_t *buf, size_t len, struct frame *out)
{
    size_t payload_len = len - HDR_LEN;

    if (payload_len > MAX_PAYLOAD)
        return -1;
    out->type = buf[0];
    out->seq = buf[1];
    out->device = be32(buf + 2);
    memcpy(out->payload, buf + HDR_LEN, payload_len);
    out->payload_len = payload_len;
    return 0;
}

int frame_is_heartbeat(const struct frame *f)
{
    return f->type == 0x01 && f->payload_len == 0;
}
'''),
    ('c-ring-wrap-check', 'ringlog.c', 'buffer_overflow', 21, 'ring_push', r'''#include <stdio.h>
#include <string.h>
#include <time.h>

/* Keeps the last events in memory for the crash dump. */

#define RING_CAP 128
#define MSG_LEN 80

struct event {
    time_t at;
    char msg[MSG_LEN];
};

static struct event ring[RING_CAP];
static unsigned head;
static unsigned stored;

void ring_push(const char *msg)
{
    if (head > RING_CAP)
        head = 0;
    ring[head].at = time(NULL);
    snprintf(ring[head].msg, sizeof ring[head].msg, "%s", msg);
    head++;
    if (stored < RING_CAP)
        stored++;
}

void ring_dump(FILE *out)
{
    unsigned start = (head + RING_CAP - stored) % RING_CAP;
    for (unsigned i = 0; i < stored; i++) {
        const struct event *e = &ring[(start + i) % RING_CAP];
        fprintf(out, "%ld %s\n", (long)e->at, e->msg);
    }
}

void ring_clear(void)
{
    memset(ring, 0, sizeof ring);
    head = 0;
    stored = 0;
}
'''),
    ('cpp-size-diff-underflow', 'diff_lines.cpp', 'wrong_result', 33, 'compare', r'''#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

// Line-level comparison used by the config drift report.

struct Drift {
    std::size_t changed = 0;
    std::size_t extra = 0;
};

static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

Drift compare(const std::string& expected, const std::string& actual) {
    auto want = split_lines(expected);
    auto got = split_lines(actual);
    Drift d;
    std::size_t common = std::min(want.size(), got.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (want[i] != got[i]) ++d.changed;
    }
    d.extra = got.size() - want.size();
    return d;
}

bool drifted(const std::string& expected, const std::string& actual) {
    Drift d = compare(expected, actual);
    return d.changed > 0 || d.extra > 0;
}
'''),
    ('cpp-u16-sum', 'image_stats.cpp', 'wrong_result', 24, 'mean', r'''#include <cstdint>
#include <numeric>
#include <stdexcept>
#include <vector>

// Brightness statistics for the thumbnail service (8-bit grayscale images).

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
};

class BrightnessStats {
public:
    explicit BrightnessStats(const Image& img) : img_(img) {
        if (img.pixels.size() != static_cast<std::size_t>(img.width) * img.height) {
            throw std::invalid_argument("pixel count does not match size");
        }
    }

    double mean() const {
        if (img_.pixels.empty()) return 0.0;
        std::uint16_t sum = 0;
        for (std::uint8_t p : img_.pixels) sum += p;
        return static_cast<double>(sum) / img_.pixels.size();
    }

    bool too_dark(double threshold = 40.0) const { return mean() < threshold; }

    std::vector<int> histogram() const {
        std::vector<int> bins(256, 0);
        for (std::uint8_t p : img_.pixels) ++bins[p];
        return bins;
    }

private:
    const Image& img_;
};
'''),
    ('rust-u32-sum', 'meter.rs', 'wrong_result', 22, 'summarize', r'''//! Power meter readings aggregated per hour for the dashboard.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub minute: u32,
    pub watts: u32,
}

#[derive(Debug, Default)]
pub struct HourSummary {
    pub samples: usize,
    pub average_watts: u32,
    pub peak_watts: u32,
}

fn summarize(readings: &[Reading]) -> HourSummary {
    if readings.is_empty() {
        return HourSummary::default();
    }
    let total: u32 = readings.iter().map(|r| r.watts).sum();
    let peak = readings.iter().map(|r| r.watts).max().unwrap_or(0);
    HourSummary {
        samples: readings.len(),
        average_watts: total / readings.len() as u32,
        peak_watts: peak,
    }
}

pub fn hourly(readings: &[Reading]) -> BTreeMap<u32, HourSummary> {
    let mut by_hour: BTreeMap<u32, Vec<Reading>> = BTreeMap::new();
    for r in readings {
        by_hour.entry(r.minute / 60).or_default().push(*r);
    }
    by_hour
        .into_iter()
        .map(|(hour, rs)| (hour, summarize(&rs)))
        .collect()
}

pub fn report(readings: &[Reading]) -> String {
    let mut out = String::new();
    for (hour, s) in hourly(readings) {
        out.push_str(&format!("{:02}:00 avg {} W peak {} W ({} samples)\n",
            hour % 24, s.average_watts, s.peak_watts, s.samples));
    }
    out
}
'''),
    ('rust-u64-underflow', 'budget.rs', 'wrong_result', 49, 'remaining', r'''//! Rate-limit budgets for API clients.

use std::collections::HashMap;
use std::time::{Duration, Instant};

pub struct Budget {
    pub limit: u64,
    pub spent: u64,
    pub window_start: Instant,
}

pub struct Limiter {
    window: Duration,
    budgets: HashMap<String, Budget>,
}

impl Limiter {
    pub fn new(window: Duration) -> Self {
        Limiter { window, budgets: HashMap::new() }
    }

    fn budget(&mut self, client: &str, limit: u64) -> &mut Budget {
        let window = self.window;
        let b = self.budgets.entry(client.to_string()).or_insert(Budget {
            limit,
            spent: 0,
            window_start: Instant::now(),
        });
        if b.window_start.elapsed() >= window {
            b.spent = 0;
            b.window_start = Instant::now();
        }
        b
    }

    /// Charges `cost` units; a large request is let through and charged in full
    /// even when it takes the client past its limit.
    pub fn charge(&mut self, client: &str, limit: u64, cost: u64) -> bool {
        let b = self.budget(client, limit);
        if b.spent >= b.limit {
            return false;
        }
        b.spent += cost;
        true
    }

    pub fn remaining(&mut self, client: &str, limit: u64) -> u64 {
        let b = self.budget(client, limit);
        b.limit - b.spent
    }
}
'''),
    ('rust-exclusive-span', 'excerpt.rs', 'wrong_result', 28, 'excerpt', r'''//! Source excerpts for the code-review bot: "show lines 40-52 of src/lib.rs".

use std::fs;
use std::io;
use std::path::Path;

#[derive(Debug, PartialEq)]
pub struct Span {
    pub first: usize,
    pub last: usize,
}

pub fn parse_span(text: &str) -> Option<Span> {
    let (a, b) = text.split_once('-')?;
    let first: usize = a.trim().parse().ok()?;
    let last: usize = b.trim().parse().ok()?;
    if first == 0 || last < first {
        return None;
    }
    Some(Span { first, last })
}

/// Lines `first` to `last` of the file, both included, numbered from 1.
pub fn excerpt(path: &Path, span: &Span) -> io::Result<Vec<(usize, String)>> {
    let text = fs::read_to_string(path)?;
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for n in span.first..span.last {
        if let Some(line) = lines.get(n - 1) {
            out.push((n, line.to_string()));
        }
    }
    Ok(out)
}

pub fn render(path: &Path, span: &Span) -> io::Result<String> {
    let rows = excerpt(path, span)?;
    let width = span.last.to_string().len();
    Ok(rows
        .iter()
        .map(|(n, l)| format!("{:>width$} | {}", n, l, width = width))
        .collect::<Vec<_>>()
        .join("\n"))
}
'''),
]

CLEAN = [
    ('clean-py-range', 'range_clean.py', r'''"""Byte-range downloads for the artifact store."""
import os
import re

from flask import Flask, Response, abort, request

app = Flask(__name__)
STORE = "/srv/artifacts"
RANGE = re.compile(r"bytes=(\d+)-(\d*)")


def span(header: str, size: int) -> tuple[int, int] | None:
    """(offset, length) of a "bytes=first-last" range, last included (RFC 7233)."""
    m = RANGE.fullmatch(header.strip())
    if not m:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else size - 1
    last = min(last, size - 1)
    if first > last:
        return None
    return first, last - first + 1


def windows(values: list[float], k: int) -> list[float]:
    """Mean of every run of k consecutive values."""
    return [sum(values[i:i + k]) / k for i in range(len(values) - k + 1)]


def pages(total: int, per_page: int) -> int:
    return -(-total // per_page)


def percent(part: int, whole: int) -> int:
    return part * 100 // whole if whole else 100


@app.get("/artifacts/<int:aid>")
def download(aid: int) -> Response:
    path = os.path.join(STORE, f"{aid}.tar.gz")
    if not os.path.isfile(path):
        abort(404)
    size = os.path.getsize(path)
    header = request.headers.get("Range")
    with open(path, "rb") as fh:
        if header is None:
            return Response(fh.read(), mimetype="application/gzip")
        got = span(header, size)
        if got is None:
            return Response(status=416, headers={"Content-Range": f"bytes */{size}"})
        offset, length = got
        fh.seek(offset)
        body = fh.read(length)
    return Response(body, status=206, headers={
        "Content-Range": f"bytes {offset}-{offset + length - 1}/{size}"})
'''),
    ('clean-java-ledger', 'Ledger.java', r'''package bank.ledger;

import java.util.Arrays;

/** Balance history of one account: sorted timestamps and cents. */
public final class Ledger {
    private final long[] at;
    private final long[] cents;

    public Ledger(long[] at, long[] cents) {
        if (at.length != cents.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        this.at = Arrays.copyOf(at, at.length);
        this.cents = Arrays.copyOf(cents, cents.length);
    }

    int lastAtOrBefore(long when) {
        int lo = 0;
        int hi = at.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (at[mid] <= when) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public long balanceAt(long when) {
        int i = lastAtOrBefore(when);
        return i < 0 ? 0 : cents[i];
    }

    static long storageBytes(int blocks, int blockSize) {
        return (long) blocks * blockSize;
    }

    static long daysToMillis(int days) {
        return days * 24L * 60 * 60 * 1000;
    }

    static int percentOf(int part, int whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }
}
'''),
    ('clean-go-window', 'window_clean.go', r'''package metrics

import "errors"

var ErrEmpty = errors.New("no samples")

// Windows returns the mean of every k consecutive samples.
func Windows(xs []float64, k int) ([]float64, error) {
	if k <= 0 || len(xs) < k {
		return nil, ErrEmpty
	}
	out := make([]float64, 0, len(xs)-k+1)
	for i := 0; i+k <= len(xs); i++ {
		var s float64
		for _, v := range xs[i : i+k] {
			s += v
		}
		out = append(out, s/float64(k))
	}
	return out, nil
}

// Buckets counts values in [lo, hi] into n equal bins; hi itself goes in the last bin.
func Buckets(xs []float64, lo, hi float64, n int) []int {
	counts := make([]int, n)
	width := (hi - lo) / float64(n)
	for _, v := range xs {
		if v < lo || v > hi {
			continue
		}
		i := int((v - lo) / width)
		if i == n {
			i = n - 1
		}
		counts[i]++
	}
	return counts
}

// Area multiplies in 64 bits before anything can overflow.
func Area(w, h int32) int64 {
	return int64(w) * int64(h)
}

// Pages rounds up so the last, partial page is kept.
func Pages(total, size int) int {
	return (total + size - 1) / size
}
'''),
    ('clean-rust-usage', 'usage_clean.rs', r'''//! Disk usage accounting with explicit overflow handling.

pub struct Volume {
    pub capacity: u64,
    pub used: u64,
}

impl Volume {
    /// Free space; usage can exceed capacity after a resize, which shows as zero.
    pub fn free(&self) -> u64 {
        self.capacity.saturating_sub(self.used)
    }

    pub fn over_by(&self) -> Option<u64> {
        self.used.checked_sub(self.capacity)
    }

    pub fn add(&mut self, bytes: u64) -> Result<(), String> {
        self.used = self.used.checked_add(bytes).ok_or("usage overflow")?;
        Ok(())
    }
}

pub fn image_bytes(width: u32, height: u32) -> u64 {
    u64::from(width) * u64::from(height) * 4
}

pub fn mean(samples: &[u32]) -> Option<u32> {
    if samples.is_empty() {
        return None;
    }
    let total: u64 = samples.iter().map(|&s| u64::from(s)).sum();
    Some((total / samples.len() as u64) as u32)
}

pub fn lines(text: &str, first: usize, last: usize) -> Vec<&str> {
    text.lines().skip(first - 1).take(last - first + 1).collect()
}

pub fn remaining(limit: u64, spent: u64) -> u64 {
    if spent >= limit {
        0
    } else {
        limit - spent
    }
}
'''),
    ('clean-c-samples', 'samples_clean.c', r'''#include <stdint.h>
#include <stddef.h>
#include <string.h>

/* Sensor frame decoding with the lengths checked before they are used. */

#define HDR 4

int payload_of(const uint8_t *buf, size_t len, uint8_t *out, size_t cap, size_t *out_len)
{
    if (len < HDR)
        return -1;
    size_t rest = len - HDR;
    if (rest > cap)
        return -1;
    memcpy(out, buf + HDR, rest);
    *out_len = rest;
    return 0;
}

uint16_t mean_of(const uint16_t *samples, size_t n)
{
    uint32_t sum = 0;
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        sum += samples[i];
    return (uint16_t)(sum / n);
}

uint64_t frame_bytes(uint32_t width, uint32_t height)
{
    return (uint64_t)width * height * 2;
}

void fill_range(int *table, size_t size, size_t first, size_t last, int value)
{
    /* first and last are both included */
    if (first > last || last >= size)
        return;
    for (size_t i = first; i <= last; i++)
        table[i] = value;
}

size_t ring_next(size_t head, size_t cap)
{
    return head + 1 >= cap ? 0 : head + 1;
}
'''),
    ('clean-ts-pager', 'pager_clean.ts', r'''// Paging and range helpers for the admin tables.

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

export function pageOf<T>(rows: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { items: rows.slice(start, start + size), page: current, pages };
}

// Both ends are included: 3..5 gives 3, 4, 5.
export function between(first: number, last: number): number[] {
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(n);
  return out;
}

export function spanLength(first: number, last: number): number {
  return last - first + 1;
}

export function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.round((done * 100) / total);
}

export function lastItems<T>(rows: T[], n: number): T[] {
  return rows.slice(Math.max(0, rows.length - n));
}

export function windows(xs: number[], k: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i <= xs.length - k; i++) out.push(xs.slice(i, i + k));
  return out;
}
'''),
]

@pytest.mark.parametrize(("name", "path", "kind", "line", "ident", "code"), FIRST,
                         ids=[f[0] for f in FIRST])
def test_first_question_is_the_bound(name: str, path: str, kind: str, line: int, ident: str,
                                     code: str) -> None:
    """The first question is of the issue's kind, at its line (within 3) or about its function,
    as benchmarks/examiner_heldout.py judges a main-issue hit."""
    question = first_question(path, code)
    assert question.kind == kind, (name, question.kind, question.line)
    assert abs(question.line - line) <= 3 or question.identifier == ident, (name, question.line)


@pytest.mark.parametrize(("name", "path", "code"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_programs_are_not_told_they_are_wrong(name: str, path: str, code: str) -> None:
    question = first_question(path, code)
    found = Kind.of(question.kind)
    cost = question.facts.get("complexity")
    alarm = found is not None and found.asserts_defect(cost if isinstance(cost, str) else None)
    assert not alarm, (name, question.kind, question.line)


HERD = '''import java.util.ArrayList;
import java.util.List;

public class Herd {
    private final List<Integer> freeTags = new ArrayList<>();

    public Herd(int first, int count) {
        for (int t = first; t < first + count; t++) freeTags.add(t);
    }

    public int register(int requested) {
        int tag;
        if (requested > 0 && freeTags.contains(requested)) {
            tag = requested;
        } else {
            tag = freeTags.get(0);
        }
        freeTags.remove(tag);
        return tag;
    }
}
'''


def test_an_int_given_to_remove_on_a_list_of_integers_is_asked() -> None:
    """(session 17, after heldout16) the List javadoc's two removes: an `int` picks
    remove(int index); boxed, the value is removed."""
    question = first_question("Herd.java", HERD)
    assert (question.kind, question.facts.get("rule"), question.line) == \
        ("wrong_result", "java-integer-list-remove-by-index", 18)
    boxed = HERD.replace("freeTags.remove(tag);", "freeTags.remove(Integer.valueOf(tag));")
    assert first_question("Herd.java", boxed).facts.get("rule") != \
        "java-integer-list-remove-by-index"
