//! The page's entry point: Trunk builds this binary to wasm (`index.html`,
//! `data-bin="loopscope-page"`) and the page calls `main` when it loads.

fn main() {
    loopscope_web::ui::start();
}
