"""Format check of the fresh2 suite, standalone (imports nothing of the assistant).

Run from the repository root: python eval/fresh2/validate.py
Checks: every line parses as JSON with the keys and types of eval/real/cases-dev.jsonl lines; ids unique and
prefixed f2-<stem>-; kinds known; answerable iff kind != unanswerable, unanswerable cases have no gold and a
must_not_contain; list cases flagged; every gold doc_id is a file stem under docs/; every must_contain string and
one string of every any_of group occurs literally in a gold document (or, for a case without gold, nowhere is
required); every document has a SOURCES.tsv row. Exits 1 listing the problems.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"responsibility", "target", "deadline", "validity", "subsidy", "content", "list", "compare", "unanswerable"}
KEYS = {"id": str, "kind": str, "question": str, "gold": list, "acceptable": list, "must_contain": list,
        "any_of": list, "must_not_contain": list, "answerable": bool, "paraphrased": bool, "list": bool}
PATH_RE = re.compile(r"^(正文|第[一二三四五六七八九十百零]+条|[一二三四五六七八九十]+(（[一二三四五六七八九十]+）)?[0-9]*)$")


def main() -> int:
    docs = {p.stem: p.read_text(encoding="utf-8") for p in (HERE / "docs").iterdir() if p.is_file()}
    problems, ids, per_doc = [], set(), {}
    lines = (HERE / "cases-test.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {i}: not JSON ({exc})")
            continue
        where = f"line {i} ({case.get('id')})"
        for key, typ in KEYS.items():
            if not isinstance(case.get(key), typ):
                problems.append(f"{where}: key {key} missing or not {typ.__name__}")
        if set(case) - set(KEYS):
            problems.append(f"{where}: extra keys {set(case) - set(KEYS)}")
        if case["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(case["id"])
        if case["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind")
        if (case["kind"] == "unanswerable") == case["answerable"]:
            problems.append(f"{where}: answerable must be false exactly for kind unanswerable")
        if not case["answerable"] and (case["gold"] or not case["must_not_contain"] or case["must_contain"]):
            problems.append(f"{where}: unanswerable needs empty gold/must_contain and a must_not_contain")
        if case["answerable"] and not case["gold"]:
            problems.append(f"{where}: answerable case without gold")
        if case["answerable"] and not (case["must_contain"] or case["any_of"]):
            problems.append(f"{where}: answerable case with nothing to check")
        if (case["kind"] == "list") != case["list"]:
            problems.append(f"{where}: list flag and kind disagree")
        texts = []
        for g in case["gold"]:
            stem = g.get("doc_id")
            if stem not in docs:
                problems.append(f"{where}: gold doc_id {stem!r} is no file stem in docs/")
                continue
            if not case["id"].startswith(f"f2-{stem}-"):
                problems.append(f"{where}: id does not name its document")
            if not PATH_RE.match(g.get("path", "")):
                problems.append(f"{where}: path {g.get('path')!r} not of the documented forms")
            texts.append(docs[stem])
        stem = case["id"][3:].rsplit("-", 1)[0]
        if stem not in docs:
            problems.append(f"{where}: id names no document")
        per_doc[stem] = per_doc.get(stem, 0) + 1
        for s in case["must_contain"]:
            if not any(s in t for t in texts):
                problems.append(f"{where}: must_contain {s!r} not in a gold document")
        for group in case["any_of"]:
            if not any(s in t for s in group for t in texts):
                problems.append(f"{where}: no string of any_of {group!r} in a gold document")
        if re.search(r"[們這個說為會關於與]", case["question"]):
            problems.append(f"{where}: question not in simplified script")
    sources = (HERE / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = {Path(row.split("\t")[0]).stem for row in sources if row.strip()}
    for stem in docs:
        if stem not in listed:
            problems.append(f"document {stem} has no SOURCES.tsv row")
    for stem in listed - set(docs):
        problems.append(f"SOURCES.tsv row {stem} has no file")
    n = len(lines)
    para = sum(json.loads(l)["paraphrased"] for l in lines)
    unans = sum(not json.loads(l)["answerable"] for l in lines)
    print(f"{n} cases, {len(docs)} documents, paraphrased {para / n:.0%}, unanswerable {unans} ({unans / n:.0%})")
    for stem in sorted(docs):
        print(f"  {per_doc.get(stem, 0):3d}  {stem}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
