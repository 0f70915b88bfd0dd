"""The eval suites and their cases: where each suite's cases and documents live, reading them, checking their form.

The suites: two corpora each split (dev, test), a validation batch of the real corpus, and more held-out sets
of real documents:

* ``shipped-dev`` (eval/cases.jsonl) and ``shipped-test`` (eval/shipped-test.jsonl) ask about the two
  shipped documents; gold citations name a clause (``（十一）``), an item of it (``"item": "2"``) or an
  annex row (``"annex_row": 64``). The dev set is the one rules may be tuned on; the test set was
  written apart (from the documents' text, mostly in everyday words, without running the assistant).
* ``real-dev`` / ``real-test`` (eval/real/) ask about real published documents, loaded beside the
  shipped ones; gold citations name the unit by the document's own label (``"path": "第十五条"``,
  ``二（一）``, ``（三）2``, ``附件第12项``, ``正文`` for unnumbered text).
* ``real-val`` (eval/real/cases-val.jsonl) asks about documents of the dev corpus that were added as blind
  batches (ids ``h24d-``, ``h26d-``, ``h27d-`` and the odd-numbered ``h24f-mt-`` conversations): written by hands that
  never ran the assistant, and only COUNTED by whoever changes rules (pass counts and aggregate failure
  classes, never the cases). Its gap to real-dev is what rule work on dev transfers to new documents,
  measured between rounds; it is not frozen the way the test splits are, so it may pick a rule to keep.

* ``fresh-test`` (eval/fresh/) is a second held-out set of real documents, collected and written by
  hands that change no rule, and first run on the tree it was collected against: how the assistant
  does on documents nobody has tuned on (it has no dev split). ``fresh2-test`` (eval/fresh2/) is a third,
  collected the same way a session later, first run on the tree before that session's changes;
  ``fresh3-test`` (eval/fresh3/) a fourth, the session after; ``fresh4-test`` (eval/fresh4/) a fifth;
  ``fresh5-test`` (eval/fresh5/) a sixth; ``fresh6-test`` (eval/fresh6/) a seventh; ``fresh7-test``
  (eval/fresh7/) an eighth; ``fresh8-test`` (eval/fresh8/) a ninth;
  ``fresh9-test`` (eval/fresh9/) a tenth; ``fresh10-test`` (eval/fresh10/) an eleventh;
  ``fresh11-test`` (eval/fresh11/) a twelfth; ``fresh12-test`` (eval/fresh12/) a thirteenth;
  ``fresh13-test`` (eval/fresh13/) a fourteenth;
  ``fresh14-test`` (eval/fresh14/) a fifteenth;
  ``fresh15-test`` (eval/fresh15/) a sixteenth, ``fresh16-test`` (eval/fresh16/) a seventeenth,
  ``fresh17-test`` (eval/fresh17/) an eighteenth,
  ``fresh18-test`` (eval/fresh18/) a nineteenth,
  ``fresh19-test`` (eval/fresh19/) a twentieth,
  ``fresh20-test`` (eval/fresh20/) a twenty-first,
  ``fresh21-test`` (eval/fresh21/) a twenty-second,
  ``fresh22-test`` (eval/fresh22/) a twenty-third,
  ``fresh23-test`` (eval/fresh23/) a twenty-fourth,
  ``fresh24-test`` (eval/fresh24/) a twenty-fifth,
  ``fresh25-test`` (eval/fresh25/) a twenty-sixth,
  ``fresh26-test`` (eval/fresh26/) a twenty-seventh,
  ``fresh27-test`` (eval/fresh27/) a twenty-eighth,
  ``fresh28-test`` (eval/fresh28/) a twenty-ninth,
  ``fresh29-test`` (eval/fresh29/) a thirtieth,
  ``fresh30-test`` (eval/fresh30/) a thirty-first,
  ``fresh31-test`` (eval/fresh31/) a thirty-second,
  ``fresh32-test`` (eval/fresh32/) a thirty-third,
  ``fresh33-test`` (eval/fresh33/) a thirty-fourth.

The test splits are frozen: they are run to report a figure, never read while changing rules.

This module checks what can be checked without a corpus (keys, types, kinds, ids, citation form,
answerability); ``eval/check_cases.py`` adds the checks against the documents.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import REPO_ROOT

EVAL_DIR = REPO_ROOT / "eval"
#: every retrieval mode; the shipped chain is hybrid, bm25 and dense are baselines
MODES = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Suite:
    name: str
    cases_path: Path
    #: real suites: the folder of the split's documents, loaded beside the shipped corpus
    docs_dir: Path | None = None
    #: retrieval modes it is run in (real suites: hybrid only, to keep CI time down)
    modes: tuple[str, ...] = MODES

    @property
    def real(self) -> bool:
        return self.docs_dir is not None

    @property
    def family(self) -> str:
        """``shipped`` or ``real``: a dev and a test suite of one family are compared (the dev–test gap)."""
        return self.name.rsplit("-", 1)[0]

    @property
    def split(self) -> str:
        return self.name.rsplit("-", 1)[-1]


SUITES: dict[str, Suite] = {
    s.name: s
    for s in (
        Suite("shipped-dev", EVAL_DIR / "cases.jsonl"),
        Suite("shipped-test", EVAL_DIR / "shipped-test.jsonl"),
        Suite("real-dev", EVAL_DIR / "real" / "cases-dev.jsonl", EVAL_DIR / "real" / "docs" / "dev", ("hybrid",)),
        Suite("real-val", EVAL_DIR / "real" / "cases-val.jsonl", EVAL_DIR / "real" / "docs" / "dev", ("hybrid",)),
        Suite("real-test", EVAL_DIR / "real" / "cases-test.jsonl", EVAL_DIR / "real" / "docs" / "test", ("hybrid",)),
        Suite("fresh-test", EVAL_DIR / "fresh" / "cases-test.jsonl", EVAL_DIR / "fresh" / "docs", ("hybrid",)),
        Suite("fresh2-test", EVAL_DIR / "fresh2" / "cases-test.jsonl", EVAL_DIR / "fresh2" / "docs", ("hybrid",)),
        Suite("fresh3-test", EVAL_DIR / "fresh3" / "cases-test.jsonl", EVAL_DIR / "fresh3" / "docs", ("hybrid",)),
        Suite("fresh4-test", EVAL_DIR / "fresh4" / "cases-test.jsonl", EVAL_DIR / "fresh4" / "docs", ("hybrid",)),
        Suite("fresh5-test", EVAL_DIR / "fresh5" / "cases-test.jsonl", EVAL_DIR / "fresh5" / "docs", ("hybrid",)),
        Suite("fresh6-test", EVAL_DIR / "fresh6" / "cases-test.jsonl", EVAL_DIR / "fresh6" / "docs", ("hybrid",)),
        Suite("fresh7-test", EVAL_DIR / "fresh7" / "cases-test.jsonl", EVAL_DIR / "fresh7" / "docs", ("hybrid",)),
        Suite("fresh8-test", EVAL_DIR / "fresh8" / "cases-test.jsonl", EVAL_DIR / "fresh8" / "docs", ("hybrid",)),
        Suite("fresh9-test", EVAL_DIR / "fresh9" / "cases-test.jsonl", EVAL_DIR / "fresh9" / "docs", ("hybrid",)),
        Suite("fresh10-test", EVAL_DIR / "fresh10" / "cases-test.jsonl", EVAL_DIR / "fresh10" / "docs", ("hybrid",)),
        Suite("fresh11-test", EVAL_DIR / "fresh11" / "cases-test.jsonl", EVAL_DIR / "fresh11" / "docs", ("hybrid",)),
        Suite("fresh12-test", EVAL_DIR / "fresh12" / "cases-test.jsonl", EVAL_DIR / "fresh12" / "docs", ("hybrid",)),
        Suite("fresh13-test", EVAL_DIR / "fresh13" / "cases-test.jsonl", EVAL_DIR / "fresh13" / "docs", ("hybrid",)),
        Suite("fresh14-test", EVAL_DIR / "fresh14" / "cases-test.jsonl", EVAL_DIR / "fresh14" / "docs", ("hybrid",)),
        Suite("fresh15-test", EVAL_DIR / "fresh15" / "cases-test.jsonl", EVAL_DIR / "fresh15" / "docs", ("hybrid",)),
        Suite("fresh16-test", EVAL_DIR / "fresh16" / "cases-test.jsonl", EVAL_DIR / "fresh16" / "docs", ("hybrid",)),
        Suite("fresh17-test", EVAL_DIR / "fresh17" / "cases-test.jsonl", EVAL_DIR / "fresh17" / "docs", ("hybrid",)),
        Suite("fresh18-test", EVAL_DIR / "fresh18" / "cases-test.jsonl", EVAL_DIR / "fresh18" / "docs", ("hybrid",)),
        Suite("fresh19-test", EVAL_DIR / "fresh19" / "cases-test.jsonl", EVAL_DIR / "fresh19" / "docs", ("hybrid",)),
        Suite("fresh20-test", EVAL_DIR / "fresh20" / "cases-test.jsonl", EVAL_DIR / "fresh20" / "docs", ("hybrid",)),
        Suite("fresh21-test", EVAL_DIR / "fresh21" / "cases-test.jsonl", EVAL_DIR / "fresh21" / "docs", ("hybrid",)),
        Suite("fresh22-test", EVAL_DIR / "fresh22" / "cases-test.jsonl", EVAL_DIR / "fresh22" / "docs", ("hybrid",)),
        Suite("fresh23-test", EVAL_DIR / "fresh23" / "cases-test.jsonl", EVAL_DIR / "fresh23" / "docs", ("hybrid",)),
        Suite("fresh24-test", EVAL_DIR / "fresh24" / "cases-test.jsonl", EVAL_DIR / "fresh24" / "docs", ("hybrid",)),
        Suite("fresh25-test", EVAL_DIR / "fresh25" / "cases-test.jsonl", EVAL_DIR / "fresh25" / "docs", ("hybrid",)),
        Suite("fresh26-test", EVAL_DIR / "fresh26" / "cases-test.jsonl", EVAL_DIR / "fresh26" / "docs", ("hybrid",)),
        Suite("fresh27-test", EVAL_DIR / "fresh27" / "cases-test.jsonl", EVAL_DIR / "fresh27" / "docs", ("hybrid",)),
        Suite("fresh28-test", EVAL_DIR / "fresh28" / "cases-test.jsonl", EVAL_DIR / "fresh28" / "docs", ("hybrid",)),
        Suite("fresh29-test", EVAL_DIR / "fresh29" / "cases-test.jsonl", EVAL_DIR / "fresh29" / "docs", ("hybrid",)),
        Suite("fresh30-test", EVAL_DIR / "fresh30" / "cases-test.jsonl", EVAL_DIR / "fresh30" / "docs", ("hybrid",)),
        Suite("fresh31-test", EVAL_DIR / "fresh31" / "cases-test.jsonl", EVAL_DIR / "fresh31" / "docs", ("hybrid",)),
        Suite("fresh32-test", EVAL_DIR / "fresh32" / "cases-test.jsonl", EVAL_DIR / "fresh32" / "docs", ("hybrid",)),
        Suite("fresh33-test", EVAL_DIR / "fresh33" / "cases-test.jsonl", EVAL_DIR / "fresh33" / "docs", ("hybrid",)),
    )
}

#: every kind a case may have (validity: how long a policy applies; real documents only so far)
KINDS = ("responsibility", "target", "deadline", "validity", "subsidy", "content", "list", "compare",
         "unanswerable", "multiturn")
TURNS_MIN, TURNS_MAX = 2, 3

#: key -> allowed type, for a single-question case and for one turn of a conversation
QUESTION_KEYS: dict[str, type] = {
    "question": str,
    "gold": list,
    "acceptable": list,
    "must_contain": list,
    "any_of": list,
    "must_not_contain": list,
    "answerable": bool,
}
CASE_KEYS: dict[str, type] = {"id": str, "kind": str, **QUESTION_KEYS, "paraphrased": bool, "list": bool}
MULTI_KEYS: dict[str, type] = {"id": str, "kind": str, "turns": list, "paraphrased": bool}
OPTIONAL_MULTI_KEYS: dict[str, type] = {"list": bool}
# A turn may say on its own whether it asks for every item (it overrides the conversation's flag).
OPTIONAL_TURN_KEYS: dict[str, type] = {"list": bool}

CLAUSE_RE = re.compile(r"^（[一二三四五六七八九十百零〇]+）$")
ITEM_RE = re.compile(r"^[1-9][0-9]*$")


# ----------------------------------------------------------------------------- reading


def load_cases(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    """The cases of a JSONL file, each tagged with its line number as ``_line``; bad lines go to `problems`."""
    cases = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {lineno}: not a JSON object")
            continue
        obj["_line"] = lineno
        cases.append(obj)
    return cases


def read_cases(path: Path, real: bool = False) -> list[dict[str, Any]]:
    """The cases of a file whose form is valid; a malformed file is an error (eval/check_cases.py lists all)."""
    problems: list[str] = []
    cases = load_cases(path, problems)
    problems += validate(cases, real)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems[:5]) + (" …" if len(problems) > 5 else ""))
    return cases


def questions_of(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions of a case: itself, or its turns."""
    return list(case["turns"]) if "turns" in case else [case]


