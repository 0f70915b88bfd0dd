"""Structure of laws, regulations and judicial interpretations: each form on a short snippet.

Forms met in the real laws corpus (see test_structure_laws.py for all of it): 编/分编/章/节/条,
第X条之一, codes whose articles start far above 第一条, gaps, a missing 第一章, `总　则`,
（一） items kept inside their article, history lines under the title, lines broken
mid-sentence, amendments, a table of contents, `第一百二十四 条`.
"""

from __future__ import annotations

from assistant.citations import label_for
from assistant.corpus.parser import parse_text


def parse(text: str, doc_id: str = "law"):
    return parse_text(text, doc_id, f"{doc_id}.txt", "0" * 64)


def articles(doc) -> list[str]:
    return [c.path for c in doc.clauses if c.kind == "article"]


def article(doc, label: str):
    return next(c for c in doc.clauses if c.kind == "article" and c.path == label)


CODE_PART = """中华人民共和国民法典

合同编

2020年5月28日 第十三届全国人民代表大会第三次会议通过

2021年1月1日 施行

第三编　合　同

第一分编　通　则

第一章　一般规定

第四百六十三条 本编调整因合同产生的民事关系。

第四百六十四条 合同是民事主体之间设立、变更、终止民事法律关系的协议。

第二章　合同的订立

第一节　要约

第四百六十九条 当事人订立合同，可以采用书面形式、口头形式或者其他形式。

第四百六十九条之一 以电子数据交换形式订立的合同，视为书面形式。
"""


def test_code_part_starting_far_above_article_one():
    doc = parse(CODE_PART)
    assert articles(doc) == ["第四百六十三条", "第四百六十四条", "第四百六十九条", "第四百六十九条之一"]
    assert article(doc, "第四百六十三条").chapter == "第三编 合同 第一分编 通则 第一章 一般规定"
    assert article(doc, "第四百六十九条").chapter == "第三编 合同 第一分编 通则 第二章 合同的订立 第一节 要约"
    assert doc.title == "中华人民共和国民法典" and doc.date == "2021-01-01"  # the latest history date
    assert label_for(article(doc, "第四百六十九条之一"), doc) == "《中华人民共和国民法典》第四百六十九条之一"
    assert not any("2020年5月28日" in c.text for c in doc.clauses)


def test_gaps_and_a_missing_first_chapter():
    doc = parse("某省中医药条例\n\n第二章 中医药服务\n\n第十条 甲。\n\n第十一条 乙。\n\n第十三条 丙。\n\n第三章 附则\n\n第三十条 丁。\n")
    assert articles(doc) == ["第十条", "第十一条", "第十三条", "第三十条"]
    assert article(doc, "第十条").chapter == "第二章 中医药服务"
    assert article(doc, "第三十条").chapter == "第三章 附则"


def test_heading_with_inner_spaces_and_items_inside_the_article():
    doc = parse("某市条例\n\n第一章　总　　则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 应当遵循下列原则：\n\n（一）依法行政；\n\n（二）公开透明。\n")
    second = article(doc, "第二条")
    assert second.chapter == "第一章 总则"
    assert second.text == "应当遵循下列原则：\n（一）依法行政；\n（二）公开透明。"
    assert articles(doc) == ["第一条", "第二条"]  # （一） stays inside its article, never a leaf of its own


HISTORY = """城市道路管理条例

（1996年6月4日中华人民共和国国务院令第198号发布　根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订

根据2017年3月1日《国务院关于修改和废止部分行政法规的决定》第二次修订）

第一章 总则

第一条 为了加强城市道路管理，保证城市道路完好，制定本条例。
"""


def test_history_lines_are_neither_title_nor_body():
    doc = parse(HISTORY)
    assert doc.title == "城市道路管理条例" and doc.date == "2017-03-01"
    assert [c.kind for c in doc.clauses] == ["article"]
    assert not any("国务院令" in c.text for c in doc.clauses)


def test_history_line_wrapped_mid_sentence():
    doc = parse("中华人民共和国文物保护法\n\n1982年11月19日 第五届全国人民代表大会常务委员会第二十五次会议通过\n\n"
                "根据1991年6月29日 第七届全国人民代表大会常务委员会《关于修改〈中华人民共和国文物保护法〉\n\n"
                "第三十一条的决定》第一次修正\n\n第一章 总则\n\n第一条 为了加强对文物的保护，制定本法。\n\n第二条 下列文物受国家保护。\n")
    assert articles(doc) == ["第一条", "第二条"]
    assert not any("决定》" in c.text for c in doc.clauses)


