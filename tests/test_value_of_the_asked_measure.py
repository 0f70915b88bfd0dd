"""Whether the chosen clause gives the value asked, read where it names the measure asked: a count asked of 企业职工
is given by 在职职工总数30人(含)以下的企业 (the part names both words of the compound, not another kind of
职工); a rate asked as a number (比例具体是百分之几) of a measure stated as 按照固定资产投资的一定比例 is not given,
whatever percentage a neighbouring measure states; 费率具体降到多少 asks a rate. Real published clauses
(eval/real/docs/dev), no model."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import ASKS_PROPORTION, unfilled
from tests.fixed_order import clause_at, dev_catalog

DONGGUAN = "dongguan-2021-employment-trad-part"
GUANGXI = "h22m-guangxi-2024-industrial-revitalization-measures-part"


def test_a_count_of_a_compound_named_apart_in_one_part_is_given():
    exempt = clause_at(dev_catalog(DONGGUAN), DONGGUAN, "一（一）2")
    words = ["职工", "企业职工", "以下", "免缴", "残疾", "残疾人", "保障", "保障金"]
    question = "东莞市企业职工多少人以下可以暂免缴残疾人就业保障金？"
    assert unfilled(question, Intent.TARGET, Slot.NUMBER, words, [exempt]) is None


def test_a_rate_asked_as_a_number_needs_a_rate_where_the_measure_is_named():
    support = clause_at(dev_catalog(GUANGXI), GUANGXI, "附件二")
    assert "一定比例" in support.text
    question = "广西按固定资产投资支持的比例具体是百分之几？"
    reason = unfilled(question, Intent.TARGET, Slot.NUMBER, ["固定资产", "固定资产投资", "投资", "支持", "比例"], [support])
    assert reason is not None and "比例" in reason
    # the cap the same clause states is a number it gives
    cap = unfilled("广西对制造业关键核心技术产业化项目单个项目最多支持多少？", Intent.TARGET, Slot.NUMBER,
                   ["制造业", "关键核心技术", "产业化", "项目", "单个项目"], [support])
    assert cap is None


def test_a_rate_asked_after_words_between():
    assert ASKS_PROPORTION.search("那失业保险费率具体降到多少？")
    assert ASKS_PROPORTION.search("贷款利率是多少？")
    assert not ASKS_PROPORTION.search("失业保险基金能补贴多少钱？")


def test_the_name_of_the_text_a_notice_issues_names_no_measure_of_it():
    # 鲁政办字〔2023〕5号, a repost without its title line: 《山东省建设…2023年重点工作任务》已经省政府同意，现印发给你们;
    # its task list's opening repeats that name, which the question restates before asking a count of 附件一2
    from assistant.corpus.metadata import issued_names
    from tests.fixed_order import gather_in_order

    stem = "h22r-shandong-2023-green-lowcarbon-tasks-trad-part"
    catalog = dev_catalog(stem)
    opening = clause_at(catalog, stem, "序言").text
    assert issued_names(opening) == ["山东省建设绿色低碳高质量发展先行区2023年重点工作任务"]
    evidence = gather_in_order(catalog, "山东省建设绿色低碳高质量发展先行区2023年的任务里，全国重点实验室争取达到几家？",
                               [(stem, "附件序言"), (stem, "附件一2")])
    assert evidence.selected == [clause_at(catalog, stem, "附件一2")]
