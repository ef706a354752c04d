//! Scheduled reindexing, for real: files and lines added, changed, deleted and renamed between runs; two
//! indexers at once; indexers killed with SIGKILL and stopped with SIGTERM mid-run; bad inputs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::Duration;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

fn bin() -> StdCommand {
    let mut cmd = StdCommand::cargo_bin("sitrep").expect("the sitrep binary is built for tests");
    cmd.env_remove("SITREP_INDEX").env_remove("SITREP_SCHEMA");
    cmd
}

/// Runs `sitrep index --json --quiet ARGS... --index IDX` and returns (exit code, summary).
fn index(idx: &Path, args: &[&str]) -> (i32, Value) {
    let out = bin().arg("index").args(args).args(["--json", "--quiet", "--index"]).arg(idx).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (code, summary)
}

fn stats(idx: &Path) -> Value {
    let out = bin().args(["stats", "--json", "--index"]).arg(idx).output().unwrap();
    assert!(out.status.success(), "stats failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn total(idx: &Path, query: &str) -> u64 {
    let out = bin().args(["search", query, "--json", "--index"]).arg(idx).output().unwrap();
    assert!(out.status.success(), "search failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["total"].as_u64().unwrap()
}

/// A temporary directory with an empty `corpus/` and the path of an index beside it.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let (corpus, idx) = (tmp.path().join("corpus"), tmp.path().join("idx"));
    fs::create_dir_all(&corpus).unwrap();
    (tmp, corpus, idx)
}

fn article(id: &str, word: &str, filler: usize) -> String {
    let body = format!(
        "John Kirby said that {word} would not change the strategic picture. \"We are watching {word} closely,\" he said.{}",
        " Officials described the fighting around the town in detail.".repeat(filler)
    );
    serde_json::json!({"id": id, "title": format!("Report {id}"), "date": "2023-01-14", "source": "Test Wire", "text": body})
        .to_string()
}

fn write_jsonl(path: &Path, ids: &[String], word: &str, filler: usize) {
    let lines: Vec<String> = ids.iter().map(|id| article(id, word, filler)).collect();
    fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn files_and_lines_added_changed_deleted_renamed() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let idx = tmp.path().join("idx");
    fs::create_dir_all(corpus.join("sub")).unwrap();
    write_jsonl(&corpus.join("a.jsonl"), &["a1".into(), "a2".into(), "a3".into()], "Bakhmut", 0);
    fs::write(corpus.join("sub/b.txt"), "Soledar report\nDate: 2023-01-12\n\nKirby said Soledar was not strategic.\n")
        .unwrap();

    let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 0, "{s}");
    assert_eq!((s["added"].as_u64(), s["total_articles"].as_u64()), (Some(2), Some(4)));

    // Nothing changed: nothing is read, nothing is committed.
    let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(s["unchanged"], 2);
    assert_eq!(s["committed"], false);
    assert_eq!(s["articles"], 0);

    // A line changed, a line added, a line removed.
    write_jsonl(&corpus.join("a.jsonl"), &["a1".into(), "a3".into(), "a4".into()], "Avdiivka", 0);
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["updated"].as_u64(), s["total_articles"].as_u64()), (Some(1), Some(4)));
    assert_eq!(total(&idx, "articles mentioning Bakhmut"), 0, "old text is gone");
    assert_eq!(total(&idx, "articles mentioning Avdiivka"), 3);

    // Renamed: same documents, no duplicates.
    fs::rename(corpus.join("sub/b.txt"), corpus.join("b-moved.txt")).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["added"].as_u64(), s["removed"].as_u64()), (Some(1), Some(1)));
    assert_eq!(s["total_articles"], 4);
    assert_eq!(total(&idx, "articles mentioning Soledar"), 1);

    // A copy of an article in a second file is indexed once; deleting the original keeps the copy.
    fs::copy(corpus.join("b-moved.txt"), corpus.join("b-copy.txt")).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(1), Some(4)));
    fs::remove_file(corpus.join("b-moved.txt")).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(s["total_articles"], 4, "{s}");
    assert_eq!(total(&idx, "articles mentioning Soledar"), 1);

    // Touched but unchanged: not re-indexed.
    let content = fs::read(corpus.join("a.jsonl")).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    fs::write(corpus.join("a.jsonl"), content).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["articles"].as_u64(), s["unchanged"].as_u64()), (Some(0), Some(2)), "{s}");

    // Deleted.
    fs::remove_file(corpus.join("a.jsonl")).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["removed"].as_u64(), s["total_articles"].as_u64()), (Some(1), Some(1)));
    assert_eq!(stats(&idx)["files"], 1);
}

