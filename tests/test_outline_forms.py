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


#: A page opening (a subsidy site's repost that starts mid-document at （二）, and leaves （三） out): each clause
#: heads its own items 1. (成都软件产业实施细则 form).
PAGE_OPENING = """(二)鼓励企业上榜
1.支持标准
对首次入围榜单的,分别给予50万元、30万元一次性支持。
(四)标准体系认证
1.支持标准
对通过国家标准体系认证评估的单位,可一次性给予10万元资金支持。"""


def test_a_count_that_starts_later_is_read_where_its_markers_head_children():
    leaves = parse_outline(PAGE_OPENING, "d")
    by_path = {leaf.path: leaf for leaf in leaves}
    assert list(by_path) == ["（二）1", "（四）1"]
    assert by_path["（二）1"].clause_title == "鼓励企业上榜" and "50万元" in by_path["（二）1"].text
    assert "10万元" in by_path["（四）1"].text and "50万元" not in by_path["（四）1"].text


def test_an_excerpt_opening_at_a_later_chapter_continued_by_the_next():
    text = "三、保障措施\n各地要加强组织领导。\n四、附则\n本意见自印发之日起施行。"
    assert [leaf.path for leaf in parse_outline(text, "d")] == ["三", "四"]


def test_a_skipped_number_without_children_of_its_own_stays_in_the_text():
    """（三） after （一） at a line start, with no 1. under it: the count does not carry it, as before."""
    text = "（一）总体要求\n按照下列顺序办理：\n（三）项所列情形除外。\n（二）工作目标\n到2025年完成。"
    leaves = parse_outline(text, "d")
    assert [leaf.path for leaf in leaves] == ["（一）", "（二）"]
    assert "（三）项所列情形除外" in leaves[0].text


#: Chapters whose separator is not 、: doubled punctuation of a repost (一,、), a full stop (一．), a space before
#: a heading in a one-line text (一 主要举措). The sequence of chapters carries them, not the character after 一.
DOUBLED = "一,、申报要求\n1.向省级主管部门提出申请,,各省推荐数量不超过6个;\n2.示范平台认定有效期为三年。\n二、推荐流程\n省级主管部门审核。\n三、材料报送\n于6月15日前报送。"
FULL_STOP = "一．总体要求\n坚持市场主导。\n二．主要任务\n（一）培育企业\n支持企业发展。\n三．保障措施\n加强组织领导。"
#: h35d-sat-tax-receipt: a page that turned every mark into ASCII, 一、 included (一,各地…)
COMMA = ("为了适应\"分税制\"的需要,现将有关问题通知如下:\n一,各地国家税务局和地方税务局都使用统一式样的税收票证.\n"
         "二,票证各栏目尺寸大小可由各地根据需要自定.\n三,税收票证字号的编制方法全国统一.")
ONE_LINE = "特制定本措施。 一 主要举措 (一)培育创新型企业 制定实施管理办法。 1. 支持小微企业 支持开展关键技术创新。 2. 支持高新技术企业 提升核心技术竞争力。"


def test_chapters_with_odd_separators_are_read_by_their_sequence():
    assert [leaf.path for leaf in parse_outline(DOUBLED, "d")] == ["一1", "一2", "二", "三"]
    assert [leaf.path for leaf in parse_outline(FULL_STOP, "d")] == ["一", "二（一）", "三"]
    assert [leaf.path for leaf in parse_outline(COMMA, "d")] == ["序言", "一", "二", "三"]
    # a single 一, of running text continues no sequence: no chapter
    assert [leaf.path for leaf in parse_outline("说明如下:\n一,各地都使用统一式样的票证.", "d")] == ["序言"]
    leaves = parse_outline(ONE_LINE, "d")
    assert [leaf.path for leaf in leaves] == ["序言", "一（一）1", "一（一）2"]  # （一）'s one sentence is its title
    assert leaves[1].chapter == "一、主要举措" and leaves[1].clause_title.startswith("培育创新型企业")


def test_an_odd_separator_out_of_sequence_is_no_chapter():
    """五． between 一、 and 二、 continues neither and heads no numbering: text of the clause above, as 统一 规划 is."""
    text = "一、总体要求\n（一）目标\n到2025年完成。\n五．其他事项按有关规定执行。\n二、措施\n统一 规划建设。"
    leaves = parse_outline(text, "d")
    assert [leaf.path for leaf in leaves] == ["一（一）", "二"]
    assert "五．其他事项" in leaves[0].text and "统一 规划建设" in leaves[1].text
