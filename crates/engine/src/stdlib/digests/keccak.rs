//! Keccak-f[1600] and its sponge (FIPS 202): SHA3-224/256/384/512 and SHAKE128/256
//! (CPython's `_sha3`/OpenSSL's), written out here.

const ROUND_CONSTANTS: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];

/// Rotation offsets and lane order of the rho and pi steps, walked as one cycle.
const RHO: [u32; 24] =
    [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
const PI: [usize; 24] =
    [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

fn keccak_f(a: &mut [u64; 25]) {
    for rc in ROUND_CONSTANTS {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut last = a[1];
        for (&rot, &to) in RHO.iter().zip(PI.iter()) {
            let next = a[to];
            a[to] = last.rotate_left(rot);
            last = next;
        }
        for y in 0..5 {
            let row = [a[5 * y], a[5 * y + 1], a[5 * y + 2], a[5 * y + 3], a[5 * y + 4]];
            for x in 0..5 {
                a[5 * y + x] = row[x] ^ (!row[(x + 1) % 5] & row[(x + 2) % 5]);
            }
        }
        a[0] ^= rc;
    }
}

/// A sponge absorbing at `rate` bytes per permutation; `suffix` is the domain's padding
/// start (0x06 for SHA-3, 0x1f for SHAKE).
#[derive(Clone)]
pub struct Keccak {
    state: [u64; 25],
    rate: usize,
    /// Bytes of the current block absorbed so far.
    pos: usize,
    suffix: u8,
}

impl Keccak {
    /// SHA3 with a digest of `digest_size` bytes.
    pub fn sha3(digest_size: usize) -> Self {
        Keccak { state: [0; 25], rate: 200 - 2 * digest_size, pos: 0, suffix: 0x06 }
    }

    /// SHAKE at security level `bits` (128 or 256).
    pub fn shake(bits: usize) -> Self {
        Keccak { state: [0; 25], rate: 200 - bits / 4, pos: 0, suffix: 0x1f }
    }

    pub fn rate(&self) -> usize {
        self.rate
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= u64::from(b) << (8 * (i % 8));
    }

    pub fn update(&mut self, data: &[u8]) {
        let mut data = data;
        // Whole aligned lanes at a time when the block position allows it.
        while !data.is_empty() {
            if self.pos.is_multiple_of(8) && data.len() >= 8 && self.pos + 8 <= self.rate {
                let lane = u64::from_le_bytes(data[..8].try_into().expect("8 bytes"));
                self.state[self.pos / 8] ^= lane;
                self.pos += 8;
                data = &data[8..];
            } else {
                self.xor_byte(self.pos, data[0]);
                self.pos += 1;
                data = &data[1..];
            }
            if self.pos == self.rate {
                keccak_f(&mut self.state);
                self.pos = 0;
            }
        }
    }

    /// `len` bytes of output (the state is a copy: the object can go on absorbing).
    pub fn squeeze(mut self, len: usize) -> Vec<u8> {
        self.xor_byte(self.pos, self.suffix);
        self.xor_byte(self.rate - 1, 0x80);
        keccak_f(&mut self.state);
        let mut out = Vec::with_capacity(len);
        loop {
            for i in 0..self.rate {
                if out.len() == len {
                    return out;
                }
                out.push((self.state[i / 8] >> (8 * (i % 8))) as u8);
            }
            keccak_f(&mut self.state);
        }
    }
}
