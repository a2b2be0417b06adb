//! A scrolling list that renders only the rows the worker sent (a window of the whole list),
//! placed where they belong, so 10,000 tasks cost as much to draw as 40.

use web_sys::Element;
use yew::prelude::*;

/// Height of one row in pixels; matches `.vrow` in style.css.
pub const ROW_HEIGHT: f64 = 26.0;

#[derive(Properties, PartialEq)]
pub struct VirtualListProps {
    pub label: AttrValue,
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<Html>,
    /// Asked for a new window starting at this row when the visitor scrolls.
    pub on_scroll: Callback<u32>,
    #[prop_or(8)]
    pub visible_rows: u32,
    #[prop_or_default]
    pub empty: AttrValue,
}

#[function_component(VirtualList)]
pub fn virtual_list(props: &VirtualListProps) -> Html {
    if props.total == 0 {
        return html! { <p class="empty">{props.empty.clone()}</p> };
    }
    let onscroll = {
        let (offset, shown, on_scroll) =
            (props.offset, props.rows.len() as u32, props.on_scroll.clone());
        Callback::from(move |e: Event| {
            let el: Element = e.target_unchecked_into();
            let first = (el.scroll_top() as f64 / ROW_HEIGHT) as u32;
            // Ask again only when the visible rows leave the window we have.
            let visible = (el.client_height() as f64 / ROW_HEIGHT).ceil() as u32;
            if first < offset || first + visible > offset + shown {
                on_scroll.emit(first.saturating_sub(10));
            }
        })
    };
    let height = props.visible_rows.min(props.total) as f64 * ROW_HEIGHT + 2.0;
    html! {
        <div class="vlist" role="list" aria-label={props.label.clone()} tabindex="0"
             style={format!("max-height:{height}px")} {onscroll}>
            <div class="vspacer" style={format!("height:{}px", props.total as f64 * ROW_HEIGHT)}>
                { for props.rows.iter().enumerate().map(|(i, row)| html! {
                    <div class="vrow" role="listitem"
                         style={format!("top:{}px", (props.offset as usize + i) as f64 * ROW_HEIGHT)}>
                        {row.clone()}
                    </div>
                }) }
            </div>
        </div>
    }
}
