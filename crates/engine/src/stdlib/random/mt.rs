//! The Mersenne Twister MT19937 exactly as CPython's `_randommodule.c` runs it.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's 624-word state and read position.
#[derive(Clone)]
pub(super) struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// A generator keyed by `key`, as `init_by_array` does; CPython always passes at least one
    /// word (seed 0 is the key `[0]`), and so must callers.
    pub(super) fn from_key(key: &[u32]) -> Self {
        let mut mt = Mt19937 { state: [0; N], index: N };
        mt.init_genrand(19_650_218);
        // An empty key would divide by zero below; CPython never builds one.
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let state = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = state[i - 1] ^ (state[i - 1] >> 30);
            state[i] = (state[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = state[i - 1] ^ (state[i - 1] >> 30);
            state[i] = (state[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x8000_0000; // MSB set: the state is never all zeros.
        mt
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

    /// The next 32 random bits (`genrand_uint32`).
    pub(super) fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        let mt = &mut self.state;
        for kk in 0..N {
            let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The 624 state words and the read position, as `getstate()` shows them.
    pub(super) fn words(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// A generator in the state `words` shows (`setstate`); `None` when `index` is out of range.
    pub(super) fn from_words(state: [u32; N], index: usize) -> Option<Self> {
        (index <= N).then_some(Mt19937 { state, index })
    }
}

/// The number of state words (CPython's `N`).
pub(super) const STATE_WORDS: usize = N;
