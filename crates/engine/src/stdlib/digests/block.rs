//! The input buffering MD5 and SHA-1 share: whole blocks go to the compression function as
//! they fill, the tail waits; and their Merkle–Damgård padding (0x80, zeros, bit length).

#[derive(Clone)]
pub struct BlockBuffer<const N: usize> {
    block: [u8; N],
    filled: usize,
    /// Bytes fed so far (the padding encodes it in bits, modulo 2^64).
    total: u64,
}

impl<const N: usize> Default for BlockBuffer<N> {
    fn default() -> Self {
        BlockBuffer { block: [0; N], filled: 0, total: 0 }
    }
}

impl<const N: usize> BlockBuffer<N> {
    pub fn feed(&mut self, mut data: &[u8], mut compress: impl FnMut(&[u8; N])) {
        self.total = self.total.wrapping_add(data.len() as u64);
        if self.filled > 0 {
            let take = (N - self.filled).min(data.len());
            self.block[self.filled..self.filled + take].copy_from_slice(&data[..take]);
            self.filled += take;
            data = &data[take..];
            if self.filled < N {
                return;
            }
            compress(&self.block);
            self.filled = 0;
        }
        let mut chunks = data.chunks_exact(N);
        for chunk in &mut chunks {
            let block: &[u8; N] = chunk.try_into().expect("chunks_exact gives N bytes");
            compress(block);
        }
        let rest = chunks.remainder();
        self.block[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    /// The final padding with the length as a 64-bit word, big- or little-endian.
    pub fn pad_md(&mut self, big_endian: bool, mut compress: impl FnMut(&[u8; N])) {
        let bits = self.total.wrapping_mul(8);
        let length = if big_endian { bits.to_be_bytes() } else { bits.to_le_bytes() };
        self.block[self.filled] = 0x80;
        self.block[self.filled + 1..].fill(0);
        if self.filled + 1 > N - 8 {
            compress(&self.block);
            self.block.fill(0);
        }
        self.block[N - 8..].copy_from_slice(&length);
        compress(&self.block);
    }
}
