"""Scoring: pure functions from (case, answers, search hits) to figures. No model, no files.

Metrics (each a mean over the questions it applies to; every turn of a conversation is a question):

* citation recall — share of a question's gold citations that the answer cites (a clause-level gold
  is matched by any item of that clause, an annex row by document + row, a real-document label by
  that unit or any unit inside it); answerable questions.
* citation precision — share of an answer's citations that are gold or acceptable; questions whose
  answer cites anything.
* fact accuracy — every must_contain string and one string of every any_of group is in the answer
  text; answerable questions.
* abstention accuracy — unanswerable: abstained and no must_not_contain string in the answer
  (citation labels and document names aside: 《黔府办发〔2012〕34号》 does not state 34);
  answerable: not abstained; all questions.
* answerable answered — share of answerable questions the assistant did not decline (a decline on
  documents that do say is the failure fresh documents show most).
* unanswerable declined — share of unanswerable questions the assistant declined; beside it the
  count of unanswerable questions answered with a number (an amount, a rate, a count, a year).
* list recall — citation recall on list questions.
* multi-turn accuracy — conversations whose every turn is correct (a turn is correct when its facts
  are there and a gold clause is cited, or when it correctly abstains).
* case accuracy — cases whose every question is correct, as above.
* recall@1, recall@5, MRR — rank of the first gold clause in ``search.search(question, k=10, mode=…)``;
  single-turn answerable cases and the first turn of conversations.

The scorer knows nothing about particular questions: the set measures, it does not steer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.corpus.numerals import cn_to_int, int_to_cn
from assistant.evaluation.cases import questions_of

#: headline metrics, in report order
METRICS: dict[str, str] = {
    "citation_recall": "citation recall",
    "citation_precision": "citation precision",
    "fact_accuracy": "fact accuracy",
    "abstention_accuracy": "abstention accuracy",
    "answerable_answered": "answerable answered",
    "unanswerable_declined": "unanswerable declined",
    "list_recall": "list recall",
    "multiturn_accuracy": "multi-turn accuracy",
    "case_accuracy": "case accuracy",
    "recall_at_1": "retrieval recall@1",
    "recall_at_5": "retrieval recall@5",
    "mrr": "retrieval MRR@10",
}
KIND_NAMES = {
    "responsibility": "责任单位", "target": "目标", "deadline": "时间进度", "validity": "有效期",
    "subsidy": "支持政策", "content": "内容", "list": "列举", "compare": "对比", "unanswerable": "无法回答",
    "multiturn": "多轮",
}


# ----------------------------------------------------------------------------- matching


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


_ARTICLE = re.compile(r"第([0-9０-９]+)条")
_ANNEX_ROW = re.compile(r"第([〇零一二三四五六七八九十百千]+)项")
_WIDE = str.maketrans("（）０１２３４５６７８９", "()0123456789")
_NUMBERED = re.compile(r"[一二三四五六七八九十百千零〇0-9]")


def canonical_path(path: str) -> str:
    """One spelling per unit: no spaces, half-width brackets and digits, 第15条 written 第十五条, and an
    annex row 第五项 written 第5项 (the product labels table rows with Arabic numbers, 附件第64项)."""
    path = re.sub(r"\s+", "", path or "").translate(_WIDE)
    path = _ANNEX_ROW.sub(lambda m: f"第{cn_to_int(m.group(1))}项", path)
    return _ARTICLE.sub(lambda m: f"第{int_to_cn(int(m.group(1)))}条", path)


def cited_path(cited: Any) -> str:
    """The label of a cited or retrieved unit after the document name: its `path`, else the label's tail."""
    path = _get(cited, "path")
    if path is None:
        path = (_get(cited, "label") or "").rpartition("》")[2]
    return canonical_path(path)


#: 附件2 before an attached text's own label (附件2第三条, 附件3（一）): which of several attached texts it is
_ATTACHMENT_NUMBER = re.compile(r"^附件\d+(?=第|\(|[一二三四五六七八九十])")


def path_within(cited: str, gold: str) -> bool:
    """Is the cited unit the gold unit or inside it? 二（一）2 is inside 二（一）, 第十条 is not inside 第一条.

    ``正文`` (a document's unnumbered text) is any unit whose label holds no number (序言, 结尾, 附件序言).
    A unit of an attachment may carry the prefix 附件 (附件（二十三）), or 附件 and the attachment's number where a
    notice attaches several texts (附件2第三条), where the gold names it as the attached text numbers it (（二十三）,
    第三条); case writers avoid labels a body and its attachment share.
    """
    if gold == "正文":
        return not _NUMBERED.search(cited)
    if cited.startswith("附件") and not gold.startswith("附件") and (
            path_within(cited[2:], gold)
            or (numbered := _ATTACHMENT_NUMBER.match(cited)) and path_within(cited[numbered.end():], gold)):
        return True
    if cited == gold:
        return True
    if not cited.startswith(gold) or not gold:
        return False
    rest = cited[len(gold):]
    return rest[0] == "(" or (rest[0].isdigit() and not gold[-1].isdigit())


