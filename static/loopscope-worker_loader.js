// Starts the page's Web Worker: loads the worker's wasm-bindgen glue (no-modules target) and
// its wasm. Trunk's own loader shim passes the wasm path as a bare string, a form wasm-bindgen
// deprecated and warns about on every load, so the page ships this one instead.
importScripts('./loopscope-worker.js');
wasm_bindgen({ module_or_path: './loopscope-worker_bg.wasm' });
