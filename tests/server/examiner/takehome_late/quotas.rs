use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Debug, Clone, Copy)]
pub struct Quota {
    pub used: u64,
    pub limit: u64,
}

pub struct Quotas {
    by_tenant: Mutex<HashMap<String, Quota>>,
    default_limit: u64,
}

#[derive(Debug, PartialEq)]
pub enum Charge {
    Accepted { remaining: u64 },
    Refused { over_by: u64 },
}

impl Quotas {
    pub fn new(default_limit: u64) -> Self {
        Quotas { by_tenant: Mutex::new(HashMap::new()), default_limit }
    }

    pub fn set_limit(&self, tenant: &str, limit: u64) {
        let mut map = self.by_tenant.lock().unwrap();
        map.entry(tenant.to_string()).or_insert(Quota { used: 0, limit }).limit = limit;
    }

    pub fn charge(&self, tenant: &str, amount: u64) -> Charge {
        match self.by_tenant.lock().unwrap().get(tenant).copied() {
            Some(q) if q.used + amount > q.limit => Charge::Refused { over_by: q.used + amount - q.limit },
            Some(q) => {
                let used = q.used + amount;
                self.by_tenant.lock().unwrap().insert(tenant.to_string(), Quota { used, limit: q.limit });
                Charge::Accepted { remaining: q.limit - used }
            }
            None => {
                let q = Quota { used: amount.min(self.default_limit), limit: self.default_limit };
                self.by_tenant.lock().unwrap().insert(tenant.to_string(), q);
                Charge::Accepted { remaining: q.limit - q.used }
            }
        }
    }

    pub fn reset(&self) {
        for q in self.by_tenant.lock().unwrap().values_mut() {
            q.used = 0;
        }
    }
}
