//! dupfinder: lists files under the given directories that have the same contents.
//! Each directory is walked on its own thread; the threads send (hash, path) pairs back to
//! main, which groups them.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::env;
use std::fs;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;

/// Hashes a file's bytes (not cryptographic; good enough to group candidates, which are
/// then compared byte for byte).
fn content_hash(path: &Path) -> io::Result<u64> {
    let bytes = fs::read(path)?;
    let mut h = DefaultHasher::new();
    h.write(&bytes);
    Ok(h.finish())
}

/// Sends the hash of every regular file under `dir`.
fn walk(dir: &Path, out: &mpsc::Sender<(u64, PathBuf)>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file() {
            let hash = content_hash(&path)?;
            if out.send((hash, path)).is_err() {
                return Ok(());
            }
        }
    }
    Ok(())
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    match (fs::read(a), fs::read(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn main() {
    let roots: Vec<PathBuf> = env::args().skip(1).map(PathBuf::from).collect();
    if roots.is_empty() {
        eprintln!("usage: dupfinder DIR...");
        std::process::exit(2);
    }

    let (tx, rx) = mpsc::channel();
    for root in roots {
        let tx = tx.clone();
        thread::spawn(move || {
            if let Err(e) = walk(&root, &tx) {
                eprintln!("{}: {}", root.display(), e);
            }
        });
    }

    let mut by_hash: HashMap<u64, Vec<PathBuf>> = HashMap::new();
    for (hash, path) in rx {
        by_hash.entry(hash).or_default().push(path);
    }

    let mut groups = 0;
    for paths in by_hash.values() {
        let first = &paths[0];
        let dups: Vec<&PathBuf> = paths[1..].iter().filter(|p| same_bytes(first, p)).collect();
        if dups.is_empty() {
            continue;
        }
        groups += 1;
        let same: Vec<String> = dups.iter().map(|d| format!("  = {}", d.display())).collect();
        println!("{}\n{}", first.display(), same.join("\n"));
    }
    println!("{} groups of duplicates", groups);
}
