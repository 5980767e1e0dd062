//! leaderboard: read "name,seconds" lines from a file and print the fastest runs.
use std::collections::HashMap;
use std::env;
use std::fs;
use std::process;

#[derive(Debug, Clone)]
struct Run {
    name: String,
    seconds: f64,
}

#[derive(Debug)]
enum LoadError {
    Io(std::io::Error),
    Line(usize, String),
}

fn parse_line(n: usize, line: &str) -> Result<Run, LoadError> {
    let (name, secs) = line
        .split_once(',')
        .ok_or_else(|| LoadError::Line(n, "missing comma".into()))?;
    let seconds: f64 = secs
        .trim()
        .parse()
        .map_err(|_| LoadError::Line(n, format!("bad time {secs:?}")))?;
    Ok(Run { name: name.trim().to_string(), seconds })
}

fn load(path: &str) -> Result<Vec<Run>, LoadError> {
    let text = fs::read_to_string(path).map_err(LoadError::Io)?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| parse_line(i + 1, l))
        .collect()
}

fn best_per_name(runs: &[Run]) -> Vec<Run> {
    let mut best: HashMap<&str, &Run> = HashMap::new();
    for r in runs {
        let e = best.entry(r.name.as_str()).or_insert(r);
        if r.seconds < e.seconds {
            *e = r;
        }
    }
    best.into_values().cloned().collect()
}

fn top(runs: &[Run], n: usize) -> Vec<Run> {
    let mut sorted = best_per_name(runs);
    sorted.sort_by(|a, b| a.seconds.partial_cmp(&b.seconds).unwrap());
    sorted.truncate(n);
    sorted
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() < 2 {
        eprintln!("usage: leaderboard RUNS.csv [N]");
        process::exit(2);
    }
    let n = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let runs = match load(&args[1]) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("leaderboard: {e:?}");
            process::exit(1);
        }
    };
    for (i, r) in top(&runs, n).iter().enumerate() {
        println!("{:>2}. {:<20} {:>8.2}s", i + 1, r.name, r.seconds);
    }
}
