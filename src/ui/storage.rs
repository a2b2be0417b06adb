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
