"""Forms met on real-dev's blind batches (h54d, h56d, h58d), each checked as the general rule it is an instance of:

* a notice addressed to thirty-eight ministries (中央组织部、中央宣传部、…、中国科协:) is read in a moment, and a list
  of bodies that long before a verb names them all: a list no 等部门 closes is not tried as one that 等 closes, and
  each piece of one it closes is read once, up to its 、;
* a government announcing its decision (县政府决定，2014年至2016年为全县…整治年) is the text's author speaking, no body
  put in charge of a task; 由市政府决定 and 市政府决定对…给予奖励 still are;
* a person is asked by 哪位 / 姓名 / a leader's title asked after (组长是谁), not by a title in the asker's own words
  (我是村民小组长，能被聘为…吗) or by 什么人 of a group (覆盖什么人群);
* 我们几个人一起… (a few of us) counts nothing the question asks;
* a page whose header names no document (小程序 / 手机浏览 / 登录/注册 over a law site's repost) takes the first title
  under its chrome, a 关于 title first, where no 文号 stands under it;
* 是哪几家单位联合发的 asks who issued the text, like 哪几个部门联合印发的;
* a city's government named without its city (市人民政府关于公布第五批市级文物保护单位的通知) is placed by the one
  prefecture city its text names (武汉市第五批市级文物保护单位名单);
* a place read with the word before it (名单中合江县) is the place written (合江县) when that is in the text;
* 是以哪个单位名义发的 / 以谁的名义发的 asks the issuer; 纲要是发给哪些单位的 / 意见下发到哪些单位 asks the addressees,
  and a page's field rows above the salutation (发布部门:信息补充中 / 发布时间:…) are passed over to find it;
* a page's 效力状态: 生效中 or 是否有效: 有效 says the text is in force;
* a site's name set after a page's title with a dash (…试鸣防空警报的通告 -凯发app官网开户) is no part of the title;
* emoji a copying site strews through a text (二🤸🏿♀️、防空警报试鸣的范围) are dropped, so 二、 is a chapter again;
* a title a question quotes whole (《“十四五”国家消防工作规划》是…印发的) names the text whose title quotes it, and a
  yes-or-no follow-up (中央企业也要落实吗？) asks its own question, not the fact the turn before asked;
* a list closed by 等 with its count (核定太原市童子寺遗址等178处) states a total;
* an institution put wholly in charge (由蓝田县猿人遗址文管所全面负责, 由…纪念馆全面负责) is the unit in charge;
* an opening whose only unit is the text's author or its government (县政府统筹推进 in 内乡县人民政府's notice) names
  no lead of a task in it;
"""

from __future__ import annotations

import signal

import pytest

from assistant.answering.evidence import authors_only
from assistant.answering.intents import Intent, Slot
from assistant.answering.intents import ASKS_ADDRESSEES
from assistant.answering.measures import COUNTED_TOTAL
from assistant.answering.question import _tail_written, merge_follow_up, understand
from assistant.corpus.cleaning import plain_forms
from assistant.corpus.doctype import Status, read_status
from assistant.corpus.metadata import without_site_suffix
from assistant.corpus.parser import parse_text
from assistant.corpus.responsibility import extract
from assistant.lexicon.regions import Government, Level, placed_in_text
from assistant.lexicon.salutation import salutation

_MINISTRIES = ("中央组织部、中央宣传部、中央政法委、中央网信办、最高人民法院、最高人民检察院、外交部、发展改革委、教育部、科技部、"
               "工业和信息化部、公安部、司法部、财政部、人力资源社会保障部、生态环境部、农业农村部、商务部、文化和旅游部、卫生健康委、"
               "人民银行、国资委、海关总署、市场监管总局、广电总局、统计局、国管局、中科院、银保监会、证监会、国防科工局、林草局、"
               "邮政局、中医药局、知识产权局、中央军委装备发展部、贸促会、中国科协")


