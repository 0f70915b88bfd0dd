"""Governments and their places: the level of an issuer and the provincial divisions.

A document's government decides where it applies and which questions it answers, so
levels are a closed vocabulary (`Level`) rather than bare strings scattered in the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import islice
from pathlib import Path

import opencc
from opencc import OpenCC


class Level(StrEnum):
    """Which government issued a document (a str, so it stores and compares as its value)."""

    NATIONAL = "国家"
    PROVINCE = "省"
    CITY = "市"
    COUNTY = "区县"  # districts, counties, county-level cities and their departments
    OTHER = "其他"


#: The 34 provincial-level divisions by their short names.
PROVINCES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
MUNICIPALITIES: tuple[str, ...] = ("北京", "天津", "上海", "重庆")
#: What follows a province's short name in its full name (浙江省, 广西壮族自治区 …).
PROVINCE_SUFFIXES: tuple[str, ...] = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市")

#: The ethnic groups an autonomous county or banner is named after (大通回族土族自治县, 鄂温克族自治旗): what a
#: place's short name leaves out (大通县, 鄂温克旗).
ETHNIC_GROUPS: tuple[str, ...] = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
    "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
)
_ETHNIC = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
#: An autonomous county or banner by its full name: the place, the groups it is named after, each with its 族,
#: 自治县/旗 (group names prefixed, as the pattern is set inside others). The 族 is what keeps a place starting
#: like a group out of the groups: 长白 of 长白朝鲜族自治县 is no 白族.
AUTONOMOUS_COUNTY = rf"(?P<a_place>[\u4e00-\u9fff]{{0,6}}?)(?P<a_groups>(?:(?:{_ETHNIC})族)+)自治(?P<a_level>[县旗])"


def autonomous_short_names(county: str) -> tuple[str, ...]:
    """How people name an autonomous county or banner: 大通县 and 大通 for 大通回族土族自治县, 鄂温克旗 and
    鄂温克 for 鄂温克族自治旗 (a banner named after its people keeps that name); () for any other place."""
    m = re.fullmatch(AUTONOMOUS_COUNTY, county)
    if m is None:
        return ()
    place = m.group("a_place") or re.match(rf"(?:{_ETHNIC})", m.group("a_groups")).group(0)
    return (place + m.group("a_level"), place) if len(place) >= 2 else (place + m.group("a_level"),)


#: Issuers whose name starts like this are the central government.
NATIONAL_ISSUER_PREFIXES: tuple[str, ...] = (
    "国务院", "中共中央", "全国", "国家", "中央", "中华人民共和国", "最高人民法院", "最高人民检察院",
)
#: Words that place a question at the national level (国家 only where it means the state's documents).
NATIONAL_SCOPE_RE = re.compile(
    # 全国 heading a title granted nationally (全国重点实验室, 全国文明城市, 全国先进集体) is the title, no scope
    # 中央 in a place's name (原中央苏区, 中央商务区) is the place, and 中央企业 a kind of enterprise: no scope
    r"国务院|国发|中央(?!苏区|商务区|企业)|全国(?!重点|文明|先进|示范|百强|优秀|劳动模范|劳模|质量奖|五一|十佳|工人先锋)|国家(?=和|与|跟|层面|文件|附件|的|对|要求|规定|提出|计划|打算|里|那边|怎么|有|准备|定|在|搞|推)"
)
#: Words that place a question at the provincial level.
PROVINCIAL_SCOPE_RE = re.compile(r"省里|省级|省政府|本省")
#: a province spoken of by its level alone (省里的呢？, 省的文件, 省层面): as PROVINCIAL_SCOPE_RE, and 省 before 的/层面/那边
_PROVINCE_SPOKEN = re.compile(rf"{PROVINCIAL_SCOPE_RE.pattern}|(?<![\u4e00-\u9fff])省(?=的|层面|那边|这边)")


def spoken_level(text: str) -> Level | None:
    """The level of government a turn names alone, as whose text it asks for (国家层面的呢？, 国务院层面的依据,
    省里那份文件): NATIONAL or PROVINCE; None where it names neither or both."""
    national, provincial = NATIONAL_SCOPE_RE.search(text), _PROVINCE_SPOKEN.search(text)
    if bool(national) == bool(provincial):
        return None
    return Level.NATIONAL if national else Level.PROVINCE


def issuing_level(name: str) -> Level | None:
    """The level of government a text's name opens with as its issuer (国务院办公厅关于…: NATIONAL; 贵州省人民政府…,
    省政府办公厅关于…: PROVINCE), None where it opens with neither."""
    if name.startswith(NATIONAL_ISSUER_PREFIXES):
        return Level.NATIONAL
    if name.startswith(("省", *PROVINCES)):
        return Level.PROVINCE
    return None


#: Ways people say "national, any region" about themselves or a policy.
NATIONAL_WORDS: tuple[str, ...] = ("全国", "国务院", "中央", "国家级", Level.NATIONAL.value)
#: Words naming the government level a measure or an honour is granted at (国家级专精特新, 省长质量奖,
#: 中国质量奖, 绍兴市级首版次软件) and the level each stands for.
MEASURE_LEVELS: dict[str, str] = {
    "国家级": "国家级", "国家": "国家级", "全国": "国家级", "中国": "国家级",
    "省级": "省级", "省长": "省级", "省": "省级", "市级": "市级", "县级": "县级", "区级": "区级",
}


def province_of(name: str) -> str | None:
    """浙江省 / 浙江 / 广西壮族自治区 → the short name; None when `name` is no province."""
    name = name.strip()
    if name in PROVINCES:
        return name
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in PROVINCES:
            return name[: -len(suffix)]
    return None


#: Prefecture-level divisions of each province by short name (市 / 州 / 盟 / 地区 dropped), so a
#: city document finds its province and a district names its city. Counties and districts are
#: too many to list: they are recognised by shape (XX区 / XX县 / a 市 that is no prefecture).
PREFECTURES: dict[str, tuple[str, ...]] = {
    province: tuple(names.split())
    for province, names in {
        "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
        "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
        "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善",
        "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
        "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城 延边",
        "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭",
        "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
        "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
        "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
        "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
        "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
        "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
        "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
        "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架",
        "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西",
        "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
        "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
        "海南": "海口 三亚 三沙 儋州",
        "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山",
        "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南",
        "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆",
        "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲 阿里",
        "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
        "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南",
        "青海": "西宁 海东 海北 黄南 海南 果洛 玉树 海西",
        "宁夏": "银川 石嘴山 吴忠 固原 中卫",
        "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰",
    }.items()
}
#: Short city name → its province (海南 the prefecture of 青海 is left out: it is a province first).
CITY_PROVINCE: dict[str, str] = {
    city: province for province, cities in PREFECTURES.items() for city in cities if city not in PROVINCES
}


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


#: variant forms OpenCC's t2s table leaves as they are (陜西 of 陜政辦發, a variant of 陝)
_VARIANTS = str.maketrans({"陜": "陕"})


def to_simplified(text: str) -> str:
    """東莞市人民政府 → 东莞市人民政府: facts and places are kept in simplified script, so a
    question typed in simplified script matches a document published in traditional script."""
    return _converter().convert(text).translate(_VARIANTS)


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters OpenCC's own table converts to a different simplified character."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text("utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and source not in targets.split():
            chars.add(source)
    return frozenset(chars)


def is_traditional(text: str) -> bool:
    """Enough characters are traditional-only (a simplified text has next to none): a fast
    check, so a corpus of simplified documents never pays for a conversion."""
    sample = re.sub(r"[^\u4e00-\u9fff]", "", text)[:5000]
    traditional = _traditional_only()
    return sum(ch in traditional for ch in sample) >= max(3, len(sample) // 50)


@lru_cache(maxsize=1 << 16)  # a clause is read so for every follow-up that matches a subject against it
def as_simplified(text: str) -> str:
    """The text in simplified script, as questions are asked (廣州 → 广州); converted only when it reads as
    traditional, so a simplified text is returned as it is, untouched by OpenCC's phrase table."""
    return to_simplified(text) if is_traditional(text) else text