# ----------------------------------------------------------------------------- form


def _where(case: dict[str, Any]) -> str:
    return f"line {case.get('_line', '?')} ({case.get('id', '?')})"


def check_keys(where: str, obj: dict[str, Any], spec: dict[str, type], optional: dict[str, type],
               problems: list[str]) -> bool:
    ok = True
    for key, kind in spec.items():
        if key not in obj:
            problems.append(f"{where}: missing key {key!r}")
            ok = False
        elif not isinstance(obj[key], kind):
            problems.append(f"{where}: key {key!r} should be {kind.__name__}, got {type(obj[key]).__name__}")
            ok = False
    for key, kind in optional.items():
        if key in obj and not isinstance(obj[key], kind):
            problems.append(f"{where}: key {key!r} should be {kind.__name__}")
            ok = False
    extra = set(obj) - set(spec) - set(optional) - {"_line"}
    if extra:
        problems.append(f"{where}: unknown keys {sorted(extra)}")
    return ok


def citation_form(cit: Any, real: bool) -> str | None:
    """What is wrong with the form of one gold/acceptable citation, or None."""
    if not isinstance(cit, dict):
        return f"citation is not an object: {cit!r}"
    if not isinstance(cit.get("doc_id"), str) or not cit["doc_id"]:
        return f"citation {cit} has no doc_id"
    if real:
        extra = set(cit) - {"doc_id", "path"}
        if extra or not isinstance(cit.get("path"), str) or not cit["path"].strip():
            return f"citation {cit}: a real-document citation is {{doc_id, path}} with the document's own label"
        return None
    extra = set(cit) - {"doc_id", "clause", "item", "annex_row"}
    if extra:
        return f"citation {cit} has unknown keys {sorted(extra)}"
    if "annex_row" in cit:
        row = cit["annex_row"]
        if "clause" in cit or "item" in cit:
            return f"citation {cit}: annex_row excludes clause/item"
        if not isinstance(row, int) or isinstance(row, bool) or row < 1:
            return f"citation {cit}: annex_row must be a positive integer"
        return None
    if not isinstance(cit.get("clause"), str) or not CLAUSE_RE.match(cit["clause"]):
        return f"citation {cit}: clause must be full-width like （二十一）"
    if "item" in cit and (not isinstance(cit["item"], str) or not ITEM_RE.match(cit["item"])):
        return f"citation {cit}: item must be a bare number as a string, e.g. \"2\""
    return None