def test_judicial_interpretation_with_repeated_title_number_and_spaced_markers():
    doc = parse("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释\n\n2020年12月7日 最高人民法院审判委员会第1820次会议通过\n\n"
                "最高人民法院 关于适用《中华人民共和国刑事诉讼法》的解释\n\n法释〔2021〕1号\n\n第一百二十三条 甲。\n\n"
                "第一百二十四 条采用刑讯逼供方法使被告人作出供述的，应当排除。\n\n第一百二十五条 乙。\n")
    assert doc.title == "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释" and doc.number == "法释〔2021〕1号"
    assert articles(doc) == ["第一百二十三条", "第一百二十四条", "第一百二十五条"]
    assert article(doc, "第一百二十四条").text.startswith("采用刑讯逼供")
    assert not any(c.kind == "preamble" for c in doc.clauses)


def test_cross_references_on_a_broken_line_are_not_articles():
    doc = parse("某市条例\n\n第一条 违反本条例规定的，依照\n第十条规定处罚；情节严重的，依照\n第十一条的规定处理。\n\n第二条 乙。\n")
    assert articles(doc) == ["第一条", "第二条"]
    assert "第十条规定处罚" in article(doc, "第一条").text


def test_an_article_may_open_with_a_word_starting_with_zhong_but_a_reference_stays_one():
    # h33d-shandong-rural-env-demo-fund-measures-part: 第六条 runs into its first word, 中央
    doc = parse("某省示范资金管理办法\n第五条示范资金包括补助资金。\n第六条中央补助资金分年度下达。\n")
    assert articles(doc) == ["第五条", "第六条"]
    doc = parse("某市条例\n\n第一条 违反本条例的，依照\n第十条中规定的标准处罚。\n\n第二条 乙。\n")
    assert articles(doc) == ["第一条", "第二条"]


def test_articles_run_into_one_line():
    doc = parse("飞行基本规则\n\n第一章 总则\n\n第一条 为了维护领空主权，制定本规则。 第二条 凡飞行活动必须遵守本规则。 第三条 统一管理。\n")
    assert articles(doc) == ["第一条", "第二条", "第三条"]


def test_table_of_contents_does_not_swallow_the_chapters():
    doc = parse("某省条例\n\n目录\n\n第一章 总则\n\n第二章 管理\n\n第三章 附则\n\n第一章 总则\n\n第一条 甲。\n\n第二章 管理\n\n"
                "第二条 乙。\n\n第三章 附则\n\n第三条 丙。\n")
    assert [article(doc, f"第{n}条").chapter for n in "一二三"] == ["第一章 总则", "第二章 管理", "第三章 附则"]


def test_amendment_numbering_its_own_articles_from_far_above_one():
    doc = parse("中华人民共和国宪法修正案\n\n2018年3月11日 第十三届全国人民代表大会第一次会议通过\n\n"
                "第三十二条 宪法序言第七自然段中“在马克思列宁主义、毛泽东思想、邓小平理论和‘三个代表’重要思想指导下”修改为……\n\n"
                "第三十三条 宪法序言第十自然段中“在长期的革命和建设过程中”修改为……\n")
    assert articles(doc) == ["第三十二条", "第三十三条"]


def test_amendment_quoting_articles_of_another_law_invents_none():
    text = ("中华人民共和国刑法修正案\n\n1999年12月25日 第九届全国人民代表大会常务委员会第十三次会议通过\n\n"
            "为了惩治破坏社会主义市场经济秩序的犯罪，对刑法作如下补充修改：\n\n"
            "一、第一百六十二条后增加一条，作为第一百六十二条之一：“隐匿或者故意销毁依法应当保存的会计凭证，情节严重的，处五年以下有期徒刑。”\n\n"
            "二、将刑法第一百六十八条修改为：“国有公司、企业的工作人员，由于严重不负责任，处三年以下有期徒刑。”\n\n"
            "三、本修正案自公布之日起施行。\n")
    doc = parse(text)
    assert articles(doc) == []
    assert [c.path for c in doc.clauses] == ["序言", "一", "二", "三"]
    assert "第一百六十二条之一" in doc.clauses[1].text
