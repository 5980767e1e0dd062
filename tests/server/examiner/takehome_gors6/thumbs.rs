//! The photo service's upload path: each accepted image is stored under its content hash and
//! a 256-pixel thumbnail is made next to it with ImageMagick, so the gallery page never
//! resizes on the fly. Runs inside the long-lived upload server.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

const THUMB_SIZE: &str = "256x256";
const ALLOWED: [&str; 3] = ["jpg", "jpeg", "png"];

pub struct Store {
    root: PathBuf,
    seen: HashSet<String>,
}

#[derive(Debug)]
pub enum UploadError {
    Io(io::Error),
    Unsupported(String),
}

impl From<io::Error> for UploadError {
    fn from(e: io::Error) -> Self {
        UploadError::Io(e)
    }
}

fn extension(name: &str) -> Option<String> {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
}

fn content_hash(bytes: &[u8]) -> String {
    // FNV-1a: only names the file, nothing relies on it being hard to forge
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:016x}", h)
}

impl Store {
    pub fn new(root: PathBuf) -> Store {
        Store { root, seen: HashSet::new() }
    }

    /// Saves an upload and starts its thumbnail; returns the stored name.
    pub fn accept(&mut self, name: &str, bytes: &[u8]) -> Result<String, UploadError> {
        let ext = extension(name).ok_or_else(|| UploadError::Unsupported(name.to_string()))?;
        if !ALLOWED.contains(&ext.as_str()) {
            return Err(UploadError::Unsupported(ext));
        }
        let stored = format!("{}.{}", content_hash(bytes), ext);
        if self.seen.contains(&stored) {
            return Ok(stored);
        }
        let original = self.root.join(&stored);
        fs::write(&original, bytes)?;
        self.thumbnail(&original, &stored)?;
        self.seen.insert(stored.clone());
        Ok(stored)
    }

    fn thumbnail(&self, original: &Path, stored: &str) -> io::Result<()> {
        let thumb = self.root.join("thumbs").join(stored);
        Command::new("convert")
            .arg(original)
            .arg("-thumbnail")
            .arg(THUMB_SIZE)
            .arg(&thumb)
            .spawn()?;
        Ok(())
    }

    /// Removes an upload and its thumbnail.
    pub fn remove(&mut self, stored: &str) -> io::Result<()> {
        fs::remove_file(self.root.join(stored))?;
        match fs::remove_file(self.root.join("thumbs").join(stored)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        self.seen.remove(stored);
        Ok(())
    }
}
