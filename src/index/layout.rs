//! The index directory: generations, the pointer to the current one, and the writer lock.
//!
//! ```text
//! sitrep-index/
//!   CURRENT          name of the generation searches read (replaced atomically by rename)
//!   BUILDING         name of a generation being rebuilt, while a full rebuild is unfinished
//!   writer.lock      held (OS file lock) by the one running `sitrep index`
//!   gen-000001/      a tantivy index, and sitrep-names.bin: the vocabulary's names for `search`
//!   gen-000002/      ...
//! ```
//!
//! Incremental runs write into the current generation (each commit is atomic). A full rebuild writes a new
//! generation, committing as it goes, and only then points `CURRENT` at it, so searches keep answering from
//! the old one until the new one is complete; an interrupted rebuild is resumed by the next run.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

const CURRENT: &str = "CURRENT";
const BUILDING: &str = "BUILDING";
const LOCK: &str = "writer.lock";

/// An index directory.
#[derive(Debug, Clone)]
pub struct Layout {
    root: PathBuf,
}

/// Proof that this process is the only writer; released on drop.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

impl Layout {
    /// The layout of an index directory (nothing is created).
    pub fn new(root: impl Into<PathBuf>) -> Layout {
        Layout { root: root.into() }
    }

    /// The directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn read_pointer(&self, name: &str) -> Result<Option<PathBuf>> {
        let path = self.root.join(name);
        match std::fs::read_to_string(&path) {
            Ok(s) => {
                let gen = s.trim();
                if gen.is_empty() || gen.contains(['/', '\\']) || gen.starts_with('.') {
                    return Err(Error::NoIndex {
                        path: self.root.clone(),
                        reason: format!("{} does not name a generation", path.display()),
                    });
                }
                Ok(Some(self.root.join(gen)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// The generation searches read, if any.
    pub fn current(&self) -> Result<Option<PathBuf>> {
        self.read_pointer(CURRENT)
    }

    /// The generation an unfinished full rebuild writes, if any.
    pub fn building(&self) -> Result<Option<PathBuf>> {
        self.read_pointer(BUILDING)
    }

    /// Takes the writer lock; with `wait`, blocks until the other writer is done.
    pub fn lock(&self, wait: bool) -> Result<WriterLock> {
        std::fs::create_dir_all(&self.root).map_err(|e| Error::io(&self.root, e))?;
        let path = self.root.join(LOCK);
        let file =
            OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| Error::io(&path, e))?;
        if wait {
            file.lock().map_err(|e| Error::io(&path, e))?;
        } else {
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Locked(self.root.clone())),
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
        Ok(WriterLock { _file: file })
    }

    /// Starts a new generation for a full rebuild and records it in `BUILDING`.
    pub fn start_building(&self, _lock: &WriterLock) -> Result<PathBuf> {
        let mut n = 1;
        if let Ok(entries) = std::fs::read_dir(&self.root) {
            for e in entries.flatten() {
                if let Some(num) =
                    e.file_name().to_str().and_then(|s| s.strip_prefix("gen-")).and_then(|s| s.parse::<u32>().ok())
                {
                    n = n.max(num + 1);
                }
            }
        }
        let name = format!("gen-{n:06}");
        let dir = self.root.join(&name);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        self.write_pointer(BUILDING, &name)?;
        Ok(dir)
    }

    /// Makes a finished generation current (atomic rename), forgets `BUILDING`, and removes older generations.
    pub fn publish(&self, gen: &Path, _lock: &WriterLock) -> Result<()> {
        let name = gen.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        self.write_pointer(CURRENT, &name)?;
        let _ = std::fs::remove_file(self.root.join(BUILDING));
        // Old generations: searches that still have them open keep their files (mmap) until they finish.
        if let Ok(entries) = std::fs::read_dir(&self.root) {
            for e in entries.flatten() {
                let fname = e.file_name();
                let fname = fname.to_string_lossy();
                if fname.starts_with("gen-") && fname != name {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        Ok(())
    }

    fn write_pointer(&self, name: &str, value: &str) -> Result<()> {
        let tmp = self.root.join(format!(".{name}.tmp"));
        let dst = self.root.join(name);
        let mut f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        f.write_all(value.as_bytes()).and_then(|_| f.sync_all()).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, &dst).map_err(|e| Error::io(&dst, e))?;
        if let Ok(dir) = File::open(&self.root) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_fails_and_publish_switches_generations() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::new(dir.path());
        let lock = layout.lock(false).unwrap();
        assert!(matches!(layout.lock(false), Err(Error::Locked(_))));
        assert_eq!(layout.current().unwrap(), None);
        let g1 = layout.start_building(&lock).unwrap();
        assert_eq!(layout.building().unwrap().as_deref(), Some(g1.as_path()));
        layout.publish(&g1, &lock).unwrap();
        assert_eq!(layout.current().unwrap().as_deref(), Some(g1.as_path()));
        assert_eq!(layout.building().unwrap(), None);
        let g2 = layout.start_building(&lock).unwrap();
        assert_ne!(g1, g2);
        layout.publish(&g2, &lock).unwrap();
        assert!(!g1.exists(), "old generation removed");
        drop(lock);
        layout.lock(false).unwrap();
    }
}
