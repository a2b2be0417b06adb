//! Share links made by earlier versions must keep opening the same way: every
//! `tests/links/NAME.link` decodes to the state in `NAME.json`. Never edit these files; add new
//! ones when the format changes (e.g. `v2-...`), and keep the old ones passing.

use loopscope_protocol::link::{decode, LinkState};
use std::path::Path;

#[test]
fn links_made_by_earlier_versions_still_decode_to_the_same_state() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/links");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/links") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("link") {
            continue;
        }
        let link = std::fs::read_to_string(&path).expect("link file");
        let expected: LinkState = serde_json::from_str(
            &std::fs::read_to_string(path.with_extension("json")).expect("its .json"),
        )
        .expect("valid expected state");
        assert_eq!(decode(link.trim()), Ok(expected), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 3, "fixtures found: {checked}");
}
