use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Accounts shared between a bank and its audit log.
struct Bank {
    balances: RefCell<HashMap<String, i64>>,
    log: Rc<RefCell<Vec<String>>>,
}

impl Bank {
    fn new(log: Rc<RefCell<Vec<String>>>) -> Self {
        Bank { balances: RefCell::new(HashMap::new()), log }
    }

    fn deposit(&self, who: &str, amount: i64) {
        *self.balances.borrow_mut().entry(who.to_string()).or_insert(0) += amount;
        self.log.borrow_mut().push(format!("deposit {who} {amount}"));
    }

    /// Pays interest on every account, recording each payment.
    fn pay_interest(&self, rate_pct: i64) {
        let balances = self.balances.borrow();
        for (who, bal) in balances.iter() {
            let interest = bal * rate_pct / 100;
            if interest > 0 {
                self.deposit(who, interest);
            }
        }
    }

    fn total(&self) -> i64 {
        self.balances.borrow().values().sum()
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let bank = Bank::new(Rc::clone(&log));
    bank.deposit("ann", 1000);
    bank.deposit("bob", 250);
    bank.pay_interest(5);
    println!("total {}", bank.total());
    for line in log.borrow().iter() {
        println!("{line}");
    }
}
