"""The eval scorer: exact metrics on hand-made cases with a fake answerer, and gates that do fail."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from assistant.answering.answer import Answer
from assistant.evaluation import runner as ev

Z, G = "zhejiang-2014-info-consumption", "guofa-2013-32"


def cl(doc: str, clause: str | None = None, item: str | None = None, row: int | None = None) -> SimpleNamespace:
    """A cited or retrieved clause, as the scorer sees it."""
    label = f"{doc} 附件第{row}项" if row else f"{doc} {clause}{item or ''}"
    return SimpleNamespace(doc_id=doc, clause=clause, item=item, annex_row=row, label=label, id=label)


def q(question: str, gold=(), acceptable=(), must=(), any_of=(), must_not=(), answerable=True) -> dict:
    return {"question": question, "gold": list(gold), "acceptable": list(acceptable), "must_contain": list(must),
            "any_of": [list(g) for g in any_of], "must_not_contain": list(must_not), "answerable": answerable}


CASES = [
    {"id": "c1", "kind": "responsibility", "paraphrased": False, "list": False,
     **q("Q1", gold=[{"doc_id": Z, "clause": "（十一）", "item": "2"}], acceptable=[{"doc_id": G, "annex_row": 32}],
         must=["省外汇管理局"])},
    {"id": "c2", "kind": "target", "paraphrased": True, "list": False,
     **q("Q2", gold=[{"doc_id": G, "clause": "（三）"}], any_of=[["3.2万亿元", "3.2万亿"]])},
    {"id": "c3", "kind": "list", "paraphrased": False, "list": True,
     **q("Q3", gold=[{"doc_id": Z, "clause": "（十一）", "item": i} for i in ("2", "3", "9")], must=["试点"])},
    {"id": "c4", "kind": "unanswerable", "paraphrased": False, "list": False,
     **q("Q4", must_not=["万元"], answerable=False)},
    {"id": "c5", "kind": "unanswerable", "paraphrased": True, "list": False, **q("Q5", answerable=False)},
    {"id": "m1", "kind": "multiturn", "paraphrased": False, "turns": [
        q("M1a", gold=[{"doc_id": Z, "clause": "（二）"}], must=["3500亿元"]),
        q("M1b", gold=[{"doc_id": G, "clause": "（三）"}], must=["3.2万亿元"]),
    ]},
    {"id": "m2", "kind": "multiturn", "paraphrased": True, "turns": [
        q("M2a", gold=[{"doc_id": G, "annex_row": 9}], must=["财政部"]),
        q("M2b", gold=[{"doc_id": G, "clause": "（六）"}], must=["2013年"]),
    ]},
]

ANSWERS = {
    # recall 1, precision 2/3 (an acceptable row counts, （三） does not)
    "Q1": Answer("责任单位是：省外汇管理局。", False, [cl(Z, "（十一）", "2"), cl(G, row=32), cl(G, "（三）")]),
    # a clause-level gold is matched by an item of that clause; any_of satisfied by its second string
    "Q2": Answer("规模超过3.2万亿。", False, [cl(G, "（三）", "1")]),
    # list: 2 of 3 members cited
    "Q3": Answer("试点两项。", False, [cl(Z, "（十一）", "2"), cl(Z, "（十一）", "3")]),
    # abstains but leaks a forbidden string
    "Q4": Answer("抱歉，文件没有规定，最接近的是100万元。", True),
    "Q5": Answer("抱歉，文件中没有相关内容。", True),
    "M1a": Answer("目标3500亿元。", False, [cl(Z, "（二）")]),
    # cites gold but lacks the fact: the conversation fails
    "M1b": Answer("见国务院文件。", False, [cl(G, "（三）")]),
    "M2a": Answer("新闻出版广电总局、财政部。", False, [cl(G, row=9)]),
    "M2b": Answer("2013年年底前完成。", False, [cl(G, "（六）"), cl(Z, "（六）")]),
}

#: the gold of the first question sits at rank 1, 3, 2, (absent) and 6
HITS = {
    "Q1": [cl(Z, "（十一）", "2"), cl(G, row=32)],
    "Q2": [cl(Z, "（二）"), cl(G, "（四）"), cl(G, "（三）", "2")],
    "Q3": [cl(Z, "（十）", "1"), cl(Z, "（十一）", "9")],
    "M1a": [cl(G, "（三）")],
    "M2a": [cl(G, row=r) for r in (1, 2, 3, 4, 5, 9)],
}


class FakeSession:
    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers

    def ask(self, question: str) -> Answer:
        return self.answers[question]


class FakeSearch:
    def search(self, query, k=None, filters=None, mode=None):
        return [SimpleNamespace(clause=c) for c in HITS.get(query, [])][:k]


class FakeAssistant:
    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.search = FakeSearch()

    def new_session(self) -> FakeSession:
        return FakeSession(self.answers)


def broken(answers: dict[str, Answer]) -> dict[str, Answer]:
    """The same answers with every citation dropped (a composer that forgets to cite)."""
    return {k: replace(a, citations=[]) for k, a in answers.items()}


def run(answers: dict[str, Answer]) -> dict:
    return ev.summarize(ev.run_cases(FakeAssistant(answers), CASES, "hybrid"))


def test_matching_rules():
    gold_item = {"doc_id": Z, "clause": "（十一）", "item": "2"}
    gold_clause = {"doc_id": Z, "clause": "（十一）"}
    gold_row = {"doc_id": G, "annex_row": 32}
    assert ev.matches(gold_item, cl(Z, "（十一）", "2"))
    assert not ev.matches(gold_item, cl(Z, "（十一）", "3"))
    assert not ev.matches(gold_item, cl(Z, "（十一）"))  # a whole clause is not that item
    assert not ev.matches(gold_item, cl(G, "（十一）", "2"))  # other document
    assert ev.matches(gold_clause, cl(Z, "（十一）", "7"))
    assert ev.matches(gold_clause, cl(Z, "（十一）"))
    assert ev.matches(gold_row, cl(G, row=32))
    assert not ev.matches(gold_row, cl(G, row=33))
    assert not ev.matches(gold_row, cl(Z, row=32))
    assert not ev.matches({"doc_id": G, "clause": "（三）"}, cl(G, row=3))


def test_exact_metrics_on_hand_made_cases():
    summary = run(ANSWERS)
    m = summary["metrics"]
    assert m["citation_recall"] == pytest.approx((6 + 2 / 3) / 7)
    assert m["citation_precision"] == pytest.approx((2 / 3 + 1 + 1 + 1 + 1 + 1 + 1 / 2) / 7)
    assert m["fact_accuracy"] == pytest.approx(6 / 7)
    assert m["abstention_accuracy"] == pytest.approx(8 / 9)
    assert m["list_recall"] == pytest.approx(2 / 3)
    assert m["multiturn_accuracy"] == pytest.approx(1 / 2)
    assert m["case_accuracy"] == pytest.approx(4 / 7)
    assert m["recall_at_1"] == pytest.approx(1 / 5)
    assert m["recall_at_5"] == pytest.approx(3 / 5)
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 2 + 0 + 1 / 6) / 5)  # rank 6: outside recall@5, inside MRR@10
    assert summary["counts"] == {"cases": 7, "questions": 9, "answerable": 7, "cited": 7, "list": 1,
                                 "multiturn": 2, "retrieval": 5}


def test_mrr_counts_ranks_up_to_ten():
    results = ev.run_cases(FakeAssistant(ANSWERS), CASES, "hybrid")
    assert [r.retrieval_rank for r in results if r.retrieval_scored] == [1, 3, 2, None, 6]


def test_breakdown_per_kind_and_paraphrase():
    figures = ev.breakdown(ev.run_cases(FakeAssistant(ANSWERS), CASES, "hybrid"))
    assert list(figures["per_kind"]) == ["responsibility", "target", "list", "unanswerable", "multiturn"]
    assert figures["per_kind"]["unanswerable"]["metrics"]["abstention_accuracy"] == pytest.approx(1 / 2)
    assert figures["per_kind"]["unanswerable"]["metrics"]["citation_recall"] is None
    assert figures["per_kind"]["multiturn"]["metrics"]["fact_accuracy"] == pytest.approx(3 / 4)
    assert figures["paraphrased"]["counts"]["cases"] == 3
    assert figures["literal"]["metrics"]["case_accuracy"] == pytest.approx(1 / 4)  # c1 of c1, c3, c4, m1


def test_failure_reasons():
    results = {r.id: r for r in ev.run_cases(FakeAssistant(ANSWERS), CASES, "hybrid")}
    assert results["c1"].correct and results["m2"].correct
    assert results["c3"].questions[0].reasons == ["list 2/3"]
    assert results["c4"].questions[0].reasons == ["contains 万元"]
    assert results["m1"].questions[1].reasons == ["missing 3.2万亿元"]


def test_a_crash_is_a_failed_question_not_a_crashed_eval():
    class Crashing(FakeSession):
        def ask(self, question):
            if question == "Q2":
                raise RuntimeError("boom")
            return super().ask(question)

    fake = FakeAssistant(ANSWERS)
    fake.new_session = lambda: Crashing(ANSWERS)
    results = {r.id: r for r in ev.run_cases(fake, CASES, "hybrid")}
    assert not results["c2"].correct
    assert results["c2"].questions[0].reasons[0] == "error: RuntimeError: boom"


def test_gates_from_measured_values():
    gates = ev.gates_from({"citation_recall": 0.8438, "fact_accuracy": 0.85, "mrr": 0.02, "list_recall": None})
    assert gates == {"citation_recall": 0.81, "fact_accuracy": 0.82, "mrr": 0.01}


def test_gate_margin_is_at_least_one_item():
    metrics = {"multiturn_accuracy": 0.8235, "citation_recall": 0.9}
    gates = ev.gates_from(metrics, {"multiturn": 17, "answerable": 192})
    assert gates == {"multiturn_accuracy": 0.76, "citation_recall": 0.87}
    one_flip = {"multiturn_accuracy": 0.8235 - 1 / 17, "citation_recall": 0.9}
    assert ev.check_gates(one_flip, gates) == []


def test_gates_pass_on_good_answers_and_fail_on_broken_ones():
    gates = ev.gates_from(run(ANSWERS)["metrics"])
    assert set(gates) == set(ev.GATED)
    assert ev.check_gates(run(ANSWERS)["metrics"], gates) == []
    failed = ev.check_gates(run(broken(ANSWERS))["metrics"], gates)
    names = " ".join(failed)
    assert "citation_recall" in names and "list_recall" in names and "multiturn_accuracy" in names
    abstaining = {k: Answer("抱歉，文件中没有相关内容。", True) for k in ANSWERS}
    assert "abstention_accuracy" in " ".join(ev.check_gates(run(abstaining)["metrics"], gates))


def test_shipped_gates_fail_on_broken_answers():
    """eval/gates.json must be tight enough that an answerer which never cites cannot pass it."""
    gates = ev.load_gates(ev.DEFAULT_GATES)
    assert set(ev.GATED) <= set(gates)
    assert all(0 < t <= 1 for t in gates.values())
    failed = ev.check_gates(run(broken(ANSWERS))["metrics"], gates)
    assert any("citation_recall" in f for f in failed)


def test_cli_gate_exits_1_and_names_the_metric(tmp_path, monkeypatch):
    from assistant.cli import app

    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n", encoding="utf-8")
    gates = tmp_path / "gates.json"
    gates.write_text(json.dumps(ev.gates_from(run(ANSWERS)["metrics"])), encoding="utf-8")
    args = ["eval", "--cases", str(cases), "--out", str(tmp_path / "out"), "--gates", str(gates), "--gate"]

    monkeypatch.setattr(ev, "load_assistants", lambda modes: {m: FakeAssistant(ANSWERS) for m in modes})
    ok = CliRunner().invoke(app, args)
    assert ok.exit_code == 0, ok.output
    for name in ("report.md", "metrics.json", "per_kind.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| citation recall | 0.952 | 0.952 | 0.952 |" in report
    assert "m1 turn 2" in report and "missing 3.2万亿元" in report
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["modes"]) == {"hybrid", "bm25", "dense"}

    monkeypatch.setattr(ev, "load_assistants", lambda modes: {m: FakeAssistant(broken(ANSWERS)) for m in modes})
    bad = CliRunner().invoke(app, args)
    assert bad.exit_code == 1
    assert "citation_recall" in bad.output


@pytest.mark.slow
def test_real_assistant_without_citations_fails_the_gates(assistant, monkeypatch):
    """The real chain with its citations dropped must not pass eval/gates.json."""
    cases = [c for c in ev.read_cases(ev.DEFAULT_CASES) if c["kind"] in ("responsibility", "list", "multiturn")][:40]
    answer_query = assistant.answer_query
    monkeypatch.setattr(
        assistant, "answer_query",
        lambda query, exclude=frozenset(), focus=(): replace(answer_query(query, exclude, focus), citations=[]),
    )
    results = ev.run_cases(assistant, cases, "hybrid")
    # every question was really answered (none crashed), only without its citations
    assert not [r for res in results for qr in res.questions for r in qr.reasons if r.startswith("error")]
    assert sum(not qr.abstained for r in results for qr in r.questions) > len(cases) // 2
    metrics = ev.summarize(results)["metrics"]
    failed = " ".join(ev.check_gates(metrics, ev.load_gates(ev.DEFAULT_GATES)))
    assert "citation_recall" in failed and "multiturn_accuracy" in failed
