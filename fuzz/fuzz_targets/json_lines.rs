//! Any bytes, streamed as JSON Lines with a small line bound: every line answers, the stream
//! ends, and no line longer than the bound is parsed.
#![no_main]

use eu_clasi::json::{JsonLines, LineReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut raw = LineReader::new(data).max_line_bytes(64);
    let mut count = 0;
    while let Some((number, line)) = raw.next_line() {
        assert!(number > count);
        count = number;
        if let Ok(bytes) = line {
            assert!(bytes.len() <= 64);
        }
    }
    for line in JsonLines::<_, eu_clasi::Period>::new(data) {
        let _ = line.result;
    }
});
