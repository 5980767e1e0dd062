//! A small command-line tip calculator for the restaurant's staff: it asks for the bill in
//! cents and the number of people, and prints each person's share with a 12% tip.

use std::io::{self, BufRead, Write};

const TIP_PERCENT: u64 = 12;

#[derive(Debug, PartialEq)]
struct Split {
    total: u64,
    each: u64,
    left_over: u64,
}

fn split(bill_cents: u64, people: u64) -> Split {
    let total = bill_cents + bill_cents * TIP_PERCENT / 100;
    Split {
        total,
        each: total / people,
        left_over: total % people,
    }
}

/// Asks until the user types a whole number within `min..=max`; `None` at end of input.
fn ask_number<R: BufRead>(input: &mut R, prompt: &str, min: u64, max: u64) -> Option<u64> {
    loop {
        print!("{} ({}-{}): ", prompt, min, max);
        io::stdout().flush().ok()?;
        let mut answer = String::new();
        let read = input.read_line(&mut answer).ok()?;
        if read == 0 {
            return None;
        }
        match answer.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => return Some(n),
            Ok(n) => println!("{} is out of range", n),
            Err(_) => println!("please type a whole number"),
        }
    }
}

fn format_cents(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let bill = match ask_number(&mut input, "bill in cents", 1, 10_000_00) {
        Some(b) => b,
        None => return,
    };
    let people = match ask_number(&mut input, "people", 1, 40) {
        Some(p) => p,
        None => return,
    };
    let s = split(bill, people);
    println!("total with tip: {}", format_cents(s.total));
    println!("each pays:      {}", format_cents(s.each));
    if s.left_over > 0 {
        println!("round up by {} cents to cover the rest", s.left_over);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_evenly() {
        assert_eq!(split(10_000, 4), Split { total: 11_200, each: 2_800, left_over: 0 });
    }

    #[test]
    fn keeps_the_remainder() {
        assert_eq!(split(1_000, 3), Split { total: 1_120, each: 373, left_over: 1 });
    }
}
