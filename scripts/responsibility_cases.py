"""Ask some real-dev cases (by id prefix) through the real assistant and score them as the eval does.

Loads the real-dev suite the way `policy-qa eval --suite real-dev` does (the shipped corpus plus every
eval/real/docs/dev document, in the eval's own cache folder), asks only the cases whose id starts with
one of the given prefixes, and prints one line per case: right or not, the half of its document (see
`halves`), the gold clause's rank in the search top 10, the reasons and
the answer's first line. Run it on a clean copy of a committed tree (see the helper rules).

Usage: python scripts/responsibility_cases.py h22r- [more prefixes] [--suite shipped-dev] [--kind responsibility]
[--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from assistant.evaluation.cases import SUITES, load_cases
from assistant.evaluation.runner import load_suites, run_cases


def halves(docs_dir: Path) -> dict[str, str]:
    """A round's new documents (stems h22r-…, h22m-…) are halved among themselves, the earlier ones
    among the earlier ones: sorted by stem, even positions A, odd B."""
    stems = sorted(p.stem for p in docs_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    groups: dict[str, list[str]] = {}
    for stem in stems:
        head = stem.split("-")[0]
        groups.setdefault(head if re.fullmatch(r"h\d+[a-z]+", head) else "", []).append(stem)
    return {s: "A" if i % 2 == 0 else "B" for group in groups.values() for i, s in enumerate(group)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", default=[""], help="case id prefixes (default: every case)")
    parser.add_argument("--suite", default="real-dev", choices=("real-dev", "shipped-dev"))
    parser.add_argument("--kind", action="append", help="only cases of this kind (repeatable)")
    parser.add_argument("--json", help="write the per-case results here")
    args = parser.parse_args()
    suite = SUITES[args.suite]
    problems: list[str] = []  # another writer's malformed line does not stop these cases (check_cases lists it)
    cases = [c for c in load_cases(suite.cases_path, problems) if c["id"].startswith(tuple(args.prefixes or [""]))
             and (not args.kind or c["kind"] in args.kind)]
    setup = load_suites([suite])[suite.name]
    half_of = halves(suite.docs_dir) if suite.docs_dir else {}
    results = run_cases(setup.assistants["hybrid"], cases, "hybrid", setup.load_failures, setup.documents)
    rows = []
    for case, res in zip(cases, results, strict=True):
        doc = case["gold"][0]["doc_id"] if case.get("gold") else None
        half = half_of.get(doc, "?") if doc else next((half_of[d] for d in res.documents if d in half_of), "?")
        q = res.questions[0]
        rows.append({"id": res.id, "kind": res.kind, "half": half, "correct": res.correct,
                     "rank": res.retrieval_rank, "reasons": q.reasons, "answer": q.answer, "cited": q.cited})
        first = q.answer.splitlines()[0][:100] if q.answer else ""
        print(f"{'ok ' if res.correct else 'BAD'} {half} rank={res.retrieval_rank} {res.id} {q.reasons} | {first}")
    for half in ("A", "B"):
        part = [r for r in rows if r["half"] == half]
        ranked = [r for r in part if r["kind"] != "unanswerable"]
        print(f"half {half}: {sum(r['correct'] for r in part)}/{len(part)} right; gold in top 10 "
              f"{sum(r['rank'] is not None for r in ranked)}/{len(ranked)}")
    print(f"all: {sum(r['correct'] for r in rows)}/{len(rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
