//! Exactness against CPython 3.11.7 on Linux with `TZ=UTC`: `tests_data.rs` holds what it
//! printed for the same arguments.

use super::tests_data::{
    ALL_DIRECTIVES, ASCTIME_CASES, FORMATTED, FORMAT_CASES, MKTIME_CASES, SECONDS, STAMPS,
};
use super::{asctime, ctime, ctime_seconds, mktime, strftime, StructTime, TimeError};

/// An answer as the table spells it: `Ok(text)` or `Err("Name: message")`.
fn shown(r: Result<String, TimeError>) -> Result<String, String> {
    r.map_err(|e| format!("{}: {e}", e.exc_kind()))
}

fn expected(want: Result<&str, &str>) -> Result<String, String> {
    want.map(str::to_string).map_err(str::to_string)
}

fn with_zone(fields: [i64; 9], zone: Option<&str>, gmtoff: Option<i64>) -> StructTime {
    StructTime { zone: zone.map(str::to_string), gmtoff, ..StructTime::from_tuple(fields) }
}

#[test]
fn gmtime_and_ctime_of_float_timestamps() {
    for &(t, want_tm, want_ctime) in STAMPS {
        let tm = StructTime::from_timestamp(t).map(|tm| tm.repr());
        assert_eq!(shown(tm), expected(want_tm), "gmtime({t:?})");
        assert_eq!(shown(ctime(t)), expected(want_ctime), "ctime({t:?})");
    }
}

#[test]
fn localtime_and_ctime_of_int_timestamps() {
    for &(t, want_tm, want_ctime) in SECONDS {
        let tm = StructTime::localtime_seconds(t).map(|tm| tm.repr());
        assert_eq!(shown(tm), expected(want_tm), "localtime({t})");
        assert_eq!(shown(ctime_seconds(t)), expected(want_ctime), "ctime({t})");
    }
}

#[test]
fn zones_of_gmtime_and_localtime() {
    let g = StructTime::from_timestamp(0.0).ok();
    let l = StructTime::localtime(0.0).ok();
    assert_eq!(g.as_ref().and_then(|t| t.zone.as_deref()), Some("GMT"));
    assert_eq!(l.as_ref().and_then(|t| t.zone.as_deref()), Some("UTC"));
    assert_eq!(g.and_then(|t| t.gmtoff), Some(0));
}

#[test]
fn every_directive_of_gmtime_and_localtime() {
    for &(t, want_gm, want_local) in FORMATTED {
        let gm = StructTime::from_seconds(t).and_then(|tm| strftime(ALL_DIRECTIVES, &tm));
        assert_eq!(shown(gm), Ok(want_gm.to_string()), "gmtime({t})");
        let local = StructTime::localtime_seconds(t).and_then(|tm| strftime(ALL_DIRECTIVES, &tm));
        assert_eq!(shown(local), Ok(want_local.to_string()), "localtime({t})");
    }
}

#[test]
fn flags_widths_odd_tuples_and_errors() {
    for &(format, (fields, zone, gmtoff), want) in FORMAT_CASES {
        let tm = with_zone(fields, zone, gmtoff);
        assert_eq!(shown(strftime(format, &tm)), expected(want), "{format:?} {fields:?}");
    }
}

#[test]
fn asctime_of_tuples() {
    for &(fields, want) in ASCTIME_CASES {
        let tm = StructTime::from_tuple(fields);
        assert_eq!(shown(asctime(&tm)), expected(want), "{fields:?}");
    }
}

#[test]
fn mktime_of_tuples() {
    for &(fields, want) in MKTIME_CASES {
        let got =
            mktime(&StructTime::from_tuple(fields)).map_err(|e| format!("{}: {e}", e.exc_kind()));
        let want = want.map_err(str::to_string);
        assert_eq!(got, want, "{fields:?}");
    }
}

#[test]
fn mktime_inverts_gmtime() {
    for t in [-62_135_596_800i64, -1, 0, 951_782_400, 253_402_300_799] {
        let tm = StructTime::from_seconds(t);
        assert_eq!(tm.and_then(|tm| mktime(&tm)), Ok(t as f64));
    }
}
