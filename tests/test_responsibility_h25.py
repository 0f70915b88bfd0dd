"""A list of bodies bracketed with no role word at the end of a measure names who carries it out (first one
leading), round or square brackets alike; each on the real sentence it was found in, with the brackets that
must stay no note beside it; 按照职责 before a body's verb; and the document's title words, which pick none
of its tasks."""

from __future__ import annotations

from assistant.answering.direct import asked_duty
from assistant.corpus.model import Clause, Document
from assistant.corpus.responsibility import closing_units, extract, without_notes
from assistant.lexicon.tokenizer import Tokenizer

#: h22u-heilongjiang-industry-revival-part 一2 (a PDF's copy: spaces inside the text), its closing sentences.
HEILONGJIANG_2 = ("对经省级认定的数字化车间 (生产线) 和智能工厂 (矿山), 按项目合同金额 (含设备投资和工业软件购置等数字化建设费用) 给 "
                  "予 10%的一次性补助, 数字化车间 (生产线) 补助最高不超过 200 万元, 智能 工厂 (矿山) 补助最高不超过 1000 万元。 "
                  "(省工信厅、省财政厅)")
#: The same document's 一1: the note in 〔〕, holding the governments that carry the measure out beside the bodies.
HEILONGJIANG_1 = ("对未纳入统计范围的技术改造项目, 由各市 (地) 研究政策给予支 持。"
                  "〔省工信厅、省财政厅, 各市 (地) 、县 (市) 政府 (行署) 〕")
#: 青岛市物业管理条例(2021-01-28) 第五十五条 (/tmp/corpora/laws): a bracket that names the body before it again.
QINGDAO_55 = "区（市）物业主管部门应当将相关信息推送街道办事处（镇人民政府）。"


def test_a_closing_bracket_of_bodies_names_the_measures_units_first_leading():
    units, lead, supporting = extract(HEILONGJIANG_2, "黑龙江").resolved()
    assert units == ["省工信厅", "省财政厅"]
    assert lead == ["省工信厅"] and supporting == ["省财政厅"]
    assert "(省工信厅、省财政厅)" not in without_notes(HEILONGJIANG_2, "黑龙江")  # the note is no sentence


def test_a_square_bracketed_note_with_a_collective_of_governments_is_read_whole():
    units, lead, _ = extract(HEILONGJIANG_1, "黑龙江").resolved()
    assert units[:2] == ["省工信厅", "省财政厅"] and lead == ["省工信厅"]
    assert units[2] == "各市(地)、县(市)政府(行署)"  # one collective, its PDF spaces dropped


def test_brackets_inside_a_sentence_or_after_a_body_are_no_note():
    assert not closing_units(HEILONGJIANG_2.split("。")[0] + "。", "黑龙江")  # (生产线), (含设备投资…) mid-sentence
    assert not closing_units(QINGDAO_55, "青岛")
    assert extract(QINGDAO_55, "青岛").units == ["区（市）物业主管部门"]  # the prose subject, not the alias
    assert not closing_units("国发〔2013〕32号", None)  # a 文号's 〔〕 holds a year


#: 浙江省测绘地理信息条例(2019-03-28) 第十七条 and 郑州市城市市容和环境卫生管理条例(2020-08-05) 第四条
#: (/tmp/corpora/laws): 按照职责（分工） between the bodies and their 负责.
ZHEJIANG_SURVEY_17 = "省测绘地理信息主管部门按照职责负责测绘资质审查、测绘资质证书发放。"
ZHENGZHOU_4 = "街道办事处、乡（镇）人民政府按照职责分工负责本辖区内城市市容和环境卫生管理工作。"


def test_by_its_share_of_duties_stands_between_a_body_and_its_verb():
    assert extract(ZHEJIANG_SURVEY_17, "浙江").units == ["省测绘地理信息主管部门"]
    assert extract(ZHENGZHOU_4, "郑州").units[0].startswith("街道办事处")  # read, where it was not before


#: beijing-daxing-core-team-reward-draft 第七条 and its title: three tasks, three sets of bodies.
DAXING_TITLE = "大兴区核心团队奖励和服务办法(征求意见稿)"
DAXING_7 = ("北京市大兴区新兴产业促进服务中心(以下简称“区产促中心”)负责统筹评分、申报、兑现及服务;各相关职能部门负责为企业评分;"
            "区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过后,直接拨付至企业。")


def test_the_documents_title_words_do_not_pick_one_of_its_tasks():
    """奖励 names the document (…奖励和服务办法), not the 确定奖励额度 task: with it discounted, 给企业打分 picks
    no sentence over another, and the clause's units answer, 各相关职能部门 among them."""
    clause = Clause(id="d#7", doc_id="d", kind="article", text=DAXING_7, path="第七条")
    document = Document("d", DAXING_TITLE, "大兴区办法", None, None, None, "区县", "北京", "d.txt", "x", [clause])
    tokenizer = Tokenizer()
    assert asked_duty(clause, "大兴核心团队奖励，给企业打分的是哪些部门？", tokenizer, document) is None
    duty = asked_duty(clause, "奖励额度由谁确定？", tokenizer, document)  # a task word outside the title still picks
    assert duty is not None and duty.found.units == ["区产促中心", "区财政局"]


def test_a_labelled_field_of_another_kind_ends_the_list_of_units():
    # The task-division form that keeps a deadline in the units' note (no such note is in the dev documents
    # or the laws: the sentence is written here in that form). The 时限 field is no unit.
    note = "加快建设产业园区。（牵头单位：市发改委；配合单位：市财政局、市自然资源局；完成时限：2023年12月底）"
    units, lead, supporting = extract(note, None).resolved()
    assert units == ["市发改委", "市财政局", "市自然资源局"]
    assert lead == ["市发改委"] and supporting == ["市财政局", "市自然资源局"]
    units, _, _ = extract("推进数据共享。(责任单位:市大数据局;时间:2024年)", None).resolved()
    assert units == ["市大数据局"]
