//! Any bytes, read as a document of every root type: an answer, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in eu_clasi::schema::names() {
        let _ = eu_clasi::schema::check(&name, data);
    }
});
