//! Warehouse bin lookup for the picking app: each bin holds some SKUs, and a picker asks
//! where to find one. Bins are loaded from the nightly stock export.

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone)]
pub struct Bin {
    pub aisle: u16,
    pub shelf: u8,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Clone)]
pub struct Slot {
    pub sku: String,
    pub qty: u32,
}

#[derive(Debug, PartialEq)]
pub enum PickError {
    NotStocked(String),
    Short { sku: String, wanted: u32, have: u32 },
}

impl fmt::Display for PickError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PickError::NotStocked(sku) => write!(f, "{} is not in any bin", sku),
            PickError::Short { sku, wanted, have } => {
                write!(f, "{}: {} wanted, {} in the bin", sku, wanted, have)
            }
        }
    }
}

pub struct Warehouse {
    bins: Vec<Bin>,
}

impl Warehouse {
    pub fn new(bins: Vec<Bin>) -> Self {
        Warehouse { bins }
    }

    /// The bin and slot that hold `sku`.
    fn locate(&self, sku: &str) -> Result<(usize, usize), PickError> {
        for (b, bin) in self.bins.iter().enumerate() {
            if let Some(s) = bin.slots.iter().position(|slot| slot.sku == sku) {
                return Ok((b, s));
            } else {
                return Err(PickError::NotStocked(sku.to_string()));
            }
        }
        Err(PickError::NotStocked(sku.to_string()))
    }

    /// Takes `qty` of `sku` out of its bin and says where the picker should go.
    pub fn pick(&mut self, sku: &str, qty: u32) -> Result<(u16, u8), PickError> {
        let (b, s) = self.locate(sku)?;
        let bin = &mut self.bins[b];
        let slot = &mut bin.slots[s];
        if slot.qty < qty {
            return Err(PickError::Short { sku: sku.to_string(), wanted: qty, have: slot.qty });
        }
        slot.qty -= qty;
        Ok((bin.aisle, bin.shelf))
    }

    /// Stock per SKU across every bin, for the evening count.
    pub fn totals(&self) -> HashMap<String, u32> {
        let mut out = HashMap::new();
        for slot in self.bins.iter().flat_map(|bin| bin.slots.iter()) {
            *out.entry(slot.sku.clone()).or_insert(0) += slot.qty;
        }
        out
    }
}