def simplified_name(name: str) -> str:
    """A short name (an issuer, a place) in simplified script: converted when it holds a character only traditional
    script writes (東莞市 → 东莞市), else kept as it is — 乾县 is a county's own name, which OpenCC's table would
    turn into 干县 (乾 is also the traditional form of 干)."""
    return to_simplified(name) if any(ch in _traditional_only() for ch in name) else name


#: Full names of the provincial divisions that are not 省.
_PROVINCE_FULL = {
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "香港": "香港特别行政区", "澳门": "澳门特别行政区",
    **{m: f"{m}市" for m in MUNICIPALITIES},
}
_PROVINCE_ALT = "|".join(sorted(PROVINCES, key=len, reverse=True))
_CITY_ALT = "|".join(sorted({c for cs in PREFECTURES.values() for c in cs}, key=len, reverse=True))
_PROVINCE_PART = re.compile(rf"(?P<p>{_PROVINCE_ALT})(?:{'|'.join(PROVINCE_SUFFIXES)})?")
_CITY_PART = re.compile(rf"(?P<c>{_CITY_ALT})(?:土家族苗族自治州|[\u4e00-\u9fff]{{0,6}}?自治州|市|州|盟|地区)")
#: A district, county, banner or county-level city: a short name and its level word, followed by
#: what a government or its party committee is called (柳河县人民政府, 中共柳河县委, 南山区科技局).
#: words ending in 区 that name no place: 自治(区) before its name, 行政区(划/域), and (closing the name) the army's
#: regional commands (开封军分区, 南京军区, 广州警备区, 北京卫戍区), which issue texts jointly with a city's government
_NO_PLACE = "(?!自治|行政区)"
_NO_COMMAND = "(?<!军分区)(?<!军区)(?<!警备区)(?<!卫戍区)"
_COUNTY_PART = re.compile(rf"{_NO_PLACE}(?P<k>{AUTONOMOUS_COUNTY}|[\u4e00-\u9fff]{{1,5}}?(?:新区|区|县|旗|市)){_NO_COMMAND}(?=人民政府|政府|委|[\u4e00-\u9fff]{{0,12}}?(?:局|委|办|厅|中心)|$|[^\u4e00-\u9fff])")

