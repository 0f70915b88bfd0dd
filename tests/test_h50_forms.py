"""Forms met on real-dev's blind batches (h46d, h48d), each checked as the general rule it is an instance of:

* an autonomous county is named by its place and level (长白县 for 长白朝鲜族自治县): a place starting like a
  people's name (长白, not 白族) is no group of the county's name;
* a year heading a sentence (2025年:新增完成…,行政村治理率达90.55%) dates the goals it sets, and a figure asked for
  a year (2025年…治理率要达到多少？ / 那2026年呢？) is that year's, a rate asked (…率) a percentage;
* a 文号 has no red head run on before it (…办公厅文件石政发〔2018〕14号), and a date a page's table prints in
  digits (发文日期 2025-08-17) is a writing of the document's date;
* the size of a fund (资金规模有多大？) is answered by the sentence setting it up (由市财政出资2亿元设立).
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import number_line
from assistant.answering.measures import ASKS_SIZE, states_size
from assistant.answering.question import government_names, place_scope, understand
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.dates import written_dates
from assistant.corpus.facts import extract_targets
from assistant.corpus.metadata import normalise_number
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import autonomous_short_names
from assistant.lexicon.tokenizer import Tokenizer

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


@pytest.mark.parametrize(("county", "short"), [
    ("长白朝鲜族自治县", ("长白县", "长白")),
    ("大通回族土族自治县", ("大通县", "大通")),
    ("彭水苗族土家族自治县", ("彭水县", "彭水")),
    ("莫力达瓦达斡尔族自治旗", ("莫力达瓦旗", "莫力达瓦")),
    ("鄂温克族自治旗", ("鄂温克旗", "鄂温克")),
])
def test_an_autonomous_county_is_named_by_its_place(county, short):
    assert autonomous_short_names(county) == short


def test_a_question_naming_an_autonomous_county_short_is_asked_of_its_documents_alone(corpus):
    changbai = load_document(DEV / "h46d-changbai-2023-5-black-soil-protection-plan-part.txt", trusted=True)
    assert "长白县" in government_names(changbai)
    query = understand("长白县黑土地保护总体规划是哪次会议审议通过的？", [*corpus, changbai])
    assert place_scope(query, [*corpus, changbai]) == frozenset({changbai.doc_id})


_YEARLY = ("2025年:新增完成377个未治理自然村的治理(管控);累计完成977个行政村治理(管控),行政村治理率达90.55%。"
           "2026年:新增完成503个未治理自然村的治理(管控);累计完成1025个行政村治理(管控),行政村治理率达95%。")


def test_a_year_heading_a_sentence_dates_its_goals():
    years = {(t.value, t.year) for t in extract_targets(_YEARLY + "到2030年，覆盖率达到50%。")}
    assert {("90.55", 2025), ("977", 2025), ("95", 2026), ("1025", 2026), ("50", 2030)} <= years


def test_a_figure_asked_for_a_year_is_that_years_and_a_rate_a_percentage():
    clauses = parse_text("关于农村生活污水治理的方案\n一、工作目标\n（一）年度目标。" + _YEARLY, "plan", "plan.txt", "0").clauses
    clause = [c for c in clauses if "90.55" in c.text]
    tokenizer = Tokenizer()
    asked = "楚雄州2025年行政村农村生活污水治理率要达到多少？"
    assert "90.55%" in number_line(clause, asked, tokenizer, None)
    assert "95%" in number_line(clause, f"{asked} 那2026年呢？", tokenizer, None, own="那2026年呢？")
    assert "1025个" in number_line(clause, "2026年累计完成多少个行政村治理？", tokenizer, "个")


@pytest.mark.parametrize(("written", "number"), [
    ("府办公厅文件石政发〔2018〕14号", "石政发〔2018〕14号"),
    ("石家莊市人民政府辦公廳文件石政發〔2018〕14號", "石政發〔2018〕14號"),
    ("国发[2013]32号", "国发〔2013〕32号"),
])
def test_a_red_head_run_on_is_no_part_of_the_number(written, number):
    assert normalise_number(written) == number


def test_a_date_printed_in_digits_is_a_writing_of_the_documents_date():
    assert written_dates("發文日期 2025-08-17\n…\n二〇二五年八月十七日", "2025-08-17") == ["2025-08-17", "二〇二五年八月十七日"]
    assert written_dates("2025-08-18", "2025-08-17") == []


@pytest.mark.parametrize(("question", "asks"), [
    ("荣成市中小企业应急转贷资金规模有多大？", True),
    ("这个基金一共有多少钱？", True),
    ("企业最多能拿多少？", False),
])
def test_a_size_asked(question, asks):
    assert bool(ASKS_SIZE.search(question)) is asks


@pytest.mark.parametrize(("text", "states"), [
    ("应急转贷资金由市财政出资2亿元设立,委托市国有资本运营有限公司运作管理。", True),
    ("市财政每年安排1200万元专项资金。", True),
    ("本办法所称产业发展应急转贷资金,是指市财政出资设立,专项用于帮助中小微企业。", False),
])
def test_a_size_stated_is_an_amount_set_aside(text, states):
    assert states_size(text) is states


def test_an_article_of_a_text_named_in_the_askers_shortening_is_that_texts():
    from assistant.index.lookup import ArticleIndex

    rongcheng = load_document(DEV / "h48d-rongcheng-2023-11-sme-emergency-bridge-loan-fund-measures-part.txt", trusted=True)
    luzhou = load_document(DEV / "h48d-luzhou-2025-4-emergency-bridge-loan-fund-measures-part.txt", trusted=True)
    index = ArticleIndex([rongcheng, luzhou])
    found = index.find("荣成市应急转贷资金管理办法第一条说制定的目的之一是促进什么合作？")
    assert found is not None and found.document is rongcheng and "促进银企合作" in found.clause.text
    assert index.find("泸州市产业发展应急转贷资金办法第二条讲的是什么？").document is luzhou
    assert index.find("某某市人才引进管理办法第一条讲了什么？") is None  # no loaded text goes by that name


@pytest.mark.parametrize(("subject", "rank"), [("数字经济创新创业大赛一等", "一等"), ("省运会第三名", "第三名"), ("金奖", "金奖")])
def test_a_prize_rank_is_read_from_a_subject(subject, rank):
    from assistant.lexicon.figures import PRIZE_RANK

    assert PRIZE_RANK.search(subject).group(0) == rank


def test_a_time_given_to_an_act_is_a_time_of_the_text():
    from assistant.lexicon.time import TIME_TEXT

    text = "3个工作日办结企业开办,企业备案登记当日办结。15个工作日内完成合规性审核"
    assert TIME_TEXT.findall(text) == ["3个工作日", "当日", "15个工作日内"]
    assert TIME_TEXT.findall("当日的新闻") == []  # 当日 alone limits no act


@pytest.mark.parametrize(("question", "slot"), [
    ("那2020年总的工作目标是什么？", "content"),
    ("贵州省就业创业实施意见把哪两项作为宏观调控的重要指标？", "content"),
    ("黔府发〔2015〕29号要求把就业指标纳入什么规划？", "content"),
    ("到2025年目标是多少？", "number"),
    ("覆盖率要达到多少？", "number"),
])
def test_a_goal_asked_for_what_it_is_is_no_figure_asked(question, slot):
    from assistant.answering.intents import detect_intent, detect_slot

    assert detect_slot(question, detect_intent(question)).value == slot


def test_a_term_asked_is_answered_by_the_sentence_defining_it():
    from assistant.answering.direct import content_line

    document = parse_text("某县农村饮用水供水管理办法\n第三条 本办法所称农村饮用水,是指供农村居民的生活饮水和生活用水。"
                          "本办法所称农村饮用水供水工程,是指为解决农村居民饮用水而兴建的各类供水工程。", "water", "water.txt", "0")
    clause = [c for c in document.clauses if "所称" in c.text]
    line = content_line(clause, "某县农村饮用水供水管理办法所称的农村饮用水指什么？", Tokenizer())
    assert "生活饮水和生活用水" in line


def test_an_act_in_the_name_of_the_text_asked_is_no_act_asked():
    from assistant.answering.evidence import _NAMED_TEXT
    from assistant.lexicon.enterprise import ASKED_ACTS

    assert ASKED_ACTS.findall(_NAMED_TEXT.sub("", "按清水县农村饮用水供水管理办法，谁是农村饮用水安全的责任主体？")) == []
    assert ASKED_ACTS.findall(_NAMED_TEXT.sub("", "这笔资金由谁管理？")) == ["管理"]


@pytest.mark.parametrize(("line", "kept"), [
    ("澳门金沙城中心_欧洲杯足球网-【投注官网平台】2018年统计基础工作含第四次经济普查考核细则", "2018年统计基础工作含第四次经济普查考核细则"),
    ("日韩成人一区二区三区在线观看-丝袜美腿丝袜亚洲综合-久久人人爽人人爽久久小说-亚洲第一福利网站在线观看", ""),
    ("国产传媒在线,国产a一区二区,91精品视频一区二区,国产精品自拍视频", ""),
    ("关于加快精品旅游发展的通知", "关于加快精品旅游发展的通知"),  # one word of bait vocabulary is no bait
    ("首页 - 新闻 - 视频", "首页 - 新闻 - 视频"),
    ("序号|项目名称|补助标准", "序号|项目名称|补助标准"),
])
def test_search_bait_strung_above_a_title_is_page_furniture(line, kept):
    from assistant.corpus.cleaning import _without_bait

    assert _without_bait(line) == kept


def test_a_portals_table_flattened_into_bracketed_cells_is_read():
    document = parse_text(
        "[ 索引号 ] | /2024-00338 | [ 发文字号 ] | |\n[ 主题分类 ] | 其他 | [ 体裁分类 ] | 预案 |\n"
        "[ 发布机构 ] | 綦江区规划自然资源局 | ||\n[ 成文日期 ] | 2024-04-26 | [ 发布日期 ] | 2024-05-22 |\n"
        "重庆市綦江区2024年地质灾害防治方案\n为做好我区2024年度地质灾害防治工作,制定本方案。\n一、全区地质灾害概况\n我区现有隐患点214处。",
        "qijiang", "qijiang.txt", "0")
    assert (document.title, document.issuer, document.date) == ("重庆市綦江区2024年地质灾害防治方案", "綦江区规划自然资源局", "2024-04-26")
    assert document.government == "重庆市綦江区"


@pytest.mark.parametrize(("line", "title"), [
    ("2018年统计基础工作含第四次经济普查考核细则", True),
    ("2024年地质灾害防治方案", True),
    ("1、实施方案", False),
    ("2.扣分项需附扣分说明", False),
])
def test_a_title_may_open_with_its_year(line, title):
    from assistant.corpus.metadata import is_title

    assert is_title(line) is title


@pytest.mark.parametrize(("question", "text", "declined"), [
    ("每个示范街镇的补贴标准是多少？", "生活垃圾分类示范街镇84个,安排补贴10632万元。", True),
    ("每户能拿多少？", "对电代煤用户按投资额的85%给予补贴,最高补贴金额不超过7400元/户。", False),
    ("每户能拿多少？", "每户设备补贴7400元。", False),
    ("能拿多少？", "安排补贴10632万元。", False),  # no amount per unit asked
])
def test_an_amount_asked_per_unit_of_a_total_is_not_stated(question, text, declined):
    from assistant.answering.measures import per_unit_unstated

    assert (per_unit_unstated(question, text) is not None) is declined


def test_a_figure_asked_for_a_year_the_text_sets_no_goal_for_is_declined():
    from assistant.answering.evidence import _year_unset
    from assistant.answering.question import understand

    document = parse_text("泰州市打赢蓝天保卫战三年行动计划实施方案\n一、工作目标\n（二）具体目标。到2020年,PM2.5平均浓度比2015年下降20%以上,"
                          "空气质量优良天数比率达到72%以上。", "taizhou", "taizhou.txt", "0")
    clause = [c for c in document.clauses if c.targets]
    text = clause[0].text
    assert "2021年" in _year_unset(understand("那2021年的PM2.5目标是多少？", [document]), clause, text)
    assert _year_unset(understand("到2020年PM2.5要下降多少？", [document]), clause, text) is None


@pytest.mark.parametrize(("question", "kind"), [
    ("这个方案由哪个部门牵头组织实施？", "方案"), ("该办法从哪天起施行？", "办法"), ("这份文件是谁发的？", "文件"),
    ("方案里的第一项是什么？", None),
])
def test_a_document_pointed_at_by_its_kind(question, kind):
    from assistant.conversation import _POINTED_DOCUMENT

    found = _POINTED_DOCUMENT.search(question)
    assert (found.group(1) if found else None) == kind


def test_a_font_size_widget_is_no_label_of_the_line_below():
    document = parse_text(
        "五部门:联合实施中小微企业贷款贴息政策\n2026年01月20日 13:15 来源:中国新闻网\n[字号 ]\n"
        "中新网1月20日电 据财政部网站消息,1月19日,财政部等五部门联合发布《关于实施中小微企业贷款贴息政策的通知》,通知如下:\n"
        "关于实施中小微企业贷款贴息政策的通知\n财金〔2026〕4号\n各省财政厅:\n现就有关事项通知如下:\n一、政策内容\n（一）适用对象。",
        "caijin", "caijin.txt", "0")
    assert "财政部等五部门联合发布" in "".join(c.text for c in document.clauses)


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("市、县(含顺城区,下同)矿产资源管理部门(以下简称矿管部门)是同级人民政府对本行政区域内矿产资源勘查、开发利用和保护进行"
     "监督管理的行政主管部门。\n有关行政管理部门、矿业主管部门应协助矿管部门搞好矿产资源的监督管理工作。",
     "市、县矿产资源管理部门", ["有关行政管理部门", "矿业主管部门"]),
    ("区商务局、区财政局配合区发改局做好相关工作。", "区发改局", ["区商务局", "区财政局"]),
])
def test_bodies_made_to_help_another_support_it(text, lead, supporting):
    from assistant.corpus import responsibility

    found = responsibility.extract(text, None, None)
    assert lead in found.lead and found.supporting == supporting
