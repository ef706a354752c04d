//! Discovering input files: walks the given paths (files or directories, recursively, following symbolic
//! links with loop detection), skips hidden entries, and sorts the result so every run sees the same order.

use std::path::PathBuf;

use walkdir::WalkDir;

use crate::article::Reject;

/// Files found and paths that could not be walked.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files to read, sorted.
    pub files: Vec<PathBuf>,
    /// Paths that could not be walked (missing, unreadable, symlink loops).
    pub rejects: Vec<Reject>,
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.') && s != "." && s != "..")
}

/// Walks `paths`. Directories are recursed; hidden files and directories (`.git`, `.DS_Store`) are skipped.
pub fn discover(paths: &[PathBuf]) -> Discovered {
    let mut out = Discovered::default();
    for root in paths {
        if !root.exists() {
            out.rejects.push(Reject {
                path: root.display().to_string(),
                line: None,
                reason: "no such file or directory".to_string(),
            });
            continue;
        }
        let walker = WalkDir::new(root).follow_links(true).sort_by_file_name();
        let mut it = walker.into_iter();
        while let Some(entry) = it.next() {
            match entry {
                Ok(e) => {
                    if e.depth() > 0 && is_hidden(e.file_name()) {
                        if e.file_type().is_dir() {
                            it.skip_current_dir();
                        }
                        continue;
                    }
                    if e.file_type().is_file() {
                        out.files.push(e.into_path());
                    }
                }
                Err(err) => {
                    let path = err.path().map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                    let reason = if err.loop_ancestor().is_some() {
                        "symbolic link loop".to_string()
                    } else {
                        err.io_error().map_or_else(|| err.to_string(), |e| format!("cannot read: {e}"))
                    };
                    out.rejects.push(Reject { path, line: None, reason });
                }
            }
        }
    }
    out.files.sort();
    out.files.dedup();
    out
}
