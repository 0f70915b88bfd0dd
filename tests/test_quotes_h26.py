"""The quote shows the asked fact: which sentences of a cited clause an answer quotes (composer.best_sentences).

Choosing a clause's sentences by the words they share with the question drops the one that states the asked
condition or figure, which often shares fewest (上述调查取证工作中的情况，要及时上报 after three sentences on
调查取证). A short clause is quoted whole; a long one always shows the sentence its direct line (答：…) is drawn
from. Texts are quoted from eval/real/docs/dev.
"""

from __future__ import annotations

import pytest

from assistant.answering import composer
from assistant.answering.composer import _WHOLE_CLAUSE_CHARS, best_sentences
from assistant.lexicon.tokenizer import Tokenizer

#: eval/real/docs/dev/guobanfa-1996-25-abandoned-chemical-weapons.txt, 二
CHEMICAL_WEAPONS = (
    "要加强对日军遗弃化学武器的调查取证工作，设法查找日军在我国储存化学武器、部署化学部队等文件资料和战败时处理化学武器的"
    "命令、指示等资料。同时抓紧查找当年参与掩埋化学武器的当事者和目击者，了解日军掩埋化学武器的地点、数量等情况。"
    "对日军遗弃化学武器毒害我人员的数量、状况，以及危害我国生态环境等情况，也要认真做好调查取证工作。\n"
    "上述调查取证工作中的情况，要及时上报。"
)

#: eval/real/docs/dev/h22m-guangxi-2023-industrial-economy-measures-part.txt, 一（一）
GUANGXI_SPRING_FESTIVAL = (
    "鼓励有订单有市场的企业在确保做好疫情防控和安全生产的前提下,充分利用春节春运期间抢抓生产。"
    "对产值排全区前500名企业中的制造业企业、自治区工业和信息化厅认定的工业龙头企业在2023年1—2月工业总产值超过5000万元且"
    "累计增速不低于12%的,对工业和信息化部认定的专精特新“小巨人”企业及单项冠军企业在2023年1—2月工业总产值超过2000万元且"
    "产值累计增速不低于12%的,均按不超过2023年1—2月产值同比增量的1%予以奖励(产值数据以各市相关部门核定的企业数据为准),"
    "每家企业最高奖励不超过100万元。"
    "新冠病毒感染防控重点物资生产企业按《关于鼓励新冠病毒感染防控重点物资生产企业稳产扩产的政策措施》(桂工信综合〔2022〕900号)"
    "执行,与上述春节抢抓生产政策不重复享受。(责任单位:自治区工业和信息化厅,各设区市人民政府)"
)


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def test_a_short_clause_is_quoted_whole_with_the_sentence_sharing_fewest_words(tokenizer):
    assert len(CHEMICAL_WEAPONS) <= _WHOLE_CLAUSE_CHARS
    quoted = best_sentences(CHEMICAL_WEAPONS, "调查取证中掌握的遗弃化学武器情况要怎么处理？", tokenizer)
    assert len(quoted) == 4 and quoted[-1] == "上述调查取证工作中的情况，要及时上报。"


def test_a_long_clause_shows_the_sentence_its_direct_line_is_drawn_from(tokenizer, monkeypatch):
    question = "广西对春节抢抓生产的企业奖励，一家最多拿多少？"
    # the clause is long under the bound it was written against (300); since the bound is 400 it is quoted
    # whole, so the bound is set back here to show how a longer clause's sentences are chosen
    monkeypatch.setattr(composer, "_WHOLE_CLAUSE_CHARS", 300)
    assert len(GUANGXI_SPRING_FESTIVAL) > composer._WHOLE_CLAUSE_CHARS
    # by shared words alone: the two sentences naming 春节抢抓生产, not the one with the figure
    plain = best_sentences(GUANGXI_SPRING_FESTIVAL, question, tokenizer, want_numbers=True)
    assert not any("100万元" in s for s in plain)
    # the direct line the assistant draws from the clause's money statement (answering.direct.amount_line)
    line = "答：均按不超过2023年1—2月产值同比增量的1%予以奖励(产值数据以各市相关部门核定的企业数据为准)"
    quoted = best_sentences(GUANGXI_SPRING_FESTIVAL, question, tokenizer, want_numbers=True, answer_line=line)
    assert any("每家企业最高奖励不超过100万元" in s for s in quoted)
    assert set(plain) <= set(quoted)  # the line's sentence is added to the best ones, not put in their place
    # the unit note is shown apart (as the facts), never in the quote
    assert not any("责任单位" in s for s in quoted)


def test_a_direct_line_no_sentence_holds_adds_nothing(tokenizer):
    question = "广西对春节抢抓生产的企业奖励，一家最多拿多少？"
    plain = best_sentences(GUANGXI_SPRING_FESTIVAL, question, tokenizer, want_numbers=True)
    other = best_sentences(GUANGXI_SPRING_FESTIVAL, question, tokenizer, want_numbers=True, answer_line="答：时间进度：2023年")
    assert other == plain


#: eval/real/docs/dev/xuancheng-2020-health-plan-meeting-notice.html, the opening (序言), first lines
XUANCHENG_NOTICE = (
    "宣州区人民政府、宣城经开区、合工大宣城校区、宣城职业技术学院、市直有关单位:\n"
    "为贯彻落实《健康安徽行动实施方案》和《健康宣城2030规划》,市卫健委牵头,会同市教体局起草了《健康宣城行动实施方案(代拟稿)》,"
    "业经多次征求意见与委托合法性审查,根据市爱卫会主任、市政府副市长黄敏批示,拟于近期由市政府办郑华主任主持召开"
    "《健康宣城行动实施方案(代拟稿)》征求意见会,具体会议时间另行通知。\n"
    "请各参会单位(附件1)认真研究《健康宣城行动实施方案(代拟稿)》,提出切实可行、准确的修改意见建议(行动内容、指标、责任单位),"
    "并将修改意见以书面形式加盖公章与会提交,同时提交电子版至市爱卫办信箱:xcsagws@163.com。"
)


def test_an_item_of_a_list_drawn_by_relatedness_shows_what_the_question_asks(tokenizer):
    from assistant.answering.composer import _listed_task, _sharing
    from assistant.corpus.model import Clause

    clause = Clause(id="x#0", doc_id="x", kind="preamble", text=XUANCHENG_NOTICE, path="序言")
    # a complete listing shows each item's opening, as before
    assert _listed_task(clause).startswith("宣州区人民政府") and "行动内容" not in _listed_task(clause)
    # drawn by relatedness: the sentence the question asks about, whatever its place
    shown = _listed_task(clause, _sharing("提修改意见要涵盖哪些方面？", tokenizer))
    assert shown.startswith("请各参会单位") and "(行动内容、指标、责任单位)" in shown
