//! The network's random stream: CPython's `random.Random(seed).random()` (MT19937 seeded by
//! `init_by_array` with the seed's 32-bit words), so a test can compute in Python which packet
//! is lost and how much jitter each gets (tests/conformance/NETWORK_MODEL.md, rule 3).
//! The engine has its own copy for the `random` module; the kernel must not depend on it.

const N: usize = 624;
const M: usize = 397;

/// A Mersenne Twister as CPython's `random` module seeds and draws it.
#[derive(Clone)]
pub struct NetRandom {
    state: Box<[u32; N]>,
    index: usize,
}

impl std::fmt::Debug for NetRandom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetRandom").field("index", &self.index).finish_non_exhaustive()
    }
}

impl NetRandom {
    /// `random.Random(seed)` for a non-negative integer seed.
    pub fn new(seed: u64) -> Self {
        let low = seed as u32;
        let high = (seed >> 32) as u32;
        let key: &[u32] = if high == 0 { &[low] } else { &[low, high] };
        let mut rng = NetRandom { state: Box::new([0; N]), index: N };
        rng.init_by_array(key);
        rng
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] =
                1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values printed by CPython 3.11: `[random.Random(s).random() for _ in range(n)]`.
    #[test]
    fn draws_are_cpythons() {
        let mut r = NetRandom::new(1);
        let got: Vec<f64> = (0..4).map(|_| r.random()).collect();
        assert_eq!(
            got,
            [0.13436424411240122, 0.8474337369372327, 0.763774618976614, 0.2550690257394217]
        );
        let mut r = NetRandom::new(0);
        assert_eq!(r.random(), 0.8444218515250481);
        let mut r = NetRandom::new((1 << 40) + 5);
        assert_eq!(r.random(), 0.5043802970418443);
        assert_eq!(r.random(), 0.2686044399723282);
    }
}
