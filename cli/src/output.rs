//! What the examples share: reading `--flag value` and `--flag=value`, and writing to standard
//! output so that a closed pipe (`| head -1`) ends the program quietly with exit code 0
//! instead of a panic, and to standard error without a panic. Included by each example with
//! `mod common;`.
#![allow(dead_code, unused_macros)]

use std::fmt;
use std::io::{self, Write};

/// The exit codes every example uses, for `--help`.
pub const EXIT_CODES: &str =
    "exit codes: 0 ok, 1 invalid input (every problem is reported), 2 usage or I/O error";

/// One command-line argument, split as `--flag=value` or left whole.
pub struct Arg {
    /// The argument as given.
    pub raw: String,
    /// The flag (`--lang`), or the whole argument when it is no `--flag=value`.
    pub flag: String,
    /// The value after `=`, for `--flag=value`.
    pub inline: Option<String>,
}

/// The command line after the program's name, argument by argument.
pub struct Args<I> {
    args: I,
}

impl Args<std::iter::Skip<std::env::Args>> {
    /// The program's own command line.
    pub fn from_env() -> Self {
        Args {
            args: std::env::args().skip(1),
        }
    }
}

impl<I: Iterator<Item = String>> Args<I> {
    /// Reads `args`.
    pub fn new(args: I) -> Self {
        Args { args }
    }

    /// The next argument, split at its first `=` when it is a `--flag=value`.
    pub fn next_arg(&mut self) -> Option<Arg> {
        let raw = self.args.next()?;
        let (flag, inline) = match raw.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (raw.clone(), None),
        };
        Some(Arg { raw, flag, inline })
    }

    /// The value of `arg`: after its `=`, or the next argument (which may not be a `--flag`).
    /// `hint` says what the value should be, in the message when it is missing.
    pub fn value(&mut self, arg: &Arg, hint: &str) -> Result<String, String> {
        let value = match &arg.inline {
            Some(value) => Some(value.clone()),
            None => self.args.next().filter(|v| !v.starts_with("--")),
        };
        match value {
            Some(v) if !v.trim().is_empty() => Ok(v),
            _ => Err(format!("{} needs a value: {hint}", arg.flag)),
        }
    }
}

/// Keeps the value of a flag that may be given once.
pub fn set_once(slot: &mut Option<String>, arg: &Arg, value: String) -> Result<(), String> {
    match slot.replace(value) {
        Some(_) => Err(format!("{} is given twice", arg.flag)),
        None => Ok(()),
    }
}

/// Refuses a flag that takes no value but was given one (`--help=yes`).
pub fn no_value(arg: &Arg) -> Result<(), String> {
    match &arg.inline {
        Some(_) => Err(format!("{} takes no value (in {:?})", arg.flag, arg.raw)),
        None => Ok(()),
    }
}

/// A schema name as the crate spells it: `progress_report` and `Progress-Report` are
/// `progress-report`.
pub fn schema_name(name: &str) -> String {
    name.trim().to_lowercase().replace('_', "-")
}

/// Ends the program after a failed write: quietly with exit 0 when the reader went away (a
/// closed pipe: what was written is what it wanted), with a message and exit 2 otherwise.
pub fn write_failed(e: io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    let _ = writeln!(io::stderr().lock(), "cannot write the output: {e}");
    std::process::exit(2);
}

/// Writes `bytes` to standard output; see [`write_failed`].
pub fn write_stdout(bytes: &[u8]) {
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        write_failed(e);
    }
}

/// A result of writing, ending the program as [`write_failed`] says when it failed.
pub fn wrote<T>(result: io::Result<T>) -> T {
    match result {
        Ok(value) => value,
        Err(e) => write_failed(e),
    }
}

/// Writes a line to standard output; see [`write_failed`].
pub fn out_line(args: fmt::Arguments<'_>) {
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        write_failed(e);
    }
}

/// Writes a line to standard error. A failed write is ignored: the program goes on and ends
/// with the exit code it would have had (a message nobody reads changes no exit code).
pub fn err_line(args: fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `println!` that a closed pipe does not turn into a panic.
macro_rules! say {
    ($($t:tt)*) => { $crate::common::out_line(format_args!($($t)*)) };
}

/// `eprintln!` that a closed pipe does not turn into a panic.
macro_rules! tell {
    ($($t:tt)*) => { $crate::common::err_line(format_args!($($t)*)) };
}

#[allow(unused_imports)]
pub(crate) use {say, tell};
