//! `time.gmtime`/`localtime`/`strftime`/`asctime`/`ctime`/`mktime` for virtual time.
//!
//! The simulated machine's clock starts at 0.0 = 1970-01-01 00:00:00 UTC and its local zone is
//! UTC, so every answer is what CPython 3.11 prints on Linux with `TZ=UTC`: glibc's calendar
//! limits (a year must fit a C int), glibc's C-locale `strftime`, and CPython's own argument
//! checks and messages around them.

mod calendar;
mod strftime;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_data;

use calendar::Tm;

use super::StdlibError;

/// Errors are the `ValueError`/`OverflowError`/`OSError` CPython raises.
pub type TimeError = StdlibError;

/// A `time.struct_time`, in Python's conventions: months and year days from 1, weekdays from
/// Monday = 0. Fields are `i64` so that a tuple from a program can be checked here as CPython
/// checks it (each must fit a C int).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructTime {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    /// `tm_zone`: `"GMT"` from `gmtime`, `"UTC"` from `localtime`, `None` for a plain tuple.
    pub zone: Option<String>,
    /// `tm_gmtoff`: 0 from `gmtime`/`localtime`, `None` for a plain tuple.
    pub gmtoff: Option<i64>,
}

impl StructTime {
    /// A plain 9-tuple `(year, mon, mday, hour, min, sec, wday, yday, isdst)`, or a
    /// `struct_time` built from one: no zone of its own.
    pub fn from_tuple(fields: [i64; 9]) -> StructTime {
        let [year, mon, mday, hour, min, sec, wday, yday, isdst] = fields;
        StructTime { year, mon, mday, hour, min, sec, wday, yday, isdst, zone: None, gmtoff: None }
    }

    /// The nine fields in tuple order.
    pub fn fields(&self) -> [i64; 9] {
        [
            self.year, self.mon, self.mday, self.hour, self.min, self.sec, self.wday, self.yday,
            self.isdst,
        ]
    }

    /// `time.gmtime(t)` for a float `t` (floored to whole seconds, as CPython does).
    pub fn from_timestamp(t: f64) -> Result<StructTime, TimeError> {
        Self::from_seconds(timestamp_to_seconds(t)?)
    }

    /// `time.gmtime(t)` for an int `t`. (An int beyond `i64` is
    /// [`timestamp_out_of_range`]`()` in CPython.)
    pub fn from_seconds(t: i64) -> Result<StructTime, TimeError> {
        Ok(from_tm(&gmtime(t)?))
    }

    /// `time.localtime(t)`: the same instant, but named like the local zone (`tm_zone='UTC'`).
    pub fn localtime(t: f64) -> Result<StructTime, TimeError> {
        Self::localtime_seconds(timestamp_to_seconds(t)?)
    }

    /// `time.localtime(t)` for an int `t`.
    pub fn localtime_seconds(t: i64) -> Result<StructTime, TimeError> {
        let mut tm = gmtime(t)?;
        tm.zone = Some("UTC".to_string());
        Ok(from_tm(&tm))
    }

    /// `repr(struct_time)`.
    pub fn repr(&self) -> String {
        format!(
            "time.struct_time(tm_year={}, tm_mon={}, tm_mday={}, tm_hour={}, tm_min={}, \
             tm_sec={}, tm_wday={}, tm_yday={}, tm_isdst={})",
            self.year,
            self.mon,
            self.mday,
            self.hour,
            self.min,
            self.sec,
            self.wday,
            self.yday,
            self.isdst
        )
    }
}

/// The `OverflowError` for a timestamp that does not fit a C `time_t`.
pub fn timestamp_out_of_range() -> TimeError {
    StdlibError::overflow("timestamp out of range for platform time_t")
}

/// A float timestamp as CPython turns it into a `time_t`: floored; NaN and out-of-range values
/// are errors.
pub fn timestamp_to_seconds(t: f64) -> Result<i64, TimeError> {
    if t.is_nan() {
        return Err(StdlibError::value("Invalid value NaN (not a number)"));
    }
    let t = t.floor();
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2**63
    if !(-LIMIT..LIMIT).contains(&t) {
        return Err(timestamp_out_of_range());
    }
    Ok(t as i64)
}

fn gmtime(t: i64) -> Result<Tm, TimeError> {
    calendar::gmtime(t).ok_or_else(|| StdlibError::os(75, "Value too large for defined data type"))
}

