"""Who issued a document, when, under which number, and what to call it in a citation.

Published texts are inconsistent: some carry a title and number at the top, some
(copied from a portal) start straight with the addressees and name themselves only
in a trailing download link. Each field is therefore read from the most reliable
place that has it, with the file stem as the last resort for the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .departments import MUNICIPALITIES, NATIONAL_ALIASES, NATIONAL_UNITS, PROVINCES
from .numerals import cn_to_int

#: Longest first: a title ending in 实施意见 is a 实施意见, not just an 意见.
DOC_TYPES = (
    "实施意见", "若干意见", "指导意见", "实施方案", "工作方案", "行动方案", "行动计划", "实施细则",
    "管理办法", "暂行办法", "实施办法", "暂行规定", "若干规定", "意见", "通知", "办法", "规定",
    "方案", "规划", "决定", "细则", "计划", "条例", "纲要", "通告", "公告", "批复", "决议",
)
_TYPES = "|".join(DOC_TYPES)
_TRIAL = r"(?:[（(](?:试行|暂行|修订|征求意见稿)[）)])?"
NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,4}\s*号")
_NUMBER_LINE = re.compile(rf"^[（(]?\s*({NUMBER_RE.pattern})\s*[）)]?$")
_TITLE = re.compile(rf"^[\u4e00-\u9fff、“”\"《》（）()\s·]{{2,60}}?(?:关于[^。，,；;：:]{{2,80}}?)?(?:{_TYPES}){_TRIAL}$")
_TITLE_IN_TEXT = re.compile(rf"[\u4e00-\u9fff]{{2,30}}关于[^。，,；;：:《》\s]{{2,60}}?(?:{_TYPES}){_TRIAL}")
_DATE = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
SIGNATURE_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff（）()、\s]{{2,60}}?)?\s*(?P<date>{_DATE})$")
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff（）()、\s]{2,40}$")


@dataclass
class Header:
    title: str | None
    number: str | None
    body_start: int  # index of the first body line


def is_title(line: str) -> bool:
    """A heading naming a document: X关于…的意见, 管理办法 …, without sentence punctuation."""
    return bool(_TITLE.match(line.strip())) and ("关于" in line or len(line.strip()) <= 40)


def normalise_number(number: str) -> str:
    """国发[2013]32号 and 国发〔2013〕32号 cite as the same document."""
    number = re.sub(r"\s", "", number)
    return re.sub(r"[\[［【](\d{4})[\]］】]", r"〔\1〕", number)


def read_header(lines: list[str]) -> Header:
    """Title and number at the top: only a number standing alone there is the document's own."""
    title = number = None
    i = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if m := _NUMBER_LINE.match(text):
            number = number or normalise_number(m.group(1))
        elif is_title(text) and (title is None or text == title or not number):
            title = title or text
        else:
            return Header(title, number, i)
    return Header(title, number, len(lines))


def title_from_text(text: str) -> str | None:
    """`浙江省人民政府办公厅关于…的实施意见` named somewhere outside 《》 (which cite other documents)."""
    m = _TITLE_IN_TEXT.search(re.sub(r"《[^》]*》", "", text))
    return m.group(0) if m else None


@dataclass
class Signature:
    issuer: str | None
    date: str | None  # ISO
    line: int  # index of the date line
    first_line: int  # index of the issuer line when it stands on its own


def to_iso(date: str) -> str:
    y, m, d = re.match(r"(.+)年(.+)月(.+)日", date).groups()
    return f"{cn_to_int(y):04d}-{cn_to_int(m):02d}-{cn_to_int(d):02d}"


def find_signature(lines: list[str], before: int) -> Signature | None:
    """The last `issuer date` block before `before`; the issuer may sit on the line above the date."""
    for i in range(min(before, len(lines)) - 1, -1, -1):
        m = SIGNATURE_RE.match(lines[i].strip())
        if not m:
            continue
        issuer, first = (m.group("issuer") or "").strip() or None, i
        if issuer is None:
            above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].strip()), None)
            if above is not None and _ISSUER_LINE.match(lines[above].strip()):
                issuer, first = lines[above].strip(), above
        return Signature(issuer, to_iso(m.group("date")), i, first)
    return None


def issuer_from_title(title: str | None) -> str | None:
    if title and "关于" in title:
        issuer = title.split("关于", 1)[0].strip()
        return issuer or None
    return None


def level_and_region(issuer: str | None) -> tuple[str, str | None]:
    """国家 / 省 / 市 / 其他, and the province or city for local documents."""
    if not issuer:
        return "其他", None
    first = re.split(r"[\s、，,]+", issuer.strip())[0]
    if first.startswith(("国务院", "中共中央", "全国", "国家", "中央")) or first in NATIONAL_UNITS or first in NATIONAL_ALIASES:
        return "国家", None
    for province in sorted(PROVINCES, key=len, reverse=True):
        if first.startswith(province):
            rest = first[len(province):]
            if rest.startswith(("省", "自治区")) or (province in MUNICIPALITIES and rest.startswith("市")):
                return "省", province
    if m := re.match(r"^([\u4e00-\u9fff]{2,3}?)市", first):
        return "市", m.group(1)
    return "其他", None


def doc_type(title: str) -> str | None:
    core = re.sub(_TRIAL + "$", "", title.strip())
    return next((t for t in DOC_TYPES if core.endswith(t)), None)


def short_title(title: str, region: str | None) -> str:
    """浙江省人民政府办公厅关于…的实施意见 → 浙江实施意见: what a citation calls an unnumbered document."""
    kind = doc_type(title)
    return f"{region}{kind}" if region and kind else title
