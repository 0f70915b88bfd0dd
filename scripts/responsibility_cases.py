"""Ask some real-dev cases (by id prefix) through the real assistant and score them as the eval does.

Loads the real-dev suite the way `policy-qa eval --suite real-dev` does (the shipped corpus plus every
eval/real/docs/dev document, in the eval's own cache folder), asks only the cases whose id starts with
one of the given prefixes, and prints one line per case: right or not, the half of its document (see
`halves`), the gold clause's rank in the search top 10, the reasons and
the answer's first line. Run it on a clean copy of a committed tree (see the helper rules).

With --trace, every failed case is put down to the first stage that lost it, in the order a question
flows (see `stage`): slot (the question read as another kind than asked), gold (the gold label names a
leaf without the units while another leaf of its document holds them), extraction (the gold clause's
stored facts lack a wanted unit), retrieval (the gold clause not the first candidate), else rendering;
and the counts per stage are printed.

Usage: python scripts/responsibility_cases.py h22r- [more prefixes] [--suite shipped-dev] [--kind responsibility]
[--ids FILE] [--trace] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from assistant.evaluation.cases import SUITES, load_cases, questions_of
from assistant.evaluation.runner import load_suites, run_cases
from assistant.evaluation.scoring import matches
from assistant.lexicon.regions import to_simplified

#: The intents that ask who is responsible; a responsibility case answered as another kind lost its slot.
UNIT_INTENTS = ("responsibility",)


def wanted_units(case: dict) -> list[str]:
    """The unit strings a case wants: its must_contain strings and any_of groups (each group as its options)."""
    q = questions_of(case)[0]
    return list(q.get("must_contain", [])) + ["/".join(g) for g in q.get("any_of", [])]


def gold_leaves(case: dict, documents) -> list:
    """The stored leaves the case's gold citations name (their facts as the library holds them)."""
    golds = case.get("gold") or []
    return [c for d in documents if any(g["doc_id"] == d.doc_id for g in golds)
            for c in d.clauses if any(matches(g, c) for g in golds)]


def _holds(leaves: list, wanted: list[str]) -> bool:
    stored = " ".join(to_simplified(u) for c in leaves for u in c.units)
    return bool(leaves) and all(any(to_simplified(o) in stored for o in w.split("/")) for w in wanted)


def stage(case: dict, intent: str, leaves: list, rank: int | None, siblings: list | None = None) -> str:
    """The first stage that lost a failed case: slot → extraction → retrieval → rendering. A gold leaf
    lacking the wanted units while one other leaf of its document holds them all is put down to the
    case's gold label ("gold"), not to extraction."""
    if case["kind"] == "responsibility" and intent not in UNIT_INTENTS:
        return "slot"
    wanted = wanted_units(case)
    if not _holds(leaves, wanted):
        if wanted and any(_holds([c], wanted) for c in siblings or [] if c not in leaves):
            return "gold"
        return "extraction"
    if rank != 1:
        return "retrieval"
    return "rendering"


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
    parser.add_argument("--ids", help="a file of case ids, one a line: only these")
    parser.add_argument("--trace", action="store_true", help="put each failed case down to its stage")
    parser.add_argument("--json", help="write the per-case results here")
    args = parser.parse_args()
    suite = SUITES[args.suite]
    problems: list[str] = []  # another writer's malformed line does not stop these cases (check_cases lists it)
    cases = [c for c in load_cases(suite.cases_path, problems) if c["id"].startswith(tuple(args.prefixes or [""]))
             and (not args.kind or c["kind"] in args.kind)]
    if args.ids:
        wanted = set(Path(args.ids).read_text(encoding="utf-8").split())
        cases = [c for c in cases if c["id"] in wanted]
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
    if args.trace:
        assistant = setup.assistants["hybrid"]
        documents = assistant.documents
        counts: dict[str, list[str]] = {}
        for case, row in zip(cases, rows, strict=True):
            if row["correct"]:
                continue
            answer = assistant.ask(questions_of(case)[0]["question"])
            leaves = gold_leaves(case, documents)
            gold_docs = {g["doc_id"] for g in case.get("gold") or []}
            siblings = [c for d in documents if d.doc_id in gold_docs for c in d.clauses]
            where = stage(case, answer.intent, leaves, row["rank"], siblings)
            row["stage"] = where
            counts.setdefault(where, []).append(row["id"])
            facts = "; ".join(f"{c.path}: {c.lead_units}/{c.supporting_units}/{c.units}" for c in leaves)
            print(f"TRACE {where:<10} {row['id']} intent={answer.intent} rank={row['rank']} want={wanted_units(case)} "
                  f"gold facts={facts or '(gold leaf not found)'}")
        for where in ("slot", "gold", "extraction", "retrieval", "rendering"):
            print(f"stage {where}: {len(counts.get(where, []))} {' '.join(counts.get(where, []))}")
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
