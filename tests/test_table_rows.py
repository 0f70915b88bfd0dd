"""A document whose body is a table flattened by a web page (清单, 分工表, 任务台账, 政策汇总表): a header row of
column names, then rows that start with their row number, becomes one unit per row, labelled by its row
number, its columns kept as text ("列名：值") and its unit and deadline columns read as its facts.

The real instances: the 辽阳 small-business policy list (政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门, a
group cell before the first row of its group), and the forms it must leave to the readers they already have:
the 温州 table flattened one cell per line, the 吴江 table whose cells are cut by lines of pipes. The
row texts of the laid-out tables below are real rows (立山区 2023 分工方案, 内蒙古 2023 政策清单 with its PDF
spaces), set out the way a flattened page gives a table.
"""

from __future__ import annotations

from pathlib import Path

from assistant.corpus import load_document
from assistant.corpus.annex import column_role, find_tables
from assistant.corpus.parser import parse_text

DEV = Path(__file__).resolve().parents[1] / "eval" / "real" / "docs" / "dev"


def _doc(stem: str):
    return load_document(next(DEV.glob(f"{stem}.*")), trusted=True)


def _by_path(document):
    return {c.path: c for c in document.clauses}


def test_policy_list_page_is_one_unit_per_row():
    doc = _doc("h23d-liaoyang-2023-small-business-support-list-part")
    rows = _by_path(doc)
    assert list(rows) == ["序言", "1", "2", "3"]  # the page's heading above the list stays its preface (正文)
    assert "辽阳市小微企业、个体工商户扶持政策事项清单" in rows["序言"].text
    second = rows["2"]
    assert second.chapter == "财政资金支持(共48项)"  # the group cell heads every row of its group
    assert second.text.startswith("政策类别：财政资金支持(共48项)；扶持政策事项：对疫情防控重点保障企业贷款给予财政贴息支持；政策内容：")
    assert "贴息期限不超过1年" in second.text
    assert "政策依据：《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》" in second.text
    assert second.units == ["市财政局", "市发展改革委", "市工业和信息化局", "人民银行辽阳市中心支行"]
    assert second.lead_units == ["市财政局"]
    assert "人民银行辽阳市中心支行" in second.supporting_units
    first = rows["1"]
    assert "8890000或12345" in first.text and "市经济发展创新服务中心" in first.units
    assert "20%补贴" in rows["3"].text  # a row cut short keeps the cells it has


def test_one_cell_per_line_table_keeps_its_reader():
    """温州: header cells and row cells each alone on a line; the outline numbers the rows under their group."""
    rows = _by_path(_doc("wenzhou-2023-rural-revitalization-table-part"))
    assert rows["一1"].text.startswith("扶持粮食规模经营")
    assert rows["一2"].units == ["市农业农村局"]


def test_pipe_cut_table_keeps_its_reader():
    """吴江: a cell per line between lines of pipes; no header row of names on one line, so untouched."""
    rows = _by_path(_doc("h22r-wujiang-2024-key-work-table-part"))
    assert [p for p in rows if p.startswith("附件一")][:3] == ["附件一1", "附件一2", "附件一3"]
    assert rows["附件一3"].text.startswith("规上工业总产值增长5%左右")


_DIVISION = """立山区政府2023年重点工作任务分解和责任分工方案
序号 重点任务 牵头单位 配合单位 完成时限
一、经济社会发展的主要预期目标
1 努力实现地区生产总值增长6.2%左右。 区发改局 立山经济开发区,全区经济运行各专班 2023年12月底前
2 规模上工业增加值增长5%左右。 区工信局 立山经济开发区 2023年12月底前
3 社会消费品零售总额增长9%左右。 区商务局 各街道,区市场局 2023年12月底前
"""


def test_division_table_reads_lead_supporting_and_deadline():
    doc = parse_text(_DIVISION, "lishan-table", "lishan-table.txt", "0")
    rows = _by_path(doc)
    assert list(rows) == ["序言", "一1", "一2", "一3"]  # rows under a numbered group heading are cited 一1 like its items
    third = rows["一3"]
    assert third.lead_units == ["区商务局"]
    assert third.supporting_units == ["各街道", "区市场局"]
    assert third.deadline == "2023年12月底前"
    assert third.text == "重点任务：社会消费品零售总额增长9%左右。；牵头单位：区商务局；配合单位：各街道,区市场局；完成时限：2023年12月底前"


