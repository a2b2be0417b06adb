//! BLAKE2b and BLAKE2s (RFC 7693) with their whole parameter block (key, salt, person and
//! the tree fields), as CPython's `_blake2` takes them; written out here.

/// What `blake2b(...)`/`blake2s(...)` was given, already checked against the variant's limits.
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// One variant: word type, block size, rounds, rotations, IV and how the parameter block's
/// node offset and salt sit.
macro_rules! blake2 {
    ($name:ident, $word:ty, $block:expr, $rounds:expr, [$r1:expr, $r2:expr, $r3:expr, $r4:expr],
     $iv:expr, $salt_at:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$word; 8],
            /// Bytes compressed so far (BLAKE2's counter `t`).
            t: u128,
            /// The pending block: kept until more input shows it is not the last one.
            buf: [u8; $block],
            filled: usize,
            last_node: bool,
            digest_size: usize,
        }

        impl $name {
            pub const BLOCK: usize = $block;
            const W: usize = std::mem::size_of::<$word>();

            pub fn new(p: &Params) -> Self {
                let mut block = [0u8; 8 * std::mem::size_of::<$word>()];
                block[0] = p.digest_size as u8;
                block[1] = p.key.len() as u8;
                block[2] = p.fanout;
                block[3] = p.depth;
                block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                // The node offset fills the bytes up to the node depth (8 in BLAKE2b, 6 in
                // BLAKE2s); the constructor checked it fits.
                let depth_at = Self::depth_at();
                let offset = p.node_offset.to_le_bytes();
                block[8..depth_at].copy_from_slice(&offset[..depth_at - 8]);
                block[depth_at] = p.node_depth;
                block[depth_at + 1] = p.inner_size;
                let salt_len = Self::W * 2;
                block[$salt_at..$salt_at + p.salt.len()].copy_from_slice(&p.salt);
                let person_at = $salt_at + salt_len;
                block[person_at..person_at + p.person.len()].copy_from_slice(&p.person);
                let mut h: [$word; 8] = $iv;
                for (i, word) in h.iter_mut().enumerate() {
                    let bytes = &block[i * Self::W..(i + 1) * Self::W];
                    *word ^= <$word>::from_le_bytes(bytes.try_into().expect("a word"));
                }
                let mut state = $name {
                    h,
                    t: 0,
                    buf: [0; $block],
                    filled: 0,
                    last_node: p.last_node,
                    digest_size: p.digest_size,
                };
                if !p.key.is_empty() {
                    let mut key_block = [0u8; $block];
                    key_block[..p.key.len()].copy_from_slice(&p.key);
                    state.update(&key_block);
                }
                state
            }

            const fn depth_at() -> usize {
                if std::mem::size_of::<$word>() == 8 {
                    16
                } else {
                    14
                }
            }

            pub fn digest_size(&self) -> usize {
                self.digest_size
            }

            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.filled == $block {
                        self.t += $block as u128;
                        let block = self.buf;
                        self.compress(&block, false);
                        self.filled = 0;
                    }
                    let take = ($block - self.filled).min(data.len());
                    self.buf[self.filled..self.filled + take].copy_from_slice(&data[..take]);
                    self.filled += take;
                    data = &data[take..];
                }
            }

            pub fn finish(mut self) -> Vec<u8> {
                self.t += self.filled as u128;
                self.buf[self.filled..].fill(0);
                let block = self.buf;
                self.compress(&block, true);
                let mut out: Vec<u8> = self.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(self.digest_size);
                out
            }

            fn compress(&mut self, block: &[u8; $block], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, word) in m.iter_mut().enumerate() {
                    let bytes = &block[i * Self::W..(i + 1) * Self::W];
                    *word = <$word>::from_le_bytes(bytes.try_into().expect("a word"));
                }
                let iv: [$word; 8] = $iv;
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                let bits = 8 * Self::W as u32;
                v[12] ^= self.t as $word;
                v[13] ^= (self.t >> bits) as $word;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                for round in 0..$rounds {
                    let s = &SIGMA[round % 10];
                    let mut g = |a: usize, b: usize, c: usize, d: usize, x: $word, y: $word| {
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                        v[d] = (v[d] ^ v[a]).rotate_right($r1);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right($r2);
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                        v[d] = (v[d] ^ v[a]).rotate_right($r3);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right($r4);
                    };
                    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }
        }
    };
}

blake2!(
    Blake2b,
    u64,
    128,
    12,
    [32, 24, 16, 63],
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ],
    32
);

blake2!(
    Blake2s,
    u32,
    64,
    10,
    [16, 12, 8, 7],
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ],
    16
);
