"""Measure the responsibility extractor on real sentences it was not written against.

Reads tests/fixtures/responsibility_sentences.jsonl (sentences quoted from published documents
outside the corpus and the eval documents, each with the lead and supporting units a reader
takes from it, written before the extractor was run) and prints, per form and per half:

- unit precision / recall (a unit is right when it is one the sentence makes responsible);
- role accuracy: of the right units, the share put on the right side (lead or supporting);
- sentences right: lead and supporting both exactly as expected (a sentence naming no
  responsible unit is right only when nothing is extracted).

The sentence is read the way the parser reads a leaf (facts.annotate: traditional script is
read in simplified script). Usage: .venv/bin/python scripts/responsibility_sentences.py [--rows]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.lexicon.regions import is_traditional, to_simplified
from assistant.lexicon.units import canonical_unit

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "responsibility_sentences.jsonl"


def load(path: Path = FIXTURE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(name: str) -> str:
    return canonical_unit(to_simplified(name).replace("(", "（").replace(")", "）"))


def extracted(text: str) -> tuple[list[str], list[str]]:
    """(lead, supporting) as the parser would store them for a leaf holding `text`."""
    leaf = Clause(id="s#1", doc_id="s", kind="item", text=text, path="1")
    annotate(leaf, None, traditional=is_traditional(text))
    return [_norm(u) for u in leaf.lead_units], [_norm(u) for u in leaf.supporting_units]


def _match(expected: list[str], got: list[str]) -> tuple[int, list[str]]:
    """How many expected units (each "a|b": either spelling) are in `got`, and what is left of `got`."""
    left, hits = list(got), 0
    for entry in expected:
        names = {_norm(n) for n in entry.split("|")}
        found = next((g for g in left if g in names), None)
        if found is not None:
            hits += 1
            left.remove(found)
    return hits, left


def judge(row: dict) -> dict:
    """Counts for one sentence: expected, predicted, right units, right roles, and whether all is right."""
    lead, supporting = extracted(row["text"])
    lead_hits, lead_left = _match(row["lead"], lead)
    sup_hits, sup_left = _match(row["supporting"], supporting)
    # a unit found on the other side is still a right unit, with the wrong role
    swap_hits = _match(row["lead"], sup_left)[0] + _match(row["supporting"], lead_left)[0]
    expected = len(row["lead"]) + len(row["supporting"])
    return {"expected": expected, "predicted": len(lead) + len(supporting),
            "units_right": lead_hits + sup_hits + swap_hits, "roles_right": lead_hits + sup_hits,
            "exact": lead_hits == len(row["lead"]) == len(lead) and sup_hits == len(row["supporting"]) == len(supporting),
            "lead": lead, "supporting": supporting}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def _line(name: str, judged: list[dict]) -> str:
    exp = sum(j["expected"] for j in judged)
    pred = sum(j["predicted"] for j in judged)
    right = sum(j["units_right"] for j in judged)
    roles = sum(j["roles_right"] for j in judged)
    exact = sum(j["exact"] for j in judged)
    return (f"| {name} | {len(judged)} | {_ratio(right, pred)} | {_ratio(right, exp)} | {_ratio(roles, right)} "
            f"| {exact}/{len(judged)} |")


def report(rows: list[dict], show_rows: bool = False) -> str:
    judged = [(row, judge(row)) for row in rows]
    lines = ["| group | sentences | unit precision | unit recall | role accuracy | sentences right |",
             "|---|---|---|---|---|---|"]
    for half in ("A", "B"):
        part = [(r, j) for r, j in judged if r["half"] == half]
        lines.append(_line(f"half {half}", [j for _, j in part]))
        forms: dict[str, list[dict]] = defaultdict(list)
        for r, j in part:
            forms[r["form"]].append(j)
        lines += [_line(f"{half} · {form}", js) for form, js in sorted(forms.items())]
    lines.append(_line("all", [j for _, j in judged]))
    if show_rows:
        lines += [f"{'ok ' if j['exact'] else 'BAD'} {r['id']} {r['half']} {r['form']}: lead {j['lead']} "
                  f"supporting {j['supporting']} | expected {r['lead']} / {r['supporting']}" for r, j in judged]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="print every sentence's result too")
    parser.add_argument("--half", choices=("A", "B"), help="rows of one half only")
    args = parser.parse_args()
    rows = [r for r in load() if args.half is None or r["half"] == args.half]
    print(report(rows, args.rows))


if __name__ == "__main__":
    main()
