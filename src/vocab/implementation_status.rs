//! How far the implementation of a roadmap action has come.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// How far the implementation of a roadmap action has come, as a reporting actor sees it at
    /// the end of a reporting period.
    ///
    /// Some actions of the roadmap end when their result is reached (a working arrangement is
    /// negotiated: `completed`); others never end by design (assess continuously the security
    /// vulnerabilities of ports: `ongoing`). The es, pt and fr labels are this crate's own
    /// translations.
    ///
    /// ```
    /// use eu_clasi::{ImplementationStatus, Lang, Vocabulary};
    ///
    /// assert_eq!(ImplementationStatus::InProgress.to_string(), "in_progress");
    /// assert_eq!("ongoing".parse::<ImplementationStatus>()?, ImplementationStatus::Ongoing);
    /// assert_eq!(ImplementationStatus::lookup("en curso")?, ImplementationStatus::InProgress);
    /// assert_eq!(ImplementationStatus::Completed.label(Lang::Pt), "concluída");
    /// assert!("done".parse::<ImplementationStatus>().is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[vocabulary(kind = "implementation_status", case = "snake_case", labels = ImplementationStatus::labels_of, aliases = ImplementationStatus::aliases_of)]
    pub enum ImplementationStatus {
        /// No work on the action has begun and none is scheduled yet.
        NotStarted,
        /// Work on the action is scheduled or being prepared, but has not begun.
        Planned,
        /// Work on the action has begun and its result is not reached yet.
        InProgress,
        /// The action's result is reached; no further work is planned.
        Completed,
        /// A continuous action is being carried out as a standing activity, with no end foreseen.
        Ongoing,
        /// Work on the action was stopped before its result was reached.
        Discontinued,
    }
}

impl ImplementationStatus {
    const fn labels_of(self) -> Labels {
        match self {
            Self::NotStarted => Labels::new(
                "not started",
                "no iniciada",
                "não iniciada",
                "non commencée",
            ),
            Self::Planned => Labels::new("planned", "planificada", "planeada", "planifiée"),
            Self::InProgress => Labels::new("in progress", "en curso", "em curso", "en cours"),
            Self::Completed => Labels::new("completed", "finalizada", "concluída", "achevée"),
            Self::Ongoing => Labels::new(
                "ongoing (continuous)",
                "permanente",
                "permanente",
                "permanente",
            ),
            Self::Discontinued => Labels::new(
                "discontinued",
                "interrumpida",
                "interrompida",
                "interrompue",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Self::NotStarted => vec!["not yet started"],
            Self::Planned => vec!["planejada", "prevista"],
            Self::InProgress => vec!["underway", "en progreso", "em andamento"],
            Self::Completed => vec!["done", "complete", "finished", "completada", "terminée"],
            Self::Ongoing => vec!["ongoing", "continuous", "continua", "contínua", "continue"],
            Self::Discontinued => vec!["stopped", "abandoned", "abandonada", "abandonnée"],
        }
    }

    /// Whether work on the action is being done: [`InProgress`](Self::InProgress) or
    /// [`Ongoing`](Self::Ongoing).
    ///
    /// ```
    /// use eu_clasi::ImplementationStatus;
    /// assert!(ImplementationStatus::Ongoing.is_active());
    /// assert!(!ImplementationStatus::Planned.is_active());
    /// ```
    pub const fn is_active(self) -> bool {
        matches!(self, Self::InProgress | Self::Ongoing)
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
