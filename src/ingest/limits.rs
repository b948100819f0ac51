//! Run a format reader under limits: its own thread with a large stack, a wall-clock time
//! limit, and a caught panic turned into a "damaged file" error, so no input can hang or
//! crash the app.

use std::sync::Once;
use std::sync::mpsc;
use std::time::Duration;

use super::IngestError;

/// How long one reader may run before the file is given up on.
pub const READ_TIME_LIMIT_SECS: u64 = 60;

/// Name of the reader threads; their panics are reported as errors, not printed.
const THREAD_NAME: &str = "briefcard-ingest-reader";

/// Stack for reader threads: parsers of nested documents recurse, and the nesting limits
/// are set so that the deepest allowed document fits well inside this.
const STACK_BYTES: usize = 256 * 1024 * 1024;

/// Run `read(label)` on a reader thread. `format` names the file kind in the message used
/// when the reader fails unexpectedly.
///
/// # Errors
/// The reader's own error, [`IngestError::TimedOut`] after [`READ_TIME_LIMIT_SECS`], or
/// [`IngestError::Damaged`] when the reader panicked.
pub(crate) fn run_limited<T, F>(
    label: &str,
    format: &'static str,
    read: F,
) -> Result<T, IngestError>
where
    T: Send + 'static,
    F: FnOnce(String) -> Result<T, IngestError> + Send + 'static,
{
    run_with_limit(
        label,
        format,
        Duration::from_secs(READ_TIME_LIMIT_SECS),
        read,
    )
}

fn run_with_limit<T, F>(
    label: &str,
    format: &'static str,
    limit: Duration,
    read: F,
) -> Result<T, IngestError>
where
    T: Send + 'static,
    F: FnOnce(String) -> Result<T, IngestError> + Send + 'static,
{
    quiet_reader_panics();
    let (tx, rx) = mpsc::channel();
    let owned_label = label.to_owned();
    let spawned = std::thread::Builder::new()
        .name(THREAD_NAME.to_owned())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(owned_label)));
            // The receiver may have given up (time limit); nothing to do then.
            let _ = tx.send(result);
        });
    let damaged = || IngestError::Damaged {
        format,
        path: label.to_owned(),
    };
    if spawned.is_err() {
        return Err(damaged());
    }
    match rx.recv_timeout(limit) {
        Ok(Ok(result)) => result,
        Ok(Err(_panic)) => Err(damaged()),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(IngestError::TimedOut {
            secs: limit.as_secs(),
            path: label.to_owned(),
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(damaged()),
    }
}

/// A third-party parser that panics on a malformed file is reported as a damaged file; the
/// default hook would also print a backtrace notice, which the CLI promises not to do.
fn quiet_reader_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(THREAD_NAME) {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_reader_is_a_damaged_file() {
        let r: Result<(), _> = run_limited("x.pdf", "PDF", |_| panic!("bad xref"));
        let msg = r.unwrap_err().to_string();
        assert_eq!(
            msg,
            "This PDF file is damaged or incomplete, so it could not be read: x.pdf"
        );
    }

    #[test]
    fn a_slow_reader_is_stopped() {
        let r: Result<(), _> =
            run_with_limit("slow.html", "web page", Duration::from_millis(50), |_| {
                std::thread::sleep(Duration::from_secs(2));
                Ok(())
            });
        assert!(matches!(r, Err(IngestError::TimedOut { .. })));
    }
}
