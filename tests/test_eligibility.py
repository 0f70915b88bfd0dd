"""Eligibility matching on the real parsed corpus (rule-based: no model, no index).

Expected clauses were chosen by reading the documents (index/corpus/*.txt), not from
the matcher's output; each expectation quotes the words that make it apply.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from assistant.eligibility.matching import KINDS, clause_facts, eligible
from assistant.eligibility.profile import CompanyProfile, ProfileError, parse_profile


def labels(result) -> set[str]:
    return {m.label for m in result.matches}


def by_label(result, label):
    return next(m for m in result.matches if m.label == label)


# ---- free-text parsing -------------------------------------------------------------------

def test_parse_hangzhou_internet_small_business():
    p = parse_profile("我们是杭州的一家互联网小微企业，做跨境电商，想融资")
    assert p.city == "杭州" and p.region == "浙江"  # a city implies its province
    assert {"互联网", "电子商务", "跨境电商"} <= set(p.industries)
    assert p.size == "小微" and p.needs == ["融资"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("初创团队，做网店", "size", "小微"),
        ("小企业，开淘宝店", "industries", ["电子商务"]),
        ("芯片设计公司", "industries", ["集成电路"]),
        ("员工50人的软件公司", "size", "小微"),
        ("员工500人", "size", "大型"),
        ("已通过高新认定的SaaS公司", "qualifications", ["高新技术企业"]),
        ("浙江省的企业", "region", "浙江"),
        ("全国性的物流公司，需要用地", "region", "国家"),
        ("想上市，也想减税", "needs", ["上市", "税收"]),
        ("我们不需要融资，想申请补贴", "needs", ["资金"]),
        ("江苏的一家小餐馆", "industries", ["餐饮"]),
    ],
)
def test_parse_synonyms(text, field, value):
    assert getattr(parse_profile(text), field) == value


def test_profile_round_trip_and_form_fields():
    p = CompanyProfile(city="宁波", industries=["集成电路"], size="中型", needs=["税收"])
    assert p.region == "浙江"
    assert CompanyProfile.from_dict(p.to_dict()) == p
    assert "地区：浙江 宁波" in p.describe() and "集成电路" in p.describe()
    with pytest.raises(ProfileError):
        CompanyProfile(size="巨型")


# ---- clause facts ------------------------------------------------------------------------

def test_only_enterprise_support_measures_count(corpus):
    facts = {f.clause.id: f for f in clause_facts(corpus)}
    # support for enterprises
    assert facts["guofa-2013-32#（二十二）"].is_support
    assert facts["zhejiang-2014-info-consumption#（二十四）3"].is_support  # 对企业来浙建设…供地
    # government-internal tasks, though they mention 试点/示范/标准
    for clause_id in (
        "guofa-2013-32#（二十五）",  # 试点示范市（县、区）建设 for local governments
        "guofa-2013-32#附件第76项",  # statistics
        "guofa-2013-32#附件第54项",  # 支持试点城市出台…政策
        "zhejiang-2014-info-consumption#（二十三）5",  # 出台鼓励市场化投融资…的政策
        "zhejiang-2014-info-consumption#（二十二）4",  # 个人所得税 for individuals, not companies
    ):
        assert not facts[clause_id].is_support, clause_id


def test_facts_kinds_conditions_and_units(corpus):
    facts = {f.clause.id: f for f in clause_facts(corpus)}
    high_tech = facts["guofa-2013-32#附件第64项"].measures[0]
    assert high_tech.kinds == ("税收优惠",)
    assert "经认定为高新技术企业的" in high_tech.condition
    from assistant.eligibility.conditions import UNKNOWN, check_qualifications

    [required] = check_qualifications(high_tech.condition, high_tech.qualifications, CompanyProfile())
    assert required.status == UNKNOWN and "须经认定为高新技术企业" in required.text
    # a terse annex row reads as a measure through the body sentence it restates
    pledge = facts["guofa-2013-32#附件第71项"].measures[0]
    assert pledge.kinds == ("融资与金融",) and "互联网" in pledge.industries
    # the body clause (二十二) has no 责任单位 of its own; its annex rows supply them
    body = facts["guofa-2013-32#（二十二）"]
    assert {"附件第69项", "附件第70项", "附件第71项"} <= set(body.contact_source.removeprefix("据").split("、"))
    assert "证监会" in body.units
    land = facts["zhejiang-2014-info-consumption#（二十四）3"]
    assert {m.kinds for m in land.measures} == {("用地与要素",)}


# ---- realistic profiles -----------------------------------------------------------------

def test_hangzhou_internet_small_business_wanting_finance(corpus):
    result = eligible(corpus, "我们是杭州的一家互联网小微企业，做跨境电商，想融资")
    found = labels(result)
    # 国发（二十二）: 对互联网小微企业予以优先支持 … 帮助互联网小微企业增信融资
    assert "《国发〔2013〕32号》（二十二）" in found
    # 附件第36项: 为中小网商提供小额贷款服务; 第37项: 为跨境电子商务企业提供优惠利率融资服务
    assert {"《国发〔2013〕32号》附件第36项", "《国发〔2013〕32号》附件第37项"} <= found
    # 浙江（二十三）1 创新型、成长型互联网企业上市; 3 知识产权质押融资
    assert {"《浙江实施意见》（二十三）1", "《浙江实施意见》（二十三）3"} <= found
    finance = result.groups["融资与金融"]
    assert finance[0].score >= finance[-1].score
    top = by_label(result, "《国发〔2013〕32号》（二十二）")
    assert top.kind == "融资与金融"
    assert any("规模相符" in r for r in top.reasons) and any("符合需求：融资" in r for r in top.reasons)
    assert any("互联网小微企业" in q for q in top.citation.quotes)
    # the units come from the annex row that restates the quoted sentence
    assert "证监会" in top.units and "附件第69项" in top.note
    # a Zhejiang company also gets Zhejiang measures, marked as such
    zj = by_label(result, "《浙江实施意见》（二十三）1")
    assert zj.level == "浙江省" and any("地区相符" in r for r in zj.reasons)
    assert zj.note.startswith("文件未规定具体金额，请联系责任单位：浙江证监局") and zj.lead_units[0] == "浙江证监局"
    # tax relief for 互联网小微企业 (国发（二十一）) applies too, under its own kind
    assert by_label(result, "《国发〔2013〕32号》（二十一）").kind == "税收优惠"
    # size restrictions hold: nothing for 大型企业 only
    assert all("大型" not in "".join(m.beneficiaries) or not any("规模" in r for r in m.reasons) for m in result.matches)


def test_integrated_circuit_design_firm(corpus):
    result = eligible(corpus, "我们是宁波的一家集成电路设计企业")
    found = labels(result)
    # 附件第67项 / 浙江（二十二）2: 落实…软件和集成电路产业发展的若干政策
    assert {"《国发〔2013〕32号》附件第67项", "《浙江实施意见》（二十二）2"} <= found
    # 附件第16项: 设立集成电路产业投资基金 … 引导社会资金投资集成电路产业
    assert "《国发〔2013〕32号》附件第16项" in found
    assert by_label(result, "《国发〔2013〕32号》附件第16项").kind in ("融资与金融", "财政资金与专项")
    # nothing aimed at other industries (e.g. 互联网小微企业 loans) is offered
    assert "《国发〔2013〕32号》附件第36项" not in found
    assert "《国发〔2013〕32号》（二十二）" not in found


def test_software_company_certified_high_tech(corpus):
    result = eligible(corpus, "我们是一家软件公司，已认定为高新技术企业，想了解税收优惠")
    found = labels(result)
    # 国发（二十一）/附件第64项: 经认定为高新技术企业的互联网企业依法享受相应的所得税优惠税率
    assert {"《国发〔2013〕32号》（二十一）", "《国发〔2013〕32号》附件第64项"} <= found
    # 浙江（二十二）1: 进一步落实高新技术企业认定管理办法。落实企业研发费用税前加计扣除政策
    assert "《浙江实施意见》（二十二）1" in found
    m64 = by_label(result, "《国发〔2013〕32号》附件第64项")
    assert m64.kind == "税收优惠"
    assert any("资质相符：高新技术企业" in r for r in m64.reasons)
    assert any("请确认" in c for c in m64.conditions)  # the text says 互联网企业; a software firm should check
    # no region given: provincial measures are listed but marked as such
    assert any("未说明所在地区" in n for n in result.notes)
    assert any("仅适用于浙江省的企业" in c for c in by_label(result, "《浙江实施意见》（二十二）1").conditions)


def test_without_the_certificate_the_condition_is_shown(corpus):
    result = eligible(corpus, "杭州的互联网公司，想减税")
    m64 = by_label(result, "《国发〔2013〕32号》附件第64项")
    assert any("须经认定为高新技术企业" in c for c in m64.conditions)  # still unknown, not a failure
    assert m64.score < by_label(result, "《国发〔2013〕32号》附件第65项").score + 3


def test_rural_ecommerce_cooperative(corpus):
    result = eligible(corpus, "我们是一个农村电商合作社，在网上卖农产品")
    found = labels(result)
    # 国发（十二）: 鼓励引导金融机构为中小网商提供小额贷款服务 … 积极培育城市社区、农产品电子商务
    assert "《国发〔2013〕32号》（十二）" in found
    # 附件第34项: …移动电子商务等试点示范，积极培育城市社区、农产品电子商务
    assert "《国发〔2013〕32号》附件第34项" in found
    row34 = by_label(result, "《国发〔2013〕32号》附件第34项")
    assert any("农业农村" in r for r in row34.reasons)
    # 大型企业 there names one item of a list, so it does not restrict the whole row
    assert not any("大型企业" in c for c in row34.conditions + row34.reasons)
    # size not said: size-restricted measures ask to confirm it
    assert any("请确认企业规模" in c for c in by_label(result, "《国发〔2013〕32号》附件第36项").conditions)


def test_jiangsu_restaurant_matches_nothing(corpus):
    """The documents are about the information industry: a restaurant gets nothing, and is told why."""
    result = eligible(corpus, "江苏的一家餐馆")
    assert result.profile.region == "江苏" and result.profile.industries == ["餐饮"]
    assert result.matches == []
    assert "没有找到适用于该企业的支持措施" in result.notes[0]


def test_jiangsu_small_restaurant_wanting_a_loan_gets_only_generic_national_measures(corpus):
    result = eligible(corpus, "江苏的一家小餐馆，想贷款")
    assert result.matches, "the enterprise-bond measures name no industry"
    assert all(m.generic for m in result.matches)
    assert all(m.citation.doc_id == "guofa-2013-32" for m in result.matches)  # no Zhejiang measure in Jiangsu
    assert any("没有针对餐饮的专门措施" in n for n in result.notes)


def test_region_rules(corpus):
    zhejiang_docs = {"zhejiang-2014-info-consumption"}
    national = eligible(corpus, CompanyProfile(region="国家", industries=["互联网"]))
    assert national.matches and not {m.citation.doc_id for m in national.matches} & zhejiang_docs
    guangdong = eligible(corpus, CompanyProfile(city="深圳", industries=["互联网"]))
    assert guangdong.profile.region == "广东"
    assert not {m.citation.doc_id for m in guangdong.matches} & zhejiang_docs
    zhejiang = eligible(corpus, CompanyProfile(region="浙江", industries=["互联网"]))
    assert {m.citation.doc_id for m in zhejiang.matches} >= zhejiang_docs | {"guofa-2013-32"}


def test_size_excludes_measures_for_other_sizes(corpus):
    large = eligible(corpus, CompanyProfile(region="国家", industries=["互联网"], size="大型", needs=["融资"]))
    for m in large.matches:
        assert not any("互联网小微企业" in q for q in m.quotes), m.label


# ---- output formats ------------------------------------------------------------------------

def test_groups_follow_kind_order_and_every_match_is_cited(corpus):
    result = eligible(corpus, "杭州的互联网小微企业，想融资")
    assert list(result.groups) == [k for k in KINDS if k in result.groups]
    for m in result.matches:
        assert m.citation.clause_id and m.citation.label == m.label
        assert all(q in m.citation.text for q in m.quotes) or m.citation.annex_row is not None
        assert m.reasons and m.note


def test_export_formats(corpus):
    result = eligible(corpus, "杭州的互联网小微企业，想融资")
    md = result.to_markdown()
    assert md.startswith("# 企业可享受的支持措施")
    assert "## 融资与金融" in md and "《国发〔2013〕32号》（二十二）" in md and "匹配理由" in md
    rows = list(csv.reader(io.StringIO(result.to_csv())))
    assert rows[0][:3] == ["类别", "条款", "层级"]
    assert len(rows) == len(result.matches) + len(result.near_misses) + 1
    assert {r[-1] for r in rows[1:]} == {m.citation.clause_id for m in result.matches + result.near_misses}
    data = result.to_dict()
    assert data["count"] == len(result.matches)
    assert json.loads(json.dumps(data, ensure_ascii=False))["profile"]["region"] == "浙江"


def test_cli_eligible(tmp_path):
    from assistant.cli import app

    runner = CliRunner()
    out = runner.invoke(app, ["eligible", "杭州的互联网小微企业，想融资"])
    assert out.exit_code == 0, out.output
    assert "识别结果" in out.output and "【融资与金融】" in out.output and "理由" in out.output
    as_json = runner.invoke(app, ["eligible", "江苏的一家餐馆", "--json"])
    assert json.loads(as_json.output)["count"] == 0
    target = tmp_path / "out.csv"
    exported = runner.invoke(app, ["eligible", "宁波的集成电路设计公司", "--export", str(target)])
    assert exported.exit_code == 0 and "附件第67项" in target.read_text(encoding="utf-8-sig")
    bad = runner.invoke(app, ["eligible", "x", "--export", str(tmp_path / "out.txt")])
    assert bad.exit_code == 2


# ---- Gradio tab helpers (no server) ----------------------------------------------------------

def test_ui_rendering_escapes_and_exports(corpus):
    from assistant.web import eligibility_tab as ue

    result = eligible(corpus, "<script>alert(1)</script>杭州的互联网小微企业，想融资")
    page = ue.render_result(result) + ue.render_profile(result.profile)
    assert "<script>" not in page and "《国发〔2013〕32号》（二十二）" in page
    # the form keeps the parsed city while the region is unchanged, drops it when the region changes
    kept = ue.profile_from_form(result.profile.to_dict(), "浙江", ["互联网"], "未说明", [], ["税收"])
    assert kept.city == "杭州" and kept.size is None and kept.needs == ["税收"]
    moved = ue.profile_from_form(result.profile.to_dict(), "国家", ["互联网"], "小微", [], [])
    assert moved.city is None and moved.region == "国家"
    md = ue.export_file(result, "Markdown")
    assert md.endswith(".md") and "## 融资与金融" in open(md, encoding="utf-8").read()
    csv_path = ue.export_file(result, "CSV")
    assert csv_path.endswith(".csv") and open(csv_path, encoding="utf-8-sig").read().startswith("类别,条款")


def test_ui_tab_builds_inside_blocks(corpus):
    import gradio as gr

    from assistant.web.eligibility_tab import build_eligibility_tab

    class StubAssistant:
        def eligible(self, text_or_profile):
            return eligible(corpus, text_or_profile)

    with gr.Blocks() as demo, gr.Tabs():
        tab = build_eligibility_tab(StubAssistant())
    assert tab.label == "企业政策匹配"
    assert "eligible" in {d.api_name for d in demo.fns.values()}
