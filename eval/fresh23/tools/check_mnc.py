"""Every must_not_contain string (single cases and every conversation turn) must be absent from the document the
case is asked of (the stem in its id) and must not be echoed by its question; every answer string must be in its gold doc."""
import json, pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
docs = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "docs").iterdir()}
bad = n = 0
for line in (ROOT / "cases-test.jsonl").read_text(encoding="utf-8").splitlines():
    c = json.loads(line)
    stem = c["id"][4:-3]
    for t in (c["turns"] if c["kind"] == "multiturn" else [c]):
        for s in t["must_not_contain"]:
            n += 1
            if s in docs[stem]:
                bad += 1; print("IN DOC:", c["id"], repr(s))
            if s in t["question"]:
                bad += 1; print("ECHOED:", c["id"], repr(s))
print(n, "must_not_contain strings checked;", "OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
