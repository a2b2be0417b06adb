//! The sequence methods of `Lib/random.py`: `choice`, `shuffle`, `sample`, `choices`.
//!
//! The interpreter owns the sequences, so these take lengths and answer with indices, drawing
//! from the generator exactly as CPython's versions do.

use std::collections::HashSet;

use super::Random;
use crate::stdlib::StdlibError;
use crate::ExcKind;

impl Random {
    /// `choice(seq)` for a sequence of length `len`: the index to pick.
    pub fn choice(&mut self, len: usize) -> Result<usize, StdlibError> {
        if len == 0 {
            return Err(StdlibError::new(
                ExcKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_usize(len))
    }

    /// `shuffle(x)` in place: Fisher-Yates from the end, as CPython swaps.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            items.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of length `n`: the chosen indices, in order.
    ///
    /// CPython keeps either a pool of unpicked items or a set of picked indices, whichever is
    /// smaller, and the two draw differently; both are reproduced.
    pub fn sample(&mut self, n: usize, k: i64) -> Result<Vec<usize>, StdlibError> {
        let Some(k) = usize::try_from(k).ok().filter(|&k| k <= n) else {
            return Err(StdlibError::value("Sample larger than population or is negative"));
        };
        let mut result = Vec::with_capacity(k);
        if (n as u128) <= sample_setsize(k) {
            // An n-length list is smaller than a k-length set.
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1]; // move the unpicked last item into the gap
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_usize(n);
                while !selected.insert(j) {
                    j = self.randbelow_usize(n);
                }
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)`: indices into the population (of length
    /// `population_len`), each repeated `counts[i]` times before sampling.
    pub fn sample_counts(
        &mut self,
        population_len: usize,
        counts: &[i64],
        k: i64,
    ) -> Result<Vec<usize>, StdlibError> {
        let mut cum_counts = Vec::with_capacity(counts.len());
        let mut running: i128 = 0;
        for &c in counts {
            running += i128::from(c);
            cum_counts.push(running);
        }
        if cum_counts.len() != population_len {
            return Err(StdlibError::value("The number of counts does not match the population"));
        }
        let Some(total) = cum_counts.pop() else {
            return Err(StdlibError::new(ExcKind::IndexError, "pop from empty list"));
        };
        if total <= 0 {
            return Err(StdlibError::value("Total of counts must be greater than zero"));
        }
        let Ok(total) = usize::try_from(total) else {
            return Err(StdlibError::overflow("Python int too large to convert to C ssize_t"));
        };
        let selections = self.sample(total, k)?;
        Ok(selections
            .into_iter()
            .map(|s| bisect_right(&cum_counts, &(s as i128), 0, cum_counts.len()))
            .collect())
    }

    /// `choices(population, k=k)` and `choices(population, cum_weights=..., k=k)` for a
    /// population of length `n`: the indices picked, in order.
    ///
    /// Without weights an index is `floor(random() * n)`, which CPython then uses to index; if it
    /// is out of range (an empty population) the list stops there, so the interpreter's indexing
    /// raises after exactly as many draws as CPython makes. With weights, pass the running totals
    /// (`itertools.accumulate(weights)`, as floats).
    pub fn choices(
        &mut self,
        n: usize,
        k: i64,
        cum_weights: Option<&[f64]>,
    ) -> Result<Vec<usize>, StdlibError> {
        let count = usize::try_from(k).unwrap_or(0);
        let Some(cum_weights) = cum_weights else {
            let nf = n as f64;
            let mut out = Vec::with_capacity(count.min(n.max(1) * 4));
            for _ in 0..count {
                let index = (self.random() * nf).floor() as usize;
                out.push(index);
                if index >= n {
                    break;
                }
            }
            return Ok(out);
        };
        if cum_weights.len() != n {
            return Err(StdlibError::value("The number of weights does not match the population"));
        }
        let Some(&last) = cum_weights.last() else {
            return Err(StdlibError::new(ExcKind::IndexError, "list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(StdlibError::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(StdlibError::value("Total of weights must be finite"));
        }
        let hi = n - 1;
        Ok((0..count).map(|_| bisect_right(cum_weights, &(self.random() * total), 0, hi)).collect())
    }

    /// [`Random::choices`] given the weights themselves: accumulates them as `choices` does.
    pub fn choices_weighted(
        &mut self,
        n: usize,
        k: i64,
        weights: &[f64],
    ) -> Result<Vec<usize>, StdlibError> {
        let cum: Vec<f64> = weights
            .iter()
            .scan(None, |acc: &mut Option<f64>, &w| {
                let next = acc.map_or(w, |a| a + w);
                *acc = Some(next);
                Some(next)
            })
            .collect();
        self.choices(n, k, Some(&cum))
    }
}

/// `sample`'s threshold: below it a pool list is smaller than a set of `k` picks.
fn sample_setsize(k: usize) -> u128 {
    let mut setsize: u128 = 21; // size of a small set minus size of an empty list
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4)), with math.log's float rounding.
        let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4u128.checked_pow(exponent).unwrap_or(u128::MAX / 2);
    }
    setsize
}

/// `bisect.bisect_right(a, x, lo, hi)`, comparing only with `<` as Python does.
fn bisect_right<T: PartialOrd>(a: &[T], x: &T, mut lo: usize, mut hi: usize) -> usize {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < &a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
