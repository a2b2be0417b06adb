//! The proleptic Gregorian calendar as glibc's `gmtime_r` and `mktime` (with `TZ=UTC`) see it:
//! a C `struct tm` whose `tm_year` must fit a C int.

/// C's `struct tm`: years since 1900, months from 0, weekdays from Sunday, year days from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tm {
    pub year: i32,
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: Option<String>,
}

/// Days from 1970-01-01 to `year-month-day` (month 1..=12), for any year.
pub(super) fn days_from_civil(year: i128, month: i128, day: i128) -> i128 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (month + 9) % 12; // March is 0
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `(year, month 1..=12, day)` that is `days` after 1970-01-01.
fn civil_from_days(days: i128) -> (i128, i128, i128) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i128::from(month <= 2);
    (year, month, day)
}

/// `gmtime_r(t)`: `None` when the year does not fit `tm_year` (glibc's `EOVERFLOW`).
pub(super) fn gmtime(t: i64) -> Option<Tm> {
    let t = i128::from(t);
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Some(Tm {
        year: i32::try_from(year - 1900).ok()?,
        mon: (month - 1) as i32,
        mday: day as i32,
        hour: (secs / 3600) as i32,
        min: (secs / 60 % 60) as i32,
        sec: (secs % 60) as i32,
        wday: (days + 4).rem_euclid(7) as i32, // 1970-01-01 was a Thursday
        yday: (days - days_from_civil(year, 1, 1)) as i32,
        isdst: 0,
        gmtoff: 0,
        zone: Some("GMT".to_string()),
    })
}

/// glibc's `mktime` in UTC: normalizes out-of-range fields; `None` (its -1 with `EOVERFLOW`)
/// when the answer does not fit.
///
/// glibc gets there in steps, and each must land on a representable time: first with the
/// seconds clamped to 0..=59, then (a positive `tm_isdst` asks for daylight time, which UTC
/// never has, so glibc assumes a one-hour shift) an hour earlier, then with the real seconds.
pub(super) fn mktime(tm: &Tm) -> Option<i64> {
    let mon = i128::from(tm.mon);
    let year = i128::from(tm.year) + 1900 + mon.div_euclid(12);
    let days = days_from_civil(year, mon.rem_euclid(12) + 1, 1) + i128::from(tm.mday) - 1;
    let base = days * 86_400 + i128::from(tm.hour) * 3600 + i128::from(tm.min) * 60;
    let clamped = i128::from(tm.sec.clamp(0, 59));
    let converts = |t: i128| i64::try_from(t).ok().filter(|&t| gmtime(t).is_some());
    let mut t = base + clamped;
    converts(t)?;
    if tm.isdst > 0 {
        t -= 3600;
        converts(t)?;
    }
    converts(t + i128::from(tm.sec) - clamped)
}
