"""The places a question names and whether the loaded documents cover them (no model needed).

A question about one county's policy is declined when no loaded document covers that county, so a
place read wrongly (在盘县, 头两年县 from 头两年县财政, 安水淹区 from 广安水淹区) declines a question the
documents answer. The questions are worded as the real-document cases ask them."""

from __future__ import annotations

import pytest

from assistant.answering.question import Query, foreign_places, named_places, place_scope, understand
from assistant.answering.intents import Intent
from assistant.corpus.model import Document

KNOWN = frozenset({"盘县", "柳河县", "柳河", "官渡区", "官渡"})


def _doc(doc_id: str, region: str | None, level: str, title: str) -> Document:
    return Document(doc_id, title, title[:6], None, None, None, level, region, f"{doc_id}.txt", "x", government=region)


LIBRARY = [
    _doc("panxian", "盘县", "区县", "盘县招商引资优惠办法(试行)"),
    _doc("liuhe", "柳河县", "区县", "中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见"),
    _doc("sichuan-reply", None, "国家", "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函"),
    _doc("dongguan", "东莞", "市", "东莞市人民政府关于贯彻落实稳定和扩大就业若干政策措施的实施意见"),
]
PLACES_TEXT = "".join(f"{d.government or ''}{d.region or ''}{d.title}" for d in LIBRARY)


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # 在 is no part of a name, and a two-character county (盘县) is a known place
        ("在盘县投资1000万元以上的鼓励类生产性项目，投产后头两年县财政怎么补？", ("盘县",)),
        ("在盘县搞房地产开发，能享受招商引资优惠办法吗？", ("盘县",)),
        ("在沛县办厂有什么补贴？", ("沛县",)),  # an unknown two-character county is cut the same way
        # a time before 县财政 / 县里 says when, not where
        ("今年县财政给企业补多少？", ()),
        ("每年县财政安排多少扶持资金？", ()),
        # 的 is no part of a name: 预算绩效好的市县 names no place
        ("山东省对预算绩效好的市县奖励多少钱？", ()),
        # a kind of area after a city: the city and the area, never 安水淹区
        ("广安水淹区群众生产生活困难，是哪个部门牵头去实地调查的？", ("广安", "水淹区")),
        # a county after its province or city is the county
        ("吉林省辉南县的重点产业奖励比例是多少？", ("辉南县",)),
        ("通化市辉南县的重点产业固定资产投资奖励比例是多少？", ("通化市", "辉南县")),
        ("昆明官渡区稳增长的措施是根据昆明市哪个文件制定的？", ("官渡区", "昆明市")),
        # a district named like a city (广安区) keeps its name
        ("广安区对新升规企业奖励多少？", ("广安区",)),
        # an honour, a market, an asking or counting word is no place; a measure word (一份) is no part of one
        ("获评全国先进县能奖多少？", ()),
        ("被评为省先进市的奖励是多少？", ()),
        ("评上十佳示范县有什么奖励？", ()),
        ("这件事报到了市级夜市管理部门吗？", ()),
        ("哪位县领导分管这项工作？", ()),
        ("某个县想申请试点怎么办？", ()),
        ("一份柳河县的文件说了什么？", ("柳河县",)),
        # …while cities ending like a market word keep their names
        ("厦门市和天门市有什么补贴？", ("厦门市", "天门市")),
        # a verb or preposition before the suffix ends no name (除了区商务局, 享受县财政补助); 从化区 starts with one
        ("除了区商务局还有哪个单位负责？", ()),
        ("投资至少要多少才能享受县财政补助？", ()),
        ("从化区有什么农业补贴？", ("从化区",)),
        # the asker's own place (我们县) and a count of firms (引进了一家市外总部企业) name no place
        ("我们县是示范县，县财政要按什么比例拿配套资金？", ()),
        ("在绍兴，我们部门引进了一家市外总部企业，部门能拿多少奖励？", ("绍兴",)),
        # a kind of area (灌区, 库区, 矿区) is no place: 加强灌区管理 of 办农水函〔2022〕1094号
        ("水利部公布全国大型灌区名录后，由谁组织相关水利部门加强灌区管理？", ()),
        ("移民库区和采煤矿区的补助标准是多少？", ()),
    ],
)
def test_a_named_place_is_cut_to_the_place(question, places):
    assert named_places(question, KNOWN) == places


