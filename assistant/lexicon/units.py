"""Names of government bodies: one canonical spelling per body.

Documents and users name the same body many ways (工信部, 工业和信息化部, 国家发改委 …).
Facts are stored under the canonical name and questions are mapped to it, so
"工信部牵头哪些任务" finds rows that say 工业和信息化部. The lexicon also lets the
annex parser tell where a run-together department column starts.

National bodies are listed by name; provincial and city bodies (省经信委, 杭州市政府,
浙江证监局 …) are too many to list and are recognised by pattern instead. Bodies a question names
by what they do (管土地的部门) or as a branch (央行在杭州的分支机构) are resolved against the units
the loaded documents name (lexicon.unit_fields, which reads a unit's field from its name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from assistant.lexicon.regions import CITY_PROVINCE, PROVINCES

#: State Council bodies by the short official names 2013-era documents use, plus later names.
NATIONAL_UNITS: tuple[str, ...] = (
    # leadership and general offices
    "国务院", "国务院办公厅", "中央编办", "中央网信办", "国家互联网信息办公室", "国务院研究室",
    "国务院法制办", "法制办", "国务院新闻办", "国务院扶贫办", "国务院侨办", "国务院港澳办",
    # ministries and commissions
    "外交部", "国防部", "发展改革委", "教育部", "科技部", "工业和信息化部", "国家民委", "公安部",
    "安全部", "国家安全部", "监察部", "民政部", "司法部", "财政部", "人力资源社会保障部",
    "国土资源部", "自然资源部", "环境保护部", "生态环境部", "住房城乡建设部", "交通运输部",
    "铁道部", "交通部", "水利部", "农业部", "农业农村部", "商务部", "文化部", "文化和旅游部",
    "卫生计生委", "卫生部", "卫生健康委", "人口计生委", "人民银行", "审计署", "退役军人部",
    "应急管理部", "国资委", "海关总署", "税务总局", "工商总局", "质检总局", "市场监管总局",
    "新闻出版广电总局", "广电总局", "新闻出版总署", "体育总局", "安全监管总局", "食品药品监管总局",
    "统计局", "林业局", "知识产权局", "旅游局", "宗教局", "参事室", "机关事务局", "国管局",
    "法制办公室", "侨办", "港澳办", "新闻办", "研究室",
    # bureaus under ministries and other bodies
    "信访局", "粮食局", "能源局", "国防科工局", "烟草局", "外专局", "公务员局", "海洋局",
    "测绘地信局", "测绘局", "铁路局", "民航局", "邮政局", "文物局", "中医药局", "外汇局",
    "煤矿安监局", "密码局", "保密局", "档案局", "医保局", "药监局", "移民局", "数据局",
    "证监会", "银监会", "保监会", "银保监会", "金融监管总局", "电监会", "社保基金会",
    "开发银行", "国家开发银行", "进出口银行", "农业发展银行", "中科院", "社科院", "工程院",
    "气象局", "地震局", "国家标准委", "认监委", "总参谋部", "总装备部", "共青团中央",
    "全国总工会", "全国妇联", "中国残联", "中国科协", "中央宣传部", "中央组织部", "最高人民法院",
    "最高人民检察院", "中国铁路总公司",
    # bodies of earlier State Councils, as documents of their time name them
    "环保总局", "建设部", "西部开发办", "振兴东北办", "国家计委", "国家经贸委",
)

#: Everyday, older or full names → the canonical short name in NATIONAL_UNITS.
NATIONAL_ALIASES: dict[str, str] = {
    "工信部": "工业和信息化部", "工业与信息化部": "工业和信息化部", "国家工信部": "工业和信息化部",
    "发改委": "发展改革委", "国家发改委": "发展改革委", "国家发展改革委": "发展改革委",
    "国家发展和改革委员会": "发展改革委", "发展和改革委员会": "发展改革委",
    "央行": "人民银行", "人行": "人民银行", "中国人民银行": "人民银行",
    "中国地震局": "地震局", "中国气象局": "气象局", "中国民用航空局": "民航局", "中国民航局": "民航局",
    "外管局": "外汇局", "国家外汇管理局": "外汇局", "外汇管理局": "外汇局",
    "网信办": "国家互联网信息办公室", "国家网信办": "国家互联网信息办公室",
    "广电总局": "新闻出版广电总局", "国家新闻出版广电总局": "新闻出版广电总局",
    "工商局": "工商总局", "国家工商总局": "工商总局", "国家工商行政管理总局": "工商总局",
    "质监局": "质检总局", "国家质检总局": "质检总局",
    "国家质量监督检验检疫总局": "质检总局",
    "人社部": "人力资源社会保障部", "人力资源和社会保障部": "人力资源社会保障部",
    "卫计委": "卫生计生委", "国家卫生计生委": "卫生计生委", "国家卫生和计划生育委员会": "卫生计生委",
    "国家卫健委": "卫生健康委", "卫健委": "卫生健康委",
    "中国证监会": "证监会", "中国银监会": "银监会", "中国保监会": "保监会",
    "海关": "海关总署", "国税总局": "税务总局", "国家税务总局": "税务总局",
    "住建部": "住房城乡建设部", "住房和城乡建设部": "住房城乡建设部",
    "环保部": "环境保护部", "国土部": "国土资源部",
    "科学技术部": "科技部", "国家统计局": "统计局", "国家知识产权局": "知识产权局",
    "国家邮政局": "邮政局", "国家能源局": "能源局", "国家国防科工局": "国防科工局",
    "国家中医药管理局": "中医药局", "国家密码管理局": "密码局", "国家保密局": "保密局",
    "食药监总局": "食品药品监管总局", "国家食品药品监督管理总局": "食品药品监管总局",
    "国资委": "国资委", "国务院国资委": "国资委", "中编办": "中央编办",
    "国家开发银行": "开发银行", "国开行": "开发银行", "国家安全部": "安全部",
    "国家环保总局": "环保总局", "国家环境保护总局": "环保总局", "国务院西部开发办": "西部开发办",
    "国务院法制办": "法制办", "国务院法制办公室": "法制办", "国家旅游局": "旅游局",
}

#: Bodies named collectively; kept as one unit although they contain 、.
COLLECTIVE_UNITS: tuple[str, ...] = (
    "各省、自治区、直辖市人民政府", "各省、自治区、直辖市", "各市、县（市、区）政府",
    "各市、县(市、区)政府", "各市、县（市、区）人民政府", "各市、县(市、区)人民政府",
    "各级人民政府", "各地人民政府", "各地政府", "各有关部门", "有关地方政府", "各有关政府",
    "各市政府", "各县政府", "各高新区管委会", "国务院有关部门",
)

#: Words that join names in a department column but name no body themselves.
FILLERS: tuple[str, ...] = ("会同", "等有关部门", "有关部门", "等部门", "部门", "等", "牵头", "配合", "参与")

SEPARATORS = "、，,；;　 \t\n"

#: A few everyday provincial names → the short form documents use (省发展改革委 → 省发改委).
PROVINCIAL_ALIASES: dict[str, str] = {
    "发展改革委": "发改委", "发展和改革委员会": "发改委", "经济和信息化委员会": "经信委",
    "经信厅": "经信厅", "人力资源社会保障厅": "人力社保厅", "人力资源和社会保障厅": "人力社保厅",
    "外管局": "外汇管理局", "住房城乡建设厅": "建设厅", "住建厅": "建设厅", "卫计委": "卫生计生委",
    "广电局": "新闻出版广电局", "环境保护厅": "环保厅",
}


_PROVINCE = "|".join(sorted(PROVINCES, key=len, reverse=True))
#: prefecture cities named in three characters or more (驻马店, 石家庄, 乌鲁木齐): read whole before 市, not their last two
_LONG_CITY = "|".join(sorted((c for c in CITY_PROVINCE if len(c) >= 3), key=len, reverse=True))
#: (总部: headquarters, 部署: deploy, 部分: part, 办法: a measure, 办理: handling; no body)
_SUFFIX = r"(?:委员会|办公室|管委会|领导小组办公室|委|厅|局|办(?![法理])|政府|(?<!总)部(?![署分])|公司|集团|总队)"
#: Provincial / city bodies recognised by shape: 省经信委, 浙江省发改委, 杭州市政府, 宁波海关 …
LOCAL_UNIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:(?:{_PROVINCE})(?:省|市|自治区))?省[\u4e00-\u9fff]{{1,12}}?{_SUFFIX}"),
    re.compile(rf"(?:{_PROVINCE})(?:省|市|自治区)?(?:人民政府办公厅|人民政府|政府)"),
    re.compile(rf"(?<![\u4e00-\u9fff]{{2}}省)(?:{_LONG_CITY}|[\u4e00-\u9fff]{{2}})市(?:人民政府|政府|[\u4e00-\u9fff]{{1,8}}?{_SUFFIX})"),
    # a central institution's local branch: 人民银行济南分行, 人行杭州中心支行, 国家外汇管理局山东省分局
    re.compile(r"(?:中国人民银行|人民银行|人行)[\u4e00-\u9fff]{2,5}?(?:中心支行|分行|支行|营业管理部)"),
    re.compile(r"(?:国家)?外汇管理局[\u4e00-\u9fff]{2,5}?(?:分局|中心支局|支局)"),
    re.compile(rf"(?:{_PROVINCE}|[\u4e00-\u9fff]{{2}})(?:证监局|银监局|保监局|海关|国税局|地税局)"),
    re.compile(r"国家统计局[\u4e00-\u9fff]{2}调查总队"),
)

#: What local departments are called between their place and their suffix, at every level
#: (区科技局, 县商务局, 市场监管局, 市人力资源社会保障局 …): the general vocabulary of local
#: government, not one document's list.
DEPARTMENT_STEMS: tuple[str, ...] = (
    "科技", "科学技术", "商务", "财政", "发改", "发展改革", "发展和改革", "经信", "经济和信息化", "工信",
    "工业和信息化", "人力资源社会保障", "人力资源和社会保障", "人社", "医保", "医疗保障", "税务",
    "市场监管", "市场监督管理", "住建", "住房城乡建设", "住房和城乡建设", "城乡建设", "住房保障",
    "自然资源", "规划和自然资源", "规划", "国土", "国土资源", "生态环境", "环保", "环境保护", "水务",
    "水利", "农业农村", "农业", "林业", "农林", "交通运输", "交通", "教育", "教体", "卫生健康", "卫健",
    "卫生计生", "民政", "司法", "公安", "文化和旅游", "文旅", "文广旅体", "文化广电旅游", "统计",
    "审计", "应急管理", "应急", "退役军人事务", "金融", "金融工作", "地方金融监管", "投资促进", "投促",
    "招商", "政务服务", "政务服务数据管理", "数据资源", "大数据", "国资", "城管", "城市管理", "体育",
    "审改", "行政审批", "外事", "信访", "人防", "粮食", "能源", "气象", "档案", "机关事务", "供销",
    "经济发展", "经发", "营商环境", "安监", "食药监", "质监", "工商", "物价", "旅游", "经济和信息化",
    "科技和工业信息化", "商务和投资促进", "工业和信息化", "人力社保", "残疾人联合", "招商投资",
)
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "管理委员会", "委员会", "办公室", "服务中心", "中心", "分局", "局", "委", "办", "厅",
)
#: Bodies that are not "stem + suffix": people's organisations, zone committees and old bodies known by a short
#: name (经委, 计委, 农委, 经贸委, 地税局: 经, 农 and 经济 are no stems — 经办, 为农服务中心, 区域经济中心 name no body).
_ORGANISATIONS = r"(?:经委|计委|农委|农办|经贸委|国税局|地税局|残联|妇联|总工会|科协|团委|工商联|[\u4e00-\u9fff]{0,6}(?:开发区|高新区|园区|新区|经开区|保税区|示范区|社区)管委会)"
_STEM = "|".join(sorted(DEPARTMENT_STEMS, key=len, reverse=True))
_DEPT_SUFFIX = "|".join(DEPARTMENT_SUFFIXES)
#: A place: a province, or a 2–4 character name ending in a level word (深圳市, 南山区, 嵊州市, 柳河县),
#: or the Production and Construction Corps, which governs as a province does (兵团工信委, 新疆生产建设兵团财务局).
#: No place ends in the verb 经 before its level word (项目经市发改委审核: 项目经市 is no city).
_PLACE = rf"(?:(?:{_PROVINCE})(?:省|自治区|市)?|[\u4e00-\u9fff]{{2,4}}?(?<!经)(?:市|区|县|旗|州|盟)|(?:新疆生产建设)?兵团)"
#: 区科技局, 市场监管局, 深圳市南山区商务局, 县残联, 开发区管委会: an optional place, then a level word
#: (省/市/区/县 …, as local documents name their own government's departments), then a known stem.
DEPARTMENT_RE = re.compile(
    rf"(?:{_PLACE}){{0,3}}(?:[省市区县旗镇])?(?:(?:{_STEM})(?:{_DEPT_SUFFIX})|{_ORGANISATIONS})"
)
#: A government named by its level alone, as its own documents do: 区政府, 县人民政府办公室. Text is
#: scanned with this bare form, so a place before it (和杭州市政府) is never swallowed into the name.
LEVEL_GOVERNMENT_RE = re.compile(r"[省市区县旗镇乡](?:人民)?政府(?:办公厅|办公室)?")
#: The same with its place, for a name already cut out (南山区政府).
_PLACED_GOVERNMENT_RE = re.compile(rf"(?:{_PLACE}){{0,3}}{LEVEL_GOVERNMENT_RE.pattern}|(?:{_PLACE}){{1,3}}(?:人民)?政府(?:办公厅|办公室)?")
#: The same shape with any short stem, for a slot already known to hold a body (a 责任单位 list,
#: a clause opening with 由…负责): 区产促中心, 市招商投资中心, and a level's state-owned company or group
#: named among departments (区国投公司, 市城投集团).
GENERIC_DEPARTMENT_RE = re.compile(
    rf"(?:(?:{_PLACE}){{1,3}}|(?:{_PLACE}){{0,3}}[省市区县旗镇])[\u4e00-\u9fff]{{1,10}}?(?:{_DEPT_SUFFIX}|人民政府|政府|公司|集团)"
)
#: A township's or street's own offices of a department (司法所 承担社区矫正日常工作, 乡镇财政所, 城关镇派出所): bodies
#: by their own name, though no 局/委/厅 ends it; never a 所 of any kind (研究所, 事务所, 场所 are none).
GRASSROOTS_OFFICE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)|乡镇|乡（镇）|乡\(镇\)|各)?"
    r"(?:司法所|派出所|财政所|国土资源所|国土所|供电所|税务所|市场监管所|林业站|农技站|兽医站|卫生院)"
)
#: A leading group set up for one task, or its office, which documents make responsible like a
#: department (市行政审批制度改革工作领导小组办公室牵头, 领导小组负责统筹…): a place or level word, then
#: the task, or the bare name a document uses once it has set the group up.
LEADING_GROUP_RE = re.compile(
    rf"(?:(?:{_PLACE}){{1,3}}|(?:{_PLACE}){{0,3}}[省市区县旗镇乡])[\u4e00-\u9fff]{{0,20}}?领导小组(?:办公室)?|(?:工作)?领导小组(?:办公室)?"
)
#: A level's public purse named as the payer in running text (由县财政补助给企业, 由区财政进行一次性
#:奖励): the government's budget, not the funds (县财政资金) nor a department (县财政局), and no body
#: of its own where a list shares the body word after it (市财政、税务部门: 财政 is a stem there), so
#: it is read in prose only, never as a list piece by is_unit_name.
LEVEL_TREASURY_RE = re.compile(r"[省市区县镇乡]财政(?![局厅部委所资预收支专、])")
#: Collective addressees written with 、 inside (各区、县级市 / 各县（市、区）): one body, not two.
_COLLECTIVE_TAIL = re.compile(r"^(?:县级市|县|区|市|旗|镇|街道|乡镇|开发区|园区|功能区)$")


def is_unit_name(name: str) -> bool:
    """Does `name` (a piece of a 责任单位 list) name a body by its shape alone?"""
    name = re.sub(r"\s+", "", name)
    if not name or "的" in name or len(name) > 40:
        return False
    if name in national_names() or name in COLLECTIVE_UNITS or name.startswith(("各", "有关")):
        return True
    if name.startswith("国家") and name[2:] in national_names():  # 国家地震局 is 地震局
        return True
    patterns = (*LOCAL_UNIT_PATTERNS, DEPARTMENT_RE, _PLACED_GOVERNMENT_RE, GENERIC_DEPARTMENT_RE, LEADING_GROUP_RE,
                GRASSROOTS_OFFICE_RE)
    return any(p.fullmatch(name) for p in patterns)


def _plausible_local(name: str) -> bool:
    """Reject pattern matches that swallow running text: 省即时结算人力资源社会保障部 is no body.

    A national name may follow the 省/市 prefix directly (省发展改革委) but not sit deeper inside.
    """
    if "的" in name:
        return False
    prefix = re.match(r"[^省市]*[省市]", name)
    body = name[prefix.end():] if prefix else ""
    return not any(n in body[1:] for n in national_names())


def _local_matches(text: str, at: int | None = None) -> list[re.Match[str]]:
    """Provincial/city bodies in `text` (or only those starting at `at`) that look like real names."""
    found = []
    for pattern in (*LOCAL_UNIT_PATTERNS, DEPARTMENT_RE, LEVEL_GOVERNMENT_RE):
        matches = [pattern.match(text, at)] if at is not None else list(pattern.finditer(text))
        # 已经市政府 / 项目经县发改局 / 会同市科技局: a verb before a level word is no part of a place name
        matches = [pattern.match(text, m.start() + v[-1].end()) if m and (v := list(_VERB_BEFORE_LEVEL.finditer(m.group(0))))
                   else m for m in matches]
        found += [m for m in matches if m and _plausible_local(m.group(0))]
    return found


#: Words that send a matter to a body or name who acts, read by the place pattern as part of a place (已经市 +
#: 政府, 项目经县 + 发改局); 会同 not before 县, as 会同县 is a county. So are a duty's verbs and the words putting a
#: body in the phrase before it (负责市政府会议的准备工作, 协助市政府领导, 审核以市政府名义, 与县发改局共同); 和 only
#: after a body's last character (市财政局和市科技局), as counties' names end in it (太和县, 平和县, 共和镇).
_VERB_BEFORE_LEVEL = re.compile(
    r"(?:已经|报经|业经|并经|报请|提请|呈报|并由|交由|经|由|向|报|请|负责|协助|配合|承担|督促|以|与)(?=[省市区县镇乡])"
    r"|会同(?=[省市区])|(?<=[局委厅办府室院])和(?=[省市区县])"
    # …and before a province or city named in full (由杭州市发改委负责, 经石家庄市财政局审核), where no place starts with
    # the verb (向阳区, 以及 are left alone: only these verbs)
    rf"|(?:已经|报经|业经|并经|报请|提请|呈报|并由|交由|经|由|负责|协助|配合|承担|督促)"
    rf"(?=(?:{_PROVINCE})(?:省|自治区|市)|(?:{_LONG_CITY}|[\u4e00-\u9fff]{{2}})市)"
)


def _strip_region(name: str, region: str | None) -> str:
    """浙江省经信委 in a Zhejiang document is the same body the document calls 省经信委."""
    if region:
        for prefix in (f"{region}省", f"{region}自治区"):
            if name.startswith(prefix) and len(name) > len(prefix):
                return "省" + name[len(prefix):].removeprefix("省")
    return name


#: A list's closing "and others" (省科技厅等, 等有关部门, 等单位): not part of the last name.
AND_OTHERS_RE = re.compile(r"等(?:有关|相关)?(?:部门|单位)?$")


def canonical_unit(name: str, region: str | None = None) -> str:
    """The one spelling facts are stored under and questions are matched against."""
    name = re.sub(r"\s+", "", name).strip("、，,；;：:")
    name = AND_OTHERS_RE.sub("", name) or name
    name = name.replace("(", "（").replace(")", "）") if name.startswith("各市、县") else name
    if name.startswith("国家") and name[2:] in national_names() and name not in national_names():
        name = name[2:]
    if name in NATIONAL_ALIASES:
        return NATIONAL_ALIASES[name]
    if name in ("经信委", "经信厅"):
        return "省" + name
    name = _strip_region(name, region)
    if name.startswith("省") and len(name) > 1:
        rest = name[1:]
        return "省" + PROVINCIAL_ALIASES.get(rest, rest)
    return name


@lru_cache(maxsize=1)
def national_names() -> tuple[str, ...]:
    """Every national spelling, longest first, so 国家发展改革委 wins over 发展改革委."""
    names = set(NATIONAL_UNITS) | set(NATIONAL_ALIASES)
    # an office of the State Council is also named without 国务院 (扶贫办 for 国务院扶贫办)
    names |= {n.removeprefix("国务院") for n in NATIONAL_UNITS if n.startswith("国务院") and n.endswith("办") and len(n) > 5}
    return tuple(sorted(names, key=len, reverse=True))


def _spans(text: str) -> list[tuple[int, int]]:
    """Every place a body is named, overlapping candidates included; 部 before 门 ends no name
    (财政部门 and 省级部门 are kinds of body, not 财政部 or a 省级部)."""
    spans = []
    for name in national_names() + COLLECTIVE_UNITS:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    spans.extend(m.span() for m in _local_matches(text))
    # 凤凰山、体育中心、红桥等3个城市综合体: the entries of a list counted as things other than bodies are no bodies
    things = [m.span("entries") for m in _COUNTED_THINGS.finditer(text) if not _BODY_KIND.search(m.group("kind"))]
    return [(s, e) for s, e in spans if not (text[e - 1] == "部" and text[e:e + 1] == "门")
            and not any(ts <= s and e <= te for ts, te in things)]


#: a list of names counted by what they are (凤凰山、体育中心、红桥等3个城市综合体; 市发改委、市财政局等2个部门)
_COUNTED_THINGS = re.compile(
    r"(?P<entries>(?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}?)等?(?:[\d一二三四五六七八九十]+)(?:个|家|座|处|条)"
    r"(?P<kind>[\u4e00-\u9fff]{1,8})"
)
#: what counts bodies (部门, 单位, 机构, 委办局): such a list names bodies
_BODY_KIND = re.compile(r"^(?:部门|单位|机构|机关|委办局|责任单位|成员单位|牵头单位|配合单位|协会|组织)")


def written_forms(text: str, region: str | None = None) -> dict[str, str]:
    """How `text` writes each body it names, by canonical name (省发改委 → 省发展改革委): facts are stored and
    matched canonical, but an answer names a unit as its document does, so the reader finds it there."""
    forms: dict[str, str] = {}
    for start, end in sorted(_spans(text), key=lambda s: (s[0] - s[1], s[0])):  # the longest reading first
        forms.setdefault(canonical_unit(text[start:end], region), text[start:end])
    return forms


def units_ending_at(text: str, ends: Iterable[int], region: str | None = None) -> set[str]:
    """The bodies whose names end at one of `ends` in `text`, canonical, each the longest reading there (省政府 of
    安徽省政府定的…); the names are found once for all the ends."""
    spans = _spans(text)
    found = set()
    for end in ends:
        starts = [s for s, e in spans if e == end]
        if starts:
            found.add(canonical_unit(text[min(starts):end], region))
    return found


def find_units(text: str, region: str | None = None, known: Mapping[str, str | None] | None = None) -> list[str]:
    """Bodies a question names, canonical, in order; the longest reading of overlapping names wins.
    With `known` (the loaded documents' units and their governments), bodies named by function or
    as a branch (管土地的部门, 央行在杭州的分支机构) too: see lexicon.unit_fields. A name inside a
    function phrase is its scope or parent, not the body asked about (省政府 in 省政府法制部门, 央行
    in 央行在杭州的分支机构); one reaching into a phrase is a misreading (件中海关 in 文件中海关驻…)."""
    from assistant.lexicon.unit_fields import (
        named_by_function,  # it builds on this module's names
    )

    named = named_by_function(text, known) if known else []
    phrases = [(p.start, p.end) for p, _ in named]
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(_spans(text), key=lambda s: (s[0] - s[1], s[0])):
        if any(start < e and s < end for s, e in phrases):
            continue
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    units: list[str] = []
    for start, end in sorted(chosen):
        unit = canonical_unit(text[start:end], region)
        if unit not in units:
            units.append(unit)
    return units + [u for _, found in named for u in found if u not in units]


def split_unit_list(text: str, region: str | None = None) -> list[str]:
    """Split a 责任单位 list into bodies: 杭州市、宁波市、温州市政府 names three city governments."""
    protected = text
    for i, name in enumerate(COLLECTIVE_UNITS):
        protected = protected.replace(name, f"\x00{i}\x00")
    raw = [p for p in re.split(f"[{SEPARATORS}]+", protected) if p]
    parts = [re.sub(r"\x00(\d+)\x00", lambda m: COLLECTIVE_UNITS[int(m.group(1))], p) for p in raw]
    parts = _share_suffix(_join_collectives(parts))
    units: list[str] = []
    for part in parts:
        for piece in re.split(r"会同|(?:牵头|配合)(?!单位|部门)", part):  # 各项目牵头单位 is one body
            unit = canonical_unit(piece, region)
            if unit and unit not in FILLERS and unit not in units:
                units.append(unit)
    return units


def _join_collectives(parts: list[str]) -> list[str]:
    """各区、县级市 is one collective addressee: a bare level word after a 各… part joins it."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].startswith("各") and _COLLECTIVE_TAIL.match(part):
            out[-1] += "、" + part
        else:
            out.append(part)
    return out


def _share_suffix(parts: list[str]) -> list[str]:
    """杭州市、宁波市政府: bare place names take the body named after the last of them."""
    out = list(parts)
    for i, part in enumerate(parts):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县区]", part):
            for later in parts[i + 1:]:
                m = re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县区](.+)", later)
                if m:
                    out[i] = part + m.group(1)
                    break
                if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县区]", later):
                    break
    return out


