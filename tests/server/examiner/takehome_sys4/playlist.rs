//! Playlists for the desktop player: a playlist owns its tracks, and a track knows the
//! playlist it is on so the "now playing" bar can show and skip within it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

pub struct Track {
    pub title: String,
    pub length: Duration,
    playlist: RefCell<Option<Rc<Playlist>>>,
}

pub struct Playlist {
    pub name: String,
    tracks: RefCell<Vec<Rc<Track>>>,
}

impl Track {
    pub fn new(title: &str, seconds: u64) -> Rc<Track> {
        Rc::new(Track {
            title: title.to_string(),
            length: Duration::from_secs(seconds),
            playlist: RefCell::new(None),
        })
    }

    /// The name of the playlist the track is on, for the "now playing" bar.
    pub fn playlist_name(&self) -> Option<String> {
        self.playlist.borrow().as_ref().map(|p| p.name.clone())
    }

    /// The track after this one on its playlist, if any.
    pub fn next(&self) -> Option<Rc<Track>> {
        let playlist = self.playlist.borrow().clone()?;
        let tracks = playlist.tracks.borrow();
        let here = tracks.iter().position(|t| std::ptr::eq(t.as_ref(), self))?;
        tracks.get(here + 1).cloned()
    }
}

impl Playlist {
    pub fn new(name: &str) -> Rc<Playlist> {
        Rc::new(Playlist { name: name.to_string(), tracks: RefCell::new(Vec::new()) })
    }

    pub fn add(self: &Rc<Self>, track: Rc<Track>) {
        *track.playlist.borrow_mut() = Some(Rc::clone(self));
        self.tracks.borrow_mut().push(track);
    }

    pub fn total_length(&self) -> Duration {
        self.tracks.borrow().iter().map(|t| t.length).sum()
    }

    pub fn len(&self) -> usize {
        self.tracks.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.tracks.borrow().is_empty()
    }
}

fn format_length(d: Duration) -> String {
    let secs = d.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn main() {
    for round in 0..3 {
        let list = Playlist::new(&format!("Mix {}", round + 1));
        list.add(Track::new("Intro", 95));
        list.add(Track::new("Main theme", 241));
        list.add(Track::new("Outro", 130));
        println!("{}: {} tracks, {}", list.name, list.len(), format_length(list.total_length()));
        if let Some(first) = list.tracks.borrow().first() {
            if let Some(next) = first.next() {
                println!("after {} comes {}", first.title, next.title);
            }
        }
    }
}
