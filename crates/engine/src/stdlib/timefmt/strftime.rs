//! glibc's `wcsftime` in the C locale, which is what CPython's `time.strftime` calls on Linux.
//!
//! This follows `time/strftime_l.c` closely, quirks included: the GNU flags (`_ - 0 ^ #`), field
//! widths, the `E`/`O` modifiers (no-ops in the C locale), unknown directives copied through with
//! their flags, and the size limit that makes CPython return `''` for huge outputs.

use super::calendar::{mktime, Tm};

const DAYS: [&str; 7] =
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The output would not fit the buffer: glibc returns 0.
pub(super) struct Full;

/// Formats `format` into at most `maxsize - 1` characters (the C buffer keeps one for the NUL).
pub(super) fn format(format: &[char], tm: &Tm, maxsize: usize) -> Result<String, Full> {
    let mut out = Out { text: String::new(), len: 0, maxsize };
    run(&mut out, format, tm)?;
    Ok(out.text)
}

struct Out {
    text: String,
    len: usize,
    maxsize: usize,
}

/// One directive's flags: the `add` macro's `width`/`pad` and `cpy`'s case changes.
#[derive(Clone, Copy)]
struct Spec {
    pad: char,
    width: i64,
    upper: bool,
    lower: bool,
}

impl Out {
    fn room(&self, n: usize) -> Result<(), Full> {
        if n >= self.maxsize.saturating_sub(self.len) {
            return Err(Full);
        }
        Ok(())
    }

    fn push_n(&mut self, c: char, n: usize) {
        self.text.extend(std::iter::repeat_n(c, n));
        self.len += n;
    }

    /// glibc's `cpy`: left-pad to the width (zeros only with the `0` flag), then copy with the
    /// case change.
    fn cpy(&mut self, s: &str, spec: Spec) -> Result<(), Full> {
        let n = s.chars().count();
        let delta = (spec.width - n as i64).max(0) as usize;
        self.room(n + delta)?;
        self.push_n(if spec.pad == '0' { '0' } else { ' ' }, delta);
        for c in s.chars() {
            self.text.push(if spec.lower {
                to_lower(c)
            } else if spec.upper {
                to_upper(c)
            } else {
                c
            });
        }
        self.len += n;
        Ok(())
    }
}

fn to_upper(c: char) -> char {
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => c, // towupper maps one character to one character
    }
}

