//! The seed article, pinned: every attribution in `soledar-2023-01.txt` with the right speaker, and nothing
//! else reported as a claim.

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn every_seed_attribution_and_nothing_else() {
    let out = Command::cargo_bin("sitrep")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", "--json", "corpus-sample/soledar-2023-01.txt"])
        .output()
        .unwrap();
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String, String)> = a["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let words: Vec<&str> = c["text"].as_str().unwrap().split_whitespace().take(4).collect();
            (c["speaker"].as_str().unwrap().to_string(), c["kind"].as_str().unwrap().to_string(), words.join(" "))
        })
        .collect();
    let expected = [
        ("Ukraine", "according_to", "its soldiers continue to"),
        ("Ukraine", "indirect", "its soldiers were fending"),
        ("Volodymyr Zelensky", "direct", "keeping their positions and"),
        ("Volodymyr Zelensky", "indirect", "he and top Ukrainian"),
        ("Wagner Group", "indirect", "to have captured Soledar"),
        ("Andrei Bayevsky", "direct", "there are still some"),
        ("Pavlo Kyrylenko", "according_to", "In Soledar, which had"),
        ("a 24-year-old Ukrainian soldier", "direct", "The situation is harsh"),
        ("U.S. officials", "indirect", "the significance of a"),
        ("John Kirby", "direct", "even if both Bakhmut"),
        ("Yuriy Belousov", "according_to", "more than 50,000 allegations"),
        ("Moscow", "indirect", "committing war crimes or"),
        ("Moscow", "indirect", "both the West and"),
        ("United Nations", "indirect", "it had discovered proof"),
        ("Volodymyr Zelensky", "indirect", "this may open the"),
        ("United Kingdom", "according_to", "Tanks might be sent"),
        ("Vladimir Putin", "indirect", "the security of Russia"),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(s, k, t)| (s.to_string(), k.to_string(), t.to_string())).collect();
    assert_eq!(got, expected);
}
