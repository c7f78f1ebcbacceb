//! Whether a paragraph of a declaration is a recital or a commitment.

use super::vocabulary;

include!("../generated/paragraph_kind.rs");
