"""Trace money, rate, period and unanswerable real-dev cases to the stage that fails them.

Asks the chosen cases (by id, or by id prefix) through the real assistant the way `policy-qa eval --suite
real-dev` does (scripts/responsibility_cases.py loads them), and names for each failing one the stage:

* retrieval — an answerable case whose gold clause is not in the search top 10;
* evidence — the gold clause is among the candidates but not cited (abstained: "evidence/abstained");
* reader — the gold clause is cited but the asked figure (must_contain) is missing from the answer;
* slot — an unanswerable case answered: the slot check let another measure's figure (or a related clause) answer;
* other — anything else (must_not_contain hit in a declined answer, …).

Usage: python scripts/money_cases.py [ID_OR_PREFIX...] [--ids FILE] [--kind KIND]... [--json OUT]   (run it on a clean copy)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from assistant.evaluation.cases import SUITES, load_cases
from assistant.evaluation.runner import load_suites, run_cases


def stage(case: dict, res) -> str:
    """The stage a failing case fails at (see the module's doc)."""
    q = res.questions[0]
    if res.correct:
        return "ok"
    if not case.get("answerable", True):
        return "slot" if not q.abstained else "other"
    if res.retrieval_rank is None:
        return "retrieval"
    if not any("no gold cited" in r for r in q.reasons):
        return "reader"
    return "evidence/abstained" if q.abstained else "evidence"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="case ids or id prefixes")
    parser.add_argument("--ids", dest="file", help="a file of case ids, one a line")
    parser.add_argument("--kind", action="append", help="only cases of this kind (repeatable)")
    parser.add_argument("--json", help="write the per-case results here")
    args = parser.parse_args()
    wanted = tuple(args.ids) + tuple(Path(args.file).read_text().split() if args.file else ())
    suite = SUITES["real-dev"]
    cases = [c for c in load_cases(suite.cases_path, []) if c["id"].startswith(wanted or ("",))
             and (not args.kind or c["kind"] in args.kind)]
    setup = load_suites([suite])[suite.name]
    results = run_cases(setup.assistants["hybrid"], cases, "hybrid", setup.load_failures, setup.documents)
    rows, stages = [], Counter()
    for case, res in zip(cases, results, strict=True):
        q = res.questions[0]
        where = stage(case, res)
        stages[where] += 1
        first = q.answer.splitlines()[0][:90] if q.answer else ""
        rows.append({"id": res.id, "kind": res.kind, "stage": where, "rank": res.retrieval_rank,
                     "reasons": q.reasons, "answer": q.answer, "cited": q.cited})
        print(f"{where:18} rank={res.retrieval_rank} {res.id} {q.reasons} | {first}", flush=True)
    print("stages:", dict(stages))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
