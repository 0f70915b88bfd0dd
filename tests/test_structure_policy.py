"""Structure of policy papers (意见/通知/办法): each numbering form, on short real-looking snippets.

Every numbered unit becomes a leaf whose `path` is the document's own label, and
`citations.clause_path` cites it by that path.
"""

from __future__ import annotations

from assistant.citations import clause_path, label_for
from assistant.corpus.parser import parse_text


def parse(text: str, doc_id: str = "doc"):
    return parse_text(text, doc_id, f"{doc_id}.txt", "0" * 64)


def paths(doc, kind: str | None = None) -> list[str]:
    return [c.path for c in doc.clauses if kind is None or c.kind == kind]


def by_path(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


def test_spaced_arabic_articles_cite_in_chinese_numerals():
    body = "\n".join(f"第 {' '.join(str(n))} 条 第{n}条规定的事项由市政府负责组织实施。" for n in range(1, 20))
    doc = parse(f"某市科技创新券管理办法\n{body}\n")
    assert paths(doc, "article") == [f"第{cn}条" for cn in (
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
        "十七", "十八", "十九")]
    fifteenth = by_path(doc, "第十五条")
    assert fifteenth.clause == "第十五条" and fifteenth.text.startswith("第15条规定的事项")
    assert label_for(fifteenth, doc) == "《某市科技创新券管理办法》第十五条"


def test_chinese_and_arabic_article_numbers_are_the_same_article():
    doc = parse("某市办法\n第十四条 甲事项。\n第15条 乙事项。\n第十六条 丙事项。\n")
    assert paths(doc, "article") == ["第十四条", "第十五条", "第十六条"]


def test_space_before_enumeration_comma():
    doc = parse("某省关于加快发展的意见\n一 、总体要求\n（一）指导思想。坚持稳中求进。\n二 、重点任务\n（二）推进建设。加快项目落地。\n")
    assert paths(doc, "clause") == ["（一）", "（二）"]
    assert by_path(doc, "（二）").chapter == "二、重点任务"


RESTARTING = """某省关于促进民营经济发展的若干措施
各市人民政府：
一、优化营商环境
（一）放宽市场准入。全面实施市场准入负面清单制度。
（二）降低制度性成本。精简审批事项。
二、加大金融支持
（一）拓宽融资渠道。支持企业发行债券。
1.设立纾困基金。
2.扩大信贷规模。
（二）降低融资成本。落实贴息政策。
三、保障措施
（一）加强组织领导。建立联席会议制度。
"""


def test_clauses_restarting_under_each_chapter_are_labelled_with_the_chapter():
    doc = parse(RESTARTING)
    assert paths(doc, "clause") == ["一（一）", "一（二）", "二（一）", "二（二）", "三（一）"]
    assert paths(doc, "item") == ["二（一）1", "二（一）2"]
    assert not any("-" in c.id for c in doc.clauses)  # no （一）-2 duplicates
    leaf = by_path(doc, "二（一）")
    assert (leaf.clause, leaf.chapter, leaf.clause_title) == ("（一）", "二、加大金融支持", "拓宽融资渠道")
    assert clause_path(leaf) == "二（一）" and leaf.id == "doc#二（一）"
    assert by_path(doc, "二（一）2").item == "2"


def test_clauses_running_on_keep_their_own_number():
    doc = parse("某省关于促进消费的意见\n一、总体要求\n（一）指导思想。坚持改革。\n二、主要任务\n（二）扩大消费。培育热点。\n1.发展信息消费。\n")
    assert paths(doc, "clause") == ["（一）", "（二）"] and paths(doc, "item") == ["（二）1"]


def test_items_numbered_through_the_whole_document():
    lines = ["某市关于推进数字经济发展的实施方案", "一、重点任务"]
    n = 0
    for k, clause in enumerate(("一", "二", "三", "四"), 1):
        lines.append(f"（{clause}）第{k}项重点工作。")
        for _ in range(10):
            n += 1
            lines.append(f"{n}.完成第{n}项具体任务。")
    doc = parse("\n".join(lines) + "\n")
    items = [c for c in doc.clauses if c.kind == "item"]
    assert [c.item for c in items] == [str(i) for i in range(1, 41)]
    assert by_path(doc, "一（二）11").text == "完成第11项具体任务。"
    assert by_path(doc, "一（四）40").clause == "（四）"


def test_item_continuing_under_a_new_clause():
    doc = parse("某市实施意见\n一、重点任务\n（一）建设网络。\n1.建设基站。\n2.建设光纤。\n（二）发展应用。\n3.推广应用。\n4.培育企业。\n")
    assert paths(doc, "item") == ["一（一）1", "一（一）2", "一（二）3", "一（二）4"]


def test_items_directly_under_a_chapter():
    doc = parse("某市工作方案\n一、工作目标\n到2025年基本建成。\n二、工作措施\n1.加强统筹。\n2.强化保障。\n")
    assert paths(doc, "item") == ["二1", "二2"]
    assert label_for(by_path(doc, "二1"), doc) == "《某市工作方案》二1"
    assert by_path(doc, "二1").chapter == "二、工作措施"


def test_decimal_numbers_are_not_items():
    doc = parse("某市实施意见\n一、目标\n（一）规模。到2025年达到3.2万亿元，增长2.5个百分点。\n1.推进建设。\n")
    assert paths(doc, "item") == ["一（一）1"]
    assert "3.2万亿元" in by_path(doc, "一（一）").text


def test_pdf_text_with_spaces_inside_words():
    doc = parse("某 省 关 于 加 快 发 展 的 意 见\n一 、 总 体 要 求\n（ 一 ） 指 导 思 想 。 坚 持 新 发 展 理 念 ， 推 动 高 质 量 发 展 。\n")
    assert doc.title == "某省关于加快发展的意见"
    goal = by_path(doc, "一（一）")
    assert goal.chapter == "一、总体要求" and goal.clause_title == "指导思想" and goal.text == "坚持新发展理念，推动高质量发展。"


def test_sub_items_and_preamble_and_closing_paths():
    doc = parse("某市实施意见\n各区人民政府：\n为推进工作，提出如下意见。\n一、任务\n（一）建设。\n1.建设网络。\n（1）基站；\n（2）光纤。\n"
                "各地区、各部门要抓好落实。\n")
    assert paths(doc) == ["序言", "一（一）1", "一（一）1（1）", "一（一）1（2）", "结尾"]
    assert clause_path(doc.clauses[0]) == "序言"


def test_clauses_under_a_single_chapter_cite_with_it():
    # 東莞 (traditional script, ASCII brackets): only chapter 一 held, so nothing shows the （一） running on
    doc = parse("東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n各鎮人民政府(街道辦事處):\n"
                "一、減負穩崗留工并舉,深層次優化用工生態\n(一)減輕企業負擔,穩定就業崗位\n"
                "1.實施階段性降低用人單位基本醫療保險繳費費率政策,實施期限至2021年12月31日。\n"
                "2.繼續按不高於2017年征收標準征收殘疾人就業保障金。\n")
    assert paths(doc, "item") == ["一（一）1", "一（一）2"]
    assert by_path(doc, "一（一）1").clause == "（一）"


def test_forwarded_report_clauses_under_its_third_chapter():
    doc = parse("某部门关于加强防震减灾工作意见的报告\n国务院：\n一、关于重点监视防御区的确定\n我局每年都进行会商。\n"
                "二、关于年度危险区的判定\n会议确定了危险区。\n三、关于加强防震减灾工作的意见\n为此，应抓好以下工作：\n"
                "（一）健全防震减灾工作体系。\n（二）加强立法工作。\n（三）加强地震安全性评价工作。\n（四）严格抗震设防。\n")
    assert paths(doc, "clause") == ["一", "二", "三", "三（一）", "三（二）", "三（三）", "三（四）"]


def test_rules_numbered_inside_legal_chapters():
    # 内蒙古自治区人民政府工作规则: 第X章 headings, paragraphs 一、二、 numbered through the rules, no 第X条
    doc = parse("某自治区人民政府工作规则\n第一章 总  则\n一、新一届自治区人民政府,参照《国务院工作规则》,制定本规则。\n"
                "二、自治区人民政府工作的指导思想是努力建设人民满意的服务型政府。\n第二章 组成人员职责\n"
                "三、自治区人民政府由主席、副主席、秘书长组成。\n四、主席领导自治区人民政府的工作。\n")
    assert paths(doc) == ["第一章一", "第一章二", "第二章三", "第二章四"]
    third = by_path(doc, "第二章三")
    assert third.chapter.startswith("第二章 组成人员职责") and label_for(third, doc).endswith("》第二章三")


def test_attachment_names_under_a_notice_are_no_units():
    doc = parse("关于召开征求意见会的预通知\n各有关单位:\n请各参会单位认真研究方案,提出修改意见。\n附件:\n1.参会单位名单\n"
                "2.《健康宣城行动实施方案(代拟稿)》\n")
    assert paths(doc) == ["序言"] and "1.参会单位名单" in doc.clauses[0].text


def test_two_attached_texts_each_numbering_from_one():
    # 国办发〔2018〕124号: a notice issuing two 规定, the second numbering （一） again after the first's （三十一）
    doc = parse("国务院办公厅关于印发两个规定的通知\n各省人民政府：\n现将两个规定印发给你们，请认真贯彻执行。\n国务院办公厅\n"
                "2018年12月18日\n文化事业单位转制为企业的规定\n一、关于公司制股份制改革\n（一）转制要依法登记为有限责任公司。\n"
                "二、关于国有文化资产管理\n（二）加强国有文化资产监管。\n进一步支持文化企业发展的规定\n"
                "一、关于财政税收\n（一）中央财政应通过文化产业发展专项资金支持文化企业。\n二、关于投资和融资\n（二）鼓励金融机构支持文化企业。\n")
    assert paths(doc, "clause") == ["附件（一）", "附件（二）", "附件2（一）", "附件2（二）"]
    assert by_path(doc, "附件2（一）").text.startswith("中央财政")
    assert "进一步支持" not in by_path(doc, "附件（二）").text


def test_an_item_line_followed_only_by_its_unit_label_is_the_items_content():
    # 蔡政办〔2023〕1号's annex (a district's task division): each item is one short line, then who does it
    text = (
        "区人民政府办公室关于印发主要目标任务责任分解方案的通知\n"
        "一、主要目标\n"
        "(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局\n\n"
        "(二)规上工业增加值增长12%以上\n\n责任单位:区科技和经信局\n"
        "二、重点任务\n"
        "(一)加快建设工业园区。推进标准厂房建设。\n牵头单位:区科技和经信局\n配合单位:区财政局\n"
    )
    leaves = {c.path: c for c in parse_text(text, "d", "d.txt", "").clauses}
    gdp = leaves["一（一）"]
    assert "地区生产总值增长7%以上" in gdp.text and gdp.clause_title is None
    assert gdp.units == ["区发展和改革局"]
    assert "规上工业增加值增长12%以上" in leaves["一（二）"].text
    # a heading sentence followed by content still heads its item
    park = leaves["二（一）"]
    assert park.clause_title == "加快建设工业园区" and park.lead_units == ["区科技和经信局"]
    assert park.supporting_units == ["区财政局"]
