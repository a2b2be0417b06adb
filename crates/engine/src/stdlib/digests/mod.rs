//! The message digests behind `_hashlib` and `_blake2` (C in CPython: OpenSSL, `_md5`,
//! `_sha1`, `_sha3`, `_blake2`): MD5, SHA-1, SHA-3/SHAKE and BLAKE2 written out here, the
//! SHA-2 family from the `sha2` crate `random`'s seeding already uses; HMAC and PBKDF2 over
//! any of them. Pure functions of their input: no interpreter types.

mod blake2;
mod block;
mod keccak;
mod md5;
mod sha1;

pub use blake2::{Blake2b, Blake2s, Params as Blake2Params};
use keccak::Keccak;
use sha2::Digest;

/// A digest `_hashlib.new` knows by name (OpenSSL's set on the machine the harness runs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    /// OpenSSL's TLS 1.0 digest: MD5 and SHA-1 side by side.
    Md5Sha1,
    Blake2b,
    Blake2s,
}

impl Algorithm {
    /// Python's name for it (`HASH.name`).
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "md5",
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha224 => "sha224",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
            Algorithm::Sha512_224 => "sha512_224",
            Algorithm::Sha512_256 => "sha512_256",
            Algorithm::Sha3_224 => "sha3_224",
            Algorithm::Sha3_256 => "sha3_256",
            Algorithm::Sha3_384 => "sha3_384",
            Algorithm::Sha3_512 => "sha3_512",
            Algorithm::Shake128 => "shake_128",
            Algorithm::Shake256 => "shake_256",
            Algorithm::Md5Sha1 => "md5-sha1",
            Algorithm::Blake2b => "blake2b",
            Algorithm::Blake2s => "blake2s",
        }
    }

    /// The digest by its Python name (`sha3_256`, exactly) or any name OpenSSL accepts for
    /// it, in any case (`SHA256`, `sha-256`, `SHA2-256`, `sha3-256`, `shake128`,
    /// `blake2b512`); CPython's `_hashlib` looks names up the same two ways.
    pub fn from_name(name: &str) -> Option<Algorithm> {
        const ALL: [Algorithm; 17] = [
            Algorithm::Md5,
            Algorithm::Sha1,
            Algorithm::Sha224,
            Algorithm::Sha256,
            Algorithm::Sha384,
            Algorithm::Sha512,
            Algorithm::Sha512_224,
            Algorithm::Sha512_256,
            Algorithm::Sha3_224,
            Algorithm::Sha3_256,
            Algorithm::Sha3_384,
            Algorithm::Sha3_512,
            Algorithm::Shake128,
            Algorithm::Shake256,
            Algorithm::Md5Sha1,
            Algorithm::Blake2b,
            Algorithm::Blake2s,
        ];
        if let Some(a) = ALL.iter().find(|a| a.name() == name) {
            return Some(*a);
        }
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "md5" | "ssl3-md5" => Algorithm::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" => Algorithm::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Algorithm::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Algorithm::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Algorithm::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Algorithm::Sha512,
            "sha512-224" | "sha2-512/224" | "sha-512/224" => Algorithm::Sha512_224,
            "sha512-256" | "sha2-512/256" | "sha-512/256" => Algorithm::Sha512_256,
            "sha3-224" => Algorithm::Sha3_224,
            "sha3-256" => Algorithm::Sha3_256,
            "sha3-384" => Algorithm::Sha3_384,
            "sha3-512" => Algorithm::Sha3_512,
            "shake128" | "shake-128" => Algorithm::Shake128,
            "shake256" | "shake-256" => Algorithm::Shake256,
            "md5-sha1" => Algorithm::Md5Sha1,
            "blake2b512" => Algorithm::Blake2b,
            "blake2s256" => Algorithm::Blake2s,
            _ => return None,
        })
    }

    /// Bytes of digest (0 for the SHAKEs, whose length the caller chooses).
    pub fn digest_size(self) -> usize {
        match self {
            Algorithm::Md5 => 16,
            Algorithm::Sha1 => 20,
            Algorithm::Sha224 | Algorithm::Sha512_224 | Algorithm::Sha3_224 => 28,
            Algorithm::Sha256
            | Algorithm::Sha512_256
            | Algorithm::Sha3_256
            | Algorithm::Blake2s => 32,
            Algorithm::Sha384 | Algorithm::Sha3_384 => 48,
            Algorithm::Sha512 | Algorithm::Sha3_512 | Algorithm::Blake2b => 64,
            Algorithm::Shake128 | Algorithm::Shake256 => 0,
            Algorithm::Md5Sha1 => 36,
        }
    }

    /// Bytes per block (HMAC pads its key to this).
    pub fn block_size(self) -> usize {
        match self {
            Algorithm::Md5
            | Algorithm::Sha1
            | Algorithm::Sha224
            | Algorithm::Sha256
            | Algorithm::Md5Sha1
            | Algorithm::Blake2s => 64,
            Algorithm::Sha384
            | Algorithm::Sha512
            | Algorithm::Sha512_224
            | Algorithm::Sha512_256
            | Algorithm::Blake2b => 128,
            Algorithm::Sha3_224 => 144,
            Algorithm::Sha3_256 | Algorithm::Shake256 => 136,
            Algorithm::Sha3_384 => 104,
            Algorithm::Sha3_512 => 72,
            Algorithm::Shake128 => 168,
        }
    }

    /// An extendable-output function (`HASHXOF`: `digest(length)`).
    pub fn is_xof(self) -> bool {
        matches!(self, Algorithm::Shake128 | Algorithm::Shake256)
    }
}

