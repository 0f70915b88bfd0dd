"""A list asked by its heading's words is that heading's leaves, however the heading is written: with the verbs a
heading puts before its subject (确保完成全年主要预期目标, asked as 全年主要预期目标有哪几项), or run into its text where a
page flattened its lines ((一)培育世界一流的创新型企业 制定实施…); and 第三条 after such a list is its third item,
counted as the reader counts the list shown. A short list shows each item's whole enumeration (the sources of a
fund). Real published documents (eval/real/docs/dev), parsed as uploaded."""

from __future__ import annotations

from assistant.answering.composer import _listed_task
from assistant.answering.headings import heading_list, names_heading
from assistant.conversation import _listed_by_number
from tests.fixed_order import clause_at, dev_catalog

ANHUI = "h22r-anhui-key-work-responsibility-part"
BEIJING = "h22u-beijing-zhongguancun-measures-part"
YUNNAN = "yunnan-2013-employment-fund-measures-part"


def test_a_headings_leading_verbs_do_not_keep_it_from_being_named():
    question = "安徽省政府定的全年主要预期目标有哪几项？"
    assert names_heading(question, "一、确保完成全年主要预期目标")
    assert not names_heading("安徽省政府今年要完成哪些重点改革？", "一、确保完成全年主要预期目标")
    catalog = dev_catalog(ANHUI)
    found = heading_list(question, [clause_at(catalog, ANHUI, "一1")], catalog.documents_by_id)
    assert found is not None
    title, leaves = found
    assert title == "确保完成全年主要预期目标" and [c.path for c in leaves] == ["一1", "一2", "一3", "一4", "一5"]


def test_a_title_run_into_its_clauses_text_names_the_heading():
    catalog = dev_catalog(BEIJING)
    head = clause_at(catalog, BEIJING, "一（一）")
    assert head.clause_title is None and head.text.startswith("培育世界一流的创新型企业 ")
    found = heading_list("北京中关村的措施里，培育世界一流创新型企业有哪几条？", [clause_at(catalog, BEIJING, "一（一）1")],
                         catalog.documents_by_id)
    assert found is not None
    title, leaves = found
    assert title == "培育世界一流的创新型企业"
    assert [c.path for c in leaves] == ["一（一）", "一（一）1", "一（一）2", "一（一）3"]
    # …and the third of the list shown is its third numbered item, the heading's own text not counted
    assert _listed_by_number("第三条具体讲的是什么？", leaves) == clause_at(catalog, BEIJING, "一（一）3")


def test_a_short_list_shows_each_items_enumeration_whole():
    sources = clause_at(dev_catalog(YUNNAN), YUNNAN, "附件第二条")
    assert "利息收入" not in _listed_task(sources)  # an item of a long list: its opening only
    assert "利息收入" in _listed_task(sources, budget=240)  # one of two: its every source
