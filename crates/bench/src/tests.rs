use crate::report::{ReplayTimes, Report};

#[test]
fn harness_timestamps_are_stripped_and_nothing_else() {
    let stamped = "0.000 10000 49995000\n12.345 a 1.500 b\n\n1.000 \nx.123 y\n0.250 tail";
    let plain = crate::runs::strip_timestamps(stamped);
    assert_eq!(plain, "10000 49995000\na 1.500 b\n\n\nx.123 y\ntail");
}

#[test]
fn a_report_survives_the_trip_through_stderr() {
    let report = Report {
        seconds: 1.25,
        status: 0,
        events: 22_891_784,
        bytes: 81_897_066,
        strings: 30_015,
        string_bytes: 1_078_350,
        instructions: 19_170_068,
        virtual_seconds: 0.613,
        replay: Some(ReplayTimes {
            index: 0.15,
            worst: 0.0013,
            worst_step: 524_288,
            p99: 0.0011,
            mean: 0.0006,
            samples: 1001,
        }),
    };
    let stderr = format!("the program's own stderr\n{}\n", report.to_line());
    let back = Report::from_stderr(&stderr).expect("a report");
    assert_eq!(back.to_line(), report.to_line());
    assert!(Report::from_stderr("thread 'main' panicked\n").is_err());
}

#[test]
fn replay_steps_cover_the_whole_run_and_stay_in_it() {
    let steps = crate::child::sample_steps(1_005_956, 1000);
    assert_eq!(steps.len(), 1001);
    assert_eq!(steps[0], 0);
    assert!(steps.contains(&1_005_956));
    assert!(steps.iter().all(|&s| s <= 1_005_956));
    assert!(crate::child::sample_steps(0, 1000).iter().all(|&s| s == 0));
}

#[test]
fn counts_get_thousands_separators() {
    assert_eq!(crate::table::thousands(0), "0");
    assert_eq!(crate::table::thousands(999), "999");
    assert_eq!(crate::table::thousands(1_005_956), "1,005,956");
}
