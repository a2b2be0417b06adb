//! The last edited program survives a reload through `localStorage`.

const KEY: &str = "loopscope.program";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_program() -> Option<String> {
    local_storage()?.get_item(KEY).ok().flatten()
}

/// Best effort: a full or disabled storage only means the program is not remembered.
pub fn save_program(program: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(KEY, program);
    }
}

/// Puts `#example/<slug>` in the address bar, so the page can be shared or reloaded as is.
pub fn set_example_hash(slug: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&format!("example/{slug}"));
    }
}

/// Takes `#example/<slug>` out of the address once the example is edited: a reload must
/// bring the edited program back (from `localStorage`), not the untouched example.
pub fn clear_example_hash() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    if !location.hash().unwrap_or_default().starts_with("#example/") {
        return;
    }
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
