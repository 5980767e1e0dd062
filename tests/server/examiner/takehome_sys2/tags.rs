use std::collections::HashMap;
use std::io::{self, BufRead};

/// One parsed log line: a level, the service it came from, and the message.
struct Entry {
    level: &'static str,
    service: &'static str,
    message: String,
}

fn label(raw: &str) -> &'static str {
    Box::leak(raw.trim().to_lowercase().into_boxed_str())
}

fn parse(line: &str) -> Option<Entry> {
    let mut parts = line.splitn(3, ' ');
    let level = parts.next()?;
    let service = parts.next()?;
    let message = parts.next().unwrap_or("").to_string();
    Some(Entry { level: label(level), service: label(service), message })
}

fn summarise(entries: &[Entry]) -> Vec<(&'static str, usize, usize)> {
    let mut per_service: HashMap<&'static str, (usize, usize)> = HashMap::new();
    for e in entries {
        let slot = per_service.entry(e.service).or_default();
        slot.0 += 1;
        if e.level == "error" {
            slot.1 += 1;
        }
    }
    let mut rows: Vec<_> = per_service.into_iter().map(|(s, (n, errs))| (s, n, errs)).collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    rows
}

fn main() {
    let stdin = io::stdin();
    let mut entries = Vec::new();
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(_) => break,
        };
        if let Some(e) = parse(&line) {
            if e.message.is_empty() {
                continue;
            }
            entries.push(e);
        }
    }
    for (service, n, errs) in summarise(&entries) {
        println!("{service:<20} {n:>8} {errs:>6}");
    }
}
