"""Every answer opens with one line that fills the asked slot (issue: direct answer first), on every kind of
question of the shipped dev set, through the real assistant."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.evaluation.cases import SUITES, questions_of, read_cases

pytestmark = pytest.mark.slow


def test_every_kind_gets_a_direct_first_line(assistant):
    cases = read_cases(SUITES["shipped-dev"].cases_path)
    seen: Counter[str] = Counter()
    for case in cases:
        session = assistant.new_session()
        for q in questions_of(case):
            answer = session.ask(q["question"])
            short = answer.short_answer
            assert short and "\n" not in short, (case["id"], answer.answer)
            assert answer.answer.startswith(short), (case["id"], short, answer.answer[:80])
            assert answer.to_dict()["short_answer"] == short
            if answer.abstained:  # the line says the documents do not give what was asked
                assert any(w in short for w in ("没有", "未", "不涉及")), (case["id"], short)
            seen[case["kind"]] += 1
    assert set(seen) == {c["kind"] for c in cases} and len(seen) >= 9
