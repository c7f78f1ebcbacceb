//! Whatever a reader accepts, it writes back to JSON that it reads back equal, and writing that
//! again gives the same text.
#![no_main]

use eu_clasi::{
    ActionId, Actor, Declaration, Indicator, JointOperation, Money, PartialDate, Period,
    ProgressReport, RecordId, Timestamp, json,
};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;

fn round_trip<T: Serialize + json::FromJson + PartialEq + std::fmt::Debug>(data: &[u8]) {
    if let Ok(value) = json::from_slice::<T>(data) {
        let text = serde_json::to_string(&value).expect("a value the crate read serializes");
        let back: T = json::from_str(&text).expect("what the crate writes, it reads");
        assert_eq!(back, value);
        let again = serde_json::to_string(&back).expect("a value the crate read serializes");
        assert_eq!(again, text, "written back differently");
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<Declaration>(data);
    round_trip::<Period>(data);
    round_trip::<PartialDate>(data);
    round_trip::<ActionId>(data);
    round_trip::<Actor>(data);
    round_trip::<ProgressReport>(data);
    round_trip::<JointOperation>(data);
    round_trip::<Indicator>(data);
    round_trip::<Money>(data);
    round_trip::<RecordId>(data);
    round_trip::<Timestamp>(data);
});
