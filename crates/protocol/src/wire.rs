//! Enums that travel as one word of a fixed set (`"suspended"`, `"deadlock"`).
//!
//! Why not `#[derive(Serialize, Deserialize)]`: serde's derive gives every such enum its own
//! visitors, monomorphised for serde_json, which cost the page's wasm about 2 KB per enum
//! (measured: seven enums, +13.6 KB after wasm-opt). These impls reuse `String`'s
//! deserializer, which the page has anyway, and one `match` on the word.

/// `wire_words!(TaskState { Pending = "pending", ... })`: the enum's word on the wire
/// (`wire_name`) and its `Serialize`/`Deserialize` as that word; an unknown word is an error
/// naming the expected ones.
macro_rules! wire_words {
    ($ty:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        impl $ty {
            /// The word this travels as in JSON.
            pub fn wire_name(self) -> &'static str {
                match self {
                    $($ty::$variant => $word,)+
                }
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let word = <String as serde::Deserialize>::deserialize(deserializer)?;
                match word.as_str() {
                    $($word => Ok($ty::$variant),)+
                    _ => Err(serde::de::Error::unknown_variant(&word, &[$($word),+])),
                }
            }
        }
    };
}

pub(crate) use wire_words;

#[cfg(test)]
mod tests {
    use crate::messages::{DiagnosticKind, ErrorKind, StopKind};
    use crate::view::{FrameKind, FrameState, FutureState, TaskState};
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug + Copy>(
        all: &[T],
        name: impl Fn(T) -> &'static str,
    ) {
        for v in all {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{}\"", name(*v)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *v);
        }
    }

    #[test]
    fn every_word_round_trips() {
        use DiagnosticKind as D;
        round_trip(
            &[
                ErrorKind::NothingRan,
                ErrorKind::BadRequest,
                ErrorKind::Worker,
                ErrorKind::WorkerDied,
            ],
            |v| v.wire_name(),
        );
        let stops = [
            StopKind::Finished,
            StopKind::Exception,
            StopKind::Syntax,
            StopKind::Unsupported,
            StopKind::Deadlock,
            StopKind::Budget,
            StopKind::Settings,
        ];
        round_trip(&stops, |v| v.wire_name());
        let diagnostics = [
            D::SlowCallback,
            D::NeverAwaited,
            D::ExceptionNeverRetrieved,
            D::DestroyedPending,
            D::CallbackError,
            D::Deadlock,
            D::Budget,
            D::Unsupported,
        ];
        round_trip(&diagnostics, |v| v.wire_name());
        let tasks = [
            TaskState::Pending,
            TaskState::Running,
            TaskState::Suspended,
            TaskState::Done,
            TaskState::Cancelled,
        ];
        round_trip(&tasks, |v| v.wire_name());
        let futures = [
            FutureState::Pending,
            FutureState::Result,
            FutureState::Exception,
            FutureState::Cancelled,
        ];
        round_trip(&futures, |v| v.wire_name());
        round_trip(&[FrameState::Running, FrameState::Suspended, FrameState::Blocked], |v| {
            v.wire_name()
        });
        let kinds =
            [FrameKind::Coroutine, FrameKind::Function, FrameKind::Generator, FrameKind::Module];
        round_trip(&kinds, |v| v.wire_name());
    }

    #[test]
    fn an_unknown_word_is_an_error_that_lists_the_known_ones() {
        let e = serde_json::from_str::<FrameState>(r#""sleeping""#).unwrap_err().to_string();
        assert!(e.contains("unknown variant `sleeping`"), "{e}");
        assert!(e.contains("expected one of `running`, `suspended`, `blocked`"), "{e}");
        assert!(serde_json::from_str::<FrameState>("3").is_err());
    }
}