def matches(gold: dict[str, Any], cited: Any) -> bool:
    """Does a cited clause (Citation, Clause or dict) satisfy a gold/acceptable citation?"""
    if _get(cited, "doc_id") != gold.get("doc_id"):
        return False
    if "path" in gold:
        return path_within(cited_path(cited), canonical_path(gold["path"]))
    if "annex_row" in gold:
        row = _get(cited, "annex_row")
        return row is not None and int(row) == int(gold["annex_row"])
    if _get(cited, "annex_row") is not None or _get(cited, "clause") != gold.get("clause"):
        return False
    item = gold.get("item")
    return item is None or str(_get(cited, "item")) == str(item)


def _any_match(golds: Iterable[dict[str, Any]], cited: Any) -> bool:
    return any(matches(g, cited) for g in golds)


def gold_rank(hits: Sequence[Any], gold: Sequence[dict[str, Any]]) -> int | None:
    """1-based rank of the first hit matching any gold citation, or None."""
    for rank, hit in enumerate(hits, 1):
        if _any_match(gold, getattr(hit, "clause", hit)):
            return rank
    return None


#: a quantity: Arabic digits with a unit, an amount in Chinese numerals, or 百分之…
_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿|千)?\s*(?:元|%|％|个|家|项|人|次|倍|户|亩|吨|年|月|天|Mbps|兆|GB)"
    r"|[一二两三四五六七八九十百千万亿]+(?:万|亿)?元|百分之[一二三四五六七八九十百零点]+"
)


def without_labels(text: str, labels: Iterable[str] = ()) -> str:
    """An answer less its citation labels and document names (《黔府办发〔2012〕34号》一（二）): a
    document's name or number is where a point comes from, not a figure the answer states."""
    for label in labels:
        if label:
            text = text.replace(label, "")
    return re.sub(r"《[^《》]*》|附件第\d+项|〔\d+〕\d+号", "", text)


def states_a_number(text: str, labels: Iterable[str] = ()) -> bool:
    """Does an answer state a quantity (an amount, rate, count or year), once its citation labels are removed?"""
    return bool(_QUANTITY.search(without_labels(text, labels)))


# ----------------------------------------------------------------------------- one case


@dataclass
class QuestionResult:
    question: str
    answerable: bool
    is_list: bool
    expected: str
    answer: str
    abstained: bool
    cited: list[str]
    recall: float | None  # answerable only
    precision: float | None  # only when something is cited
    fact_ok: bool | None  # answerable only
    abstention_ok: bool
    gold_cited: bool
    #: unanswerable, not declined, and the answer states a quantity
    number_given: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return not self.reasons


@dataclass
class CaseResult:
    id: str
    kind: str
    paraphrased: bool
    questions: list[QuestionResult]
    retrieval_rank: int | None = None
    retrieval_scored: bool = False  # whether this case counts for recall@k / MRR
    documents: tuple[str, ...] = ()  # real suites: the documents the case is about

    @property
    def correct(self) -> bool:
        return all(q.correct for q in self.questions)


def _gold_label(g: dict[str, Any]) -> str:
    if "path" in g:
        return f"{g['doc_id']} {g['path']}"
    if "annex_row" in g:
        return f"{g['doc_id']} 附件第{g['annex_row']}项"
    return f"{g['doc_id']} {g['clause']}{g.get('item') or ''}"


def _expected(q: dict[str, Any]) -> str:
    if not q.get("answerable", True):
        forbidden = f"；不得出现 {'、'.join(q['must_not_contain'])}" if q.get("must_not_contain") else ""
        return "拒答" + forbidden
    facts = list(q.get("must_contain", [])) + ["/".join(grp) for grp in q.get("any_of", [])]
    return f"引用 {'、'.join(_gold_label(g) for g in q.get('gold', []))}；含 {'、'.join(facts)}"


