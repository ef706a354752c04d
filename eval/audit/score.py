#!/usr/bin/env python3
"""Re-scores the audit samples of eval/audit/ against a new extraction of the r2nery corpus.

    zstd -dc ../shared/corpora/ukraine-media-r2nery/articles.jsonl.zst > /tmp/r2n.jsonl
    ./target/release/sitrep extract --json /tmp/r2n.jsonl > /tmp/r2n-extract.jsonl
    python3 eval/audit/score.py /tmp/r2n-extract.jsonl                 # every sample
    python3 eval/audit/score.py /tmp/r2n-extract.jsonl --tuning-only   # not the held-out one

For each judged claim it looks for the extracted claim of the same article whose span overlaps the judged span
most (by at least 30% of the longer one, as `sitrep-eval claims` matches), and compares its speaker with the
judged one (case-insensitive; spelling variants the judge accepted are listed in `also_accepted`). Prints, per
file: found (a claim still extracted there), speaker right among those found, and the 95% Wilson interval.

`pronoun-speakers.tsv` is held out: 80 claims whose speaker was written as a pronoun (he/she/it/they), drawn at
random from all such claims of the session-6 extractor (seed 11) and judged by reading each article before looking
at the tool's answer; no rule was written from it. `claims-sample.tsv` is the session-6 audit of 120 claims drawn
uniformly (seed 7); its errors were used to choose rules, so it is a tuning sample now, as is
`claims-sample-s11.tsv`, the session-11 audit of 100 claims (seed 1111). README in this directory.
"""
import csv
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).parent


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    m = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - m) / d, (c + m) / d)


def best_claim(claims, start, end):
    best, best_ov = None, 0.0
    for c in claims:
        ov = min(end, c["end"]) - max(start, c["start"])
        if ov <= 0:
            continue
        frac = ov / max(end - start, c["end"] - c["start"])
        if frac >= 0.3 and frac > best_ov:
            best, best_ov = c, frac
    return best


def fold(s):
    return " ".join(s.replace("’", "'").lower().split())


def score(name, rows, claims_of, gold_of):
    found = right = 0
    judged = 0
    for r in rows:
        gold = gold_of(r)
        if gold is None:
            continue
        judged += 1
        c = best_claim(claims_of.get(r["article_id"], []), int(r["start"]), int(r["end"]))
        if c is None:
            continue
        found += 1
        if fold(c["speaker"]) in {fold(g) for g in gold if g}:
            right += 1
    lo, hi = wilson(right, found)
    print(f"{name}: {judged} judged claims, {found} still extracted, speaker right {right}/{found} = "
          f"{100 * right / max(found, 1):.1f}% (95% CI {100 * lo:.1f}-{100 * hi:.1f})")


def main():
    args = [a for a in sys.argv[1:] if a != "--tuning-only"]
    tuning_only = len(args) + 1 != len(sys.argv)
    if len(args) != 1:
        sys.exit(__doc__)
    sys.argv[1:] = args
    claims_of = {}
    with open(sys.argv[1]) as f:
        for line in f:
            a = json.loads(line)
            claims_of[a["id"]] = a["claims"]

    def tsv(name):
        with open(HERE / name, newline="") as f:
            return list(csv.DictReader(f, delimiter="\t"))

    # Claims that are real attributions with a judged speaker.
    if not tuning_only:
        score("pronoun-speakers.tsv (held out)", tsv("pronoun-speakers.tsv"), claims_of,
              lambda r: None if r["gold_kind"] in ("not-a-claim", "unsure") else [r["gold_speaker"], r["also_accepted"]])
    def audited(r):
        if r["is_claim"] != "yes" or r["speaker"] == "unsure":
            return None
        if r["speaker"] == "right":
            return [r.get("session6_speaker") or r["extracted_speaker"]]
        # Wrong or partly right: the judge wrote the right speaker (or nothing, then it cannot be scored).
        return [r["correct_speaker"]] if r["correct_speaker"] else None

    score("claims-sample.tsv (tuning)", tsv("claims-sample.tsv"), claims_of, audited)
    score("claims-sample-s11.tsv (tuning)", tsv("claims-sample-s11.tsv"), claims_of, audited)


if __name__ == "__main__":
    main()
