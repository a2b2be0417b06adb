//! Where a trace's records live: chunks of about `CHUNK_BYTES`. The chunk being written is
//! plain bytes; a full chunk is sealed, LZ4-compressed, which about halves a trace (a loop
//! cycle's records repeat the same few tags). A reader decompresses one chunk at a time
//! (about 30 µs for 64 KB), so random access stays cheap. Records never straddle chunks.

/// Bytes per chunk of records (the unit of allocation and of compression).
pub const CHUNK_BYTES: usize = 64 * 1024;

/// Room kept at a chunk's end for one more record (the longest is well under this).
const RECORD_MAX: usize = 64;

#[derive(Debug, Clone)]
struct Sealed {
    lz4: Box<[u8]>,
    len: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Chunks {
    sealed: Vec<Sealed>,
    open: Vec<u8>,
    /// Where `seal` compresses to, kept while recording: a fresh worst-case buffer per chunk
    /// and its shrinking cost an allocator a large allocation, copy and free each time.
    scratch: Vec<u8>,
}

impl Chunks {
    /// The chunk to write the next record into, sealing the current one if it is full.
    // Inline, with the rare work out of line: it runs once per record.
    #[inline]
    pub fn for_new_record(&mut self) -> &mut Vec<u8> {
        if self.open.len() + RECORD_MAX > self.open.capacity().min(CHUNK_BYTES) {
            self.make_room();
        }
        &mut self.open
    }

    /// The first chunk's buffer, or a new chunk after sealing a full one. (A chunk with
    /// less room than `CHUNK_BYTES`, shrunk, or cloned, just grows.)
    #[cold]
    #[inline(never)]
    fn make_room(&mut self) {
        if self.open.capacity() == 0 {
            self.open.reserve_exact(CHUNK_BYTES);
        } else if self.open.len() + RECORD_MAX > CHUNK_BYTES {
            self.seal();
        }
    }

    /// The chunk being written (where the last record is).
    pub fn open_mut(&mut self) -> &mut Vec<u8> {
        &mut self.open
    }

    fn seal(&mut self) {
        self.scratch.resize(lz4_flex::block::get_maximum_output_size(self.open.len()), 0);
        let lz4 = match lz4_flex::block::compress_into(&self.open, &mut self.scratch) {
            Ok(n) => self.scratch[..n].into(),
            // Not with a worst-case buffer; compress to a buffer of its own all the same.
            Err(_) => lz4_flex::block::compress(&self.open).into_boxed_slice(),
        };
        self.sealed.push(Sealed { lz4, len: self.open.len() });
        self.open.clear();
    }

    /// Frees the spare room of the chunk being written (the run is over).
    pub fn shrink(&mut self) {
        self.open.shrink_to_fit();
        self.scratch = Vec::new();
    }

    pub fn count(&self) -> usize {
        self.sealed.len() + usize::from(!self.open.is_empty())
    }

    /// Puts chunk `i`'s records in `buf`; false if there is no such chunk (or it is corrupt).
    pub fn load(&self, i: usize, buf: &mut Vec<u8>) -> bool {
        buf.clear();
        match self.sealed.get(i) {
            Some(s) => {
                buf.resize(s.len, 0);
                lz4_flex::block::decompress_into(&s.lz4, buf).is_ok_and(|n| n == s.len)
            }
            None if i == self.sealed.len() && !self.open.is_empty() => {
                buf.extend_from_slice(&self.open);
                true
            }
            None => false,
        }
    }

    /// Bytes held (compressed where sealed).
    pub fn stored_len(&self) -> usize {
        self.sealed.iter().map(|s| s.lz4.len()).sum::<usize>() + self.open.len()
    }

    /// Bytes of records, uncompressed.
    pub fn record_len(&self) -> usize {
        self.sealed.iter().map(|s| s.len).sum::<usize>() + self.open.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_back_from_sealed_and_open_chunks() {
        let mut chunks = Chunks::default();
        let mut written = Vec::new();
        for i in 0..50_000u32 {
            let record = [(i % 7) as u8, (i % 251) as u8, 3];
            chunks.for_new_record().extend_from_slice(&record);
            written.extend_from_slice(&record);
        }
        assert!(chunks.count() > 1, "long enough to seal chunks");
        let mut read = Vec::new();
        let mut buf = Vec::new();
        for i in 0..chunks.count() {
            assert!(chunks.load(i, &mut buf));
            read.extend_from_slice(&buf);
        }
        assert_eq!(read, written);
        assert!(chunks.stored_len() < chunks.record_len() / 2, "repetitive records compress");
        assert!(!chunks.load(chunks.count(), &mut buf));
    }
}
