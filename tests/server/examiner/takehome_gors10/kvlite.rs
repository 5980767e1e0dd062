//! kvlite: a tiny key-value server. Clients connect over TCP and send one command per line:
//! `SET key value`, `GET key` or `DEL key`; each gets one line back. One thread per client.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

type Store = Arc<Mutex<HashMap<String, String>>>;

fn apply(store: &Store, line: &str) -> String {
    let mut parts = line.splitn(3, ' ');
    let cmd = parts.next().unwrap_or("");
    let key = parts.next();
    let value = parts.next();
    let mut map = match store.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    };
    match (cmd, key, value) {
        ("SET", Some(k), Some(v)) => {
            map.insert(k.to_string(), v.to_string());
            "OK".to_string()
        }
        ("GET", Some(k), None) => match map.get(k) {
            Some(v) => format!("VALUE {}", v),
            None => "NOT_FOUND".to_string(),
        },
        ("DEL", Some(k), None) => {
            if map.remove(k).is_some() {
                "DELETED".to_string()
            } else {
                "NOT_FOUND".to_string()
            }
        }
        _ => "ERROR unknown command".to_string(),
    }
}

fn serve(stream: TcpStream, store: Store) -> io::Result<()> {
    let mut out = stream.try_clone()?;
    loop {
        let mut line = String::new();
        let mut reader = BufReader::new(&stream);
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let reply = apply(&store, line.trim_end());
        writeln!(out, "{}", reply)?;
    }
}

fn main() -> io::Result<()> {
    let addr = std::env::var("KVLITE_ADDR").unwrap_or_else(|_| "127.0.0.1:7070".to_string());
    let listener = TcpListener::bind(&addr)?;
    let store: Store = Arc::new(Mutex::new(HashMap::new()));
    println!("kvlite listening on {}", addr);
    for conn in listener.incoming() {
        let stream = match conn {
            Ok(s) => s,
            Err(e) => {
                eprintln!("accept: {}", e);
                continue;
            }
        };
        let store = Arc::clone(&store);
        thread::spawn(move || {
            let peer = stream.peer_addr().map(|a| a.to_string()).unwrap_or_default();
            if let Err(e) = serve(stream, store) {
                eprintln!("{}: {}", peer, e);
            }
        });
    }
    Ok(())
}