fn to_lower(c: char) -> char {
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days from the first day of the first ISO week of this year to year day `yday` (weekday
/// `wday`); negative when `yday` belongs to the previous ISO year.
fn iso_week_days(yday: i32, wday: i32) -> i32 {
    const BIG_ENOUGH_MULTIPLE_OF_7: i32 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + BIG_ENOUGH_MULTIPLE_OF_7) % 7 + 3
}

/// What a numeric directive prints before padding: its minimum digits and value.
enum Number {
    /// `DO_NUMBER`: zero-padded by default.
    Zero(i32, i64),
    /// `DO_NUMBER_SPACEPAD`: space-padded unless the `0` or `-` flag says otherwise.
    Space(i32, i64),
}

fn run(out: &mut Out, format: &[char], tm: &Tm) -> Result<(), Full> {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut f = 0;
    while f < format.len() {
        let c = format[f];
        if c != '%' {
            out.room(1)?;
            out.text.push(c);
            out.len += 1;
            f += 1;
            continue;
        }
        let start = f;
        let mut spec = Spec { pad: '\0', width: -1, upper: false, lower: false };
        let mut change_case = false;
        f += 1;
        // Flags.
        while let Some(&c) = format.get(f) {
            match c {
                '_' | '-' | '0' => spec.pad = c,
                '^' => spec.upper = true,
                '#' => change_case = true,
                _ => break,
            }
            f += 1;
        }
        // Width (a GNU extension), capped at INT_MAX like glibc.
        if format.get(f).is_some_and(char::is_ascii_digit) {
            spec.width = 0;
            while let Some(d) = format.get(f).and_then(|c| c.to_digit(10)) {
                spec.width = (spec.width * 10 + i64::from(d)).min(i64::from(i32::MAX));
                f += 1;
            }
        }
        // Modifier.
        let modifier = match format.get(f) {
            Some(&m @ ('E' | 'O')) => {
                f += 1;
                Some(m)
            }
            _ => None,
        };
        let e_mod = modifier == Some('E');
        let o_mod = modifier == Some('O');
        let conv = format.get(f).copied().unwrap_or('\0');
        let name_case = |spec: &mut Spec| {
            if change_case {
                spec.upper = true;
                spec.lower = false;
            }
        };
        let number = match conv {
            '%' if modifier.is_none() => {
                out.cpy("%", spec)?;
                None
            }
            'a' | 'A' if modifier.is_none() => {
                name_case(&mut spec);
                let day = DAYS.get(tm.wday as usize).copied().unwrap_or("?");
                out.cpy(if conv == 'a' { day.get(..3).unwrap_or(day) } else { day }, spec)?;
                None
            }
            'b' | 'h' | 'B' if !e_mod => {
                name_case(&mut spec);
                let month = MONTHS.get(tm.mon as usize).copied().unwrap_or("?");
                out.cpy(if conv == 'B' { month } else { month.get(..3).unwrap_or(month) }, spec)?;
                None
            }
            'c' if !o_mod => sub(out, "%a %b %e %H:%M:%S %Y", tm, spec)?,
            'x' if !o_mod => sub(out, "%m/%d/%y", tm, spec)?,
            'D' if modifier.is_none() => sub(out, "%m/%d/%y", tm, spec)?,
            'F' if modifier.is_none() => sub(out, "%Y-%m-%d", tm, spec)?,
            'X' if !o_mod => sub(out, "%H:%M:%S", tm, spec)?,
            'T' => sub(out, "%H:%M:%S", tm, spec)?,
            'R' => sub(out, "%H:%M", tm, spec)?,
            'r' => sub(out, "%I:%M:%S %p", tm, spec)?,
            'C' => {
                let year = tm.year.wrapping_add(1900);
                Some(Number::Zero(1, i64::from(year / 100 - i32::from(year % 100 < 0))))
            }
            'd' if !e_mod => Some(Number::Zero(2, tm.mday.into())),
            'e' if !e_mod => Some(Number::Space(2, tm.mday.into())),
            'H' if !e_mod => Some(Number::Zero(2, tm.hour.into())),
            'I' if !e_mod => Some(Number::Zero(2, hour12.into())),
            'k' if !e_mod => Some(Number::Space(2, tm.hour.into())),
            'l' if !e_mod => Some(Number::Space(2, hour12.into())),
            'j' if !e_mod => Some(Number::Zero(3, i64::from(tm.yday.wrapping_add(1)))),
            'M' if !e_mod => Some(Number::Zero(2, tm.min.into())),
            'm' if !e_mod => Some(Number::Zero(2, i64::from(tm.mon.wrapping_add(1)))),
            'S' if !e_mod => Some(Number::Zero(2, tm.sec.into())),
            'n' => {
                out.cpy("\n", spec)?;
                None
            }
            't' => {
                out.cpy("\t", spec)?;
                None
            }
            'p' | 'P' => {
                if conv == 'P' {
                    spec.lower = true;
                }
                if change_case {
                    spec.upper = false;
                    spec.lower = true;
                }
                out.cpy(if tm.hour > 11 { "PM" } else { "AM" }, spec)?;
                None
            }
            's' => {
                // Seconds since the epoch, by mktime; -1 when that fails.
                let t = mktime(tm).unwrap_or(-1);
                number_out(out, &t.unsigned_abs().to_string(), t < 0, 1, spec)?;
                None
            }
            'u' => Some(Number::Zero(1, i64::from((tm.wday - 1 + 7) % 7 + 1))),
            'U' if !e_mod => Some(Number::Zero(2, i64::from((tm.yday - tm.wday + 7) / 7))),
            'W' if !e_mod => {
                Some(Number::Zero(2, i64::from((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7)))
            }
            'w' if !e_mod => Some(Number::Zero(1, tm.wday.into())),
            'V' | 'g' | 'G' if !e_mod => {
                let (year, days) = iso_year_and_days(tm);
                Some(match conv {
                    'g' => Number::Zero(2, i64::from((year % 100 + 100) % 100)),
                    'G' => Number::Zero(1, year.into()),
                    _ => Number::Zero(2, i64::from(days / 7 + 1)),
                })
            }
            'Y' if !o_mod => Some(Number::Zero(1, tm.year.wrapping_add(1900).into())),
            'y' => Some(Number::Zero(2, i64::from((tm.year % 100 + 100) % 100))),
            'Z' => {
                if change_case {
                    spec.upper = false;
                    spec.lower = true;
                }
                // No zone of its own: the local zone's name (TZ=UTC), unless isdst is unknown.
                let zone = match tm.zone.as_deref() {
                    Some(z) if !z.is_empty() => z,
                    _ if tm.isdst >= 0 => "UTC",
                    _ => "",
                };
                out.cpy(zone, spec)?;
                None
            }
            'z' => {
                if tm.isdst >= 0 {
                    let mut diff = tm.gmtoff as i32; // glibc keeps it in an int
                    out.cpy(if diff < 0 { "-" } else { "+" }, spec)?;
                    diff = diff.wrapping_abs() / 60;
                    Some(Number::Zero(4, i64::from((diff / 60) * 100 + diff % 60)))
                } else {
                    None
                }
            }
            _ => {
                // Unknown or ill-modified: copy the directive through from the nearest '%' back
                // (which is the conversion itself in "%E%"). At the very end, copy what there is.
                let end = if conv == '\0' { f } else { f + 1 };
                let start = format[..end].iter().rposition(|&c| c == '%').unwrap_or(start);
                let text: String = format[start..end].iter().collect();
                if matches!(conv, 'b' | 'h') {
                    name_case(&mut spec); // glibc applies '#' before rejecting %Eb
                }
                out.cpy(&text, spec)?;
                f = end;
                continue;
            }
        };
        if let Some(number) = number {
            let (digits, value, spec) = match number {
                Number::Zero(d, v) => (d, v, spec),
                Number::Space(d, v) => {
                    let mut spec = spec;
                    if spec.pad != '0' && spec.pad != '-' {
                        spec.pad = '_';
                    }
                    (d, v, spec)
                }
            };
            // glibc holds the value in an int.
            let value = value as i32;
            let digits = i64::from(digits).max(spec.width);
            number_out(out, &value.unsigned_abs().to_string(), value < 0, digits, spec)?;
        }
        f += 1;
    }
    Ok(())
}

/// glibc's `do_number_sign_and_padding`: pad to `digits` with spaces (`_`), nothing (`-`) or
/// zeros (after the sign), then copy the rest with what is left of the width.
fn number_out(
    out: &mut Out,
    abs: &str,
    negative: bool,
    digits: i64,
    spec: Spec,
) -> Result<(), Full> {
    let mut spec = spec;
    let mut body = String::with_capacity(abs.len() + 1);
    if negative {
        body.push('-');
    }
    body.push_str(abs);
    if spec.pad != '-' {
        let padding = digits - body.len() as i64;
        if padding > 0 {
            let padding = padding as usize;
            if spec.pad == '_' {
                out.room(padding)?;
                out.push_n(' ', padding);
                spec.width =
                    if spec.width > padding as i64 { spec.width - padding as i64 } else { 0 };
            } else {
                out.room(digits as usize)?;
                if negative {
                    body.remove(0);
                    out.text.push('-');
                    out.len += 1;
                }
                out.push_n('0', padding);
                spec.width = 0;
            }
        }
    }
    out.cpy(&body, spec)
}

/// A sub-format (`%c`, `%D`, ...): its own output, padded as one field; `^` upper-cases it all.
fn sub(out: &mut Out, subfmt: &str, tm: &Tm, spec: Spec) -> Result<Option<Number>, Full> {
    let chars: Vec<char> = subfmt.chars().collect();
    let text = format(&chars, tm, usize::MAX)?;
    let plain = Spec { upper: spec.upper, lower: false, ..spec };
    out.cpy(&text, plain)?;
    Ok(None)
}

/// The ISO 8601 year and the days into its first week, as `%G`, `%g` and `%V` need.
fn iso_year_and_days(tm: &Tm) -> (i32, i32) {
    let mut year = tm.year.wrapping_add(1900);
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        // This ISO week belongs to the previous year.
        year = year.wrapping_sub(1);
        days = iso_week_days(tm.yday + 365 + i32::from(is_leap(year)), tm.wday);
    } else {
        let d = iso_week_days(tm.yday - (365 + i32::from(is_leap(year))), tm.wday);
        if d >= 0 {
            // This ISO week belongs to the next year.
            year = year.wrapping_add(1);
            days = d;
        }
    }
    (year, days)
}
