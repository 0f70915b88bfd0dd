"""scripts/responsibility_coverage.py: cue sentences without a fact are counted, wrong-looking units flagged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "responsibility_coverage", Path(__file__).resolve().parent.parent / "scripts" / "responsibility_coverage.py")
coverage = importlib.util.module_from_spec(_SPEC)
sys.modules["responsibility_coverage"] = coverage  # its dataclass looks its module up
_SPEC.loader.exec_module(coverage)


def test_unit_strings_that_are_no_units_are_flagged():
    assert not coverage.looks_wrong("市委组织部")
    assert not coverage.looks_wrong("省人力资源社会保障厅")
    assert coverage.looks_wrong("责任单位：省财政厅")
    assert coverage.looks_wrong("负责组织实施")
    assert coverage.looks_wrong("由县商务局")
    assert coverage.looks_wrong("单位")  # 各项目牵头单位 split at its role word
    assert not coverage.looks_wrong("各项目牵头单位")  # a role noun names bodies


def test_a_cue_sentence_without_a_fact_is_counted(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("关于加快发展的若干措施\n一、加强统筹。建立健全组织部门牵头抓总、职能部门各司其职的工作格局。\n"
                   "二、强化保障。资金由县财政局负责安排。\n", encoding="utf-8")
    counts = coverage.Counts()
    coverage.measure(doc, counts)
    assert counts.cue_sentences == 2
    assert len(counts.unread) == 1 and "牵头抓总" in counts.unread[0]
    assert counts.leaves_with_units >= 1 and not counts.wrong


def test_halves_follow_the_sorted_stems(tmp_path):
    for stem in ("b", "a", "c"):
        (tmp_path / f"{stem}.txt").write_text("通知\n一、资金由县财政局负责安排。\n", encoding="utf-8")
    files = coverage.documents([str(tmp_path)], "*", ("c",))
    assert [f.stem for f in files] == ["a", "b"]
    table = coverage.report(files)
    assert "| half A | 1 |" in table and "| half B | 1 |" in table