fn from_tm(tm: &Tm) -> StructTime {
    StructTime {
        year: i64::from(tm.year) + 1900,
        mon: i64::from(tm.mon) + 1,
        mday: tm.mday.into(),
        hour: tm.hour.into(),
        min: tm.min.into(),
        sec: tm.sec.into(),
        wday: i64::from((tm.wday + 6) % 7),
        yday: i64::from(tm.yday) + 1,
        isdst: tm.isdst.into(),
        zone: tm.zone.clone(),
        gmtoff: Some(tm.gmtoff),
    }
}

/// CPython's `gettmarg`: each field must fit a C int; then shift to C's conventions.
fn to_tm(st: &StructTime) -> Result<Tm, TimeError> {
    let mut c = [0i32; 9];
    for (slot, value) in c.iter_mut().zip(st.fields()) {
        *slot = i32::try_from(value).map_err(|_| {
            StdlibError::overflow(if value > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            })
        })?;
    }
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = c;
    if year < i32::MIN + 1900 {
        return Err(StdlibError::overflow("year out of range"));
    }
    Ok(Tm {
        year: year - 1900,
        mon: mon.wrapping_sub(1),
        mday,
        hour,
        min,
        sec,
        wday: wday.wrapping_add(1) % 7, // C's %, so -2 stays negative
        yday: yday.wrapping_sub(1),
        isdst,
        gmtoff: st.gmtoff.unwrap_or(0),
        zone: st.zone.clone(),
    })
}

/// CPython's `checktm`, run before `strftime` and `asctime`: 0 stands for the first month, day
/// of month and day of year; anything else out of range is a `ValueError`.
fn check_tm(tm: &mut Tm) -> Result<(), TimeError> {
    let err = |what: &str| Err(StdlibError::value(format!("{what} out of range")));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return err("month");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return err("day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return err("hour");
    }
    if !(0..=59).contains(&tm.min) {
        return err("minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return err("seconds");
    }
    if tm.wday < 0 {
        return err("day of week");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return err("day of year");
    }
    Ok(())
}

/// `time.strftime(format, t)`: glibc's C-locale output, or `''` where CPython's buffer loop
/// gives up (an output of 1024 or more characters when `256 * len(format)` is no more than that).
pub fn strftime(format: &str, t: &StructTime) -> Result<String, TimeError> {
    let mut tm = to_tm(t)?;
    check_tm(&mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if format.contains('\0') {
        return Err(StdlibError::value("embedded null character"));
    }
    let chars: Vec<char> = format.chars().collect();
    // CPython retries with buffers of 1024, 2048, ... characters until one is at least 256
    // times the format's length; the last one tried bounds the output.
    let mut maxsize = 1024usize;
    while maxsize < chars.len().saturating_mul(256) {
        maxsize = maxsize.saturating_mul(2);
    }
    Ok(strftime::format(&chars, &tm, maxsize).unwrap_or_default())
}

/// `time.asctime(t)`: `'Thu Jan  1 00:00:00 1970'`, formatted by CPython itself.
pub fn asctime(t: &StructTime) -> Result<String, TimeError> {
    let mut tm = to_tm(t)?;
    check_tm(&mut tm)?;
    Ok(asctime_tm(&tm))
}

fn asctime_tm(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS.get(tm.wday as usize).unwrap_or(&"???"),
        MONTHS.get(tm.mon as usize).unwrap_or(&"???"),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        // A C int sum: the largest years wrap around, as in CPython.
        tm.year.wrapping_add(1900)
    )
}

/// `time.ctime(t)`: `asctime(localtime(t))`.
pub fn ctime(t: f64) -> Result<String, TimeError> {
    ctime_seconds(timestamp_to_seconds(t)?)
}

/// `time.ctime(t)` for an int `t`.
pub fn ctime_seconds(t: i64) -> Result<String, TimeError> {
    Ok(asctime_tm(&gmtime(t)?))
}

/// `time.mktime(t)`: the inverse of `localtime` in UTC. Out-of-range fields are normalized
/// (month 13 is next January); a positive `tm_isdst` moves the answer an hour earlier, as glibc
/// does in a zone without daylight time.
pub fn mktime(t: &StructTime) -> Result<f64, TimeError> {
    let tm = to_tm(t)?;
    match calendar::mktime(&tm) {
        Some(secs) => Ok(secs as f64),
        None => Err(StdlibError::overflow("mktime argument out of range")),
    }
}

/// [`mktime`] under the name the interpreter may look for.
pub fn to_timestamp(t: &StructTime) -> Result<f64, TimeError> {
    mktime(t)
}
