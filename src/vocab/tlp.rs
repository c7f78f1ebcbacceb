//! FIRST's Traffic Light Protocol 2.0 markings.

use super::vocabulary;

include!("../generated/tlp.rs");

impl Tlp {
    /// The colour FIRST gives the label, as `#RRGGBB`, where FIRST's specification is sourced:
    /// red `#FF2B2B` and amber `#FFC000` (for both amber markings) are; green and clear are not
    /// (`None`).
    pub const fn colour(self) -> Option<&'static str> {
        self.colour_data()
    }
}