/// A running digest. Cloning it is `HASH.copy()`.
#[derive(Clone)]
pub enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Keccak(Algorithm, Keccak),
    Md5Sha1(md5::Md5, sha1::Sha1),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl Hasher {
    /// A fresh digest; BLAKE2 with its default parameters.
    pub fn new(algorithm: Algorithm) -> Hasher {
        match algorithm {
            Algorithm::Md5 => Hasher::Md5(md5::Md5::default()),
            Algorithm::Sha1 => Hasher::Sha1(sha1::Sha1::default()),
            Algorithm::Sha224 => Hasher::Sha224(sha2::Sha224::new()),
            Algorithm::Sha256 => Hasher::Sha256(sha2::Sha256::new()),
            Algorithm::Sha384 => Hasher::Sha384(sha2::Sha384::new()),
            Algorithm::Sha512 => Hasher::Sha512(sha2::Sha512::new()),
            Algorithm::Sha512_224 => Hasher::Sha512_224(sha2::Sha512_224::new()),
            Algorithm::Sha512_256 => Hasher::Sha512_256(sha2::Sha512_256::new()),
            Algorithm::Sha3_224
            | Algorithm::Sha3_256
            | Algorithm::Sha3_384
            | Algorithm::Sha3_512 => {
                Hasher::Keccak(algorithm, Keccak::sha3(algorithm.digest_size()))
            }
            Algorithm::Shake128 => Hasher::Keccak(algorithm, Keccak::shake(128)),
            Algorithm::Shake256 => Hasher::Keccak(algorithm, Keccak::shake(256)),
            Algorithm::Md5Sha1 => Hasher::Md5Sha1(md5::Md5::default(), sha1::Sha1::default()),
            Algorithm::Blake2b => Hasher::Blake2b(Blake2b::new(&Blake2Params::defaults(64))),
            Algorithm::Blake2s => Hasher::Blake2s(Blake2s::new(&Blake2Params::defaults(32))),
        }
    }

    pub fn algorithm(&self) -> Algorithm {
        match self {
            Hasher::Md5(_) => Algorithm::Md5,
            Hasher::Sha1(_) => Algorithm::Sha1,
            Hasher::Sha224(_) => Algorithm::Sha224,
            Hasher::Sha256(_) => Algorithm::Sha256,
            Hasher::Sha384(_) => Algorithm::Sha384,
            Hasher::Sha512(_) => Algorithm::Sha512,
            Hasher::Sha512_224(_) => Algorithm::Sha512_224,
            Hasher::Sha512_256(_) => Algorithm::Sha512_256,
            Hasher::Keccak(a, _) => *a,
            Hasher::Md5Sha1(..) => Algorithm::Md5Sha1,
            Hasher::Blake2b(_) => Algorithm::Blake2b,
            Hasher::Blake2s(_) => Algorithm::Blake2s,
        }
    }

    /// Bytes of digest: the algorithm's, or a BLAKE2's chosen `digest_size`.
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Blake2b(b) => b.digest_size(),
            Hasher::Blake2s(s) => s.digest_size(),
            other => other.algorithm().digest_size(),
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
            Hasher::Sha512_224(h) => h.update(data),
            Hasher::Sha512_256(h) => h.update(data),
            Hasher::Keccak(_, h) => h.update(data),
            Hasher::Md5Sha1(m, s) => {
                m.update(data);
                s.update(data);
            }
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of what was fed so far (the hasher itself can go on); `length` bytes for
    /// a SHAKE.
    pub fn digest(&self, length: usize) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finish(),
            Hasher::Sha1(h) => h.finish(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha512_224(h) => h.finalize().to_vec(),
            Hasher::Sha512_256(h) => h.finalize().to_vec(),
            Hasher::Keccak(a, h) => {
                let n = if a.is_xof() { length } else { a.digest_size() };
                h.squeeze(n)
            }
            Hasher::Md5Sha1(m, s) => {
                let mut out = m.finish();
                out.extend(s.finish());
                out
            }
            Hasher::Blake2b(h) => h.finish(),
            Hasher::Blake2s(h) => h.finish(),
        }
    }
}

