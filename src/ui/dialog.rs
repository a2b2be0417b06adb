//! A modal dialog as people expect one to behave: it takes the focus when it opens, Tab and
//! Shift+Tab cycle inside it (a focus trap), Escape closes it (through the page's shortcut),
//! and a click on the dimmed backdrop closes it.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// The id of the dialog's heading (its accessible name).
    pub labelledby: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// What can take the focus inside a dialog.
const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select, textarea, \
                         a[href], [tabindex]:not([tabindex=\"-1\"])";

fn focusable(root: &web_sys::Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

#[function_component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    let dialog = use_node_ref();
    // Take the focus on opening: the first control, so Enter or Escape work at once.
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(first) =
                dialog.cast::<web_sys::Element>().and_then(|d| focusable(&d).into_iter().next())
            {
                let _ = first.focus();
            }
        });
    }
    let backdrop = use_node_ref();
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let backdrop = backdrop.clone();
        Callback::from(move |e: MouseEvent| {
            // Only a click on the backdrop itself, not one inside the dialog. (Yew delegates
            // events, so `current_target` is not the backdrop: compare with its node.)
            let on_backdrop = match (e.target(), backdrop.get()) {
                (Some(target), Some(node)) => {
                    let target: &wasm_bindgen::JsValue = target.as_ref();
                    let node: &wasm_bindgen::JsValue = node.as_ref();
                    target == node
                }
                _ => false,
            };
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    let on_keydown = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let Some(root) = dialog.cast::<web_sys::Element>() else { return };
            let items = focusable(&root);
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            let at = |el: &HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref());
            let inside = active.as_ref().is_some_and(|a| root.contains(Some(a.unchecked_ref())));
            if e.shift_key() && (at(first) || !inside) {
                e.prevent_default();
                let _ = last.focus();
            } else if !e.shift_key() && (at(last) || !inside) {
                e.prevent_default();
                let _ = first.focus();
            }
        })
    };
    html! {
        <div class="overlay" onclick={on_backdrop} ref={backdrop}>
            <div class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true"
                 aria-labelledby={props.labelledby.clone()} ref={dialog} onkeydown={on_keydown}>
                { props.children.clone() }
            </div>
        </div>
    }
}
