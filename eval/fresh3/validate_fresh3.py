"""Stand-alone check of the frozen fresh3 suite (no import of the assistant).

Run from the repository root: python3 eval/fresh3/validate_fresh3.py
Checks: every line is JSON with the case keys and types, known kinds, unique ids `f3-<stem>-NN`,
answerable cases cite a document file stem with a non-empty path and carry must_contain/any_of,
every must_contain string and one string of every any_of group occurs literally in the gold
document's text (.html: tags removed, entities decoded), unanswerable cases have no gold and no
must_not_contain string that occurs in their question; prints counts per kind and the shares of
paraphrased and unanswerable cases.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
KINDS = {"responsibility", "target", "deadline", "validity", "subsidy", "content", "list", "compare", "unanswerable"}
KEYS = {"id": str, "kind": str, "question": str, "gold": list, "acceptable": list, "must_contain": list,
        "any_of": list, "must_not_contain": list, "answerable": bool, "paraphrased": bool, "list": bool}


def doc_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def main() -> int:
    texts = {p.stem: doc_text(p) for p in DOCS.iterdir() if p.is_file()}
    problems, cases = [], []
    for n, line in enumerate((HERE / "cases-test.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON {exc}")
            continue
        cases.append(c)
        w = f"line {n} ({c.get('id')})"
        for k, t in KEYS.items():
            if not isinstance(c.get(k), t):
                problems.append(f"{w}: key {k} missing or not {t.__name__}")
        if set(c) - set(KEYS):
            problems.append(f"{w}: unknown keys {set(c) - set(KEYS)}")
        if c.get("kind") not in KINDS:
            problems.append(f"{w}: unknown kind")
        m = re.fullmatch(r"f3-(.+)-(\d\d)", c.get("id", ""))
        if not m or m.group(1) not in texts:
            problems.append(f"{w}: id is not f3-<stem>-NN")
        if (c["kind"] == "unanswerable") == c["answerable"]:
            problems.append(f"{w}: kind/answerable mismatch")
        if c["kind"] == "list" and not c["list"]:
            problems.append(f"{w}: list kind without list flag")
        for s in c["must_not_contain"]:
            if s in c["question"]:
                problems.append(f"{w}: must_not_contain {s!r} is in the question")
        if not c["answerable"]:
            if c["gold"] or c["acceptable"] or c["must_contain"] or c["any_of"]:
                problems.append(f"{w}: unanswerable with gold/strings")
            if not c["must_not_contain"]:
                problems.append(f"{w}: unanswerable without a tempting must_not_contain")
            continue
        if not c["gold"] or not (c["must_contain"] or c["any_of"]):
            problems.append(f"{w}: answerable without gold or strings")
        gold_texts = []
        for g in c["gold"]:
            if set(g) != {"doc_id", "path"} or not str(g.get("path", "")).strip():
                problems.append(f"{w}: citation form {g}")
            if g.get("doc_id") not in texts:
                problems.append(f"{w}: doc_id {g.get('doc_id')!r} is not a file stem in docs/")
            else:
                gold_texts.append(texts[g["doc_id"]])
        for s in c["must_contain"]:
            if not any(s in t for t in gold_texts):
                problems.append(f"{w}: must_contain {s!r} not in the gold document")
        for grp in c["any_of"]:
            if not grp or not any(s in t for s in grp for t in gold_texts):
                problems.append(f"{w}: no string of any_of {grp} in the gold document")
    for cid, k in Counter(c.get("id") for c in cases).items():
        if k > 1:
            problems.append(f"id {cid} used {k} times")
    used = {m.group(1) for c in cases if (m := re.fullmatch(r"f3-(.+)-\d\d", c.get("id", "")))}
    for stem in sorted(set(texts) - used):
        problems.append(f"document {stem} has no case")
    kinds = Counter(c["kind"] for c in cases)
    print(f"{len(cases)} cases over {len(used)} documents; kinds: {dict(sorted(kinds.items()))}")
    print(f"paraphrased {sum(c['paraphrased'] for c in cases) / len(cases):.0%}, "
          f"unanswerable {kinds['unanswerable'] / len(cases):.0%}, list-flagged {sum(c['list'] for c in cases)}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