@pytest.fixture
def within_seconds():
    """Fails the test, instead of hanging the suite, when reading takes longer than a few seconds."""
    def expire(*_):
        raise TimeoutError("reading took more than 5 s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_long_list_of_bodies_is_read_at_once(within_seconds):
    assert not extract(f"{_MINISTRIES}:\n经联席会议同意,现将《计划》印发给你们,请认真贯彻执行。", None)
    assert not extract(f"{_MINISTRIES}等部门:", None)  # closed by 等部门, with no verb after it
    known = [m for m in _MINISTRIES.split("、") if m not in ("中央政法委", "广电总局", "林草局", "中央军委装备发展部", "贸促会")]
    found = extract(f"{'、'.join(known)}按职责分工负责。", None)
    assert found.units == known and found.lead == known[:1]


@pytest.mark.parametrize(("text", "units"), [
    ("为进一步加强我县道路交通安全管理工作,县政府决定,2014年至2016年为全县道路交通安全综合整治年,特制定本方案。", []),
    ("市人民政府决定,对落实有关重大政策措施真抓实干、取得明显成效的区进一步加大激励支持力度。", []),
    ("奖励标准由市政府决定。", ["市政府"]),
    ("区政府决定对获奖企业给予一次性奖励。", ["区政府"]),
])
def test_a_government_announcing_its_decision_is_no_unit_in_charge(text, units):
    assert extract(text, None).units == units


@pytest.mark.parametrize(("question", "person"), [
    ("河南省司法厅建设公共法律服务平台，是为了构建一个覆盖什么人群的公共法律服务体系？", False),
    ("我是双柏县一个村的村民小组长，能被村调委会聘为人民调解员吗？", False),
    ("什么人可以申请创业担保贷款？", False),
    ("领导小组组长是谁？", True),
    ("领导小组组长由谁担任？", True),
    ("这个办法是哪位市长签发的？", True),
    ("这个办法是谁签署公布的？", True),
    ("按省里的林长制实施方案，市县两级总林长由谁来当？", True),
    ("经济增长由谁负责？", False),
    ("联系人姓名是什么？", True),
])
def test_a_person_is_asked_by_asking_for_one(corpus, question, person):
    assert understand(question, corpus).asks_person is person


def test_a_few_of_us_counts_nothing_asked(corpus):
    query = understand("我们几个人一起在大连救了落水的人，按大连的见义勇为暂行办法，集体能受奖励吗？", corpus)
    assert query.slot is not Slot.NUMBER and query.intent is not Intent.TARGET
    assert understand("全市要建成几个示范区？", corpus).slot is Slot.NUMBER


def test_a_title_under_a_pages_chrome_names_the_document():
    chrome = ["小程序", "手机浏览", "登录/注册", "还有疑问?", "", "马上发起在线咨询,专业律师快速回复你的问", "", "立即咨询", "",
              "福建省贯彻《中华人民共和国社区矫正法》实施细则", "", "发布时间:2022-04-24 来源:福建省司法厅", ""]
    body = ["福建省高级人民法院 福建省人民检察院 福建省公安厅 福建省司法厅关于修订《福建省贯彻〈中华人民共和国社区矫正法〉"
            "实施细则》的通知", "", "省监狱管理局,各市、县(区)人民法院、人民检察院、公安局、司法局:", "",
            "决定对《福建省贯彻〈中华人民共和国社区矫正法〉实施细则》部分条款进行修改,现通知如下:", "",
            "一、在第二条增加一款,作为第二款。"]
    document = parse_text("\n".join(chrome + body), "fj", "fj.txt", "0")
    assert document.title.endswith("关于修订《福建省贯彻〈中华人民共和国社区矫正法〉实施细则》的通知")
    assert document.title.startswith("福建省高级人民法院")


@pytest.mark.parametrize(("opening", "only"), [
    ("为进一步加强道路交通安全管理工作,县政府统筹推进全县道路交通安全综合整治。", True),
    ("为进一步加强道路交通安全管理工作,县公安局统筹推进全县道路交通安全综合整治。", False),
])
def test_an_opening_naming_only_its_author_names_no_lead(opening, only):
    document = parse_text("\n".join(["内乡县人民政府关于印发内乡县道路交通安全三年综合整治推进方案的通知", "各乡镇人民政府:",
                                      opening, "一、工作目标", "减少道路交通事故。"]), "nx", "nx.txt", "0")
    preamble = [c for c in document.clauses if c.kind == "preamble"]
    assert preamble and preamble[0].units
    assert authors_only(preamble, {document.doc_id: document}) is only


def test_which_bodies_jointly_sent_it_asks_its_issuers(corpus):
    assert understand("福建这次修订社区矫正法实施细则，是哪几家单位联合发的通知？", corpus).slot is Slot.ISSUE


@pytest.mark.parametrize(("text", "city"), [
    ("各区人民政府:经研究,同意张桥遗址等94处为第五批市级文物保护单位。\n武汉市第五批市级文物保护单位名单", "武汉"),
    ("各区人民政府:现将有关事项通知如下。", None),
    ("武汉市、襄阳市文物部门要加强协作。", None),
])
def test_a_citys_government_named_without_its_city_is_placed_by_the_city_its_text_names(text, city):
    assert placed_in_text(Government(Level.CITY), text).city == city


@pytest.mark.parametrize(("place", "text", "written"), [
    ("中合江县", "合江县榕山镇宋城", True),
    ("长沙县", "沙县小吃", False),
    ("中合江县", "泸县大岩寺", False),
])
def test_a_place_read_with_the_word_before_it_is_the_place_written(place, text, written):
    assert _tail_written(place, text) is written


@pytest.mark.parametrize("question", ["武汉公布二级保护古树名木目录的通告是以谁的名义发的？", "第六批市级非遗名录是以哪个单位名义发的？"])
def test_in_whose_name_it_was_sent_asks_its_issuer(corpus, question):
    assert understand(question, corpus).slot is Slot.ISSUE


@pytest.mark.parametrize("question", ["省政府的知识产权战略纲要是发给哪些单位的？", "市里这份城市精细化管理意见下发到哪些单位？"])
def test_whom_a_text_was_sent_to_asks_its_addressees(question):
    assert ASKS_ADDRESSEES.search(question)


def test_a_salutation_under_a_pages_field_rows():
    opening = "发布部门:信息补充中\n发布时间:2022年03月18日\n有效性:有效\n各县、区人民政府,市政府各部门:《意见》已经市政府常务会议研究通过。"
    assert salutation(opening).group(1) == "各县、区人民政府,市政府各部门"
    assert salutation("发布部门:信息补充中\n为深入贯彻…,提出如下意见。") is None


@pytest.mark.parametrize(("status", "read"), [("生效中", Status.IN_FORCE), ("有效", Status.IN_FORCE), ("已废止", Status.REPEALED),
                                              ("", None)])
def test_a_pages_status_in_force(status, read):
    assert read_status(status, "关于公布第六批县级重点文物保护单位的通知") == read


@pytest.mark.parametrize(("title", "kept"), [
    ("天门市人民政府关于试鸣防空警报的通告 -凯发app官网开户", "天门市人民政府关于试鸣防空警报的通告"),
    ("关于印发巢湖市…若干政策的通知-k8凯发欧洲杯", "关于印发巢湖市…若干政策的通知"),
    ("国务院办公厅关于印发“十四五”规划—2021年度实施方案", "国务院办公厅关于印发“十四五”规划—2021年度实施方案"),
])
def test_a_sites_name_after_a_title_is_no_part_of_it(title, kept):
    assert without_site_suffix(title) == kept


def test_emoji_strewn_through_a_text_are_dropped():
    assert plain_forms("二🤸🏿\u200d♀️、防空警报试鸣的范围\n组织实施🥪。★区发改委①") == "二、防空警报试鸣的范围\n组织实施。★区发改委①"


def test_a_quoted_title_names_its_text_and_a_yes_or_no_follow_up_asks_its_own(corpus):
    plan = parse_text("\n".join(["国务院安全生产委员会关于印发《“十四五”国家消防工作规划》的通知", "安委〔2022〕2号",
                                  "各省、自治区、直辖市人民政府,有关中央企业:", "现将规划印发给你们,请认真贯彻落实。"]),
                      "fire", "fire.txt", "0")
    first = understand("《“十四五”国家消防工作规划》是以哪个机构的名义印发的？", [*corpus, plan])
    assert first.doc_ids == frozenset({"fire"}) and first.slot is Slot.ISSUE
    assert merge_follow_up(understand("中央企业也要落实吗？", [*corpus, plan]), first).slot is Slot.CONTENT


@pytest.mark.parametrize(("text", "total"), [("核定太原市童子寺遗址等178处不可移动文物为第五批省级文物保护单位", True),
                                             ("第六批市级文物保护单位(共9处)", True), ("保护范围为城墙外50米", False)])
def test_a_count_closing_a_list_is_a_total(text, total):
    assert bool(COUNTED_TOTAL.search(text)) is total


@pytest.mark.parametrize(("text", "units"), [
    ("蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。", ["蓝田县猿人遗址文管所"]),
    ("汪锋故居,由蓝田县汪锋故居纪念馆全面负责文物保护单位的安全管理工作。", ["蓝田县汪锋故居纪念馆"]),
    ("委托律师事务所代理诉讼。", []),
])
def test_an_institution_put_wholly_in_charge_is_the_unit(text, units):
    assert extract(text, None).units == units
