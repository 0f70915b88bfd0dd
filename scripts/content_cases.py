"""Trace content and list cases to the stage that fails them: slot, abstention, retrieval or rendering.

Loads a dev suite the way `policy-qa eval --suite …` does (the shipped corpus plus the split's documents,
in the eval's own cache folder), asks the chosen cases one question at a time, and prints for each: right
or not, the stage that fails it, the kind and slot the question was read as, the gold clause's rank in
the search top 10, the reasons and the answer's first line. Stages, first that applies:

* ``slot``      — a content or list question read as asking units, an amount, a number, a deadline, a
  year or places (its answer is a fact of another kind, whatever clause it cites);
* ``metadata``  — read as asking the document's own facts or a name (文号, date, issuer, basis);
* ``abstain``   — an answerable question declined;
* ``retrieval`` — gold not cited and not first in the search top 10;
* ``choice``    — gold first in the top 10 and still not cited;
* ``rendering`` — gold cited, the asked words missing (the answer shows another part of the clause).

Run it on a clean copy of a committed tree (see the helper rules).

Usage: python scripts/content_cases.py [ids or id prefixes …] [--kind content --kind list] [--ids FILE]
[--failing] [--json OUT]; ``--ids FILE`` reads ids one a line (e.g. the failing ids of a report).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from assistant.answering.intents import Intent, Slot
from assistant.evaluation.cases import SUITES, load_cases, questions_of
from assistant.evaluation.runner import RETRIEVAL_K, load_suites
from assistant.evaluation.scoring import score_case

#: slots that answer with a fact of another kind than what a clause says
_FACT_SLOTS = {Slot.UNITS, Slot.AMOUNT, Slot.NUMBER, Slot.DEADLINE, Slot.YEAR, Slot.PLACES, Slot.VALIDITY}


def stage(kind: str, intent: str, slot: str, abstained: bool, gold_cited: bool, rank: int | None) -> str:
    """The first stage (see the module's doc) that fails a content or list case."""
    if kind in ("content", "list") and (Slot(slot) in _FACT_SLOTS or Intent(intent) is Intent.RESPONSIBILITY):
        return "slot"
    if Slot(slot) in (Slot.ISSUE, Slot.NAME):
        return "metadata"
    if abstained:
        return "abstain"
    if not gold_cited:
        return "choice" if rank == 1 else "retrieval"
    return "rendering"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", help="case ids or id prefixes (default: every case)")
    parser.add_argument("--suite", default="real-dev", choices=("real-dev", "shipped-dev"))
    parser.add_argument("--kind", action="append", help="only cases of this kind (repeatable)")
    parser.add_argument("--ids", help="a file of case ids, one a line")
    parser.add_argument("--failing", action="store_true", help="print only the failing cases")
    parser.add_argument("--json", help="write the per-case results here")
    args = parser.parse_args()
    suite = SUITES[args.suite]
    wanted = list(args.prefixes)
    if args.ids:
        wanted += [line.strip() for line in Path(args.ids).read_text(encoding="utf-8").splitlines() if line.strip()]
    problems: list[str] = []
    cases = [c for c in load_cases(suite.cases_path, problems)
             if (not wanted or c["id"].startswith(tuple(wanted))) and (not args.kind or c["kind"] in args.kind)]
    setup = load_suites([suite])[suite.name]
    assistant = setup.assistants["hybrid"]
    rows, stages = [], Counter()
    for case in cases:
        session = assistant.new_session()
        answers = [session.ask(q["question"]) for q in questions_of(case)]
        hits = assistant.search.search(questions_of(case)[0]["question"], k=RETRIEVAL_K, mode="hybrid")
        result = score_case(case, answers, hits)
        q, a = result.questions[0], answers[0]
        where = "-" if result.correct else stage(case["kind"], a.intent, a.slot, q.abstained, q.gold_cited,
                                                 result.retrieval_rank)
        stages[where] += 1
        rows.append({"id": case["id"], "kind": case["kind"], "correct": result.correct, "stage": where,
                     "intent": str(a.intent), "slot": str(a.slot), "rank": result.retrieval_rank,
                     "reasons": q.reasons, "answer": q.answer, "cited": q.cited})
        if result.correct and args.failing:
            continue
        first = q.answer.splitlines()[0][:90] if q.answer else ""
        print(f"{'ok ' if result.correct else 'BAD'} {where:9} {a.intent}/{a.slot} rank={result.retrieval_rank} "
              f"{case['id']} {q.reasons} | {first}")
    print(f"right {sum(r['correct'] for r in rows)}/{len(rows)}; failing by stage: "
          + ", ".join(f"{k} {v}" for k, v in stages.most_common() if k != "-"))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
