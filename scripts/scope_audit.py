"""Is an answer taken from the right DOCUMENT? The first cited document against the gold one.

    .venv/bin/python scripts/scope_audit.py run --suite real-dev --out DIR   # ask every case, save DIR/cases.jsonl, DIR/docs.jsonl
    .venv/bin/python scripts/scope_audit.py audit DIR [--half A|B|all] [--prefix h23d-] [--list]
    .venv/bin/python scripts/scope_audit.py audit DIR/report.md           # an eval report: its failing cases only
    .venv/bin/python scripts/scope_audit.py docs DIR                      # documents with empty or doubtful metadata
    .venv/bin/python scripts/scope_audit.py compare BEFORE AFTER [--half …] [--prefix …]  # cases fixed / broken

`run` asks every case of a suite the way `policy-qa eval` does (the suite's documents added beside the
shipped corpus, one session per case, the eval's scoring) and keeps, per case, what the eval report
keeps only for failing cases: every question's cited documents in order, whether it abstained and was
scored correct, the document scope the question was read with, and what the question names:

* place — a province, prefecture city, county/district/town or area (高新区, 开发区) by name, or a place
  one of the loaded documents belongs to;
* issuer — a ministry or commission (工信部, 财政部, 国务院, 省发改委 …), by the shape of its name;
* subject — a loaded document named by its title words (document_match.named_within).

`audit` counts, over answered questions of cases with a gold document, how often the first cited
document is not a gold document, split by what the question names, with the passing/failing split
(a report.md gives only the failing cases and their cited labels). Real-dev halves: documents sorted
by file stem, even positions half A, odd half B (the helpers' rule).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: an issuing body by the shape of its name: a ministry or commission (工信部, 国家发展改革委, 省财政厅)
ISSUER = re.compile(
    r"国务院|国办|中共中央|[\u4e00-\u9fff]{1,4}(?:部(?![门分署])|委(?!员)|厅|总局|署)(?![\u4e00-\u9fff]{0,1}门)"
)
AREA = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:高新区|开发区|新区|园区|镇|街道|乡)")


def _docs_half(doc_ids: list[str]) -> dict[str, str]:
    """Real-dev documents by stem: even positions half A, odd half B (h23d-* documents: batch D)."""
    ordered = sorted(d for d in doc_ids if not d.startswith("h23d-"))
    half = {d: "A" if i % 2 == 0 else "B" for i, d in enumerate(ordered)}
    half.update({d: "D" for d in doc_ids if d.startswith("h23d-")})
    return half


def _document_row(d: Any) -> dict[str, Any]:
    return {
        "doc_id": d.doc_id, "title": d.title, "short_title": d.short_title, "number": d.number,
        "issuer": d.issuer, "level": d.level, "region": d.region, "government": d.government,
        "doc_type": d.doc_type, "form": d.form, "opening": d.clauses[0].text[:80] if d.clauses else "",
    }


def names_of(question: str, documents: list[Any], known: frozenset[str], titles: Any) -> dict[str, Any]:
    """What a question names: places, issuers, a document by its subject."""
    from assistant.answering.question import named_places
    from assistant.lexicon.regions import PROVINCES

    places = [p for p in PROVINCES if p in question] + list(named_places(question, known))
    places += [m.group(0) for m in AREA.finditer(question)]
    issuers = [m.group(0) for m in ISSUER.finditer(question)]
    match = titles.named_within(question)
    return {"places": list(dict.fromkeys(places)), "issuers": issuers, "subject": match.doc_id if match else None}


def run(suite_name: str, out: Path, only: str | None) -> None:
    from assistant.answering.document_match import titles_of
    from assistant.answering.question import known_places, understand
    from assistant.evaluation.cases import SUITES, case_documents, questions_of, read_cases
    from assistant.evaluation.runner import load_suites
    from assistant.evaluation.scoring import score_case

    suite = SUITES[suite_name]
    setup = load_suites([suite])[suite_name]
    assistant = setup.assistants["hybrid"]
    documents = assistant.documents
    known = known_places(documents)
    titles = titles_of(documents)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "docs.jsonl").open("w", encoding="utf-8") as f:
        for d in documents:
            f.write(json.dumps(_document_row(d), ensure_ascii=False) + "\n")
    cases = read_cases(suite.cases_path, suite.real)
    if only:
        cases = [c for c in cases if re.search(only, c["id"])]
    with (out / "cases.jsonl").open("w", encoding="utf-8") as f:
        for case in cases:
            questions = questions_of(case)
            docs = case_documents(case, setup.documents)
            session = assistant.new_session()
            answers, errors, rows = [], [], []
            for q in questions:
                try:
                    answer = session.ask(q["question"])
                    answer = answer.to_dict() if hasattr(answer, "to_dict") else answer
                    errors.append(None)
                except Exception as exc:  # noqa: BLE001 - a crash is a failed question, as in the eval
                    answer = {"answer": "", "abstained": False, "citations": []}
                    errors.append(f"{type(exc).__name__}: {exc}")
                answers.append(answer)
                query = understand(q["question"], documents)
                rows.append({
                    "question": q["question"],
                    "cited_docs": [c["doc_id"] for c in answer.get("citations", [])],
                    "abstained": bool(answer.get("abstained")),
                    "answer": answer.get("answer", "")[:200],
                    "scope": sorted(query.doc_ids) if query.doc_ids is not None else None,
                    **names_of(q["question"], documents, known, titles),
                })
            result = score_case(case, answers, None, errors, docs)
            for row, qr in zip(rows, result.questions, strict=True):
                row["correct"] = qr.correct
                row["answerable"] = qr.answerable
            f.write(json.dumps({"id": case["id"], "kind": case.get("kind"), "gold_docs": list(docs),
                                "correct": result.correct, "questions": rows}, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases → {out / 'cases.jsonl'}")


def _read_report(path: Path) -> list[dict[str, Any]]:
    """The failing-cases table of an eval report.md (real suites): case id, question, cited labels."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not cells[0].startswith("real-") and not cells[0].startswith("h2"):
            continue
        cited = [c.split("》")[0].lstrip("《") for c in cells[5].split("、")] if cells[5] != "(none)" else []
        rows.append({"id": cells[0].split(" turn ")[0], "kind": cells[1], "question": cells[2], "cited": cited,
                     "why": cells[6]})
    return rows


