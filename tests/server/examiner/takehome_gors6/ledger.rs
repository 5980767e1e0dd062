//! An in-memory ledger for the wallet service: accounts shared between the request
//! threads, each balance behind its own lock so unrelated transfers run in parallel.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, RwLock};

#[derive(Debug)]
pub struct Account {
    pub id: u64,
    pub owner: String,
    balance: Mutex<i64>,
}

#[derive(Debug, PartialEq)]
pub enum LedgerError {
    NoSuchAccount(u64),
    InsufficientFunds { id: u64, wanted: i64, available: i64 },
    NonPositiveAmount(i64),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::NoSuchAccount(id) => write!(f, "no account {}", id),
            LedgerError::InsufficientFunds { id, wanted, available } => {
                write!(f, "account {} has {} cents, {} wanted", id, available, wanted)
            }
            LedgerError::NonPositiveAmount(n) => write!(f, "amount {} is not positive", n),
        }
    }
}

#[derive(Default)]
pub struct Ledger {
    accounts: RwLock<HashMap<u64, Arc<Account>>>,
}

impl Ledger {
    pub fn open(&self, id: u64, owner: &str, opening_cents: i64) -> Arc<Account> {
        let account = Arc::new(Account {
            id,
            owner: owner.to_string(),
            balance: Mutex::new(opening_cents),
        });
        self.accounts.write().unwrap().insert(id, Arc::clone(&account));
        account
    }

    pub fn get(&self, id: u64) -> Result<Arc<Account>, LedgerError> {
        self.accounts
            .read()
            .unwrap()
            .get(&id)
            .cloned()
            .ok_or(LedgerError::NoSuchAccount(id))
    }

    pub fn balance(&self, id: u64) -> Result<i64, LedgerError> {
        let account = self.get(id)?;
        let cents = *account.balance.lock().unwrap();
        Ok(cents)
    }

    /// Moves `cents` from one account to the other, all or nothing.
    pub fn transfer(&self, from_id: u64, to_id: u64, cents: i64) -> Result<(), LedgerError> {
        if cents <= 0 {
            return Err(LedgerError::NonPositiveAmount(cents));
        }
        let from = self.get(from_id)?;
        let to = self.get(to_id)?;
        move_funds(&from, &to, cents)
    }
}

fn move_funds(from: &Account, to: &Account, cents: i64) -> Result<(), LedgerError> {
    let mut source = from.balance.lock().unwrap();
    let mut target = to.balance.lock().unwrap();
    if *source < cents {
        return Err(LedgerError::InsufficientFunds {
            id: from.id,
            wanted: cents,
            available: *source,
        });
    }
    *source -= cents;
    *target += cents;
    Ok(())
}

/// The sum of every balance, for the nightly reconciliation report.
pub fn total(ledger: &Ledger) -> i64 {
    let accounts = ledger.accounts.read().unwrap();
    accounts.values().map(|a| *a.balance.lock().unwrap()).sum()
}
