//! `list.sort()` and `sorted()`: CPython 3.11's timsort (`Objects/listobject.c`), ported
//! step by step.
//!
//! Sorting only asks `x < y`, but *which* pairs it asks about, and in what order, is visible:
//! a `__lt__` that prints shows every call, and a list mixing types fails with the message
//! of the first incomparable pair (`'<' not supported between instances of 'str' and 'int'`
//! names the operands in the order compared). So this is the real algorithm: natural runs
//! extended by binary insertion to `minrun`, merged by the powersort policy with galloping,
//! and on an error the array is left in the same permutation CPython leaves it in.
//!
//! The array holds indices; `lt(i, j)` compares the keys of items `i` and `j`.

/// Galloping starts after this many consecutive wins (`MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// A pending run: `len` items from `base`, and its node level for the powersort policy.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'f, E> {
    lt: &'f mut dyn FnMut(usize, usize) -> Result<bool, E>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// Sorts `a` in place, stably, comparing only with `lt`. On an error, `a` is some
/// permutation of its input (as CPython's list is) and the error is returned.
pub fn timsort<E>(
    a: &mut [usize],
    lt: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { lt, min_gallop: MIN_GALLOP, pending: Vec::new(), listlen: n };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(a, lo, lo + remaining)?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(a, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(a, run)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(a)
}

/// `merge_compute_minrun`: `n` itself below 64, else a length in 32..=64.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the depth of the boundary between two adjacent runs in the merge tree.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<E> MergeState<'_, E> {
    fn lt(&mut self, x: usize, y: usize) -> Result<bool, E> {
        (self.lt)(x, y)
    }

    /// Binary insertion of `a[start..hi]` into the sorted `a[lo..start]`.
    fn binarysort(&mut self, a: &mut [usize], lo: usize, hi: usize, start: usize) -> Result<(), E> {
        let mut start = if start == lo { start + 1 } else { start };
        while start < hi {
            let pivot = a[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a.copy_within(l..start, l + 1);
            a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The length of the run at `lo` (non-descending, or strictly descending).
    fn count_run(&mut self, a: &[usize], lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        if self.lt(a[i], a[i - 1])? {
            i += 1;
            while i < hi && self.lt(a[i], a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi && !self.lt(a[i], a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `gallop_left`: where `key` belongs in the sorted `s`, left of any equal items.
    fn gallop_left(&mut self, key: usize, s: &[usize], hint: usize) -> Result<usize, E> {
        let n = s.len();
        let (mut lastofs, mut ofs): (isize, isize);
        if self.lt(s[hint], key)? {
            let maxofs = (n - hint) as isize;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(s[hint + ofs as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint as isize;
        } else {
            let maxofs = hint as isize + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(s[hint - ofs as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint as isize - ofs;
            ofs = hint as isize - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(s[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right`: where `key` belongs in the sorted `s`, right of any equal items.
    fn gallop_right(&mut self, key: usize, s: &[usize], hint: usize) -> Result<usize, E> {
        let n = s.len();
        let (mut lastofs, mut ofs): (isize, isize);
        if self.lt(key, s[hint])? {
            let maxofs = hint as isize + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, s[hint - ofs as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint as isize - ofs;
            ofs = hint as isize - k;
        } else {
            let maxofs = (n - hint) as isize;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, s[hint + ofs as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint as isize;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, s[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// `merge_lo`: merges the runs `a[pa..pa+na]` and `a[pb..pb+nb]` (with `na <= nb`),
    /// copying the first into a temporary array.
    fn merge_lo(
        &mut self,
        a: &mut [usize],
        pa: usize,
        na: usize,
        pb: usize,
        nb: usize,
    ) -> Result<(), E> {
        let tmp: Vec<usize> = a[pa..pa + na].to_vec();
        let (mut ta, mut na, mut pb, mut nb, mut dest) = (0, na, pb, nb, pa);
        let result = (|| -> Result<bool, E> {
            a[dest] = a[pb];
            dest += 1;
            pb += 1;
            nb -= 1;
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if self.lt(a[pb], tmp[ta])? {
                        a[dest] = a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[ta];
                        dest += 1;
                        ta += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(a[pb], &tmp[ta..ta + na], 0)?;
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[ta..ta + k]);
                        dest += k;
                        ta += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = self.gallop_left(tmp[ta], &a[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = tmp[ta];
                    dest += 1;
                    ta += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            // CopyB: the last item of the first run goes after the rest of the second.
            Ok(true) => {
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[ta];
                Ok(())
            }
            other => {
                a[dest..dest + na].copy_from_slice(&tmp[ta..ta + na]);
                other.map(|_| ())
            }
        }
    }

    /// `merge_hi`: as `merge_lo` for `na >= nb`, merging from the right end with the second
    /// run in a temporary array.
    fn merge_hi(
        &mut self,
        a: &mut [usize],
        pa: usize,
        na: usize,
        pb: usize,
        nb: usize,
    ) -> Result<(), E> {
        let tmp: Vec<usize> = a[pb..pb + nb].to_vec();
        let basea = pa as isize;
        let (mut na, mut nb) = (na as isize, nb as isize);
        let mut dest = (pb + nb as usize - 1) as isize;
        let mut sb = nb - 1;
        let mut sa = pa as isize + na - 1;
        let at = |i: isize| i as usize;
        let result = (|| -> Result<bool, E> {
            a[at(dest)] = a[at(sa)];
            dest -= 1;
            sa -= 1;
            na -= 1;
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(tmp[at(sb)], a[at(sa)])? {
                        a[at(dest)] = a[at(sa)];
                        dest -= 1;
                        sa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[at(dest)] = tmp[at(sb)];
                        dest -= 1;
                        sb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let run_a = &a[at(basea)..at(basea + na)];
                    let k = self.gallop_right(tmp[at(sb)], run_a, at(na - 1))?;
                    let k = na - k as isize;
                    acount = k as usize;
                    if k > 0 {
                        dest -= k;
                        sa -= k;
                        a.copy_within(at(sa + 1)..at(sa + 1 + k), at(dest + 1));
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[at(dest)] = tmp[at(sb)];
                    dest -= 1;
                    sb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let k = self.gallop_left(a[at(sa)], &tmp[..at(nb)], at(nb - 1))?;
                    let k = nb - k as isize;
                    bcount = k as usize;
                    if k > 0 {
                        dest -= k;
                        sb -= k;
                        a[at(dest + 1)..at(dest + 1 + k)]
                            .copy_from_slice(&tmp[at(sb + 1)..at(sb + 1 + k)]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[at(dest)] = a[at(sa)];
                    dest -= 1;
                    sa -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            // CopyA: the first item of the second run goes before the rest of the first.
            Ok(true) => {
                a.copy_within(at(sa + 1 - na)..at(sa + 1), at(dest + 1 - na));
                dest -= na;
                a[at(dest)] = tmp[at(sb)];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let from = at(dest - (nb - 1));
                    a[from..from + at(nb)].copy_from_slice(&tmp[..at(nb)]);
                }
                other.map(|_| ())
            }
        }
    }

    /// `merge_at`: merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [usize], i: usize) -> Result<(), E> {
        let (Run { base: pa, len: na, .. }, Run { base: pb, len: nb, .. }) =
            (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let k = self.gallop_right(a[pb], &a[pa..pa + na], 0)?;
        let (pa, na) = (pa + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(a[pa + na - 1], &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, pa, na, pb, nb)
        } else {
            self.merge_hi(a, pa, na, pb, nb)
        }
    }

    /// `found_new_run`: merges pending runs deeper in the merge tree than the new boundary.
    fn found_new_run(&mut self, a: &mut [usize], n2: usize) -> Result<(), E> {
        let Some(last) = self.pending.last().copied() else { return Ok(()) };
        let power = powerloop(last.base, last.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// `merge_force_collapse`: merges everything left at the end.
    fn force_collapse(&mut self, a: &mut [usize]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator for test data.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably_like_a_stable_sort() {
        let mut seed = 42;
        for len in [0, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            for spread in [3, 50, 100_000] {
                let keys: Vec<u64> = (0..len).map(|_| lcg(&mut seed) % spread).collect();
                let mut order: Vec<usize> = (0..len).collect();
                let mut lt = |x: usize, y: usize| -> Result<bool, ()> { Ok(keys[x] < keys[y]) };
                timsort(&mut order, &mut lt).unwrap();
                let mut expected: Vec<usize> = (0..len).collect();
                expected.sort_by_key(|&i| keys[i]);
                assert_eq!(order, expected, "len {len} spread {spread}");
            }
        }
    }

    #[test]
    fn presorted_and_reversed_runs() {
        let keys: Vec<i32> = (0..300).map(|i| if i < 150 { i } else { 1000 - i }).collect();
        let mut order: Vec<usize> = (0..300).collect();
        let mut lt = |x: usize, y: usize| -> Result<bool, ()> { Ok(keys[x] < keys[y]) };
        timsort(&mut order, &mut lt).unwrap();
        assert!(order.windows(2).all(|w| keys[w[0]] <= keys[w[1]]));
    }

    #[test]
    fn an_error_leaves_a_permutation() {
        let mut seed = 7;
        for fail_at in [5, 150, 900, 1500] {
            let mut order: Vec<usize> = (0..300).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, lcg(&mut seed) as usize % (i + 1));
            }
            let mut calls = 0;
            let mut lt = |x: usize, y: usize| -> Result<bool, &str> {
                calls += 1;
                if calls == fail_at {
                    return Err("boom");
                }
                Ok(x < y)
            };
            assert_eq!(timsort(&mut order, &mut lt), Err("boom"));
            let mut seen = order.clone();
            seen.sort();
            assert_eq!(seen, (0..300).collect::<Vec<_>>());
        }
    }
}