def _load(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line]


def _selected(cases: list[dict[str, Any]], half: str, prefix: str | None, docs: list[str]) -> list[dict[str, Any]]:
    halves = _docs_half(docs)
    out = []
    for case in cases:
        if prefix and not case["id"].startswith(prefix):
            continue
        if half != "all" and not any(halves.get(d) == half for d in case["gold_docs"]):
            continue
        out.append(case)
    return out


def _real_docs() -> list[str]:
    return [p.stem for p in (REPO / "eval" / "real" / "docs" / "dev").iterdir() if p.is_file()]


def audit(folder: Path, half: str, prefix: str | None, show: bool) -> None:
    if folder.suffix == ".md":
        rows = _read_report(folder)
        print(f"{len(rows)} failing questions in {folder} (cited labels name documents by 文号 or title)")
        for r in rows:
            print(f"{r['id']}\t{'、'.join(r['cited'][:2]) or '-'}\t{r['question']}")
        return
    cases = _selected(_load(folder), half, prefix, _real_docs())
    table: Counter[tuple[str, str, str]] = Counter()
    wrong = []
    for case in cases:
        gold = set(case["gold_docs"])
        if not gold:
            continue
        for q in case["questions"]:
            if q["abstained"] or not q["cited_docs"]:
                continue
            names = "+".join(k for k in ("places", "issuers") if q[k]) + ("+subject" if q["subject"] else "")
            names = names.strip("+") or "none"
            first_ok = q["cited_docs"][0] in gold
            status = "pass" if q["correct"] else "fail"
            table[(names, status, "right" if first_ok else "WRONG")] += 1
            if not first_ok:
                wrong.append((case["id"], status, q["cited_docs"][0], sorted(gold)[0], names, q["question"]))
    print(f"{len(cases)} cases (half {half}{', prefix ' + prefix if prefix else ''}); answered questions with a gold document:")
    kinds = sorted({k[0] for k in table})
    print(f"{'question names':28s} {'pass right':>10s} {'pass WRONG':>10s} {'fail right':>10s} {'fail WRONG':>10s}")
    for kind in kinds:
        cells = [table[(kind, s, r)] for s in ("pass", "fail") for r in ("right", "WRONG")]
        print(f"{kind:28s} " + " ".join(f"{c:10d}" for c in cells))
    total = [sum(table[(k, s, r)] for k in kinds) for s in ("pass", "fail") for r in ("right", "WRONG")]
    print(f"{'all':28s} " + " ".join(f"{c:10d}" for c in total))
    print(f"first cited document not gold: {total[1] + total[3]} of {sum(total)} (failing: {total[3]} of {total[2] + total[3]})")
    missed = [(c["id"], q["question"]) for c in cases if c["gold_docs"] for q in c["questions"]
              if q["scope"] is not None and not set(q["scope"]) & set(c["gold_docs"])]
    print(f"questions whose document scope leaves out the gold document: {len(missed)}")
    if show:
        for row in missed:
            print("scope-miss\t" + "\t".join(row))
    if show:
        for row in wrong:
            print("\t".join(row))


