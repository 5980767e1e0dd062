//! Reads a class's marks from a file (`name,mark` per line) and prints the average, the best
//! student and a grade band count for the teacher's report.

use std::collections::BTreeMap;
use std::env;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::process;

struct Mark {
    name: String,
    mark: u32,
}

fn parse_line(line: &str) -> Option<Mark> {
    let (name, mark) = line.split_once(',')?;
    let mark: u32 = mark.trim().parse().ok()?;
    if mark > 100 || name.trim().is_empty() {
        return None;
    }
    Some(Mark { name: name.trim().to_string(), mark })
}

fn band(mark: u32) -> char {
    match mark {
        90..=100 => 'A',
        75..=89 => 'B',
        60..=74 => 'C',
        40..=59 => 'D',
        _ => 'F',
    }
}

fn read_marks(path: &str) -> std::io::Result<(Vec<Mark>, usize)> {
    let reader = BufReader::new(File::open(path)?);
    let mut marks = Vec::new();
    let mut skipped = 0;
    for line in reader.lines().flatten() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_line(&line) {
            Some(m) => marks.push(m),
            None => skipped += 1,
        }
    }
    Ok((marks, skipped))
}

fn main() {
    let path = env::args().nth(1).unwrap_or_else(|| "marks.csv".to_string());
    let (marks, skipped) = match read_marks(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot read {}: {}", path, e);
            process::exit(1);
        }
    };
    if marks.is_empty() {
        eprintln!("no marks in {}", path);
        process::exit(1);
    }
    let total: u64 = marks.iter().map(|m| u64::from(m.mark)).sum();
    let average = total as f64 / marks.len() as f64;
    let best = marks.iter().max_by_key(|m| m.mark).expect("not empty");
    let mut bands: BTreeMap<char, usize> = BTreeMap::new();
    for m in &marks {
        *bands.entry(band(m.mark)).or_default() += 1;
    }
    println!("students: {} ({} lines skipped)", marks.len(), skipped);
    println!("average:  {:.1}", average);
    println!("best:     {} ({})", best.name, best.mark);
    for (b, n) in &bands {
        println!("{}: {}", b, n);
    }
}