def score_question(q: dict[str, Any], answer: Any, is_list: bool = False, error: str | None = None) -> QuestionResult:
    """Score one answer (anything with .answer, .abstained, .citations) against one question of the set."""
    text = _get(answer, "answer") or ""
    abstained = bool(_get(answer, "abstained"))
    citations = list(_get(answer, "citations") or [])
    answerable = bool(q.get("answerable", True))
    gold = q.get("gold", [])
    allowed = gold + q.get("acceptable", [])
    found = [g for g in gold if any(matches(g, c) for c in citations)]
    labels = [_get(c, "label") or "" for c in citations]
    result = QuestionResult(
        question=q["question"],
        answerable=answerable,
        is_list=is_list,
        expected=_expected(q),
        answer=text if error is None else f"[error] {error}",
        abstained=abstained,
        cited=labels,
        recall=len(found) / len(gold) if answerable and gold else None,
        precision=sum(_any_match(allowed, c) for c in citations) / len(citations) if citations else None,
        fact_ok=None,
        abstention_ok=False,
        gold_cited=bool(found),
    )
    if error is not None:
        result.reasons.append(f"error: {error}")
    if answerable:
        missing = [s for s in q.get("must_contain", []) if s not in text]
        missing += ["/".join(grp) for grp in q.get("any_of", []) if not any(s in text for s in grp)]
        result.fact_ok = not missing
        result.abstention_ok = not abstained
        if abstained:
            result.reasons.append("abstained")
        if missing:
            result.reasons.append(f"missing {'、'.join(missing)}")
        if not found and gold:
            result.reasons.append("no gold cited")
        if is_list and gold and len(found) < len(gold):
            result.reasons.append(f"list {len(found)}/{len(gold)}")
    else:
        stated = without_labels(text, labels)
        leaked = [s for s in q.get("must_not_contain", []) if s in stated]
        result.abstention_ok = abstained and not leaked
        result.number_given = not abstained and error is None and states_a_number(text, labels)
        if not abstained:
            result.reasons.append("should abstain" + (" (answered with a number)" if result.number_given else ""))
        if leaked:
            result.reasons.append(f"contains {'、'.join(leaked)}")
    return result


def score_case(
    case: dict[str, Any],
    answers: Sequence[Any],
    hits: Sequence[Any] | None = None,
    errors: Sequence[str | None] | None = None,
    documents: tuple[str, ...] = (),
) -> CaseResult:
    """Score a case from its answers (one per question/turn) and the search hits of its first question."""
    questions = questions_of(case)
    errors = list(errors) if errors is not None else [None] * len(questions)
    is_list = bool(case.get("list"))
    scored = [score_question(q, a, bool(q.get("list", is_list)), e)  # a turn's own flag wins
              for q, a, e in zip(questions, answers, errors, strict=True)]
    first = questions[0]
    retrieval_scored = hits is not None and bool(first.get("answerable", True)) and bool(first.get("gold"))
    return CaseResult(
        id=case["id"],
        kind=case["kind"],
        paraphrased=bool(case.get("paraphrased")),
        questions=scored,
        retrieval_rank=gold_rank(hits, first["gold"]) if retrieval_scored else None,
        retrieval_scored=retrieval_scored,
        documents=documents,
    )


# ----------------------------------------------------------------------------- many cases


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def summarize(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Every headline metric over `results` (None where nothing applies), with the counts behind them."""
    questions = [q for r in results for q in r.questions]
    answerable = [q for q in questions if q.answerable]
    unanswerable = [q for q in questions if not q.answerable]
    listed = [q for q in answerable if q.is_list]
    cited = [q for q in questions if q.precision is not None]
    multi = [r for r in results if r.kind == "multiturn"]
    ranks = [r.retrieval_rank for r in results if r.retrieval_scored]
    metrics = {
        "citation_recall": _mean(q.recall for q in answerable if q.recall is not None),
        "citation_precision": _mean(q.precision for q in cited),
        "fact_accuracy": _mean(float(bool(q.fact_ok)) for q in answerable),
        "abstention_accuracy": _mean(float(q.abstention_ok) for q in questions),
        "answerable_answered": _mean(float(not q.abstained) for q in answerable),
        "unanswerable_declined": _mean(float(q.abstained) for q in unanswerable),
        "list_recall": _mean(q.recall for q in listed if q.recall is not None),
        "multiturn_accuracy": _mean(float(r.correct) for r in multi),
        "case_accuracy": _mean(float(r.correct) for r in results),
        "recall_at_1": _mean(float(k is not None and k <= 1) for k in ranks),
        "recall_at_5": _mean(float(k is not None and k <= 5) for k in ranks),
        "mrr": _mean(1.0 / k if k else 0.0 for k in ranks),
    }
    counts = {
        "cases": len(results),
        "correct": sum(r.correct for r in results),
        "questions": len(questions),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "unanswerable_numbers": sum(q.number_given for q in unanswerable),
        "cited": len(cited),
        "list": len(listed),
        "multiturn": len(multi),
        "retrieval": len(ranks),
    }
    return {"metrics": metrics, "counts": counts}


def breakdown(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Overall, per kind (in the set's order), paraphrased vs literal, and per document when cases name one."""
    kinds = list(dict.fromkeys(r.kind for r in results))
    figures = {
        "overall": summarize(results),
        "per_kind": {k: summarize([r for r in results if r.kind == k]) for k in kinds},
        "paraphrased": summarize([r for r in results if r.paraphrased]),
        "literal": summarize([r for r in results if not r.paraphrased]),
    }
    documents = sorted({d for r in results for d in r.documents})
    if documents:
        figures["per_document"] = {d: summarize([r for r in results if d in r.documents]) for d in documents}
    return figures
