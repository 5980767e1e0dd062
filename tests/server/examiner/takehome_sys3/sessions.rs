use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Session {
    pub user: String,
    pub last_seen: Instant,
}

/// Sessions shared by the request handlers of a small web server.
pub struct SessionStore {
    sessions: Mutex<HashMap<String, Session>>,
    stats: Mutex<Stats>,
    ttl: Duration,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub hits: u64,
    pub expired: u64,
}

impl SessionStore {
    pub fn new(ttl: Duration) -> Self {
        SessionStore { sessions: Mutex::new(HashMap::new()), stats: Mutex::new(Stats::default()), ttl }
    }

    pub fn open(&self, token: &str, user: &str) {
        let mut map = self.sessions.lock().unwrap();
        map.insert(token.to_string(), Session { user: user.to_string(), last_seen: Instant::now() });
    }

    /// The user behind a token, refreshing the session; an expired session is dropped.
    pub fn user_for(&self, token: &str) -> Option<String> {
        match self.sessions.lock().unwrap().get_mut(token) {
            Some(s) if s.last_seen.elapsed() > self.ttl => {
                self.expire(token);
                None
            }
            Some(s) => {
                s.last_seen = Instant::now();
                self.count_hit();
                Some(s.user.clone())
            }
            None => None,
        }
    }

    fn expire(&self, token: &str) {
        self.sessions.lock().unwrap().remove(token);
        self.stats.lock().unwrap().expired += 1;
    }

    fn count_hit(&self) {
        self.stats.lock().unwrap().hits += 1;
    }

    pub fn stats(&self) -> Stats {
        *self.stats.lock().unwrap()
    }

    /// Drops every session not seen within the time to live; returns how many went.
    pub fn sweep(&self) -> usize {
        let mut map = self.sessions.lock().unwrap();
        let before = map.len();
        let ttl = self.ttl;
        map.retain(|_, s| s.last_seen.elapsed() <= ttl);
        before - map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_session_is_found() {
        let store = SessionStore::new(Duration::from_secs(60));
        store.open("t1", "ada");
        assert_eq!(store.user_for("t1").as_deref(), Some("ada"));
        assert_eq!(store.user_for("nope"), None);
        assert_eq!(store.stats().hits, 1);
    }

    #[test]
    fn sweep_keeps_live_sessions() {
        let store = SessionStore::new(Duration::from_secs(60));
        store.open("t1", "ada");
        assert_eq!(store.sweep(), 0);
    }
}
