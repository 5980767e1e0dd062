//! A thermostat: a sampler thread reads the sensor every second and publishes the latest
//! reading; the control loop switches the heater on below the target and off above it.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// What the sampler shares with the control loop.
pub struct Shared {
    /// The latest reading in hundredths of a degree.
    centi_degrees: AtomicI64,
    /// Set once the first reading has been stored.
    has_reading: AtomicBool,
}

impl Shared {
    pub fn new() -> Self {
        Shared { centi_degrees: AtomicI64::new(0), has_reading: AtomicBool::new(false) }
    }

    /// Stores a reading for the control loop.
    pub fn publish(&self, celsius: f64) {
        self.centi_degrees.store((celsius * 100.0).round() as i64, Ordering::Relaxed);
        self.has_reading.store(true, Ordering::Relaxed);
    }

    /// The latest reading, once there is one.
    pub fn latest(&self) -> Option<f64> {
        if self.has_reading.load(Ordering::Relaxed) {
            Some(self.centi_degrees.load(Ordering::Relaxed) as f64 / 100.0)
        } else {
            None
        }
    }
}

impl Default for Shared {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether the heater should run, with half a degree of hysteresis around the target.
pub fn heater_on(current: f64, target: f64, was_on: bool) -> bool {
    if was_on {
        current < target + 0.5
    } else {
        current < target - 0.5
    }
}

fn read_sensor(tick: u32) -> f64 {
    // a stand-in for the I2C sensor: a slow drift around 19 degrees
    19.0 + f64::from(tick % 20) / 10.0
}

fn main() {
    let shared = Arc::new(Shared::new());
    let sampler = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            for tick in 0..30 {
                shared.publish(read_sensor(tick));
                thread::sleep(Duration::from_millis(100));
            }
        })
    };

    let target = 20.0;
    let mut on = false;
    for _ in 0..30 {
        if let Some(current) = shared.latest() {
            let next = heater_on(current, target, on);
            if next != on {
                println!("{current:.2} C: heater {}", if next { "on" } else { "off" });
            }
            on = next;
        }
        thread::sleep(Duration::from_millis(100));
    }
    sampler.join().expect("sampler thread panicked");
}
