//! Vector clocks: for each goroutine, how many of its synchronisation
//! epochs happen before a point of the run. Goroutines are numbered
//! densely by creation (index 0 is `main`), so a clock is a vector that
//! only grows.

/// A vector clock over goroutine indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock(Vec<u32>);

impl Clock {
    /// Goroutine `g`'s entry.
    #[inline]
    pub fn get(&self, g: usize) -> u32 {
        self.0.get(g).copied().unwrap_or(0)
    }

    pub fn set(&mut self, g: usize, value: u32) {
        if self.0.len() <= g {
            self.0.resize(g + 1, 0);
        }
        self.0[g] = value;
    }

    /// Starts goroutine `g`'s next epoch.
    pub fn tick(&mut self, g: usize) {
        let next = self.get(g) + 1;
        self.set(g, next);
    }

    /// Everything `other` knows, this now knows too.
    pub fn join(&mut self, other: &Clock) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a = (*a).max(*b);
        }
    }

    /// Whether epoch `clock` of goroutine `g` happens before this point.
    #[inline]
    pub fn knows(&self, g: usize, clock: u32) -> bool {
        clock <= self.get(g)
    }
}

#[cfg(test)]
mod tests {
    use super::Clock;

    #[test]
    fn joining_takes_the_later_of_each_entry() {
        let mut a = Clock::default();
        a.set(0, 3);
        let mut b = Clock::default();
        b.set(1, 2);
        b.set(0, 1);
        a.join(&b);
        assert_eq!((a.get(0), a.get(1), a.get(7)), (3, 2, 0));
        assert!(a.knows(1, 2) && !a.knows(1, 3));
        a.tick(1);
        assert_eq!(a.get(1), 3);
    }
}
