"""What kind of document a text is (法律 … 政策文件) and whether it is still in force.

The kind decides how a library is browsed and filtered and how an answer names its source;
it is read from what every published text carries — its title, its issuer, the history
lines under a law's title (`…人民代表大会常务委员会…通过`, `国务院令第197号`) and its
文号 — by general rules, not from a list of documents. Status comes only from what the text
or its page says (有效性：失效, 已废止); a newer version of the same title in the library
makes an older one 已修改, which is the catalog's business (it sees every version).
"""

from __future__ import annotations

import re
from enum import StrEnum

from assistant.lexicon.regions import PROVINCES
from assistant.lexicon.units import NATIONAL_ALIASES, NATIONAL_UNITS


class DocType(StrEnum):
    CONSTITUTION = "宪法"
    LAW = "法律"
    ADMINISTRATIVE_REGULATION = "行政法规"
    DEPARTMENTAL_RULE = "部门规章"
    LOCAL_REGULATION = "地方性法规"
    JUDICIAL_INTERPRETATION = "司法解释"
    NORMATIVE = "规范性文件"
    POLICY = "政策文件"


class Status(StrEnum):
    IN_FORCE = "现行有效"
    AMENDED = "已修改"
    REPEALED = "已废止"


#: Forms of rules (binding provisions) as against policy papers (意见, 通知, 方案 …).
_RULE_FORMS = ("条例", "规定", "办法", "细则", "规则", "规程", "准则", "标准")
_POLICY_FORMS = ("意见", "通知", "方案", "措施", "计划", "规划", "纲要", "决定", "公告", "通告", "批复", "函", "指引")
#: adopted by the national congress (a law), as against merely approved by it
_NPC = re.compile(r"全国人民代表大会(?:常务委员会)?第[^，。]{0,20}?会议(?:通过|修正|修订)|^全国人民代表大会")
_LOCAL_CONGRESS = re.compile(r"(?:省|市|自治区|自治州|自治县|县)[^，。]{0,20}人民代表大会")
#: a title that starts with a place: a local government's or congress's text
_LOCAL_TITLE = re.compile(rf"^(?:{'|'.join(PROVINCES)})|^[\u4e00-\u9fff]{{2,8}}?(?:省|市|自治区|自治州|自治县|县|盟|地区)")
_STATE_COUNCIL_ORDER = re.compile(r"国务院令|国务院(?:批准|公布|发布|修订|关于修改|第[\d一二三四五六七八九十百]+次常务会议)|政务院")
_MINISTRY_ORDER = re.compile(r"(?:部|委|署|局|总局|行|会)(?:令|第[\d一二三四五六七八九十百]+号令)|部务会|委务会|局务会|署务会|室务会|委员会会议")
_JUDICIAL = re.compile(r"^最高人民(?:法院|检察院)")
_REPEALED = re.compile(r"失效|废止|作废|停止执行|不再执行")


def _form(title: str) -> str:
    core = re.sub(r"[（(][^）)]*[）)]$", "", title.strip())
    return next((f for f in _RULE_FORMS + _POLICY_FORMS if core.endswith(f)), "")


def _is_ministry(issuer: str | None) -> bool:
    if not issuer:
        return False
    first = re.split(r"[\s、，,]+", issuer.strip())[0]
    return first in NATIONAL_UNITS or first in NATIONAL_ALIASES or first.startswith("国家") and first != "国家"


def classify(title: str, issuer: str | None, history: list[str], number: str | None) -> DocType:
    """The kind of a document, from its title, issuer, history lines and 文号."""
    title_core = re.sub(r"[\s_　]", "", title)
    adopted = " ".join(history)
    form = _form(title_core)
    if title_core.startswith("中华人民共和国宪法") or title_core == "宪法" or "宪法修正案" in title_core:
        return DocType.CONSTITUTION
    if _JUDICIAL.match(title_core) or (issuer or "").startswith(("最高人民法院", "最高人民检察院")):
        return DocType.JUDICIAL_INTERPRETATION
    if _NPC.search(adopted) or _NPC.search(title_core) or (
        title_core.startswith("中华人民共和国") and title_core.endswith("法")
    ):
        return DocType.LAW
    local_title = bool(_LOCAL_TITLE.match(title_core))
    # only congresses make 条例 below the national level; a local congress's own rules too
    if _LOCAL_CONGRESS.search(adopted) or (local_title and (form == "条例" or "人民代表大会" in title_core)):
        return DocType.LOCAL_REGULATION
    # nationally, 条例 are the State Council's (the congress's are called 法)
    if _STATE_COUNCIL_ORDER.search(adopted) or (not local_title and form == "条例") or (
        form in _RULE_FORMS and (issuer or "").startswith("国务院") and not number
    ):
        return DocType.ADMINISTRATIVE_REGULATION
    if _MINISTRY_ORDER.search(adopted) or (form in _RULE_FORMS and _is_ministry(issuer) and not number):
        return DocType.DEPARTMENTAL_RULE
    return DocType.NORMATIVE if form in _RULE_FORMS else DocType.POLICY


def read_status(page_status: str | None, title: str) -> Status | None:
    """已废止 when the page or the title says so; None when nothing is said (the catalog may add 已修改)."""
    said = f"{page_status or ''} {title}"
    if _REPEALED.search(said):
        return Status.REPEALED
    if page_status and re.search(r"有效|现行|生效中|^\s*生效\s*$", page_status):  # 效力状态: 生效中
        return Status.IN_FORCE
    return None