_COUNTY_TITLE = re.compile(rf"{_NO_PLACE}(?P<k>[\u4e00-\u9fff]{{2,4}}?(?:新区|区|县|旗)){_NO_COMMAND}")
#: A province or prefecture city by its short name, with its level word where one is written
#: (广安, 吉林省, 德阳市): what a question puts before a county or area it names (广安水淹区).
HIGHER_PLACE = re.compile(
    "(?:{})(?:{}|州|盟|地区)?".format(
        "|".join(sorted({*PROVINCES, *(c for cs in PREFECTURES.values() for c in cs)}, key=len, reverse=True)),
        "|".join(PROVINCE_SUFFIXES),
    )
)


#: a kind of area opening a list of places, not the name of one: 保护区、姑苏区 is 姑苏区's (the 保护区 it
#: shares its government with is named by its kind alone)
_AREA_KIND_FIRST = re.compile(r"^(?:保护区|示范区|功能区|片区|景区|城区|市区|园区|开发区|新区)[、，,和与及](?=[\u4e00-\u9fff]{2,4}?(?:区|县|旗))")
#: a prefecture city's short name at the start of an area's name (合肥高新区, 苏州工业园区)
_CITY_SHORT = re.compile("|".join(sorted(CITY_PROVINCE, key=len, reverse=True)))
#: what an area named after its city is called (合肥·高新区, 苏州·工业园区, 西安·经开区); a bare 区 or
#: 县 after a city's name is a county of its own (北京's 朝阳区 is no part of 朝阳市)
AREA = re.compile(r"[\u4e00-\u9fff]{0,6}(?:新区|开发区|经开区|园区|保税区|自贸区|试验区)")
_LEADING_YEAR = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:度)?")

