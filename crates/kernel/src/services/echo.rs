//! The echo service (RFC 862): every byte a connection receives goes back as it arrives, and
//! a FIN is answered with a FIN once everything is back; on UDP every datagram goes back to
//! its sender. It answers at once: its only delays are the links'.

use super::Step;

/// What the echo service does with the bytes received so far: all of them go back.
pub(crate) fn step(inbox: &mut Vec<u8>) -> Step {
    if inbox.is_empty() {
        Step::NeedMore
    } else {
        Step::send(std::mem::take(inbox), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::Job;

    #[test]
    fn everything_received_goes_back_at_once() {
        let mut inbox = b"ping\n".to_vec();
        match step(&mut inbox) {
            Step::Reply { delay: 0, job: Job::Send { bytes, close: false } } => {
                assert_eq!(bytes, b"ping\n")
            }
            other => panic!("{other:?}"),
        }
        assert!(inbox.is_empty());
        assert!(matches!(step(&mut inbox), Step::NeedMore));
    }
}
