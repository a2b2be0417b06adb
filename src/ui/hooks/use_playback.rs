//! Playing: the next step once the panels of this one have arrived, at the chosen speed.

use crate::ui::state::{Action, Playground};
use yew::prelude::*;

#[hook]
pub fn use_playback(state: &UseReducerHandle<Playground>) {
    let dispatch = state.dispatcher();
    let shown = state.snapshot.as_ref().map(|s| s.step);
    let (playing, step, speed, steps) = (state.playing, state.step, state.speed, state.steps());
    use_effect_with(
        (playing, shown == Some(step), step, speed),
        move |(playing, arrived, step, speed)| {
            let timer = (*playing && *arrived).then(|| {
                let interval = (1000 / (*speed).max(1)).max(16);
                let stride = ((*speed as u64) * interval as u64 / 1000).max(1);
                let next = (*step + stride).min(steps);
                gloo_timers::callback::Timeout::new(interval, move || {
                    dispatch.dispatch(Action::GoTo(next));
                    if next >= steps {
                        dispatch.dispatch(Action::Pause);
                    }
                })
            });
            move || drop(timer)
        },
    );
}
