"""Every answer opens with one line that fills the asked slot (issue: direct answer first), on every kind of
question of the shipped dev set, through the real assistant."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.answering.direct import deadline_line, issue_line
from assistant.answering.measures import dated_parts
from assistant.corpus.model import Clause, Document
from assistant.corpus.parser import parse_text
from assistant.evaluation.cases import SUITES, questions_of, read_cases
from assistant.lexicon.tokenizer import Tokenizer


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="clause", text=text, path="一（一）1")


#: dongguan-2021-employment-trad-part 一（一）1 (traditional script, as published): four measures, each with its own date
_DONGGUAN = (
    "1.按照國家統一部署,平穩有序實施企業職工基本養老保險繳費比例、繳費基數統一政策,保持企業社會保險繳費成本預期穩定。"
    "實施階段性降低用人單位基本醫療保險繳費費率政策,實施期限至2021年12月31日。原階段性下調工傷保險費率政策實施至2021年4月30日,"
    "2021年5月1日起按照省級統籌工傷保險行業基準費率標準有關規定執行;2021年5月1日至2022年4月30日實施階段性下調工傷保險費率50%的政策。"
    "將階段性降低失業保險費率政策、失業保險浮動費率政策實施期限延長至2022年4月30日。(市人力資源社會保障局、市醫保局、市財政局、市稅務局負責)"
)


def test_a_clause_is_cut_into_parts_each_ending_at_its_own_date():
    assert dated_parts(_DONGGUAN) == [
        "實施階段性降低用人單位基本醫療保險繳費費率政策,實施期限至2021年12月31日",
        "原階段性下調工傷保險費率政策實施至2021年4月30日",
        "2021年5月1日起按照省級統籌工傷保險行業基準費率標準有關規定執行",
        "2021年5月1日至2022年4月30日實施階段性下調工傷保險費率50%的政策",
        "將階段性降低失業保險費率政策、失業保險浮動費率政策實施期限延長至2022年4月30日",
    ]


def test_a_bare_date_dates_the_words_after_it():
    # chengdu-2024-community-services-plan-part 一: 到2025年底前 opens the sentence, the task follows
    text = "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成,实现各类嵌入式设施空间协同布局、功能复合设置和可持续运营。"
    assert dated_parts(text) == [text.rstrip("。")]
    # a bare date closes the part before it and opens its own (kunming-guandu-2016 一1 form: 5月底前实现…)
    assert dated_parts("加快建立“中介超市”,5月底前实现我区中介超市上线运行。") == ["加快建立“中介超市”,5月底前实现我区中介超市上线运行"]
    # guobanfa-2018-123-gov-new-media: a goal year opening its sentence holds the whole sentence
    text = "到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系，全面提升政务新媒体传播力。"
    assert dated_parts(text) == [text.rstrip("。")]


def test_a_long_part_keeps_its_date_and_the_words_it_dates():
    tokenizer = Tokenizer()
    # guobanfa-2018-123-gov-new-media 一（二）: 142 characters opened by a goal year
    clause = _clause(
        "到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系，全面提升政务新媒体传播力、引导力、"
        "影响力、公信力，打造一批优质精品账号，建设更加权威的信息发布和解读回应平台、更加便捷的政民互动和办事服务平台，形成全国"
        "政务新媒体规范发展、创新发展、融合发展新格局。"
    )
    line = deadline_line(clause, "政务新媒体矩阵体系什么时候建成？", tokenizer)
    assert line is not None and line.startswith("到2022年，建成以中国政府网政务新媒体为龙头") and len(line) <= 90
    # caidian-2023-gov-report-tasks-part 三: the start of reporting and the quarterly report date are two parts
    clause = _clause(
        "从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室,"
        "区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办,并适时通报有关办理落实情况。"
    )
    line = deadline_line(clause, "蔡甸区各责任单位每个季度什么时候之前要报进展情况？", tokenizer)
    assert line is not None and line.startswith("各责任单位要在每季度最后一个月的30日前") and len(line) <= 90


def test_a_question_asking_when_something_ends_gets_the_end_of_a_period():
    # guangdong-2019-tech-upgrade-award-publicity 序言: the plan's own name holds 2019年 and shares more words
    clause = _clause(
        "为贯彻2019年9月9日省政府常务会议关于加大工业企业技术改造奖励力度有关精神,根据《广东省省级财政专项资金管理办法(试行)》"
        "(粤府〔2018〕120号)等有关规定,省工业和信息化厅编制了2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金项目计划,"
        "并按有关规定予以公示。公示期自2019年10月14日至10月20日,共7日。如对公示内容有异议,请在公示期内向省工业和信息化厅反映。"
    )
    line = deadline_line(clause, "广东2019年技术改造奖励资金项目计划公示到哪天为止？", Tokenizer())
    assert line == "公示期自2019年10月14日至10月20日,共7日"


def test_a_year_in_a_cited_title_dates_nothing():
    # guobanhan-2004-71-sichuan-reply 十1: 2005年 names the cited 请示, the item sets no date
    text = (
        "关于退耕还林历史遗留问题。发展改革委会同西部开发办、财政部、林业局等部门研究提出了办理意见：发展改革委会同西部开发办上报的"
        "《关于2005年退耕还林计划和妥善解决今年退耕还林超计划问题的请示》（发改农经〔2004〕1933号）已经国务院批准，"
        "包括你省在内的退耕还林超计划问题将一并得到解决。"
    )
    assert dated_parts(text) == []


def test_the_date_of_a_measure_is_the_one_of_the_part_naming_it():
    tokenizer = Tokenizer()
    line = deadline_line(_clause(_DONGGUAN), "东莞降低单位医保缴费费率的政策实施到什么时候？", tokenizer)
    assert line is not None and "2021年12月31日" in line and "2022年4月30日" not in line
    line = deadline_line(_clause(_DONGGUAN), "失业保险降费率的政策延长到哪天？", tokenizer)
    assert line is not None and line.endswith("延長至2022年4月30日")
    line = deadline_line(_clause(_DONGGUAN), "工伤保险费率下调50%的政策执行到什么时候？", tokenizer)
    assert line == "2021年5月1日至2022年4月30日實施階段性下調工傷保險費率50%的政策"


def test_the_issue_date_is_also_quoted_as_the_document_writes_it():
    def document(signature: str, row: str = "") -> Document:
        """A notice parsed whole: the signature and a metadata row are not clauses, yet hold the date."""
        text = (f"{row}\n" if row else "") + (
            "国务院办公厅关于加强某项工作的通知\n各省、自治区、直辖市人民政府：\n现就有关事项通知如下：\n"
            f"一、加强调查取证。\n二、加强管理。\n国务院办公厅\n{signature}\n")
        return parse_text(text, "d", "d.txt", "")

    # guobanfa-1996-25-abandoned-chemical-weapons: 成文日期 row 1996年06月29日, signature in Chinese numerals
    line = issue_line(document("一九九六年六月二十九日", "成文日期：1996年06月29日"), "这份通知是哪天发的？")
    assert line == "印发日期：1996年6月29日（原文：1996年06月29日、一九九六年六月二十九日）"
    assert issue_line(document("2014年02月23日"), "哪天印发的？") == "印发日期：2014年2月23日（原文：2014年02月23日）"
    assert issue_line(document("2014年2月23日"), "哪天印发的？") == "印发日期：2014年2月23日"
    # a zero typed as the letter O or as an Arabic 0 among Chinese digits
    assert issue_line(document("二OO四年四月六日"), "哪天印发的？") == "印发日期：2004年4月6日（原文：二OO四年四月六日）"
    assert issue_line(document("二00一年二月十四日"), "哪天印发的？") == "印发日期：2001年2月14日（原文：二00一年二月十四日）"



def test_a_pages_rows_answer_as_printed():
    # h33d-zhenba-2024-7-county-gov-work-rules-part: a bulleted vertical table above the title
    text = ("6107280000/2024-001005\n• 索引号:\n6107280000/2024-001005\n• 发文字号:\n镇政发〔2024〕7号\n• 发文日期:\n"
            "2024年04月06日 16:40\n• 发布日期:\n2024年04月06日 16:34\n某县人民政府工作规则\n第一章 总则\n"
            "一、为规范县政府工作，制定本规则。\n二、县政府在县委领导下开展工作。\n")
    doc = parse_text(text, "d", "d.txt", "")
    assert issue_line(doc, "这个规则的索引号是多少？") == "索引号：6107280000/2024-001005"
    assert issue_line(doc, "它归在哪个主题分类？") == "文件页面没有写明主题分类。"
    line = issue_line(doc, "这个规则的发文日期和发布日期分别是什么时候？")
    assert "2024年04月06日 16:40" in line and "2024年04月06日 16:34" in line
    # two of its facts asked at once: both (h33d-neimenggu-2024-19-public-data-measures-part)
    assert issue_line(doc, "这个规则是用哪个文号、哪天印发的？") == (
        "文号：镇政发〔2024〕7号；印发日期：2024年4月6日（原文：2024年04月06日 16:40）")
    # a page header's bare 日期 row is its publication stamp (h33d-shaxian-2012-478-tertiary-industry-opinions-part)
    page = parse_text("关于加快第三产业发展的实施意见(试行)\n日期:2012-10-11 16:17 来源:本网\n沙县人民政府\n"
                      "关于加快第三产业发展的实施意见(试行)\n各乡(镇)人民政府:\n现提出如下实施意见:\n一、指导思想\n以科学发展观为统领。\n"
                      "二、发展重点\n壮大现代物流、旅游业。\n", "d", "d.txt", "")
    assert page.issuer == "沙县人民政府" and page.published == "2012-10-11 16:17"


@pytest.mark.slow
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


def test_a_units_answer_gives_the_deadline_too_when_the_turn_asks_both(corpus):
    """由谁负责，进度如何 of annex row 46 (人民银行等, 持续推进): the units answer carries the 时间进度 as well; a turn
    asking only the units does not get it."""
    from assistant.answering.composer import AnswerComposer
    from assistant.answering.evidence import Evidence
    from assistant.answering.question import understand

    by_id = {d.doc_id: d for d in corpus}
    row = next(c for c in by_id["guofa-2013-32"].clauses if c.annex_row == 46)
    composer = AnswerComposer(by_id, Tokenizer())
    both = composer.compose(Evidence(understand("国务院附件里金融IC卡应用由谁负责，进度如何？", corpus), selected=[row]))
    assert "人民银行" in both.answer and "持续推进" in both.answer
    units = composer.compose(Evidence(understand("国务院附件里金融IC卡应用由谁负责？", corpus), selected=[row]))
    assert "人民银行" in units.answer and "持续推进" not in units.answer


def test_a_period_asked_by_its_start_and_end_or_by_a_figure_word_is_the_part_stating_it():
    tokenizer = Tokenizer()
    # dongguan-2021-employment-trad-part 一（一）1: the old cut ends 2021年4月30日, the 50% cut runs a year from 5月1日
    clause = _clause(
        "原阶段性下调工伤保险费率政策实施至2021年4月30日,2021年5月1日起按照省级统筹工伤保险行业基准费率标准有关规定执行;"
        "2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策。"
    )
    for question in ("东莞工伤保险费率减半是从哪天到哪天？", "东莞工伤保险费率减半的政策执行到什么时候？"):
        line = deadline_line(clause, question, tokenizer)
        assert line is not None and "2021年5月1日至2022年4月30日" in line, question
    # without the figure word the part asked by its own words is still the old cut's end
    line = deadline_line(clause, "东莞原来下调工伤保险费率的政策实施到什么时候？", tokenizer)
    assert line is not None and line.startswith("原阶段性下调工伤保险费率政策实施至2021年4月30日")