def _check_question(where: str, q: dict[str, Any], real: bool, problems: list[str]) -> None:
    if not q["question"].strip():
        problems.append(f"{where}: empty question")
    for key in ("must_contain", "must_not_contain"):
        if any(not isinstance(s, str) or not s for s in q[key]):
            problems.append(f"{where}: {key} holds a non-string or empty entry")
    for grp in q["any_of"]:
        if not isinstance(grp, list) or not grp or not all(isinstance(s, str) and s for s in grp):
            problems.append(f"{where}: any_of group must be a non-empty list of strings: {grp!r}")
    seen: set[str] = set()
    for role in ("gold", "acceptable"):
        for cit in q[role]:
            wrong = citation_form(cit, real)
            if wrong:
                problems.append(f"{where} {role}: {wrong}")
                continue
            label = json.dumps(cit, ensure_ascii=False, sort_keys=True)
            if label in seen:
                problems.append(f"{where}: citation {label} listed twice (gold/acceptable)")
            seen.add(label)
    if not q["answerable"]:
        for key in ("gold", "acceptable", "must_contain", "any_of"):
            if q[key]:
                problems.append(f"{where}: unanswerable but {key} is not empty")
        echoed = [s for s in q["must_not_contain"] if isinstance(s, str) and s and s in q["question"]]
        if echoed:
            problems.append(f"{where}: must_not_contain {echoed} occurs in the question (an abstention may echo it)")
        return
    if not q["gold"]:
        problems.append(f"{where}: answerable but gold is empty")
    if not q["must_contain"] and not q["any_of"]:
        problems.append(f"{where}: answerable but neither must_contain nor any_of is set")
    both = set(q["must_contain"]) & set(q["must_not_contain"])
    if both:
        problems.append(f"{where}: {sorted(both)} both required and forbidden")


