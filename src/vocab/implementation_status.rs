//! How far the implementation of a roadmap action has come.

use super::vocabulary;

include!("../generated/implementation_status.rs");

impl ImplementationStatus {
    /// Whether work on the action is being done: [`InProgress`](Self::InProgress) or
    /// [`Ongoing`](Self::Ongoing).
    ///
    /// ```
    /// use eu_clasi::ImplementationStatus;
    /// assert!(ImplementationStatus::Ongoing.is_active());
    /// assert!(!ImplementationStatus::Planned.is_active());
    /// ```
    pub const fn is_active(self) -> bool {
        self.active_data()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn six_statuses_with_their_codes_in_order() {
        let codes: Vec<_> = ImplementationStatus::all()
            .iter()
            .map(|s| s.code())
            .collect();
        assert_eq!(
            codes,
            [
                "not_started",
                "planned",
                "in_progress",
                "completed",
                "ongoing",
                "discontinued"
            ]
        );
    }

    #[test]
    fn labels_are_found_in_every_language_and_marked_as_translations() {
        assert_eq!(
            ImplementationStatus::lookup("no iniciada").unwrap(),
            ImplementationStatus::NotStarted
        );
        assert_eq!(
            ImplementationStatus::lookup("em curso").unwrap(),
            ImplementationStatus::InProgress
        );
        assert_eq!(
            ImplementationStatus::lookup("achevée").unwrap(),
            ImplementationStatus::Completed
        );
        assert_eq!(
            ImplementationStatus::lookup("planejada").unwrap(),
            ImplementationStatus::Planned
        );
        assert_eq!(
            ImplementationStatus::lookup("done").unwrap(),
            ImplementationStatus::Completed
        );
        for s in ImplementationStatus::all() {
            let labels = s.labels();
            assert!(!labels.is_translation(Lang::En));
            assert!(
                labels.is_translation(Lang::Es)
                    && labels.is_translation(Lang::Pt)
                    && labels.is_translation(Lang::Fr)
            );
        }
    }
}
