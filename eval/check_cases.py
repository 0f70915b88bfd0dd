"""Validate every eval suite against its documents.

Run as ``python -m eval.check_cases [SUITE ...]`` or ``python eval/check_cases.py`` from the repository
root (scripts/test.sh runs it). Suites are those of ``assistant.evaluation.cases.SUITES``.

Checks (failures):
  * form, by ``assistant.evaluation.cases.validate``: keys and types, known kinds, unique ids, 2–3 turns
    per conversation, citation form, answerability (unanswerable questions have no gold and do not
    echo a forbidden string), list cases flagged, compare cases citing two documents;
  * size: minimum cases per kind and a minimum paraphrased share, per suite;
  * shipped suites: every gold / acceptable citation exists in the parsed shipped corpus, and every
    must_contain string and one string of every any_of group occurs in the text of a gold clause (a
    clause-level citation covers every item of that clause);
  * real suites: every cited document exists in the split's folder, and every must_contain string and
    one string of every any_of group occurs literally in a gold document's text (a document in
    traditional script holds the traditional form, so such cases carry both forms in any_of).

Warnings (not failures): gold labels of real suites that no parsed unit of the document carries
(parser gaps). Only a dev split's are listed; for a test or validation split only their number is printed:
its cases stay unread.

Exits 0 and prints a summary per suite on success; exits 1 with the list of problems otherwise.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # `python eval/check_cases.py` puts eval/ first on the path
    sys.path.insert(0, str(REPO_ROOT))

from assistant.evaluation.cases import SUITES, Suite, load_cases, questions_of, validate  # noqa: E402
from assistant.evaluation.scoring import canonical_path, cited_path, path_within  # noqa: E402

#: The shipped corpus the shipped suites are written against (not uploads).
CORPUS_DIR = REPO_ROOT / "index" / "corpus"
SHIPPED_DOC_IDS = ("guofa-2013-32", "zhejiang-2014-info-consumption")

#: per suite: minimum cases, minimum paraphrased share, minimum cases per kind
SIZES: dict[str, tuple[int, float, dict[str, int]]] = {
    "shipped-dev": (150, 0.40, {"responsibility": 25, "target": 15, "deadline": 12, "subsidy": 15, "content": 15,
                                "list": 10, "compare": 8, "unanswerable": 15, "multiturn": 12}),
    "shipped-test": (75, 0.60, {"responsibility": 8, "target": 5, "deadline": 5, "subsidy": 5, "content": 8,
                                "list": 5, "compare": 4, "unanswerable": 8, "multiturn": 6}),
    "real-dev": (100, 0.40, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "real-test": (75, 0.40, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh2-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh3-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh4-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh5-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh6-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh7-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh8-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh9-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh10-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh11-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh12-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh13-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh14-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh15-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh16-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh17-test": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
    "fresh18-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh19-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh20-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh21-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh22-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh23-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh24-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh25-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh26-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh27-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh28-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh29-test": (60, 0.60, {"responsibility": 3, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh30-test": (60, 0.60, {"responsibility": 2, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh31-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh32-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "fresh33-test": (60, 0.60, {"responsibility": 5, "list": 5, "content": 5, "unanswerable": 10}),
    "real-val": (60, 0.60, {"responsibility": 5, "subsidy": 5, "content": 5, "unanswerable": 10}),
}


# ----------------------------------------------------------------------------- documents


class ShippedCorpus:
    """Leaf texts of the parsed shipped corpus, addressable the way shipped gold citations are."""

    def __init__(self, documents: list[Any]):
        self.doc_ids = {d.doc_id for d in documents}
        self.by_clause: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_item: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.by_row: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.n_leaves = 0
        for doc in documents:
            for c in doc.clauses:
                self.n_leaves += 1
                if c.annex_row is not None:
                    self.by_row[(c.doc_id, int(c.annex_row))].append(c.text or "")
                elif c.clause:
                    self.by_clause[(c.doc_id, c.clause)].append(c.text or "")
                    if c.item:
                        self.by_item[(c.doc_id, c.clause, str(c.item))].append(c.text or "")

    def texts(self, cit: dict[str, Any]) -> list[str] | None:
        """Texts a citation covers, or None when it points at nothing in the corpus."""
        doc = cit.get("doc_id")
        if "annex_row" in cit:
            found = self.by_row.get((doc, cit["annex_row"]))
        elif cit.get("item") is not None:
            found = self.by_item.get((doc, cit.get("clause"), cit["item"]))
        else:  # clause-level: matched by any item of that clause
            found = self.by_clause.get((doc, cit.get("clause")))
        return found or None


class RealDocuments:
    """A real split's documents: each file's full text, and the unit labels the parser gives it."""

    def __init__(self, folder: Path):
        from assistant.corpus import CorpusError, parse_documents
        from assistant.corpus.loader import read_text

        self.text: dict[str, str] = {}
        self.paths: dict[str, list[str]] = {}
        self.unparsed: dict[str, str] = {}
        readable: list[Path] = []
        for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
            try:
                self.text[path.stem] = read_text(path)
                readable.append(path)
            except Exception as exc:  # noqa: BLE001 - an unreadable file is a problem, reported below
                self.unparsed[path.stem] = f"unreadable: {exc}"
        # one sandboxed worker for the whole folder, as `policy-qa add` parses it (a worker per file
        # spent its start-up, about two seconds, on each of hundreds of documents)
        for path, parsed in parse_documents(readable):
            if isinstance(parsed, CorpusError):  # the eval reports it as a load failure; here a gap
                self.unparsed[path.stem] = f"does not parse: {parsed}"
            else:
                self.paths[path.stem] = [cited_path(c) for c in parsed.clauses]


# ----------------------------------------------------------------------------- checks


def _strings_in(where: str, q: dict[str, Any], texts: list[str], place: str, problems: list[str]) -> None:
    for s in q["must_contain"]:
        if not any(s in t for t in texts):
            problems.append(f"{where}: must_contain {s!r} is not in the text of {place}")
    for grp in q["any_of"]:
        if not any(s in t for s in grp for t in texts):
            problems.append(f"{where}: no string of any_of group {grp} is in the text of {place}")


def check_shipped(where: str, q: dict[str, Any], corpus: ShippedCorpus, problems: list[str]) -> None:
    gold_texts: list[str] = []
    for role in ("gold", "acceptable"):
        for cit in q[role]:
            if cit["doc_id"] not in SHIPPED_DOC_IDS:
                problems.append(f"{where} {role}: doc_id must be one of {SHIPPED_DOC_IDS}: {cit}")
                continue
            texts = corpus.texts(cit)
            if texts is None:
                problems.append(f"{where} {role}: citation {cit} does not exist in the parsed corpus")
            elif role == "gold":
                gold_texts += texts
    if q["answerable"] and gold_texts:
        _strings_in(where, q, gold_texts, "any gold clause", problems)


def check_real(where: str, q: dict[str, Any], docs: RealDocuments, problems: list[str], gaps: list[str]) -> None:
    gold_texts: list[str] = []
    for role in ("gold", "acceptable"):
        for cit in q[role]:
            doc = cit["doc_id"]
            if doc not in docs.text:
                problems.append(f"{where} {role}: document {doc!r} is not in the split's folder")
                continue
            if role == "gold":
                gold_texts.append(docs.text[doc])
            gold = canonical_path(cit["path"])
            if doc in docs.paths and not any(path_within(p, gold) for p in docs.paths[doc]):
                gaps.append(f"{where} {role}: {doc} {cit['path']} (parsed: {'、'.join(docs.paths[doc][:12])}…)")
    if q["answerable"] and gold_texts:
        _strings_in(where, q, gold_texts, "the gold document", problems)


def check_suite(suite: Suite, cases: list[dict[str, Any]], problems: list[str], gaps: list[str],
                corpus: ShippedCorpus | None = None, docs: RealDocuments | None = None) -> Counter:
    """Every check of one suite; returns the count of cases per kind."""
    problems += validate(cases, suite.real)
    for case in cases:
        where = f"line {case['_line']} ({case.get('id', '?')})"
        if validate([case], suite.real):
            continue  # its form is wrong (reported above); the document checks would only trip on it
        for i, q in enumerate(questions_of(case), 1):
            qwhere = where if "turns" not in case else f"{where} turn {i}"
            if suite.real:
                check_real(qwhere, q, docs, problems, gaps)
            else:
                check_shipped(qwhere, q, corpus, problems)
    kinds = Counter(c.get("kind") for c in cases)
    minimum, share, per_kind = SIZES.get(suite.name, (0, 0.0, {}))
    if len(cases) < minimum:
        problems.append(f"only {len(cases)} cases, need at least {minimum}")
    for kind, n in per_kind.items():
        if kinds[kind] < n:
            problems.append(f"kind {kind}: {kinds[kind]} cases, need at least {n}")
    paraphrased = sum(1 for c in cases if c.get("paraphrased") is True)
    if cases and paraphrased / len(cases) < share:
        problems.append(f"paraphrased share {paraphrased}/{len(cases)} = {paraphrased / len(cases):.1%}, "
                        f"need at least {share:.0%}")
    return kinds


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    unknown = [a for a in argv if a not in SUITES]
    if unknown:
        print(f"check_cases: unknown suites {unknown} (known: {', '.join(SUITES)})", file=sys.stderr)
        return 2
    from assistant.corpus import load_corpus

    corpus = ShippedCorpus(load_corpus([CORPUS_DIR]))
    missing = [d for d in SHIPPED_DOC_IDS if d not in corpus.doc_ids]
    failed = bool(missing)
    if missing:
        print(f"check_cases: the shipped corpus lacks {missing}", file=sys.stderr)
    for name in argv or list(SUITES):
        suite = SUITES[name]
        problems: list[str] = []
        gaps: list[str] = []
        if not suite.cases_path.exists():
            print(f"check_cases: {name}: {suite.cases_path} not found", file=sys.stderr)
            failed = True
            continue
        cases = load_cases(suite.cases_path, problems)
        docs = RealDocuments(suite.docs_dir) if suite.real else None
        kinds = check_suite(suite, cases, problems, gaps, corpus, docs)
        if problems:
            failed = True
            print(f"check_cases: {name}: {len(problems)} problem(s) in {suite.cases_path}:", file=sys.stderr)
            for p in problems:
                print(f"  - {p}", file=sys.stderr)
            continue
        questions = sum(len(questions_of(c)) for c in cases)
        paraphrased = sum(1 for c in cases if c.get("paraphrased") is True)
        print(f"check_cases: {name}: OK — {len(cases)} cases ({questions} questions), "
              f"{paraphrased / len(cases):.0%} paraphrased; " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
        if docs is not None and docs.unparsed:
            print(f"  warning: {len(docs.unparsed)} document(s) do not parse (the eval reports load failures)")
            if suite.split == "dev":
                for doc, why in docs.unparsed.items():
                    print(f"    {doc}: {why}")
        if gaps:
            print(f"  warning: {len(gaps)} gold label(s) no parsed unit carries (parser gaps)")
            if suite.split == "dev":
                for gap in gaps:
                    print(f"    {gap}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