#: The one-character names of the provinces, as the 文号 of a provincial government or its general
#: office starts with them (鲁政办字, 晋政发, 黔府办发, 内政发): the character and the organ's
#: character after it (政 or 府). 宁 (宁夏, 南京) and 青 (青海, 青岛) are left out: cities share them (宁 is read
#: for an autonomous region's government: `NUMBER_AUTONOMOUS`).
NUMBER_PROVINCES: dict[str, str] = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "晋": "山西", "内": "内蒙古",
    "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建",
    "赣": "江西", "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西",
    "琼": "海南", "川": "四川", "黔": "贵州", "云": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃",
    "新": "新疆",
}
#: 国发, 国办发, 国办函: the State Council's 文号
#: Organ codes only the state's bodies write at a 文号's start: the State Council's (国发, 国办函), every
#: 国家…局's and commission's (国知发, 国卫办, 国科发), the Party centre's (中发), and the ministries' own
#: (财建, 人社厅函, 发改价格, 工信部, 农办垦, 农检疫发, 商建规函, 教基厅函, 民发, 建城, 交公路, 水农, 文旅, 环发,
#: 税委会). A place's codes start with its own one-character name (鲁政办, 闽发改, 深人社); those that
#: share a character with a ministry's code (商丘 商政, 建瓯 建政, 民勤 民政) go on with 政 or 府.
_NATIONAL_NUMBER = re.compile(
    r"^(?:国|中(?:发|办)|财(?!政)|人社(?:部|厅)|发改|工信(?:部|厅)|农(?:办|发|业|检疫|经|财|科|市|机|计|垦|医|渔|牧|产|质|法)"
    r"|商(?![政府])|教(?![政府])|民(?:发|函|办)|建(?![政府])|交(?:运|公路|水|规划|办|通|科|财)|水(?:利|农|建|资源|办|总)"
    r"|文旅|环(?:发|办|函)|税委会)"
)


#: 宁 of an autonomous region's 文号 (宁政办发 under 自治区人民政府办公厅): of the autonomous regions only 宁夏's
NUMBER_AUTONOMOUS: dict[str, str] = {"宁": "宁夏"}


def government_of_number(number: str | None, autonomous: bool = False) -> Government:
    """The government a 文号 names by its organ code: 国发/国办发 or a ministry's 财建 / 人社厅函 the state's
    (`_NATIONAL_NUMBER`), 鲁政办字 or 黔府办发 a province's (its one-character name and the government's
    政/府); other codes (东府, 温鹿政发) name no government this way. `autonomous`: the issuer is an autonomous
    region's government (自治区人民政府办公厅), whose 宁 is 宁夏's (`NUMBER_AUTONOMOUS`)."""
    code = re.sub(r"\s+", "", number or "")
    if _NATIONAL_NUMBER.match(code):
        return Government(Level.NATIONAL)
    provinces = {**NUMBER_PROVINCES, **NUMBER_AUTONOMOUS} if autonomous else NUMBER_PROVINCES
    if len(code) > 2 and code[0] in provinces and code[1] in "政府":
        province = provinces[code[0]]
        return Government(Level.PROVINCE, province, province if province in MUNICIPALITIES else None)
    return Government(Level.OTHER)


@dataclass(frozen=True)
class Government:
    """The government a document belongs to: its place names from the province down."""

    level: Level
    province: str | None = None  # short name: 广东
    city: str | None = None  # short name: 深圳
    county: str | None = None  # full name: 南山区

    @property
    def name(self) -> str | None:
        """广东省深圳市南山区; 北京市大兴区; None for the state."""
        parts = []
        if self.province:
            parts.append(_PROVINCE_FULL.get(self.province, f"{self.province}省"))
        if self.city and self.city != self.province:
            parts.append(f"{self.city}市")
        if self.county:
            parts.append(self.county)
        return "".join(parts) or None

    @property
    def region(self) -> str | None:
        """The narrowest place by its short name, as citations and filters name it."""
        return self.county or self.city or self.province


