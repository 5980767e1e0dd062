//! The telemetry collector's wire protocol: each message is a 4-byte big-endian length
//! followed by that many bytes of UTF-8 JSON. Sensors connect over TCP and stream frames.

use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;

/// Frames larger than this are refused: no sensor sends more than a few kilobytes.
pub const MAX_FRAME: usize = 64 * 1024;

#[derive(Debug)]
pub enum FrameError {
    Io(io::Error),
    TooLarge(usize),
    NotUtf8,
}

impl From<io::Error> for FrameError {
    fn from(e: io::Error) -> Self {
        FrameError::Io(e)
    }
}

/// Reads one frame and returns its text.
pub fn read_frame(stream: &mut TcpStream) -> Result<String, FrameError> {
    let mut header = [0u8; 4];
    stream.read_exact(&mut header)?;
    let len = u32::from_be_bytes(header) as usize;
    if len > MAX_FRAME {
        return Err(FrameError::TooLarge(len));
    }
    let mut body = vec![0u8; len];
    stream.read(&mut body)?;
    String::from_utf8(body).map_err(|_| FrameError::NotUtf8)
}

/// Writes one frame.
pub fn write_frame(stream: &mut TcpStream, text: &str) -> Result<(), FrameError> {
    let bytes = text.as_bytes();
    if bytes.len() > MAX_FRAME {
        return Err(FrameError::TooLarge(bytes.len()));
    }
    stream.write_all(&(bytes.len() as u32).to_be_bytes())?;
    stream.write_all(bytes)?;
    Ok(())
}

/// Serves one sensor until it hangs up, acknowledging every frame.
fn serve(mut stream: TcpStream, sink: fn(&str)) {
    loop {
        match read_frame(&mut stream) {
            Ok(text) => {
                sink(&text);
                if write_frame(&mut stream, "{\"ack\":true}").is_err() {
                    return;
                }
            }
            Err(FrameError::Io(e)) if e.kind() == io::ErrorKind::UnexpectedEof => return,
            Err(e) => {
                eprintln!("collector: dropping connection: {:?}", e);
                return;
            }
        }
    }
}

/// Accepts sensors on `addr`, one thread each.
pub fn run(addr: &str, sink: fn(&str)) -> io::Result<()> {
    let listener = TcpListener::bind(addr)?;
    for conn in listener.incoming() {
        match conn {
            Ok(stream) => {
                thread::spawn(move || serve(stream, sink));
            }
            Err(e) => eprintln!("collector: accept failed: {}", e),
        }
    }
    Ok(())
}
