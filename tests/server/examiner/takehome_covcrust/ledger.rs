//! ledger: a bank ledger shared by worker threads; each transfer is appended to a
//! journal and applied to the balances under one lock.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug, Clone)]
struct Transfer {
    from: String,
    to: String,
    cents: i64,
}

#[derive(Default)]
struct Ledger {
    gate: Mutex<()>,
    balances: Mutex<HashMap<String, i64>>,
    journal: Mutex<Vec<Transfer>>,
}

impl Ledger {
    fn open(&self, who: &str, cents: i64) {
        self.balances.lock().unwrap().insert(who.to_string(), cents);
    }

    fn balance(&self, who: &str) -> i64 {
        *self.balances.lock().unwrap().get(who).unwrap_or(&0)
    }

    /// Moves money when the payer has enough; the gate keeps the check and the two
    /// updates together.
    fn transfer(&self, t: &Transfer) -> bool {
        let _ = self.gate.lock().unwrap();
        if self.balance(&t.from) < t.cents {
            return false;
        }
        {
            let mut b = self.balances.lock().unwrap();
            *b.entry(t.from.clone()).or_insert(0) -= t.cents;
            *b.entry(t.to.clone()).or_insert(0) += t.cents;
        }
        self.journal.lock().unwrap().push(t.clone());
        true
    }
}

fn main() {
    let ledger = Arc::new(Ledger::default());
    ledger.open("alice", 10_000);
    ledger.open("bob", 500);
    let mut workers = Vec::new();
    for i in 0..8 {
        let l = Arc::clone(&ledger);
        workers.push(thread::spawn(move || {
            let t = Transfer {
                from: "alice".into(),
                to: "bob".into(),
                cents: 1_500 + i * 10,
            };
            l.transfer(&t)
        }));
    }
    let done = workers.into_iter().map(|w| w.join().unwrap()).filter(|ok| *ok).count();
    println!("{done} transfers, alice={}, bob={}", ledger.balance("alice"), ledger.balance("bob"));
    println!("journal: {} entries", ledger.journal.lock().unwrap().len());
}
