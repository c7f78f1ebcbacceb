//! The one list of the crate's vocabularies. The schema roots, the vocabulary catalogue, the
//! exports and the tests all follow from it, through [`visit_vocabularies`] or, inside the
//! crate, the `vocabularies!` macro.

use super::Vocabulary;

/// Calls the macro `$callback!` with every vocabulary type, in catalogue order.
macro_rules! vocabularies {
    ($callback:ident) => {
        $callback! {
            $crate::CrimeArea,
            $crate::Country,
            $crate::Region,
            $crate::Membership,
            $crate::Body,
            $crate::BodyKind,
            $crate::BodyScope,
            $crate::CollectiveActor,
            $crate::Actor,
            $crate::Instrument,
            $crate::InstrumentKind,
            $crate::EmpactPriority2022,
            $crate::EmpactPriority2026,
            $crate::Tlp,
            $crate::Lang,
            $crate::Provenance,
            $crate::ParagraphKind,
            $crate::ImplementationStatus,
            $crate::OperationKind,
            $crate::Substance
        }
    };
}

pub(crate) use vocabularies;

/// Something that does one thing with each vocabulary, given to [`visit_vocabularies`].
///
/// ```
/// use eu_clasi::{Vocabulary, VocabularyVisitor, visit_vocabularies};
///
/// /// Counts the terms of every vocabulary.
/// struct Count(Vec<(&'static str, usize)>);
///
/// impl VocabularyVisitor for Count {
///     fn visit<V: Vocabulary>(&mut self) {
///         self.0.push((V::KIND, V::all().len()));
///     }
/// }
///
/// let mut count = Count(Vec::new());
/// visit_vocabularies(&mut count);
/// assert_eq!(count.0[0], ("crime_area", 14));
/// assert!(count.0.contains(&("country", 60)));
/// ```
pub trait VocabularyVisitor {
    /// Called once for each vocabulary `V`.
    fn visit<V: Vocabulary>(&mut self);
}

/// Calls `visitor` with every vocabulary of the crate, in the catalogue's order (the order of
/// `data/vocabulary.json`).
pub fn visit_vocabularies<T: VocabularyVisitor>(visitor: &mut T) {
    macro_rules! visit {
        ($($v:ty),+) => {
            $( visitor.visit::<$v>(); )+
        };
    }
    vocabularies!(visit);
}
