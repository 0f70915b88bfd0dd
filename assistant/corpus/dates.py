"""Dates a policy gives, kept apart because they answer different questions.

- a *deadline* belongs to one measure (2014年一季度启动, 2021年6月底前完成): 什么时候完成;
- the *validity* belongs to the document (本措施自2021年1月1日起施行，有效期3年; 有效期至…;
  暂定三年; 执行期限为2019年1月1日至2023年12月31日): 政策有效期到什么时候、管几年;
- a *goal year* (到2025年) belongs to a target (model.Target.year), never to the validity.

A count of years is stored as a number, so 有效期几年 has an answer that is not a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.lexicon.time import DEADLINE_RE, RECURRING

from .metadata import to_iso
from .numerals import YEAR_NUMERAL, cn_to_int

_DATE = rf"{YEAR_NUMERAL}\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月\s*[\d一二三四五六七八九十]{{1,3}}\s*日"
_COUNT = r"\d{1,2}(?:\.\d+)?(?!\d)|[一二两三四五六七八九十]+"
#: A sentence about the document itself: 本办法 / 本措施 / 上述政策 …, or a bare 有效期 statement.
_SELF = re.compile(
    r"^\s*(?:第\s*[\d一二三四五六七八九十百零〇\s]{1,8}条\s*|[\d一二三四五六七八九十]{1,3}\s*[、.．]\s*)?(?:本|上述)[\u4e00-\u9fff]{0,8}?(?:办法|措施|意见|通知|规定|细则|方案|政策|条例|法|决定|解释|规则|举措|计划|准则|标准)"
    r"|有效期|^\s*自[^，,。]{0,20}起(?:施行|试行|执行|实施|生效)"
    # a covering notice scheduling the text it issues (现制订出《…办法》,定于一九七八年四月一日起试行)
    rf"|定于\s*{_DATE}\s*起(?:施行|试行|执行|实施|生效)"
)
_EFFECTIVE_RE = re.compile(rf"自?(?P<date>{_DATE}|(?:发布|印发|公布|颁布|通过|批准)之日)起(?:施行|试行|执行|实施|生效)")
_EXPIRY_RE = re.compile(rf"(?:有效期|执行期限|实施期限|期限)(?:为|至|到)?(?:{_DATE}(?:起)?)?\s*(?:至|到|截至)\s*(?P<date>{_DATE})")
#: the last day said after the start (本意见自印发之日起执行,2021年12月31日截止; 执行至2021年12月31日)
_UNTIL_RE = re.compile(rf"(?:执行|实施|施行|试行|有效)(?:至|到)\s*(?P<date>{_DATE})|(?P<end>{_DATE})\s*(?:截止|为止|止|结束)")
_SPAN_RE = re.compile(rf"(?:有效期|执行期限|实施期限|执行期)(?:为|自)?\s*(?P<start>{_DATE})(?:起)?\s*(?:至|到|—|-)\s*(?P<end>{_DATE})")
_YEARS_RE = re.compile(rf"(?:有效期(?:为|暂定|限)?|暂定|试行|执行期限?为?|实施期限?为?)\s*(?P<n>{_COUNT})\s*年")


def written_dates(text: str, iso: str) -> list[str]:
    """How the text writes the date `iso` (yyyy-mm-dd), each distinct form once in reading order:
    一九九六年六月二十九日 or 2014年02月23日 for a date an answer renders as 1996年6月29日, with the time a page's
    row prints after it (2024年04月06日 16:40) — a reader checking the answer searches for the document's own writing."""
    found = ((re.sub(r"\s", "", m.group("date")), m.group("time")) for m in re.finditer(_WRITTEN_DATE, text))
    return list(dict.fromkeys(f"{w} {t}" if t else w for w, t in found if _written_iso(w) == iso))


#: a date with the time a page's metadata row may print after it (发文日期: 2024年04月06日 16:40), in words or in
#: digits joined by dashes, slashes or dots (發文日期 2025-08-17, as a page's table prints it)
_DIGIT_DATE = r"(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
_WRITTEN_DATE = re.compile(rf"(?P<date>{_DATE}|{_DIGIT_DATE})(?:[ \t]*(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?))?")


def _written_iso(written: str) -> str:
    if "年" in written:
        return _iso(written)
    y, m, d = map(int, re.split(r"[-/.]", written))
    return f"{y:04d}-{m:02d}-{d:02d}"


#: what stands between the start and the end of a period (2019年1月1日至2023年12月31日, 2025-02-21 ~ 2028-02-20)
_THROUGH = r"\s*(?:至|到|—{1,2}|–|-|~|～)\s*"


#: the end of a period whose start a deadline match is (2019年1月1日至2023年12月31日, 2024年3月27日至4月2日)
_PERIOD_END = re.compile(rf"{_THROUGH}(?:(?:19|20)\d\d\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:前|止)?")


#: a window for applying a page states with its label (申报日期:2025-02-21 ~ 2028-02-20, 受理时间：2024年3月1日至3月31日)
_WINDOW_DATE = rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_DATE}|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
_APPLICATION_WINDOW = re.compile(
    rf"(?:申报|受理|报名|征集|申请)(?:日期|时间|期限|期)[:：为]?\s*(?P<window>{_WINDOW_DATE}{_THROUGH}{_WINDOW_DATE})"
)
#: the last month of a period of months (执行期限为2020年3月至6月): 执行到什么时候 is answered by its end, not its start
_MONTHS_END = re.compile(rf"{_THROUGH}(?:(?:19|20)\d\d\s*年\s*)?\d{{1,2}}\s*月(?:底|末)?(?:前|止)?(?!\s*\d{{1,2}}\s*日)")