/// The map of ids claimed during a run is emptied at each commit (its ids are then in the index): copies in
/// files written commits apart must still be found, on a first run and when the original's file is re-read.
#[test]
fn duplicates_are_found_across_commits() {
    let (_tmp, corpus, idx) = workspace();
    for (name, ids) in [("a", ["x1", "x2"]), ("b", ["y1", "y2"]), ("c", ["z1", "x2"]), ("d", ["y1", "w1"])] {
        let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        write_jsonl(&corpus.join(format!("{name}.jsonl")), &ids, "Bakhmut", 0);
    }
    let run = |extra: &[&str]| {
        let out = bin()
            .env("SITREP_COMMIT_EVERY_BYTES", "1") // a commit after every file
            .args(["index", corpus.to_str().unwrap(), "--threads", "1", "--json", "--quiet", "--index"])
            .arg(&idx)
            .args(extra)
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let s = run(&[]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(2), Some(6)), "{s}");
    // The first file changes (it is re-read and gives its ids up, then takes them back): the copies in the
    // later files are still copies.
    write_jsonl(&corpus.join("a.jsonl"), &["x1".into(), "x2".into()], "Soledar", 0);
    let s = run(&[]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(2), Some(6)), "{s}");
    assert_eq!(total(&idx, "articles mentioning Soledar"), 2);
    let s = run(&["--full"]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(2), Some(6)), "{s}");

    // The owner is read after its copy: `b` holds `x9` and `a`, added later, carries a copy. Both change and are
    // written in separate commits, `a` first (it may take `x9` while `b` gives its ids up); when `b` comes, the
    // index holds `a`'s new copy and `b`'s old one, and `b` must see `a`'s.
    fs::remove_dir_all(&idx).unwrap();
    for f in ["a", "b", "c", "d"] {
        fs::remove_file(corpus.join(format!("{f}.jsonl"))).unwrap();
    }
    write_jsonl(&corpus.join("b.jsonl"), &["x9".into(), "y9".into()], "Bakhmut", 0);
    run(&[]);
    write_jsonl(&corpus.join("a.jsonl"), &["x9".into(), "z9".into()], "Bakhmut", 0);
    let s = run(&[]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(1), Some(3)), "{s}");
    write_jsonl(&corpus.join("a.jsonl"), &["x9".into(), "z9".into()], "Soledar", 0);
    write_jsonl(&corpus.join("b.jsonl"), &["x9".into(), "y9".into()], "Soledar", 0);
    let s = run(&[]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(1), Some(3)), "{s}");
    assert_eq!(total(&idx, "articles mentioning Soledar"), 3);
}

/// A file touched but not changed keeps its article ids: a copy of it made at the same time is all duplicates.
#[test]
fn a_touched_file_keeps_its_ids() {
    let (_tmp, corpus, idx) = workspace();
    write_jsonl(&corpus.join("a.jsonl"), &["t1".into(), "t2".into()], "Bakhmut", 0);
    let (code, _) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 0);
    let content = fs::read(corpus.join("a.jsonl")).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    fs::write(corpus.join("a.jsonl"), &content).unwrap();
    fs::write(corpus.join("b.jsonl"), &content).unwrap();
    let (_, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!((s["duplicates"].as_u64(), s["total_articles"].as_u64()), (Some(2), Some(2)), "{s}");
}

#[test]
fn full_rebuild_gives_the_same_index() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let (code, first) = index(&idx, &["corpus-sample"]);
    assert_eq!(code, 0);
    let (code, full) = index(&idx, &["corpus-sample", "--full"]);
    assert_eq!(code, 0);
    assert_eq!(full["mode"], "rebuild");
    assert_eq!(first["total_articles"], full["total_articles"]);
    assert_eq!(first["total_claims"], full["total_claims"]);
}

/// A corpus big enough for a run to take a while: `files` JSON Lines files of `per_file` articles.
fn big_corpus(dir: &Path, files: usize, per_file: usize) -> usize {
    fs::create_dir_all(dir).unwrap();
    let prefix = dir.file_name().unwrap().to_string_lossy().to_string();
    for f in 0..files {
        let ids: Vec<String> = (0..per_file).map(|i| format!("{prefix}-f{f}-{i}")).collect();
        write_jsonl(&dir.join(format!("part-{f:04}.jsonl")), &ids, "Bakhmut", 40);
    }
    files * per_file
}

