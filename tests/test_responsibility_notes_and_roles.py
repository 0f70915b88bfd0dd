"""Responsibility forms found on real documents (a role noun before 单位, a unit note beside a sentence that
assigns the task, a modal before a framing phrase), each on the real sentence it was found in; the general
form is what is asserted."""

from __future__ import annotations

import pytest

from assistant.answering.direct import asked_duty, units_line
from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.corpus.parser import parse_text
from assistant.corpus.responsibility import bracketed, duties, labelled, without_notes
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import split_unit_list


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="item", text=text, path="五43")


#: guangzhou-talent-gathering-opinions 五43: a prose assignment beside the item's labelled note.
GUANGZHOU_43 = ("加强组织领导。市人才工作领导小组负责全市人才集聚工程实施的统筹协调和宏观指导。各项目牵头单位对项目组织实施负总责，"
                "会同配合单位于2012年10月底前牵头制定完成具体实施细则；各配合单位要加强协作、各负其责，确保各项目组织实施落实到位。"
                "（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）")


def test_a_role_word_before_unit_names_a_body_and_splits_nothing():
    assert split_unit_list("各项目牵头单位") == ["各项目牵头单位"]
    assert split_unit_list("区发改局牵头") == ["区发改局"]  # a role word after a name still ends it
    found = labelled(GUANGZHOU_43, "广州")
    assert found.lead == ["市委组织部"] and found.supporting[0] == "各项目牵头单位"
    assert "单位" not in found.supporting


def test_the_note_is_left_out_of_the_sentences_it_closes():
    rest = without_notes(GUANGZHOU_43, "广州")
    assert "牵头单位：" not in rest and rest.startswith("加强组织领导。市人才工作领导小组负责")
    assert without_notes("一般公共预算收入与经济增长同步。\n责任单位:省财政厅", None).strip() == "一般公共预算收入与经济增长同步。"
    assert "区国土分局" not in without_notes("区政府审查后办理土地登记。(区国土分局牵头,区规划分局配合)", None)


def test_a_prose_assignment_beside_a_note_answers_the_task_it_names(tokenizer):
    clause = annotate(_clause(GUANGZHOU_43), "广州")
    assert clause.lead_units == ["市委组织部"]  # the clause's facts stay the note's
    question = "广州人才集聚工程整体的统筹协调由谁负责？"
    duty = asked_duty(clause, question, tokenizer)
    assert duty is not None and duty.found.units == ["市人才工作领导小组"]
    assert units_line([clause], None, question, tokenizer) == "责任单位：市人才工作领导小组"
    # a question about the item as a whole keeps the note's units
    assert asked_duty(clause, "加强组织领导这一项谁牵头？", tokenizer) is None


#: guobanhan-2005-21-water-saving-reply 三: a reply's planned measures, one body a sentence.
WATER_3 = ("发展改革委拟研究制订膜分离技术及应用的技术经济政策，加大技术交流和推广力度。科技部拟在“十五”后两年，选择石油、钢铁和有色"
           "三个行业安排相应的污水回用研究课题，在相关科技计划中进一步加大对城市雨污分离、海水淡化、污废水回用等方面的支持力度。"
           "建设部拟继续做好城市节水规划编制工作，推进水价改革。")


def test_a_modal_before_the_framing_phrase_keeps_its_subject():
    assert [d.found.units for d in duties(WATER_3, None)] == [["发展改革委"], ["科技部"], ["建设部"]]


def test_items_numbered_with_the_small_full_stop_carry_their_own_units():
    # h22r-anhui-key-work-responsibility-part: 1﹒ / 2﹒ items (its 1﹒ and 3﹒ here as 1﹒ and 2﹒), each with its 牵头/协同责任单位 lines
    text = ("关于重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上。\n牵头负责领导:刘惠。\n"
            "牵头责任单位:省发展改革委。\n协同责任单位:省政府各部门、各直属机构。\n2﹒社会消费品零售总额增长9%左右。\n"
            "牵头负责领导:周喜安。\n牵头责任单位:省商务厅。\n协同责任单位:省发展改革委、省财政厅、省市场监管局等。\n")
    doc = parse_text(text, "d", "d.txt", "x")
    items = {c.path: c for c in doc.clauses if c.item}
    assert list(items) == ["一1", "一2"]
    assert items["一2"].lead_units == ["省商务厅"] and "省市场监管局" in items["一2"].supporting_units


def test_a_bracketed_list_closing_with_and_others_is_read():
    """h22r-shandong-2015-gov-report-division-part: （…、省旅游局、人民银行济南分行等负责）, the clause-end form closing
    with 等, naming a central institution's local branch among the departments."""
    text = ("大力发展服务业。（省发展改革委、省财政厅、省人力资源社会保障厅、省商务厅、省经济和信息化委、省工商局、省金融办、"
            "省旅游局、人民银行济南分行等负责）")
    found = bracketed(text, "山东")
    assert found.general[:2] == ["省发改委", "省财政厅"] and found.general[-1] == "人民银行济南分行"
    assert not any(u.endswith("等") for u in found.units)
    assert split_unit_list("省科技厅等单位") == ["省科技厅"]
    assert bracketed("（涉及省科技厅等）", "山东").units == []  # no role word: not a responsibility note


def test_a_heading_line_closed_by_a_bracket_of_units_is_the_items_content():
    # 黑龙江 2013 分工意见 (h34d): (一)地区生产总值增长11%左右。(省发改委负责) — the sentence is the item, the bracket
    # its units; 主办 leads and 协办 supports; a list of old abbreviations (农委, 地税局) is bodies
    text = ("一、全省经济社会发展主要目标\n(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。"
            "(省财政厅主办,省国税局、地税局协办)\n(三)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。"
            "(省发改委、农委、统计局分别负责)\n")
    doc = parse_text(text, "d", "d.txt", "x")
    clauses = {c.path: c for c in doc.clauses}
    assert clauses["一（一）"].clause_title is None and "11%左右" in clauses["一（一）"].text
    assert clauses["一（一）"].units == ["省发改委"]
    assert (clauses["一（二）"].lead_units, clauses["一（二）"].supporting_units) == (["省财政厅"], ["省国税局", "地税局"])
    assert clauses["一（三）"].units == ["省发改委", "农委", "统计局"]
