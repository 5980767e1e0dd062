"""A corpus of changes in eight languages for the examiner tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One change in the corpus: a path and its text before and after."""

    path: str
    before: str | None
    after: str


PY_BEFORE = '''import os


def keep(x):
    return x
'''
CORPUS: list[Change] = [
    Change("inventory.py", PY_BEFORE, PY_BEFORE + '''

def find_pairs(items, target, seen=[]):
    """Return pairs of items that sum to target."""
    out = []
    for a in items:
        seen.append(a)
        for b in items:
            if a + b == target and (a, b) not in out:
                out.append((a, b))
    items.sort()
    return out


def load_report(name, db):
    path = os.path.join("/srv/reports", name)
    handle = open(path)
    rows = db.execute(f"SELECT * FROM reports WHERE name = '{name}'")
    try:
        data = eval(handle.read())
    except (ValueError, KeyError):
        pass
    if not rows:
        raise LookupError("no report " + name)
    return data


def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(node.left), depth(node.right))


async def bump(counter):
    global TOTAL
    TOTAL += 1
    await counter.flush()
'''),
    Change("cart.js", None, '''const fs = require("fs");

function total(items, coupons) {
  let sum = 0;
  for (const item of items) {
    for (const c of coupons) {
      if (coupons.indexOf(c) >= 0) { sum -= c.value; }
    }
    sum += item.price;
  }
  items.push({ price: 0 });
  return sum;
}

async function loadCart(file) {
  const raw = fs.readFileSync(file, "utf8");
  try {
    return eval(raw);
  } catch (e) {
    throw new Error("bad cart");
  }
}

const fib = (n) => { return n < 2 ? n : fib(n - 1) + fib(n - 2); };
'''),
    Change("store.ts", "export const x = 1;\n", '''export const x = 1;
export class Store {
  items: number[] = [];
  add(v: number): void { this.items.push(v); }
  async sync(db: Db, user: string): Promise<void> {
    await db.query("SELECT * FROM carts WHERE user = '" + user + "'");
    for (const a of this.items) { for (const b of this.items) { if (a === b) { continue; } } }
  }
}
'''),
    Change("server.go", "package main\n", '''package main

import (
	"fmt"
	"os"
	"sync"
)

var mu sync.Mutex

func Lookup(db *sql.DB, name string) ([]string, error) {
	rows, err := db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name))
	if err != nil {
		return nil, fmt.Errorf("lookup %s: %w", name, err)
	}
	f, err := os.Open(name)
	for i := 0; i < 10; i++ {
		for j := 0; j < i; j++ {
			go Lookup(db, name)
		}
	}
	return nil, nil
}
'''),
    Change("Bank.java", None, '''public class Bank {
    public int transfer(int[] balances, int from, int to, int amount) throws IllegalStateException {
        if (balances[from] < amount) {
            throw new IllegalStateException("insufficient funds");
        }
        balances[from] -= amount;
        balances[to] += amount;
        BufferedReader r = new BufferedReader(new FileReader("audit.log"));
        try {
            Runtime.getRuntime().exec("audit " + from);
        } catch (IOException e) {
            return -1;
        }
        return transfer(balances, to, from, 0);
    }
}
'''),
    Change("copy.c", "#include <stdio.h>\n", '''#include <stdio.h>
#include <string.h>

int copy_name(char *dst, const char *src) {
    char buf[16];
    strcpy(buf, src);
    FILE *f = fopen(src, "r");
    for (int i = 0; i < 16; i++) {
        for (int j = 0; j < i; j++) {
            dst[j] = buf[i];
        }
    }
    return 0;
}
'''),
    Change("graph.cpp", None, '''#include <vector>
int Graph::dfs(std::vector<int>& seen, int node) {
    seen.push_back(node);
    for (int next : adj[node]) {
        if (std::find(seen.begin(), seen.end(), next) == seen.end()) {
            dfs(seen, next);
        }
    }
    try { check(node); } catch (const std::out_of_range& e) { return -1; }
    return 0;
}
'''),
    Change("lib.rs", "pub mod x;\n", '''pub mod x;

pub fn sum_all(values: &mut Vec<i64>) -> i64 {
    let text = std::fs::read_to_string("numbers.txt").unwrap();
    let mut total = 0;
    for v in values.iter() {
        for w in values.iter() {
            total += v * w;
        }
    }
    values.push(total);
    unsafe { libc::free(std::ptr::null_mut()); }
    sum_all(values)
}
'''),
]
