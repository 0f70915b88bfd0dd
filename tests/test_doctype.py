"""A document's kind and status, from what its text says (laws are checked at scale in test_structure_laws)."""

from __future__ import annotations

from assistant.corpus.doctype import DocType, Status, classify, read_status
from assistant.corpus.parser import parse_text


def test_kinds_from_title_history_issuer_and_number():
    assert classify("中华人民共和国劳动合同法", None, ["2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过"], None) == DocType.LAW
    assert classify("上海口岸服务条例", None, ["2011年11月17日 上海市第十三届人民代表大会常务委员会第三十次会议通过"], None) == DocType.LOCAL_REGULATION
    assert classify("保障农民工工资支付条例", None, [], None) == DocType.ADMINISTRATIVE_REGULATION
    assert classify("全国年节及纪念日放假办法", None, ["1949年12月23日 政务院发布", "1999年9月18日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第一次修订"], None) == DocType.ADMINISTRATIVE_REGULATION
    assert classify("最高人民法院 最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）", None, [], None) == DocType.JUDICIAL_INTERPRETATION
    assert classify("互联网信息服务算法推荐管理规定", None, ["2021年11月16日 国家互联网信息办公室2021年第20次室务会议审议通过"], None) == DocType.DEPARTMENTAL_RULE
    assert classify("柳河县促进医药产业发展若干政策措施", "柳河县人民政府", [], "柳政发〔2023〕5号") == DocType.POLICY
    assert classify("杭州市养老服务补贴管理办法", "杭州市人民政府", [], "杭政〔2024〕7号") == DocType.NORMATIVE


def test_status_only_from_what_the_page_or_title_says():
    assert read_status("已宣布失效", "连云港市关于…的通知") == Status.REPEALED
    assert read_status(None, "关于…的规定（已废止）") == Status.REPEALED
    assert read_status("有效", "关于…的通知") == Status.IN_FORCE
    assert read_status(None, "关于…的通知") is None


def test_a_parsed_page_carries_its_kind_form_and_status():
    text = (
        "索 引 号：000014349/2016-00123\t有效性：失效\n"
        "某某市人民政府关于印发某某市中小企业发展专项资金管理办法的通知\n某政发〔2016〕12号\n"
        "第一条 为规范专项资金管理，制定本办法。\n第二条 本办法由市财政局负责解释。\n"
    )
    doc = parse_text(text, "demo", "demo.txt", "0" * 64)
    assert (doc.doc_type, doc.form, doc.status) == (DocType.POLICY, "通知", Status.REPEALED)


def test_shipped_documents_are_policy_papers(corpus):
    assert {d.doc_type for d in corpus} == {DocType.POLICY}
    assert {d.form for d in corpus} == {"若干意见", "实施意见"}