impl Blake2Params {
    /// No key, salt, person or tree: a sequential hash of `digest_size` bytes.
    pub fn defaults(digest_size: usize) -> Self {
        Blake2Params { digest_size, fanout: 1, depth: 1, ..Default::default() }
    }
}

/// HMAC (RFC 2104) keyed once: the inner and outer digests after their padded key blocks,
/// cloned per message (PBKDF2 calls it once per iteration).
#[derive(Clone)]
pub struct Hmac {
    inner: Hasher,
    outer: Hasher,
}

impl Hmac {
    /// `None` for a SHAKE (no fixed digest to key with).
    pub fn new(algorithm: Algorithm, key: &[u8]) -> Option<Hmac> {
        if algorithm.is_xof() {
            return None;
        }
        let block = algorithm.block_size();
        let mut padded = if key.len() > block {
            let mut h = Hasher::new(algorithm);
            h.update(key);
            h.digest(0)
        } else {
            key.to_vec()
        };
        padded.resize(block, 0);
        let mut inner = Hasher::new(algorithm);
        inner.update(&padded.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        let mut outer = Hasher::new(algorithm);
        outer.update(&padded.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Some(Hmac { inner, outer })
    }

    pub fn mac(&self, message: &[u8]) -> Vec<u8> {
        let mut inner = self.inner.clone();
        inner.update(message);
        let mut outer = self.outer.clone();
        outer.update(&inner.digest(0));
        outer.digest(0)
    }
}

/// PBKDF2 (RFC 8018) with HMAC as its pseudorandom function: `length` bytes.
pub fn pbkdf2_hmac(prf: &Hmac, salt: &[u8], iterations: u64, length: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(length);
    let mut block_index: u32 = 1;
    while out.len() < length {
        let mut first = salt.to_vec();
        first.extend_from_slice(&block_index.to_be_bytes());
        let mut u = prf.mac(&first);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = prf.mac(&u);
            for (acc, x) in t.iter_mut().zip(&u) {
                *acc ^= x;
            }
        }
        let take = (length - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block_index = block_index.wrapping_add(1);
    }
    out
}

#[cfg(test)]
mod tests;