fn spawn_index(idx: &Path, corpus: &Path, extra: &[&str]) -> Child {
    bin()
        .arg("index")
        .arg(corpus)
        .args(extra)
        .args(["--quiet", "--index"])
        .arg(idx)
        .env("SITREP_COMMIT_EVERY_BYTES", "200000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn signal(child: &Child, sig: &str) {
    let _ = StdCommand::new("kill").args([sig, &child.id().to_string()]).status();
}

fn articles_in(idx: &Path) -> Option<u64> {
    let out = bin().args(["stats", "--json", "--index"]).arg(idx).output().unwrap();
    if out.status.code() == Some(4) {
        return None; // no index published yet
    }
    assert!(out.status.success(), "the index must open after a kill: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["articles"].as_u64()
}

#[test]
fn sigkill_at_any_moment_then_rerun_converges() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let per_file = 30;
    let expected = big_corpus(&corpus, 100, per_file) as u64;
    for (round, delay_ms) in [30u64, 150, 400, 900].into_iter().enumerate() {
        let idx = tmp.path().join(format!("idx-{round}"));
        // Kill the first build.
        let mut child = spawn_index(&idx, &corpus, &[]);
        std::thread::sleep(Duration::from_millis(delay_ms));
        signal(&child, "-KILL");
        let _ = child.wait();
        if let Some(n) = articles_in(&idx) {
            assert_eq!(n, expected, "a published first build is complete");
        }
        let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
        assert_eq!(code, 0, "{s}");
        assert_eq!(s["total_articles"].as_u64(), Some(expected), "round {round}: {s}");

        // Kill an incremental run that adds files: the index answers from its last commit meanwhile.
        let extra = tmp.path().join(format!("extra-{round}"));
        let added = big_corpus(&extra, 30, per_file) as u64;
        let both = tmp.path().join(format!("both-{round}"));
        fs::create_dir_all(&both).unwrap();
        for d in [&corpus, &extra] {
            for e in fs::read_dir(d).unwrap() {
                let e = e.unwrap();
                let name = format!("{}-{}", d.file_name().unwrap().to_string_lossy(), e.file_name().to_string_lossy());
                fs::copy(e.path(), both.join(name)).unwrap();
            }
        }
        let (_, s) = index(&idx, &[both.to_str().unwrap(), "--full"]);
        assert_eq!(s["total_articles"].as_u64(), Some(expected + added));
        fs::remove_dir_all(&extra).unwrap();
        let mut child = spawn_index(&idx, &corpus, &["--full"]);
        std::thread::sleep(Duration::from_millis(delay_ms));
        signal(&child, "-KILL");
        let _ = child.wait();
        // A killed rebuild leaves a complete generation answering: the old one, or the new one if the run
        // published it before the kill. Never a partial one.
        let n = articles_in(&idx);
        assert!(n == Some(expected + added) || n == Some(expected), "round {round}: {n:?}");
        let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
        assert_eq!(code, 0, "{s}");
        assert_eq!(s["total_articles"].as_u64(), Some(expected), "round {round}: {s}");
        assert_eq!(total(&idx, "claims by Kirby mentioning Bakhmut"), expected * 2);
        fs::remove_dir_all(&both).unwrap();
    }
}

#[test]
fn sigterm_commits_finished_files_and_rerun_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let expected = big_corpus(&corpus, 100, 30) as u64;
    let idx = tmp.path().join("idx");
    // A small first index, so that the interrupted run is incremental and its commits are visible.
    let first = tmp.path().join("first");
    fs::create_dir_all(&first).unwrap();
    fs::copy(corpus.join("part-0000.jsonl"), first.join("part-0000.jsonl")).unwrap();
    index(&idx, &[first.to_str().unwrap()]);
    let mut child = spawn_index(&idx, &corpus, &[]);
    std::thread::sleep(Duration::from_millis(250));
    signal(&child, "-TERM");
    let status = child.wait().unwrap();
    assert!(matches!(status.code(), Some(0) | Some(130)), "clean stop: {status:?}");
    let n = articles_in(&idx).expect("the index answers");
    assert_eq!(n % 30, 0, "only whole files are committed: {n}");
    let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(s["total_articles"].as_u64(), Some(expected));
}

