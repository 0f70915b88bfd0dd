"""Validate the eval set (eval/cases.jsonl) against the parsed corpus.

Run as ``python -m eval.check_cases`` or ``python eval/check_cases.py`` from the
repository root (an optional argument names another cases file).

Checks:
  * schema: required keys and their types, known kinds, unique ids, 2–3 turns per
    conversation, no unknown keys;
  * size: at least MIN_CASES cases, at least MIN_PARAPHRASED_SHARE paraphrased, and a
    minimum count for every kind;
  * citations: every gold / acceptable citation is well formed (full-width clause
    label, item as a bare number, or an annex row) and exists in the corpus parsed by
    ``assistant.corpus.load_corpus``;
  * strings: every must_contain string, and at least one string of every any_of
    group, occurs in the text of at least one gold clause (per turn for multiturn);
    a clause-level citation covers every item of that clause;
  * answerability: unanswerable cases (and turns) have no gold, acceptable,
    must_contain or any_of, and none of their must_not_contain strings occurs in the
    question (a correct abstention may echo the question);
  * kinds: compare cases cite both documents; list cases set ``"list": true``.

Exits 0 and prints a summary on success; exits 1 with a list of problems otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # `python eval/check_cases.py` puts eval/ first on the path
    sys.path.insert(0, str(REPO_ROOT))

from assistant.evaluation.runner import load_cases  # noqa: E402 - the one loader, shared with the scorer

DEFAULT_CASES = Path(__file__).resolve().with_name("cases.jsonl")
#: The shipped corpus the cases are written against (not uploads).
CORPUS_DIR = REPO_ROOT / "index" / "corpus"
DOC_IDS = ("guofa-2013-32", "zhejiang-2014-info-consumption")

MIN_CASES = 150
MIN_PARAPHRASED_SHARE = 0.40
MIN_PER_KIND = {
    "responsibility": 25,
    "target": 15,
    "deadline": 12,
    "subsidy": 15,
    "content": 15,
    "list": 10,
    "compare": 8,
    "unanswerable": 15,
    "multiturn": 12,
}
KINDS = tuple(MIN_PER_KIND)
TURNS_MIN, TURNS_MAX = 2, 3

#: key -> allowed types, for a single-question case and for one turn of a conversation
QUESTION_KEYS: dict[str, tuple[type, ...]] = {
    "question": (str,),
    "gold": (list,),
    "acceptable": (list,),
    "must_contain": (list,),
    "any_of": (list,),
    "must_not_contain": (list,),
    "answerable": (bool,),
}
CASE_KEYS: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "kind": (str,),
    **QUESTION_KEYS,
    "paraphrased": (bool,),
    "list": (bool,),
}
MULTI_KEYS: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "kind": (str,),
    "turns": (list,),
    "paraphrased": (bool,),
}
OPTIONAL_MULTI_KEYS: dict[str, tuple[type, ...]] = {"list": (bool,)}

CLAUSE_RE = re.compile(r"^（[一二三四五六七八九十百零〇]+）$")
ITEM_RE = re.compile(r"^[1-9][0-9]*$")


# ----------------------------------------------------------------------------- corpus


class CorpusIndex:
    """Leaf texts of the parsed corpus, addressable the way gold citations are."""

    def __init__(self, documents: Iterable[Any]):
        self.doc_ids: set[str] = set()
        self.by_clause: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_item: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.by_row: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.n_leaves = 0
        for doc in documents:
            self.doc_ids.add(doc.doc_id)
            for c in doc.clauses:
                self.n_leaves += 1
                text = c.text or ""
                if c.annex_row is not None:
                    self.by_row[(c.doc_id, int(c.annex_row))].append(text)
                    continue
                if c.clause:
                    self.by_clause[(c.doc_id, c.clause)].append(text)
                    if c.item:
                        self.by_item[(c.doc_id, c.clause, str(c.item))].append(text)

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


def load_index(corpus_dir: Path = CORPUS_DIR) -> CorpusIndex:
    try:
        from assistant.corpus import load_corpus
    except Exception as exc:  # noqa: BLE001 - report any import failure readably
        raise SystemExit(f"check_cases: cannot import assistant.corpus.load_corpus: {exc!r}") from exc
    return CorpusIndex(load_corpus([corpus_dir]))


# ----------------------------------------------------------------------------- checks


def cite_label(cit: Any) -> str:
    return json.dumps(cit, ensure_ascii=False, sort_keys=True)


def check_citation(where: str, cit: Any, index: CorpusIndex, problems: list[str]) -> list[str] | None:
    """Form and existence of one citation; returns the texts it covers when valid."""
    if not isinstance(cit, dict):
        problems.append(f"{where}: citation is not an object: {cit!r}")
        return None
    label = cite_label(cit)
    allowed = {"doc_id", "clause", "item", "annex_row"}
    extra = set(cit) - allowed
    if extra:
        problems.append(f"{where}: citation {label} has unknown keys {sorted(extra)}")
    doc = cit.get("doc_id")
    if doc not in DOC_IDS:
        problems.append(f"{where}: citation {label}: doc_id must be one of {DOC_IDS}")
        return None
    if "annex_row" in cit:
        if "clause" in cit or "item" in cit:
            problems.append(f"{where}: citation {label}: annex_row excludes clause/item")
        row = cit["annex_row"]
        if not isinstance(row, int) or isinstance(row, bool) or row < 1:
            problems.append(f"{where}: citation {label}: annex_row must be a positive integer")
            return None
    else:
        clause = cit.get("clause")
        if not isinstance(clause, str) or not CLAUSE_RE.match(clause):
            problems.append(f"{where}: citation {label}: clause must be full-width like （二十一）")
            return None
        if "item" in cit and (not isinstance(cit["item"], str) or not ITEM_RE.match(cit["item"])):
            problems.append(f"{where}: citation {label}: item must be a bare number as a string, e.g. \"2\"")
            return None
    texts = index.texts(cit)
    if texts is None:
        problems.append(f"{where}: citation {label} does not exist in the parsed corpus")
    return texts


def check_question(where: str, q: dict[str, Any], index: CorpusIndex, problems: list[str]) -> None:
    """Everything about one question: a single case or one turn of a conversation."""
    if not isinstance(q.get("question"), str) or not q["question"].strip():
        problems.append(f"{where}: empty question")
    for key in ("must_contain", "must_not_contain"):
        for s in q.get(key, []):
            if not isinstance(s, str) or not s:
                problems.append(f"{where}: {key} holds a non-string or empty entry {s!r}")
    for grp in q.get("any_of", []):
        if not isinstance(grp, list) or not grp or not all(isinstance(s, str) and s for s in grp):
            problems.append(f"{where}: any_of group must be a non-empty list of strings: {grp!r}")

    gold_texts: list[str] = []
    seen: set[str] = set()
    for role in ("gold", "acceptable"):
        for cit in q.get(role, []):
            label = cite_label(cit)
            if label in seen:
                problems.append(f"{where}: citation {label} listed twice (gold/acceptable)")
            seen.add(label)
            texts = check_citation(f"{where} {role}", cit, index, problems)
            if role == "gold" and texts:
                gold_texts.extend(texts)

    if q.get("answerable") is False:
        for key in ("gold", "acceptable", "must_contain", "any_of"):
            if q.get(key):
                problems.append(f"{where}: unanswerable but {key} is not empty")
        question = q.get("question", "")
        for s in q.get("must_not_contain", []):
            if isinstance(s, str) and s and s in question:
                problems.append(f"{where}: must_not_contain {s!r} occurs in the question (an abstention may echo it)")
        return

    if not q.get("gold"):
        problems.append(f"{where}: answerable but gold is empty")
        return
    if not q.get("must_contain") and not q.get("any_of"):
        problems.append(f"{where}: answerable but neither must_contain nor any_of is set")
    if not gold_texts:
        return  # citation problems already reported
    for s in q.get("must_contain", []):
        if isinstance(s, str) and s and not any(s in t for t in gold_texts):
            problems.append(f"{where}: must_contain {s!r} is not in the text of any gold clause")
    for grp in q.get("any_of", []):
        if isinstance(grp, list) and not any(isinstance(s, str) and s and s in t for s in grp for t in gold_texts):
            problems.append(f"{where}: no string of any_of group {grp} is in the text of any gold clause")
    for s in q.get("must_contain", []):
        if s in q.get("must_not_contain", []):
            problems.append(f"{where}: {s!r} is both required and forbidden")


def check_keys(where: str, obj: dict[str, Any], spec: dict[str, tuple[type, ...]],
               optional: dict[str, tuple[type, ...]], problems: list[str]) -> bool:
    ok = True
    for key, types in spec.items():
        if key not in obj:
            problems.append(f"{where}: missing key {key!r}")
            ok = False
        elif not isinstance(obj[key], types):
            problems.append(f"{where}: key {key!r} should be {'/'.join(t.__name__ for t in types)}, "
                            f"got {type(obj[key]).__name__}")
            ok = False
    for key, types in optional.items():
        if key in obj and not isinstance(obj[key], types):
            problems.append(f"{where}: key {key!r} should be {'/'.join(t.__name__ for t in types)}")
            ok = False
    extra = set(obj) - set(spec) - set(optional)
    if extra:
        problems.append(f"{where}: unknown keys {sorted(extra)}")
    return ok


def cited_docs(q: dict[str, Any]) -> set[str]:
    return {c.get("doc_id") for c in q.get("gold", []) if isinstance(c, dict)}


def check(cases: list[dict[str, Any]], index: CorpusIndex, problems: list[str]) -> Counter:
    ids: Counter = Counter()
    kinds: Counter = Counter()
    for case in cases:
        lineno = case.pop("_line")
        where = f"line {lineno} ({case.get('id', '?')})"
        ids[case.get("id")] += 1
        kind = case.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
            continue
        kinds[kind] += 1
        if kind == "multiturn":
            if not check_keys(where, case, MULTI_KEYS, OPTIONAL_MULTI_KEYS, problems):
                continue
            turns = case["turns"]
            if not TURNS_MIN <= len(turns) <= TURNS_MAX:
                problems.append(f"{where}: {len(turns)} turns, expected {TURNS_MIN}–{TURNS_MAX}")
            for i, turn in enumerate(turns, 1):
                twhere = f"{where} turn {i}"
                if not isinstance(turn, dict):
                    problems.append(f"{twhere}: turn is not an object")
                    continue
                if check_keys(twhere, turn, QUESTION_KEYS, {}, problems):
                    check_question(twhere, turn, index, problems)
            continue
        if not check_keys(where, case, CASE_KEYS, {}, problems):
            continue
        check_question(where, case, index, problems)
        if kind == "unanswerable" and case["answerable"]:
            problems.append(f"{where}: kind unanswerable must have answerable false")
        if kind != "unanswerable" and not case["answerable"]:
            problems.append(f"{where}: answerable false outside kind unanswerable")
        if kind == "compare" and len(cited_docs(case)) < 2:
            problems.append(f"{where}: compare case must cite both documents in gold")
        if kind == "list" and not case["list"]:
            problems.append(f"{where}: list case must set \"list\": true")
    for cid, n in ids.items():
        if n > 1:
            problems.append(f"id {cid!r} used {n} times")

    total = len(cases)
    if total < MIN_CASES:
        problems.append(f"only {total} cases, need at least {MIN_CASES}")
    for kind, minimum in MIN_PER_KIND.items():
        if kinds[kind] < minimum:
            problems.append(f"kind {kind}: {kinds[kind]} cases, need at least {minimum}")
    paraphrased = sum(1 for c in cases if c.get("paraphrased") is True)
    if total and paraphrased / total < MIN_PARAPHRASED_SHARE:
        problems.append(f"paraphrased share {paraphrased}/{total} = {paraphrased / total:.1%}, "
                        f"need at least {MIN_PARAPHRASED_SHARE:.0%}")
    return kinds


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT_CASES
    problems: list[str] = []
    if not path.exists():
        print(f"check_cases: {path} not found", file=sys.stderr)
        return 1
    cases = load_cases(path, problems)
    index = load_index()
    missing_docs = [d for d in DOC_IDS if d not in index.doc_ids]
    if missing_docs:
        problems.append(f"corpus lacks documents {missing_docs} (has {sorted(index.doc_ids)})")
    kinds = check(cases, index, problems)

    if problems:
        print(f"check_cases: {len(problems)} problem(s) in {path}:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1

    total = len(cases)
    paraphrased = sum(1 for c in cases if c.get("paraphrased") is True)
    turns = sum(len(c["turns"]) for c in cases if c["kind"] == "multiturn")
    questions = total - kinds["multiturn"] + turns
    print(f"check_cases: OK — {total} cases ({questions} questions) in {path.name}, "
          f"checked against {index.n_leaves} corpus leaves")
    for kind in KINDS:
        print(f"  {kind:<15}{kinds[kind]:>4}")
    print(f"  paraphrased    {paraphrased:>4}  ({paraphrased / total:.1%})")
    print(f"  list-flagged   {sum(1 for c in cases if c.get('list')):>4}")
    print(f"  multiturn turns{turns:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