def validate(cases: list[dict[str, Any]], real: bool = False) -> list[str]:
    """Every problem of form in a suite's cases (an empty list when it is well formed)."""
    problems: list[str] = []
    for case in cases:
        where = _where(case)
        kind = case.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
            continue
        if kind == "multiturn":
            if not check_keys(where, case, MULTI_KEYS, OPTIONAL_MULTI_KEYS, problems):
                continue
            if not TURNS_MIN <= len(case["turns"]) <= TURNS_MAX:
                problems.append(f"{where}: {len(case['turns'])} turns, expected {TURNS_MIN}–{TURNS_MAX}")
            for i, turn in enumerate(case["turns"], 1):
                if not isinstance(turn, dict):
                    problems.append(f"{where} turn {i}: turn is not an object")
                elif check_keys(f"{where} turn {i}", turn, QUESTION_KEYS, OPTIONAL_TURN_KEYS, problems):
                    _check_question(f"{where} turn {i}", turn, real, problems)
            continue
        if not check_keys(where, case, CASE_KEYS, {}, problems):
            continue
        _check_question(where, case, real, problems)
        if (kind == "unanswerable") == case["answerable"]:
            problems.append(f"{where}: kind unanswerable if and only if answerable is false")
        if kind == "list" and not case["list"]:
            problems.append(f"{where}: list case must set \"list\": true")
        if kind == "compare" and len({c.get("doc_id") for c in case["gold"] if isinstance(c, dict)}) < 2:
            problems.append(f"{where}: compare case must cite two documents in gold")
    for cid, n in Counter(c.get("id") for c in cases).items():
        if n > 1:
            problems.append(f"id {cid!r} used {n} times")
    return problems


def case_documents(case: dict[str, Any], known: set[str] | frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The documents a case is about: those its gold cites, else the known document its id names.

    An unanswerable case cites nothing; real-suite ids are ``real-<doc_id>-NN``, so the longest known
    doc_id inside the id names its document (for the per-document report and load failures).
    """
    docs = {c["doc_id"] for q in questions_of(case) for c in q.get("gold", []) if isinstance(c, dict)}
    if docs:
        return tuple(sorted(docs))
    named = [d for d in known if d in case.get("id", "")]
    return (max(named, key=len),) if named else ()