#[test]
fn one_writer_at_a_time_and_searches_keep_working() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let expected = big_corpus(&corpus, 40, 20) as u64;
    let idx = tmp.path().join("idx");
    index(&idx, &["corpus-sample"]);

    // Someone holds the lock: fail at once with exit code 5; with --wait, wait for it.
    let lock = fs::OpenOptions::new().write(true).open(idx.join("writer.lock")).unwrap();
    lock.try_lock().unwrap();
    let out = bin().args(["index", "corpus-sample", "--quiet", "--index"]).arg(&idx).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is being written by another sitrep process"));
    let mut waiting = spawn_index(&idx, Path::new("corpus-sample"), &["--wait"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(waiting.try_wait().unwrap().is_none(), "--wait blocks while the lock is held");
    drop(lock);
    assert!(waiting.wait().unwrap().success());

    // Two real indexers started together: one runs, the other fails with 5 (or runs after it).
    let mut a = spawn_index(&idx, &corpus, &[]);
    let mut b = spawn_index(&idx, &corpus, &[]);
    // Searches keep answering from the last commit while they run.
    for _ in 0..5 {
        assert!(total(&idx, "Kirby") > 0);
        std::thread::sleep(Duration::from_millis(50));
    }
    let (ca, cb) = (a.wait().unwrap().code(), b.wait().unwrap().code());
    let mut codes = [ca, cb];
    codes.sort();
    assert!(codes == [Some(0), Some(0)] || codes == [Some(0), Some(5)], "{codes:?}");
    assert_eq!(articles_in(&idx), Some(expected));
}

#[test]
fn bad_inputs_are_skipped_and_strict_commits_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    fs::create_dir_all(corpus.join("loop")).unwrap();
    write_jsonl(&corpus.join("good.jsonl"), &["g1".into(), "g2".into()], "Bakhmut", 0);
    for entry in fs::read_dir("tests/data/malformed").unwrap() {
        let e = entry.unwrap();
        if e.file_name() != "README.md" {
            fs::copy(e.path(), corpus.join(e.file_name())).unwrap();
        }
    }
    std::os::unix::fs::symlink(corpus.join("loop"), corpus.join("loop/again")).unwrap();
    let big = fs::File::create(corpus.join("huge.txt")).unwrap();
    big.set_len(65 * 1024 * 1024).unwrap(); // sparse: costs nothing on disk
    let no_title = corpus.join("only-title.txt");
    fs::write(&no_title, "Just a title\n").unwrap();

    let idx = tmp.path().join("idx");
    let (code, s) = index(&idx, &[corpus.to_str().unwrap(), "--strict"]);
    assert_eq!(code, 1, "--strict fails on rejected inputs: {s}");
    assert_eq!(s["committed"], false);
    assert_eq!(bin().args(["stats", "--index"]).arg(&idx).output().unwrap().status.code(), Some(4));

    let (code, s) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 3, "{s}");
    let rejected: Vec<String> =
        s["rejected"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    let has = |needle: &str| rejected.iter().any(|r| r.contains(needle));
    assert!(has("symbolic link loop"), "{rejected:?}");
    assert!(has("huge.txt: file too large"), "{rejected:?}");
    assert!(has("only-title.txt: no body text"), "{rejected:?}");
    assert!(has("lines.jsonl:2: invalid JSON"), "{rejected:?}");
    assert!(has("binary.txt:1: invalid UTF-8"), "{rejected:?}");
    assert!(has("notes.csv: unsupported file type"), "{rejected:?}");
    // good.jsonl (2) + the two good lines of lines.jsonl.
    assert_eq!(s["total_articles"], 4);
    // Rejections of unchanged files are reported again on the next run, without reading them.
    let (code, s2) = index(&idx, &[corpus.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert_eq!(s2["rejected"].as_array().unwrap().len(), rejected.len());
    assert_eq!(s2["committed"], false);
}

#[test]
fn stats_reports_what_the_index_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let idx: PathBuf = tmp.path().join("idx");
    index(&idx, &["corpus-sample"]);
    let s = stats(&idx);
    assert_eq!(s["articles"], 19);
    assert_eq!(s["files"], 15);
    assert_eq!(s["first_published"], "2022-02-24");
    assert_eq!(s["last_published"], "2023-06-06");
    assert_eq!(s["top"]["people"][0][0], "Volodymyr Zelensky");
    assert_eq!(s["last_commit"]["schema_version"], sitrep::index::SCHEMA_VERSION);
}
