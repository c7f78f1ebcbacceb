//! Writing as a tool should: to standard output so that a closed pipe (`| head -1`) ends the
//! program quietly with exit code 0 instead of a panic, to standard error without a panic, and
//! to files whole or not at all (written beside the target and renamed into place).

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Every path [`staging`] has handed out: what an interrupted program removes.
static STAGED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes whatever is staged and ends the program with exit code 130 when it is interrupted
/// (SIGINT, SIGTERM, SIGHUP), so that a file or folder written beside its target is never left
/// behind; the target itself is untouched, as it is only ever replaced by a rename. Called
/// once, at the start.
pub fn remove_staged_on_signal() {
    // Without a handler (another one is already set), an interruption ends the program as the
    // signal does by default; nothing else depends on it.
    let _ = ctrlc::set_handler(|| {
        let staged = STAGED.lock().map(|s| s.clone()).unwrap_or_default();
        for path in staged {
            if path.is_dir() {
                let _ = std::fs::remove_dir_all(&path);
            } else {
                let _ = std::fs::remove_file(&path);
            }
        }
        std::process::exit(130);
    });
}

/// Ends the program after a failed write to standard output: quietly with exit 0 when the
/// reader went away (a closed pipe: what was written is what it wanted), with a message and
/// exit 2 otherwise.
pub fn write_failed(e: io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    let _ = writeln!(
        io::stderr().lock(),
        "eu-clasi: cannot write the output: {e}"
    );
    std::process::exit(2);
}

/// Writes `bytes` to standard output; see [`write_failed`].
pub fn write_stdout(bytes: &[u8]) {
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        write_failed(e);
    }
}

/// A result of writing to standard output, ending the program as [`write_failed`] says when
/// it failed.
pub fn wrote<T>(result: io::Result<T>) -> T {
    match result {
        Ok(value) => value,
        Err(e) => write_failed(e),
    }
}

/// Writes a line to standard error. A failed write is ignored: the program goes on and ends
/// with the exit code it would have had (a message nobody reads changes no exit code).
pub fn err_line(args: fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `eprintln!` that a closed standard error does not turn into a panic.
macro_rules! tell {
    ($($t:tt)*) => { $crate::output::err_line(format_args!($($t)*)) };
}

pub(crate) use tell;

/// A schema or format name as the crate spells it: `progress_report` and `Progress-Report`
/// are `progress-report`.
pub fn schema_name(name: &str) -> String {
    name.trim().to_lowercase().replace('_', "-")
}

/// A hidden sibling of `target` to write into before it is renamed into place:
/// `.NAME.partial-PID` in the same folder, so that the rename stays on one file system.
///
/// The path is remembered, so that an interrupted program removes it
/// ([`remove_staged_on_signal`]). The report crate's CSV writer stages its folder by the same
/// rule, so the CLI asks for its staging path too.
pub fn staging(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let staged = target.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    if let Ok(mut all) = STAGED.lock() {
        all.push(staged.clone());
    }
    staged
}

/// Writes `bytes` to `path` whole or not at all: into [`staging`]`(path)`, then renamed over
/// `path`, so that a reader never sees half a file and a failure leaves the old file (or
/// none). A `path` that exists and is no regular file (`/dev/null`, a named pipe) is written
/// to directly, since nothing may be renamed over it.
///
/// # Errors
/// The I/O error of the write or the rename; the staged file is removed then.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return std::fs::write(path, bytes);
    }
    let staged = staging(path);
    let result = std::fs::write(&staged, bytes).and_then(|()| std::fs::rename(&staged, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalized_like_the_crates_schema_names() {
        assert_eq!(schema_name(" Progress_Report "), "progress-report");
        assert_eq!(schema_name("skos-turtle"), "skos-turtle");
    }

    #[test]
    fn the_staged_file_is_a_hidden_sibling() {
        let staged = staging(Path::new("out/card.svg"));
        assert_eq!(staged.parent(), Some(Path::new("out")));
        let name = staged.file_name().map(|n| n.to_string_lossy().into_owned());
        assert!(name.is_some_and(|n| n.starts_with(".card.svg.partial-")));
    }

    #[test]
    fn a_whole_write_replaces_the_file_and_leaves_nothing_beside_it() -> io::Result<()> {
        let dir = std::env::temp_dir().join(format!("eu-clasi-cli-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let file = dir.join("a.txt");
        write_whole(&file, b"first")?;
        write_whole(&file, b"second")?;
        assert_eq!(std::fs::read(&file)?, b"second");
        assert_eq!(std::fs::read_dir(&dir)?.count(), 1);
        assert!(write_whole(&dir.join("missing/b.txt"), b"x").is_err());
        assert_eq!(std::fs::read_dir(&dir)?.count(), 1);
        std::fs::remove_dir_all(&dir)
    }
}