def government_of(name: str | None, title: bool = False) -> Government:
    """The government an issuer (or a title that starts with its place) belongs to.

    Provinces and prefecture cities come from the lexicon; a district, county or county-level
    city is recognised by shape (XX区 / XX县 / a 市 that is no prefecture) and placed under the
    city and province named before it. With `title`, `name` is a document title that may start
    with its place (上思县统筹整合使用…办法), so any text may follow a county.
    """
    if not name:
        return Government(Level.OTHER)
    text = re.sub(r"\s+", "", simplified_name(name)).removeprefix("中共")
    if title:  # 2017年合肥高新区支持…: a title may open with the year it is for
        text = _LEADING_YEAR.sub("", text)
    text = _AREA_KIND_FIRST.sub("", text)
    if text.startswith(NATIONAL_ISSUER_PREFIXES):
        return Government(Level.NATIONAL)
    province = city = county = None
    if m := _PROVINCE_PART.match(text):
        suffix = m.group(0)[len(m.group("p")):]
        if suffix or m.group("p") not in CITY_PROVINCE:
            province, text = m.group("p"), text[m.end():].removeprefix("中共")
            if province in MUNICIPALITIES:
                city = province
    if m := _CITY_PART.match(text):
        city, text = m.group("c"), text[m.end():].removeprefix("中共")
        if text.startswith("委") and (again := _CITY_PART.match(text, 1)) and again.group("c") == city:
            text = text[again.end():]  # 中共哈尔滨市委哈尔滨市人民政府: the city's party committee and government
        province = province or CITY_PROVINCE.get(city)
    if m := (_COUNTY_TITLE if title else _COUNTY_PART).match(text):
        if not (m.group("k").endswith("市") and m.group("k")[:-1] in CITY_PROVINCE):
            county = m.group("k")
    if county and not city and (m := _CITY_SHORT.match(county)) and AREA.fullmatch(county[m.end():]):
        # 合肥高新区, 苏州工业园区: an area named after its city, the city's short name without 市
        city = m.group(0)
        province = province or CITY_PROVINCE.get(city)
    level = Level.COUNTY if county else Level.CITY if city and city != province else Level.PROVINCE if province else Level.OTHER
    return Government(level, province, city, county)


#: places listed by their bare names and closed by their kind (在余关、乍岖、赵店、七里坪等乡镇设有固定作业点,
#: 北京、上海、重庆五个地区): the list names places though no name bears a 县/镇 suffix
_PLACES_LISTED = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}(?:等|共|这|[一二三四五六七八九十\d]+)?"
    r"[一二三四五六七八九十\d]*个?(?:乡镇|乡|镇|县区|区县|县市|县|区|市|街道|社区|村|地区|城市|省份|省市|地市)"
)


def lists_places(text: str) -> bool:
    """Whether the text lists places by name and kind (see `_PLACES_LISTED`)."""
    return bool(_PLACES_LISTED.search(text))


def places_named(text: str) -> list[Government]:
    """Every province (浙江省, 浙江) and prefecture city (广州市) a text names, as governments, in order."""
    found = [(m.start(), government_of(m.group(0))) for rx in (_PROVINCE_PART, _CITY_PART) for m in rx.finditer(text)]
    return [g for _, g in sorted(found, key=lambda pair: pair[0]) if g.level != Level.OTHER]


def _city_before(text: str, end: int) -> str | None:
    """The prefecture city whose name ends with the 市 at `end` (研究武汉市… names 武汉), by its two to four characters."""
    for size in (2, 3, 4):
        found = government_of(text[end - size:end + 1]) if end >= size else None
        if found is not None and found.level == Level.CITY and found.city:
            return found.city
    return None


def placed_in_text(government: Government, text: str) -> Government:
    """A county government whose city the issuer and title leave out (大兴区), placed by the text
    where it names the county after its city or province (北京市大兴区新兴产业促进服务中心); a city's
    government named without its city (市人民政府关于公布第五批市级文物保护单位的通知), by the one prefecture city
    the text names (武汉市第五批市级文物保护单位名单, 武汉市人民政府微信公众号)."""
    if government.level == Level.CITY and not government.city:
        cities = {city for m in islice(re.finditer("市", text), 200) if (city := _city_before(text, m.start()))}
        return government_of(f"{cities.pop()}市") if len(cities) == 1 else government
    if not government.county or government.city:
        return government
    county = government.county
    for m in islice(re.finditer(re.escape(county), text), 50):  # the first mentions are enough
        for start in range(max(0, m.start() - 12), m.start()):
            found = government_of(text[start:m.end()])
            if found.county == county and found.city:
                return found
    return government