#: a recurring due date later in the sentence a start date opens (从2022年3月起,务于每月25日前将…报…)
_RECURRING_AFTER = re.compile(rf"[^。；;]{{0,12}}?(?P<due>{RECURRING})")


#: a clock time after a date: when a page was posted (2012年06月21日 08:42), unless it opens a span of the day
#: (2024年9月18日9:00-10:00: when an event is held, which is the date asked)
_CLOCK_AFTER = re.compile(r"[ \t\u3000]*\d{1,2}[:：]\d{2}(?![:：\d]*\s*[-—–~～至到]\s*\d)")


def extract_deadline(text: str) -> str | None:
    """The first deadline a measure names (goal years 到2025年 are targets' years, not deadlines); a date that opens
    a period (执行期限为2019年1月1日至2023年12月31日, 公示期2024年3月27日至4月2日) is the period, start and end:
    its start alone would answer 执行到什么时候 with the day it begins."""
    if window := _APPLICATION_WINDOW.search(text):
        return window.group("window")  # 申报日期:2025-02-21 ~ 2028-02-20 (a policy page's line): until its end
    # a date stamped with its clock time (2012年06月21日 08:42 农博网) is when a page was posted, no deadline
    m = next((m for m in DEADLINE_RE.finditer(text) if not _CLOCK_AFTER.match(text, m.end())), None)
    if m is None:
        return None
    if text.startswith("起", m.end()) and (due := _RECURRING_AFTER.match(text, m.end() + 1)):
        return f"{m.group(0)}起，{due.group('due')}"  # 从2022年3月起,务于每月25日前报…: the schedule from its start
    opening = m.group(0).rstrip()
    ending = _PERIOD_END if opening.endswith("日") else _MONTHS_END if opening.endswith("月") else None
    end = ending.match(text, m.end()) if ending else None
    return m.group(0) + end.group(0) if end else m.group(0)


@dataclass
class Validity:
    effective_date: str | None = None
    expiry_date: str | None = None
    years: float | None = None
    phrase: str | None = None
    #: The start as the text words it (自公布之日起试行): kept when no date can be given to it (a draft).
    start: str | None = None

    def __bool__(self) -> bool:
        return any((self.effective_date, self.expiry_date, self.years, self.start))


def _iso(text: str) -> str:
    return to_iso(re.sub(r"\s", "", text))


def _count(text: str) -> float:
    return float(text) if re.fullmatch(r"\d+(?:\.\d+)?", text) else float(cn_to_int(text))


def _plus_years(start: str, years: float) -> str | None:
    """The last day of `years` years from `start` (2021-01-01 + 3 → 2023-12-31); whole years only."""
    if years != int(years):
        return None
    y, m, d = map(int, start.split("-"))
    try:
        return (date(y + int(years), m, d) - timedelta(days=1)).isoformat()
    except ValueError:  # 29 February
        return (date(y + int(years), m, 28)).isoformat()


def _whole_years(start: str, end: str) -> float | None:
    """2019-01-01 … 2023-12-31 is 5 years; a span that is not whole years gives no count."""
    n = int(end[:4]) - int(start[:4]) + 1
    return float(n) if n > 0 and _plus_years(start, n) == end else None


def read_validity(text: str, issued: str | None) -> Validity:
    """The validity the document states about itself. Each field comes from the last sentence
    that gives it, as the closing article of a 办法 or law restates anything said earlier;
    有效期3年 from an effective date gives the expiry date."""
    found = Validity()
    phrases: list[str] = []
    for sentence in re.split(r"[。；;\n]", text):  # a clause ending in ， starts no sentence
        if not _SELF.search(sentence):
            continue
        before = (found.effective_date, found.expiry_date, found.years, found.start)
        if m := _SPAN_RE.search(sentence):
            found.effective_date, found.expiry_date = _iso(m.group("start")), _iso(m.group("end"))
        elif m := _EFFECTIVE_RE.search(sentence):
            found.effective_date = _iso(m.group("date")) if "年" in m.group("date") else issued
            found.start = re.sub(r"\s", "", m.group(0))
        if (m := _EXPIRY_RE.search(sentence)) and not _SPAN_RE.search(sentence):
            found.expiry_date = _iso(m.group("date"))
        elif m := _UNTIL_RE.search(sentence):
            found.expiry_date = _iso(m.group("date") or m.group("end"))
        if m := _YEARS_RE.search(sentence):
            found.years = _count(m.group("n"))
        if (found.effective_date, found.expiry_date, found.years, found.start) != before:
            phrases.append(sentence.strip())
    if found.years and found.effective_date and not found.expiry_date:
        found.expiry_date = _plus_years(found.effective_date, found.years)
    elif found.effective_date and found.expiry_date and not found.years:
        found.years = _whole_years(found.effective_date, found.expiry_date)
    found.phrase = "；".join(dict.fromkeys(phrases)) or None
    return found