def docs(folder: Path) -> None:
    """Loaded documents whose title, issuer, government or level is empty or doubtful."""
    from assistant.lexicon.regions import government_of

    rows = [json.loads(line) for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for r in rows:
        problems = []
        if not r["title"] or r["title"] == r["doc_id"]:
            problems.append("no title")
        if not r["issuer"]:
            problems.append("no issuer")
        if r["level"] == "其他":
            problems.append("level 其他")
        elif r["level"] != "国家" and not r["government"]:
            problems.append("no government")
        from_title = government_of(r["title"], title=True)
        if r["government"] and from_title.province and from_title.province not in r["government"]:
            problems.append(f"title says {from_title.name}")
        if problems:
            print(f"{r['doc_id']}\t{'; '.join(problems)}\t{r['level']}\t{r['government']}\t{r['issuer']}\t{r['title'][:40]}")


def compare(before: Path, after: Path, half: str, prefix: str | None) -> None:
    docs_ = _real_docs()
    a = {c["id"]: c for c in _selected(_load(before), half, prefix, docs_)}
    b = {c["id"]: c for c in _selected(_load(after), half, prefix, docs_)}
    common = sorted(set(a) & set(b))
    fixed = [i for i in common if b[i]["correct"] and not a[i]["correct"]]
    broken = [i for i in common if a[i]["correct"] and not b[i]["correct"]]
    right = sum(a[i]["correct"] for i in common), sum(b[i]["correct"] for i in common)
    print(f"{len(common)} cases (half {half}{', prefix ' + prefix if prefix else ''}): correct {right[0]} → {right[1]}")
    print("fixed:", " ".join(fixed) or "-")
    print("broken:", " ".join(broken) or "-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run")
    p.add_argument("--suite", default="real-dev", choices=("real-dev", "shipped-dev"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--only", help="regex over case ids")
    p = sub.add_parser("audit")
    p.add_argument("folder", type=Path)
    p.add_argument("--half", default="all", choices=("A", "B", "D", "all"))
    p.add_argument("--prefix")
    p.add_argument("--list", action="store_true")
    p = sub.add_parser("docs")
    p.add_argument("folder", type=Path)
    p = sub.add_parser("compare")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--half", default="all", choices=("A", "B", "D", "all"))
    p.add_argument("--prefix")
    args = parser.parse_args()
    if args.command == "run":
        run(args.suite, args.out, args.only)
    elif args.command == "audit":
        audit(args.folder, args.half, args.prefix, args.list)
    elif args.command == "docs":
        docs(args.folder)
    else:
        compare(args.before, args.after, args.half, args.prefix)


if __name__ == "__main__":
    main()
