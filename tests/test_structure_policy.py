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
    # the paragraphs run on through the chapters (第二章 opens with 三、): each number is already unique
    assert paths(doc) == ["一", "二", "三", "四"]
    third = by_path(doc, "三")
    assert third.chapter.startswith("第二章 组成人员职责") and label_for(third, doc).endswith("》三")
    # restarting in each chapter, a paragraph needs its chapter
    restarted = parse("某县人民政府工作规则\n第一章 总则\n一、为规范县政府工作，制定本规则。\n二、县政府在县委领导下开展工作。\n"
                      "第二章 组成人员职责\n一、县政府由县长、副县长组成。\n二、县长主持县政府全面工作。\n")
    assert paths(restarted) == ["第一章一", "第一章二", "第二章一", "第二章二"]


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


def test_a_table_flattened_one_cell_per_line_keeps_its_rows():
    # wenzhou-2023-rural-revitalization-table-part (温政发〔2023〕4号): every cell on its own line
    cells = ["序号", "奖补项目", "名称", "条款内容", "执行", "方式", "责任", "单位", "一、支持稳产保供",
             "1", "扶持粮食规模经营", "对市区发展规模种粮、全年稻麦复种面积50亩以上的规模经营主体……统筹用于粮食生产相关补贴政策。",
             "因素分配", "市农业农村局",
             "2", "农海产品保鲜冷链设施建设补助", "支持建设农海产品产地小型仓储保鲜冷链设施,每年遴选不超过20个项目,"
             "市财政按照区财政承担部分50%、最高50万元给予补助;按照县(市)财政承担部分30%、最高30万元给予补助。",
             "审查遴选", "市农业农村局"]
    doc = parse("温州市人民政府关于培育农业农村新动能全面推进乡村振兴的若干政策意见\n各县(市、区)人民政府,市各有关单位:\n"
                "为培育农业农村转型发展新动能,制定如下政策意见。\n\n" + "\n\n".join(cells) + "\n")
    assert paths(doc) == ["序言", "一1", "一2"]
    second = by_path(doc, "一2")
    assert second.chapter == "一、支持稳产保供" and second.text.startswith("农海产品保鲜冷链设施建设补助")
    assert "最高30万元" in second.text and "扶持粮食" not in second.text


def test_a_number_alone_on_a_line_is_no_unit_without_a_flattened_table():
    doc = parse("某市关于做好春耕工作的通知\n一、总体要求\n全年完成播种面积\n2\n万亩以上。\n")
    assert paths(doc) == ["一"]


def test_chapter_and_first_article_run_into_the_title_and_into_a_chapter_heading():
    # shandong-tech-sme-innovation-fund-measures-part: a repost flattened each chapter onto one line
    doc = parse(
        "山东省科技型中小企业创新发展专项扶持资金管理暂行办法\n\n"
        "山东省科技型中小企业创新发展专项扶持资金管理暂行办法第一章总则第一条为进一步贯彻落实《中共山东省委、"
        "山东省人民政府关于加速高新技术产业化若干意见》(鲁发[1999]26号文)精神,制定本办法。\n\n"
        "第二条山东省科技型中小企业创新发展专项扶持资金(以下简称\"创新资金”)的来源为省级财政预算安排的专项资金。\n\n"
        "常五条创新资金的安排坚持公开、公平、公正、择优和专款专用的原则。\n\n"
        "第二章支持对象第六条创新资金面向在本省注册的各类科技型中小企业。\n")
    assert paths(doc, "article") == ["第一条", "第二条", "第六条"]
    assert by_path(doc, "第一条").chapter == "第一章 总则" and by_path(doc, "第一条").text.startswith("为进一步")
    assert by_path(doc, "第六条").chapter == "第二章 支持对象"
    assert "常五条" in by_path(doc, "第二条").text  # a misprinted number is no marker


def test_a_cross_reference_run_into_an_article_stays_in_it():
    doc = parse("反补贴条例\n第五章 附则\n第五十二条 对依照本条例第二十六条作出的终裁决定不服的,可以依法申请行政复议。\n"
                "第五十三条 本条例自2004年6月1日起施行。\n")
    assert paths(doc, "article") == ["第五十二条", "第五十三条"]


def test_one_line_list_entries_are_headed_by_the_sentence_that_introduces_them():
    # jinhua-2023-rural-revitalization-30-draft-part: the deadline after the list is no part of entry 3
    doc = parse(
        "金华市农业农村局关于《金华市区乡村振兴支持政策三十条》第二次公开征求意见的公告\n"
        "为加快实施乡村振兴战略,现将征求意见稿(草案)全文公布,第二次征求社会各界意见。公众可通过以下途径和方式提出反馈意见:\n"
        "    1.登陆金华市农业农村局网站(http://nyncj.jinhua.gov.cn/),对征求意见稿提出意见。\n"
        "    2.通过信函的方式将意见寄至金华市婺城区双龙南街828号,邮编:321017。\n"
        "    3.通过电子邮件方式将意见发送至邮箱:67241836@qqcom。\n"
        "    意见反馈截止时间为2023年6月13日。\n"
        "    附件:1.《金华市区乡村振兴支持政策三十条》(征求意见稿) \n\n"
        "       2.《金华市区乡村振兴支持政策三十条》起草说明.doc\n")
    assert paths(doc) == ["序言", "1", "2", "3", "结尾"]
    assert {c.clause_title for c in doc.clauses if c.kind == "item"} == {"公众可通过以下途径和方式提出反馈意见"}
    assert by_path(doc, "3").text == "通过电子邮件方式将意见发送至邮箱:67241836@qqcom。"
    assert by_path(doc, "结尾").text.startswith("意见反馈截止时间为2023年6月13日。\n附件:1.")


def test_a_list_whose_entries_run_over_several_lines_keeps_the_last_ones_paragraphs():
    doc = parse("某市关于申报项目的通知\n申报材料如下:\n1.申报书。\n须加盖单位公章。\n2.营业执照复印件。\n"
                "3.财务报表。\n须经会计师事务所审计。\n")
    assert by_path(doc, "3").text == "财务报表。\n须经会计师事务所审计。"


def test_a_contact_line_under_the_signature_is_the_notices_closing_not_the_attachments():
    # guangdong-2019-tech-upgrade-award-publicity: the contact line stands between the signature and 附件1-2.zip
    doc = parse(
        "广东省工业和信息化厅2019年加大工业企业技术改造奖励力度资金项目计划公示\n"
        "为贯彻2019年9月9日省政府常务会议关于加大工业企业技术改造奖励力度有关精神,省工业和信息化厅编制了资金项目计划,"
        "并按有关规定予以公示。公示期自2019年10月14日至10月20日,共7日。\n"
        "附件:\n1.2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金使用安排额度表\n"
        "2.2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金项目绩效目标表\n"
        "广东省工业和信息化厅\n2019年10月14日\n(联系人:王宁涛,电话:020-83135813)\n附件1-2.zip\n")
    contact = next(c for c in doc.clauses if "王宁涛" in c.text)
    assert contact.path == "结尾" and contact.kind == "closing" and "附件1-2" not in contact.text
