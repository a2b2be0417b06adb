//! Hash maps for the kernel's tables that are only ever looked up by key, never walked (sockets
//! by id, connections by address pair): with 20,000 connections a `BTreeMap` search compares
//! keys down four or five levels of scattered nodes on every packet. The hasher is FxHash's
//! multiply-rotate (written here: the kernel has no dependencies); it is deterministic, so a
//! run is still the same run, and no table it serves is ever iterated, so no order leaks out.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map looked up by the kernel's own ids and addresses.
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// FxHash: each word is mixed in by a rotate, a xor and a multiply.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl IdHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for IdHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_different_ones_apart() {
        let mut map: IdMap<(u32, u16), u64> = IdMap::default();
        for host in 0..50u32 {
            for port in 0..200u16 {
                map.insert((host, port), u64::from(host) * 1000 + u64::from(port));
            }
        }
        assert_eq!(map.len(), 50 * 200);
        assert_eq!(map.get(&(7, 123)), Some(&7123));
        assert_eq!(map.get(&(50, 0)), None);
    }
}