_POLICY_LIST = """内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单
政策类别 序号 政策内容 责任单位
增强粮食综合生产能力
1 实施优质高效增粮示范行动,安排 110 亿元农业生产 发展等资金,稳定粮食播种面积和产量。 自治区农牧厅、财政厅
2 实施耕地保护与建设行动,对 395 万亩高标准农田建 设项目给予支持。 自治区农牧厅、发展改革委、财政厅
实施种业振兴行动 3 安排 9000 万元资金,支持实施种质资源保护利用、良 种化水平提升、优势特色品种培育三大工程。 自治区农牧厅、科技厅、财政厅
"""


def test_text_cell_takes_the_spaces_and_group_cells_head_rows():
    doc = parse_text(_POLICY_LIST, "nmg-table", "nmg-table.txt", "0")
    rows = _by_path(doc)
    assert list(rows) == ["序言", "1", "2", "3"]
    assert rows["1"].chapter == "增强粮食综合生产能力"  # a group cell alone on its line above the row
    assert rows["3"].chapter == "实施种业振兴行动"  # a group cell before the row number
    assert rows["1"].text == "政策类别：增强粮食综合生产能力；政策内容：实施优质高效增粮示范行动,安排 110 亿元农业生产 发展等资金,稳定粮食播种面积和产量。；责任单位：自治区农牧厅、财政厅"
    assert rows["2"].units[0] == "自治区农牧厅" and "发展改革委" in rows["2"].units
    assert rows["3"].lead_units == ["自治区农牧厅"]


_NOTICE_WITH_TABLE = """关于印发重点任务分工的通知
各区政府，市政府各部门：
现将重点任务分工印发给你们，请认真贯彻执行。
某市人民政府
2023年3月1日
重点任务分工表
序号 重点任务 责任单位 完成时限
1 努力实现地区生产总值增长6.2%左右。 区发改局 2023年12月底前
2 规模上工业增加值增长5%左右。 区工信局 2023年12月底前
"""


def test_table_after_a_signature_stays_an_annex():
    doc = parse_text(_NOTICE_WITH_TABLE, "notice-table", "notice-table.txt", "0")
    rows = [c for c in doc.clauses if c.annex_row is not None]
    assert [c.path for c in rows] == ["附件第1项", "附件第2项"]
    assert rows[1].units == ["区工信局"] and rows[1].deadline == "2023年12月底前"
    assert any(c.kind == "preamble" and "贯彻执行" in c.text for c in doc.clauses)


def test_column_names_come_from_the_lexicon():
    assert column_role("序号") == "number"
    assert column_role("实施部门") == "units"
    assert column_role("牵头单位") == "lead"
    assert column_role("配合单位") == "support"
    assert column_role("完成时限") == "deadline"
    assert column_role("政策依据") == "basis"
    assert column_role("重点工作目标任务") == "content"
    assert column_role("对疫情防控重点保障企业贷款给予财政贴息支持") is None


def test_a_sentence_naming_columns_is_no_header():
    lines = ["各单位要按照序号、政策内容、责任单位、完成时限逐项填报。", "1 区发改局"]
    assert find_tables(lines) == []
    assert find_tables(["序号 政策内容", "1 某项 区发改局"]) == []  # two columns are not a table's header


def test_bordered_table_is_its_rows_and_text_only_a_table_loads():
    """A table pasted as Markdown (| 序号 | … |, a rule line under the header) is read cell by cell without the
    empty cells its border bars would make; a second column of one kind (民生实事项目, 主要内容) is kept as an
    extra cell, not lost; and a text that is only a table (no covering prose, not even a title) is its rows,
    not a load failure. The rows are set out the way a county's 民生实事任务分解表 page gives them."""
    bordered = parse_text(
        "吉水县2023年十件民生实事任务分解表\n"
        "| 序号 | 民生实事项目 | 主要内容 | 责任领导 | 责任单位 |\n|---|---|---|---|---|\n"
        "| 1 | 教育 | 新建学校2所 | 张三 | 县教体局 |\n| 2 | 医疗 | 建设乡镇卫生院 | 李四 | 县卫健委 |\n",
        "t", "t.txt", "0",
    )
    rows = _by_path(bordered)
    assert bordered.title == "吉水县2023年十件民生实事任务分解表"
    assert list(rows) == ["序言", "1", "2"]  # the heading above a list that is the whole text is its preface
    assert rows["1"].text.startswith("教育；") and "主要内容：新建学校2所" in rows["1"].text
    assert rows["2"].units == ["县卫健委"]
    bare = parse_text("序号|项目|内容|责任单位\n1|教育|新建学校2所|县教体局\n2|医疗|建设乡镇卫生院|县卫健委\n", "bare", "b.txt", "0")
    assert [c.units for c in bare.clauses] == [["县教体局"], ["县卫健委"]]
    assert bare.title != "序号|项目|内容|责任单位"
