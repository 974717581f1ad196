//! The answers a choice offered, kept compactly. A search keeps them for
//! every choice of the current path; a program that starts thousands of
//! goroutines offers thousands of runnable ids at every step, nearly all
//! consecutive, so they are stored as runs of consecutive values: a few
//! numbers per choice instead of a copy of the runnable list.

/// Values in ascending order, as runs `(first, count)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub(crate) runs: Vec<(u64, u64)>,
}

impl Answers {
    /// The set of `values`, which come in ascending order.
    pub fn of(values: impl IntoIterator<Item = u64>) -> Answers {
        let mut runs: Vec<(u64, u64)> = Vec::new();
        for v in values {
            match runs.last_mut() {
                Some((first, count)) if first.checked_add(*count) == Some(v) => *count += 1,
                _ => runs.push((v, 1)),
            }
        }
        Answers { runs }
    }

    /// How many values there are.
    pub fn len(&self) -> u64 {
        self.runs.iter().map(|(_, count)| count).sum()
    }

    pub fn contains(&self, v: u64) -> bool {
        let at = self.runs.partition_point(|(first, _)| *first <= v);
        at > 0 && v - self.runs[at - 1].0 < self.runs[at - 1].1
    }

    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.runs
            .iter()
            .flat_map(|&(first, count)| (0..count).map(move |i| first + i))
    }
}

#[cfg(test)]
mod tests {
    use super::Answers;

    #[test]
    fn runs_hold_exactly_the_values() {
        let values = [1, 2, 3, 7, 9, 10, u64::MAX - 1, u64::MAX];
        let a = Answers::of(values);
        assert_eq!(a.runs.len(), 4);
        assert_eq!(a.iter().collect::<Vec<_>>(), values);
        for v in 0..12 {
            assert_eq!(a.contains(v), values.contains(&v), "{v}");
        }
        assert!(a.contains(u64::MAX));
        assert_eq!(Answers::of([]), Answers::default());
    }

    #[test]
    fn a_thousand_consecutive_ids_are_one_run() {
        let a = Answers::of(1..=1000);
        assert_eq!(a.runs, [(1, 1000)]);
        assert_eq!(a, Answers::of((1..=1000).collect::<Vec<_>>()));
    }
}
