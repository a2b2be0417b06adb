//! The virtual clock: seconds as an `f64`, as CPython's `loop.time()` is. It moves only when
//! the program sleeps (`time.sleep`), when the selector waits for the next timer, and by the
//! configured cost of each executed instruction (the hot loop only counts them). Reading the
//! clock never changes it: the time is the last sleep's end plus the instructions since times
//! their cost, whatever was read in between, so tracing (which reads it often) cannot shift
//! a single bit of any timestamp.

pub struct Clock {
    now: f64,
    /// Instructions run so far (what `Vm::instructions` reports). The interpreter's hot loop
    /// bumps only this one counter per instruction; the budgets read it too.
    executed: u64,
    /// `executed` when the clock last advanced: the instructions since are not in `now` yet.
    settled_at: u64,
    cost_seconds: f64,
}

impl Clock {
    pub fn new(instr_cost_ns: f64) -> Self {
        Clock { now: 0.0, executed: 0, settled_at: 0, cost_seconds: instr_cost_ns * 1e-9 }
    }

    #[inline]
    pub fn charge_instruction(&mut self) {
        self.executed += 1;
    }

    /// Instructions run so far.
    #[inline]
    pub fn instructions(&self) -> u64 {
        self.executed
    }

    /// What one instruction costs, in seconds.
    pub fn cost_seconds(&self) -> f64 {
        self.cost_seconds
    }

    /// Changes what one instruction costs from now on (processes sharing the cores, P2).
    pub fn set_cost_seconds(&mut self, cost_seconds: f64) {
        if cost_seconds != self.cost_seconds {
            self.settle();
            self.cost_seconds = cost_seconds;
        }
    }

    /// Takes back the charge of an instruction that will run again (a thread that dropped the
    /// GIL before it).
    pub fn uncharge_instruction(&mut self) {
        if self.executed > self.settled_at {
            self.executed -= 1;
        }
    }

    fn settle(&mut self) {
        let pending = self.executed - self.settled_at;
        if pending > 0 {
            if self.cost_seconds != 0.0 {
                self.now += pending as f64 * self.cost_seconds;
            }
            self.settled_at = self.executed;
        }
    }

    /// The current virtual time.
    pub fn now(&mut self) -> f64 {
        let pending = self.executed - self.settled_at;
        if pending == 0 || self.cost_seconds == 0.0 {
            self.now
        } else {
            self.now + pending as f64 * self.cost_seconds
        }
    }

    /// Moves the clock by `seconds` with exactly the float addition CPython's virtual-clock
    /// harness does (`now = now + seconds`).
    pub fn advance(&mut self, seconds: f64) {
        self.settle();
        self.now += seconds;
    }

    /// Moves the clock to `t` if it is later: the network woke the loop's `select` at `t`
    /// (the kernel's nanoseconds as seconds), not after a timeout.
    pub fn jump_to(&mut self, t: f64) {
        self.advance_to(t);
    }

    /// Moves the clock to `t` if it is later (a thread's wake-up time: the harness assigns
    /// `now = deadline`, where `deadline` was computed as `t0 + timeout`).
    pub fn advance_to(&mut self, t: f64) {
        self.settle();
        if t > self.now {
            self.now = t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_cost_time_only_when_configured() {
        let mut free = Clock::new(0.0);
        for _ in 0..1000 {
            free.charge_instruction();
        }
        assert_eq!(free.now(), 0.0);
        free.advance(0.1);
        free.advance(0.2);
        assert_eq!(free.now(), 0.1 + 0.2);

        let mut costly = Clock::new(10.0);
        for _ in 0..1_000_000 {
            costly.charge_instruction();
        }
        assert!((costly.now() - 0.01).abs() < 1e-12);
    }

    #[test]
    fn reading_the_clock_does_not_change_it() {
        let (mut read_often, mut read_once) = (Clock::new(7.0), Clock::new(7.0));
        for _ in 0..10_000 {
            read_often.charge_instruction();
            read_once.charge_instruction();
            read_often.now();
        }
        assert_eq!(read_often.now().to_bits(), read_once.now().to_bits());
    }
}
