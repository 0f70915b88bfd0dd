"""Outline forms met in real documents (laws corpus, PDF/Word-extracted policy texts): which numbered
lines are units, which are the paragraphs of the unit above them."""

from __future__ import annotations

from assistant.corpus.outline import parse_outline

#: An article's own list between two articles (重庆市查禁赌博条例 第十九条, 诉讼费用交纳办法 第十三条 form):
#: `（一）…界限划定：` stands alone on its line but introduces the article's items.
ARTICLE_WITH_LIST = """第十八条 人民警察在查禁赌博活动中，应当秉公执法。
第十九条 本条例关于赌注和输赢金额的界限划定如下：
（一）赌注金额界限划定：
1、赌注特大是指五百元以上；
2、赌注巨大是指一百元以上，五百元以下；
（二）输赢金额界限划定：
1、输赢金额特大是指五千元以上；
第二十条 未达到本条例规定的数额不予处罚的赌博行为，公安机关有权制止。
第二十一条 本条例自2006年12月1日起施行。"""

#: Headings over articles that do head them (若干措施 numbering 第1条… under 一、/（一）).
HEADINGS_OVER_ARTICLES = """一、政策支持
（一）固定资产投资奖励
第1条 对新建工业项目，按设备投资额的5%给予奖励。
第2条 对技术改造项目，按设备投资额的8%给予奖励。
（二）人才奖励
第3条 对引进的高层次人才给予安家补贴。
二、附则
第4条 本措施自发布之日起施行。"""

#: An appendix numbered 一、(一) after the last article keeps its own units (女职工劳动保护特别规定 附录 form).
APPENDIX_AFTER_ARTICLES = """第十五条 本规定自公布之日起施行。
附录：
女职工禁忌从事的劳动范围
一、女职工禁忌从事的劳动范围
(一)矿山井下作业；
(二)体力劳动强度分级标准中规定的第四级体力劳动强度的作业；
二、女职工在经期禁忌从事的劳动范围
(一)冷水作业分级标准中规定的第二级、第三级、第四级冷水作业；"""


def test_an_articles_own_list_stays_in_the_article():
    leaves = parse_outline(ARTICLE_WITH_LIST, "d")
    assert [leaf.path for leaf in leaves] == ["第十八条", "第十九条", "第二十条", "第二十一条"]
    nineteen = leaves[1]
    assert "（一）赌注金额界限划定" in nineteen.text and "2、赌注巨大是指一百元以上" in nineteen.text
    assert "输赢金额特大是指五千元以上" in nineteen.text
    assert leaves[2].chapter is None and leaves[3].chapter is None  # no heading leaks onto later articles


def test_headings_over_articles_still_head_them():
    leaves = parse_outline(HEADINGS_OVER_ARTICLES, "d")
    articles = {leaf.path: leaf for leaf in leaves if leaf.kind == "article"}
    assert list(articles) == ["第一条", "第二条", "第三条", "第四条"]
    assert articles["第二条"].chapter == "一、政策支持 （一）固定资产投资奖励"
    assert articles["第三条"].chapter == "一、政策支持 （二）人才奖励"
    assert articles["第四条"].chapter == "二、附则"


def test_an_appendix_after_the_last_article_is_read_as_an_outline():
    leaves = parse_outline(APPENDIX_AFTER_ARTICLES, "d")
    by_path = {leaf.path: leaf for leaf in leaves}
    assert list(by_path) == ["第十五条", "一（一）", "一（二）", "二（一）"]
    assert by_path["一（二）"].text == "体力劳动强度分级标准中规定的第四级体力劳动强度的作业；"
    assert by_path["二（一）"].chapter == "二、女职工在经期禁忌从事的劳动范围"
    assert "矿山井下作业" not in by_path["第十五条"].text


def test_circle_zero_in_chinese_years():
    """Word/PDF texts write 〇 as ○ (U+25CB): 二○○九年五月二十六日 is a signature date like 二〇〇九年…."""
    from assistant.corpus.numerals import cn_to_int
    from assistant.corpus.parser import parse_text

    assert cn_to_int("二○○九") == 2009 and cn_to_int("二〇〇九") == 2009
    text = ("关于印发《中央财政促进服务业发展专项资金管理办法》的通知\n各省财政厅：\n现印发给你们，请遵照执行。\n"
            "财政部\n二○○九年五月二十六日\n")
    doc = parse_text(text, "d", "d.txt", "0")
    assert doc.date == "2009-05-26" and doc.issuer == "财政部"


def test_collection_ordinal_before_a_title():
    """A collection page's `第一篇:` before a title is dropped; a 第X篇 heading that is no title stays."""
    from assistant.corpus.cleaning import strip_collection_ordinal

    assert strip_collection_ordinal("第一篇:中央财政促进服务业发展专项资金管理办法") == "中央财政促进服务业发展专项资金管理办法"
    assert strip_collection_ordinal("第二篇：关于加快发展服务业的若干意见") == "关于加快发展服务业的若干意见"
    assert strip_collection_ordinal("第一篇：总体要求和主要目标，到2020年基本建成") == "第一篇：总体要求和主要目标，到2020年基本建成"