@lru_cache(maxsize=1)
def _column_tokens() -> tuple[tuple[str, bool], ...]:
    """Tokens a department column is made of, longest first, flagged True when they name a body."""
    tokens = [(n, True) for n in national_names() + COLLECTIVE_UNITS]
    tokens += [(f, False) for f in FILLERS] + [(s, False) for s in SEPARATORS]
    return tuple(sorted(tokens, key=lambda t: len(t[0]), reverse=True))


def unit_column_start(text: str) -> int | None:
    """Where a department list that runs to the end of `text` begins, or None.

    Table columns in extracted text are run together (任务…建设发展改革委、财政部), so the
    column is found as the earliest position from which the rest parses entirely as
    department names and connectors, starting with a name.
    """
    n = len(text)
    parses = [False] * (n + 1)  # parses[i]: text[i:] is names/connectors only
    starts_with_unit = [False] * (n + 1)
    parses[n] = True
    for i in range(n - 1, -1, -1):
        for token, is_unit in _column_tokens():
            if text.startswith(token, i) and parses[i + len(token)]:
                parses[i] = True
                starts_with_unit[i] = starts_with_unit[i] or is_unit
        if any(parses[m.end()] for m in _local_matches(text, i)):
            parses[i] = starts_with_unit[i] = True
    return next((i for i in range(1, n) if parses[i] and starts_with_unit[i]), None)


def is_local_counterpart(unit: str, wanted: frozenset[str]) -> bool:
    """省外汇管理局 / 市科技局 is the local office of a wanted national body (外汇局 / 科技局)."""
    return unit.startswith(("省", "市")) and canonical_unit(unit[1:]) in wanted


#: A level of government a follow-up names alone (那县区的呢？, 县、区呢？, 乡镇呢？), and how its bodies' names start.
_ASKED_LEVEL = re.compile(r"(?P<county>县区|区县|县、区|各县|各区|县[里级]|区[里级])|(?P<town>乡镇|街道|镇[里级]|乡[里级])"
                          r"|(?P<city>市[里级])|(?P<village>村[里级])")
_LEVEL_STARTS = {"county": ("县", "区", "各县", "各区"), "town": ("乡", "镇", "街道", "各乡", "各镇"), "city": ("市",),
                 "village": ("村",)}


def of_asked_level(units: list[str], focus: str) -> list[str]:
    """The bodies of `units` at the level of government `focus` names alone (县区民政部门 for 那县区的呢？)."""
    m = _ASKED_LEVEL.search(focus)
    return [u for u in units if u.startswith(_LEVEL_STARTS[m.lastgroup])] if m else []
