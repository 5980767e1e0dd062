//! The watch list of a stock-alert tool: symbols with a price threshold, kept in a plain
//! text file (`SYMBOL<TAB>threshold` per line) that is rewritten after every change.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub struct WatchList {
    path: PathBuf,
    alerts: BTreeMap<String, u64>,
}

#[derive(Debug)]
pub enum WatchError {
    Io(io::Error),
    BadLine(usize, String),
}

impl From<io::Error> for WatchError {
    fn from(e: io::Error) -> Self {
        WatchError::Io(e)
    }
}

impl WatchList {
    /// Loads the list, or starts an empty one when the file does not exist yet.
    pub fn load(path: &Path) -> Result<WatchList, WatchError> {
        let mut alerts = BTreeMap::new();
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e.into()),
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let (symbol, threshold) = line
                .split_once('\t')
                .ok_or_else(|| WatchError::BadLine(i + 1, line.to_string()))?;
            let cents = threshold
                .trim()
                .parse::<u64>()
                .map_err(|_| WatchError::BadLine(i + 1, line.to_string()))?;
            alerts.insert(symbol.to_uppercase(), cents);
        }
        Ok(WatchList { path: path.to_path_buf(), alerts })
    }

    pub fn watch(&mut self, symbol: &str, threshold_cents: u64) -> Result<(), WatchError> {
        self.alerts.insert(symbol.to_uppercase(), threshold_cents);
        self.save()
    }

    pub fn unwatch(&mut self, symbol: &str) -> Result<bool, WatchError> {
        let removed = self.alerts.remove(&symbol.to_uppercase()).is_some();
        if removed {
            self.save()?;
        }
        Ok(removed)
    }

    /// The symbols whose price has fallen to or below their threshold.
    pub fn triggered(&self, prices: &BTreeMap<String, u64>) -> Vec<&str> {
        self.alerts
            .iter()
            .filter(|(s, t)| prices.get(*s).map_or(false, |p| p <= *t))
            .map(|(s, _)| s.as_str())
            .collect()
    }

    fn save(&self) -> Result<(), WatchError> {
        let file = OpenOptions::new().write(true).create(true).open(&self.path)?;
        let mut out = BufWriter::new(file);
        for (symbol, cents) in &self.alerts {
            writeln!(out, "{}\t{}", symbol, cents)?;
        }
        out.flush()?;
        Ok(())
    }
}