def _query(question: str, places: tuple[str, ...] = (), regions: tuple[str, ...] = ()) -> Query:
    return Query(text=question, own_text=question, intent=Intent.CONTENT, places=places, regions=regions)


def test_a_place_the_best_clauses_mention_is_not_foreign():
    query = _query("广安水淹区群众生产生活困难，是哪个部门牵头去实地调查的？", ("广安", "水淹区"))
    evidence = "扶贫办已会同交通部、水利部、林业局等部门赴广安市水淹区进行了实地调查,提出了解决意见。"
    assert foreign_places(query, PLACES_TEXT, evidence) == []
    assert foreign_places(query, PLACES_TEXT, "交通部将进行行业审查。") == ["广安", "水淹区"]


def test_a_place_a_document_belongs_to_is_not_foreign_by_full_or_short_name():
    assert foreign_places(_query("在盘县搞房地产开发？", ("盘县",)), PLACES_TEXT, "") == []
    assert foreign_places(_query("柳河县奖励多少？", ("柳河县",)), PLACES_TEXT, "") == []
    assert foreign_places(_query("梅河口市对新三板挂牌企业奖励多少？", ("梅河口市",)), PLACES_TEXT, "") == ["梅河口市"]
    assert foreign_places(_query("福建省的宽带目标是多少？", regions=("福建",)), PLACES_TEXT, "") == ["福建"]


def test_a_place_is_found_in_clauses_written_in_traditional_script():
    query = _query("台湾地区的投资者来投资能享受什么优惠？", regions=("台湾",))
    assert foreign_places(query, PLACES_TEXT, "鼓勵臺灣地區投資者在本市投資興辦企業。") == []
    assert foreign_places(query, PLACES_TEXT, "鼓勵外商在本市投資興辦企業。") == ["台湾"]


def test_a_county_named_after_a_preposition_is_answered_from_its_own_document():
    query = understand("在盘县搞房地产开发，能享受招商引资优惠办法吗？", LIBRARY)
    assert query.places == ("盘县",)
    assert place_scope(query, LIBRARY) >= {"panxian"}
    assert "liuhe" not in (place_scope(query, LIBRARY) or set())


@pytest.mark.parametrize("question", ["国家附件里对应的是哪一项？", "国家在这方面有什么要求？", "国家推的是哪些试点？"])
def test_national_scope_in_everyday_words(question):
    from assistant.lexicon.regions import NATIONAL_SCOPE_RE

    assert NATIONAL_SCOPE_RE.search(question)


def test_a_national_level_title_is_no_national_scope():
    from assistant.lexicon.regions import NATIONAL_SCOPE_RE

    assert not NATIONAL_SCOPE_RE.search("获评国家级研发中心的奖励是多少？")
    assert not NATIONAL_SCOPE_RE.search("山东省2023年的任务里，全国重点实验室争取达到几家？")
    assert not NATIONAL_SCOPE_RE.search("评上全国文明城市能奖多少？")
    assert NATIONAL_SCOPE_RE.search("全国的城镇新增就业目标是多少？")


def test_an_autonomous_county_or_banner_is_named_by_its_place_alone():
    from assistant.answering.question import government_names
    from assistant.lexicon.regions import autonomous_short_names, government_of
    assert government_of("鄂温克族自治旗人民政府办公室").county == "鄂温克族自治旗"
    assert autonomous_short_names("大通回族土族自治县") == ("大通县", "大通")
    assert autonomous_short_names("鄂温克族自治旗") == ("鄂温克旗", "鄂温克")
    banner = _doc("ewenke", "鄂温克族自治旗", "区县", "关于印发2022年《政府工作报告》重点任务责任落实分工的通知")
    assert {"鄂温克旗", "鄂温克族自治旗"} <= government_names(banner)
    query = understand("鄂温克旗2022年《政府工作报告》定的地区生产总值增长目标是多少？", [])
    assert query.places == ("鄂温克旗",) and place_scope(query, [*LIBRARY, banner]) == {"ewenke"}
    assert understand("集团旗下企业能申请吗？", []).places == ()
    # named by its short name, the banner is no foreign place: its document's government names cover it
    places_text = "".join(government_names(banner))
    assert foreign_places(query, places_text, "") == []
