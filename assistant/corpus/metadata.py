"""Who issued a document, when, under which number, and what to call it in a citation.

Published texts are inconsistent: some carry a title and number at the top, some
(copied from a portal) start straight with the addressees and name themselves only
in a trailing download link. Each field is therefore read from the most reliable
place that has it, with the file stem as the last resort for the title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.lexicon.regions import (
    AREA,
    CITY_PROVINCE,
    HIGHER_PLACE,
    MUNICIPALITIES,
    NUMBER_PROVINCES,
    PROVINCES,
    PROVINCE_SUFFIXES,
    Government,
    Level,
    government_of,
    government_of_number,
    places_named,
)
from assistant.lexicon.salutation import opening_salutation, salutation
from assistant.lexicon.units import NATIONAL_ALIASES, NATIONAL_UNITS

from .markers import candidates
from .numerals import YEAR_NUMERAL, cn_to_int, int_to_cn
from .pagetable import NUMBER_RE, read_meta_table  # noqa: F401  (the table reader moved; its old import path still works)

#: Longest first: a title ending in 实施意见 is a 实施意见, not just an 意见.
DOC_TYPES = (
    "实施意见", "若干意见", "指导意见", "实施方案", "工作方案", "行动方案", "行动计划", "实施细则",
    "管理办法", "暂行办法", "实施办法", "暂行规定", "若干规定", "若干政策", "若干措施", "政策措施", "工作规则",
    "意见", "通知", "办法", "规定", "方案", "规划", "决定", "细则", "计划", "条例", "纲要", "通告", "公告",
    "批复", "决议", "措施", "规则", "复函", "函",
    # a list of measures or of tasks a government publishes (扶持政策事项清单, 责任清单), and its answers to
    # the questions asked about a policy (…相关问答, 政策问答)
    "清单", "问答",
)
_TYPES = "|".join(DOC_TYPES)
_TRIAL = r"(?:[（(](?:试行|暂行|修订|征求意见稿)[）)])?"
_NUMBER_LINE = re.compile(rf"^[（(]?\s*({NUMBER_RE.pattern})\s*[）)]?$")
_TITLE = re.compile(rf"^(?!\d+\s*[、.．)）])[\u4e00-\u9fff\d、“”\"《》（）()\s·—-]{{2,60}}?(?:(?<=[\u4e00-\u9fff])\d{{1,2}}[\u4e00-\u9fff]{{1,4}})?(?:关于[^。，,；;：:]{{2,80}}?)?(?:{_TYPES}){_TRIAL}$")
#: from a boundary, an issuer before 关于 writes no 的 (…出台的政策文件关于中医药工作的措施 is an item's sentence) and
#: no verb of following a rule (本市严格执行国家关于食品安全责任制的规定 cites one: no issuer, no title)
_TITLE_IN_TEXT = re.compile(rf"(?<![\u4e00-\u9fff])(?:(?!的|执行|按照|根据|依照|依据|贯彻|落实|遵守|参照)[\u4e00-\u9fff]){{2,30}}关于[^。，,；;：:《》\s]{{2,60}}?(?:{_TYPES}){_TRIAL}")
_DATE = rf"{YEAR_NUMERAL}年[\d一二三四五六七八九十]{{1,3}}月[\d一二三四五六七八九十]{{1,3}}日"
SIGNATURE_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff（）()、\s]{{2,60}}?)?\s*(?P<date>{_DATE})$")
#: (a line naming the signing official, 省长 钮茂生, is a signer, not the issuer)
_ISSUER_LINE = re.compile(r"^(?![省市县区]长\s|主席\s|州长\s)[\u4e00-\u9fff（）()、\s]{2,40}$")


#: Site furniture: share/print widgets, breadcrumbs, view counters, font switches, and the lines a
#: portal page opens with (its language switch EN, its address, a bare publishing timestamp, the
#: search keywords a site lists above every page: 热门关键词: …).
FURNITURE_RE = re.compile(
    r"^\s*(?:扫一扫在手机(?:上)?打开当前页|热门(?:关键词|关键字|搜索|标签)\s*[:：].*|.*(?:当前位置|当前的位置|所在的位置|所在位置)\s*[:：].*|.*>>.*|[^>]*>[^>]*>.*"
    r"|【?\s*字体\s*[:：].*|.*打印本页.*|.*关闭窗口.*|分享到[:：]?.*|.*浏览次数.*|.*次浏览.*|[|｜\s]+"
    r"|设为首页.*|加入收藏.*|.*无障碍浏览.*|确定\s*取消|长辈版.*|.*[【\[]\s*(?:打印|关闭)\s*[】\]].*"
    r"|https?://\S*|EN|English|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)


def meta_date(value: str | None) -> str | None:
    """2018年12月07日 / 2013-07-02 12:41 → ISO."""
    if not value:
        return None
    if m := re.search(_DATE, value):
        return to_iso(m.group(0))
    if m := re.search(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None


def page_published(value: str | None) -> str | None:
    """The date a page's 发布时间/时间 row gives, as the page writes it, with its time where printed (2025-03-05
    14:58:00, 2023年7月31日, 2024年04月06日 16:34): what a reader finds there; None when the row gives no date."""
    if not value:
        return None
    m = re.search(rf"(?:{_DATE}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})(?:[ \t]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?", value)
    return m.group(0) if m else None


_NUMBER_YEAR = re.compile(r"[〔\[［【（(]\s*(\d{4})\s*[〕\]］】）)]")


def dates_the_text(published: str | None, number: str | None) -> str | None:
    """A page's 发布时间 as the document's date, unless the document's 文号 is of another year: a law
    mirror stamps the day it reposted a 2013 notice (时间:2024-07-22), which dates the page, not the text."""
    year = _NUMBER_YEAR.search(number or "")
    return None if published and year and not published.startswith(year.group(1)) else published


#: The end of an organ's name (灵璧县卫生健康委员会, 辽阳市市场监管局): a page crediting one, not a news agency or a site
_ORGAN_END = re.compile(r"(?:委员会|局|厅|委|人民政府|政府|办公室|办公厅|管委会)$")


def credited_government(source: str | None) -> Government:
    """The government of the organ a page's 来源 credits the text to (来源:灵璧县卫生健康委员会 for 县卫健委…任务分解,
    a title naming its organ without its county): for a text that names no place of its own, the organ that put
    it on its site says whose it is. A news agency or a site (新华网, 人民网) names none."""
    if not source or not _ORGAN_END.search(source):
        return Government(Level.OTHER)
    return issuer_government(source)


def page_source(value: str | None) -> str | None:
    """Whom a page's 来源 row credits the text to (辽阳市市场监管局), when it names one: an organ or an
    agency in Chinese, not an empty cell, a site address or a row's run-on furniture."""
    text = re.split(r"[|｜\s]", (value or "").strip(), maxsplit=1)[0]
    return text if re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,40}", text) else None


#: `黔府办发〔2012〕34号《贵州省人民政府办公厅关于…的通知》`: a repost's number-and-title line.
_NUMBERED_TITLE = re.compile(
    rf"^(?P<number>{NUMBER_RE.pattern})?\s*[《:：]\s*(?P<title>[^《》]+?)》?$"
    # 乾政办发〔2021〕36号关于印发《…》的通知, 阳政办〔2019〕1号—区人民政府办公室关于…的通知
    rf"|^(?P<number_before>{NUMBER_RE.pattern})[\s—–－-]*(?P<title_after>[\u4e00-\u9fff]{{0,30}}?关于.+)$"
)


def split_number(title: str) -> tuple[str | None, str]:
    """A page's title cell that starts with the 文号 (盘政发〔2010〕22号 盘锦市人民政府关于…的决定): the number and
    the title apart; (None, title) for a title without one."""
    m = _NUMBERED_TITLE.match(title)
    if m is None or not m.group("number_before"):
        return None, title
    return normalise_number(m.group("number_before")), clean_heading(m.group("title_after"))
#: A title with its 文号 bracketed after it, as a site's list of policies prints it (…的通知(韶府〔2019〕31号)).
_TITLE_THEN_NUMBER = re.compile(rf"^(?P<title>.+?)\s*[（(](?P<number>{NUMBER_RE.pattern})[）)]$")
#: A line naming only an issuer (or a site named after one): not the title, which follows it.
_ISSUER_ONLY = re.compile(r"^[\u4e00-\u9fff\s]{2,40}(?:人民政府|政府|县委|市委|区委|省委|党委|办公厅|办公室|委员会)(?:文件)?$")
#: The red header of an official document names its issuer and the word 文件 (鞍山市立山区人民政府文件).
_RED_HEADER = re.compile(r"文件$")
#: `2006年10月26日 财建〔2006〕689号`: a repost's header line giving the date and the 文号 together.
_DATED_NUMBER = re.compile(rf"^(?:(?P<d1>{_DATE})\s*(?P<n1>{NUMBER_RE.pattern})|(?P<n2>{NUMBER_RE.pattern})\s*(?P<d2>{_DATE}))$")
#: …and the text run on after them where a page lost its line breaks (鄂政办发[1997]69号 1997年6月18日经研究,…)
DATED_NUMBER_RUN_ON = re.compile(rf"^\s*(?P<head>{NUMBER_RE.pattern}\s*{_DATE})\s*(?=[\u4e00-\u9fff])")


@dataclass
class Header:
    title: str | None
    number: str | None
    body_start: int  # index of the first body line
    #: Lines under the title that record how the text was adopted and amended
    #: (`2016年8月18日 …通过`, `（1996年5月27日国务院令第197号发布 根据…修订）`): neither title nor body.
    history: list[str] = field(default_factory=list)
    #: The issuer the header names: a line above the title naming only it (嵊州市人民政府), or the
    #: bodies a title line starts with; joint issuers as A、B (中共柳河县委、柳河县人民政府).
    issuer: str | None = None


#: How the name of an issuing body ends (人民政府, 县委, 发展和改革委员会, 社会工作部, 自然资源局 …).
_BODY_END = re.compile(r"(?:政府|委员会|委|部|局|厅|办公室|办|院|署|会|中心|行)$")
#: what the name of a body signing a text ends with (its seal may follow: 国务院办公厅(章))
_SIGNING_BODY = re.compile(r"(?:政府|委员会|委|部|局|厅|办公室|办|院|署|会|中心|行|组|司|处|所|站|队)\s*(?:[（(]章[）)])?$")


def joint_issuer(text: str) -> str:
    """`中共柳河县委 柳河县人民政府` → 中共柳河县委、柳河县人民政府: bodies issuing jointly, which the
    header lays out side by side, stay apart; a name a PDF spaced out (国 务 院) is joined."""
    parts = [p for p in re.split(f"(?:{_SPACE}|、)+", text.strip()) if p]
    if len(parts) >= 2 and all(len(p) >= 3 and _BODY_END.search(p) for p in parts):
        return "、".join(parts)
    return clean_heading(text)


def names_bodies_only(line: str) -> bool:
    """`财政部 国家发展和改革委员会 工业和信息化部`, `河北省人民政府`: a line that is nothing but the names of
    issuing bodies, as a law database prints under a title; not addressees (各区人民政府：) nor a heading."""
    text = line.strip()
    parts = [p for p in re.split(f"(?:{_SPACE}|、)+", text) if p]
    return (bool(parts) and bool(re.fullmatch(rf"[\u4e00-\u9fff（）(){_SPACE[1:-1]}、]+", text))
            and all(len(p) >= 2 and _BODY_END.search(p) and not p.startswith("各") for p in parts))


def names_document(heading: str | None) -> bool:
    """A heading that can be a document's name: a title (X关于…的意见, …管理办法) or a name ending as a
    law's, a report's or a guide's does (…法, …报告, …申报指南) — not a site's banner (辽阳), a page's
    furniture (详细信息), a breadcrumb's last item (就业创业) or a magazine's heading (…政策汇编 乐清)."""
    text = clean_heading(heading or "")
    return bool(text) and (is_title(text) or bool(_OTHER_NAME.search(text)))


#: How the name of a text that is no 通知/办法… ends: a law, a judicial interpretation, a charter, a report, a guide.
_OTHER_NAME = re.compile(r"(?:法|法典|解释|章程|规程|报告|纲要|指引|指南|目录|答复|公报|白皮书)(?:[（(][^（）()]{1,12}[）)])?$")


def is_title(line: str) -> bool:
    """A heading naming a document: X关于…的意见, 管理办法 …, without sentence punctuation."""
    return bool(_TITLE.match(line.strip())) and ("关于" in line or len(line.strip()) <= 40)


def normalise_number(number: str) -> str:
    """国发[2013]32号 and 国发〔2013〕32号 cite as the same document; a red head run on before it (石家莊市人民政府辦公廳
    文件石政發〔2018〕14號, the page lost the line break) is no part of it: no 文号's prefix holds 文件."""
    number = re.sub(r"\s", "", number)
    number = re.sub(r"^[\u4e00-\u9fff]*文件(?=[\u4e00-\u9fff])", "", number)
    return re.sub(r"[\[［【（(](\d{4})[\]］】）)]", r"〔\1〕", number)


def written_numbers(text: str, number: str | None) -> list[str]:
    """How the text writes the 文号 `number` where that is not its normal form (辽人社函(2011)121号), each
    distinct form once in reading order: what a reader searches the document for."""
    if not number:
        return []
    found = (m.group(0).strip() for m in NUMBER_RE.finditer(text))
    return list(dict.fromkeys(w for w in found if w != number and normalise_number(w) == number))


_SPACE = "[ \t\u3000\xa0\u200b]"
def _starts_body(text: str) -> bool:
    """A line that opens the body: a numbering marker (第X条 not quoted as 第X条的…, 一、, （一）) or a table row."""
    return text.startswith(("|", "｜")) or any(m.start == 0 for m in candidates(text))


_SENTENCE = re.compile(r"[。；;，,：:！？!?]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_YEAR = rf"{YEAR_NUMERAL}\s*年"
#: `2016年8月18日 …通过`, `（1996年5月27日国务院令第197号发布 根据…修订）`, `1985年12月30日`.
#: (…or the meeting first: （云南省第九届人民代表大会常务委员会第十六次会议于2000年5月26日审议通过）)
_HISTORY = re.compile(rf"^[（(]?\s*(?:{_YEAR}|根据.{{0,80}}{_YEAR}|[\u4e00-\u9fff]{{4,60}}?会议于\s*{_YEAR})")
#: a title the line cites (《关于修改〈…〉的决定》): its words are that text's
_CITED_TITLE = re.compile(r"《[^》]*》")
_HISTORY_VERB = re.compile(r"通过|发布|公布|修正|修订|批准|施行|实施|废止|印发|颁布|生效|决定|[）)]$")


def clean_heading(line: str) -> str:
    """`最高人民法院 关于适用《…》 侵权责任编的解释` → one string without layout spaces."""
    text = re.sub(f"{_SPACE}+", " ", line).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


def is_heading_line(line: str, limit: int = 120) -> bool:
    """A line that names or introduces rather than says: no sentence punctuation, no numbering."""
    text = line.strip()
    return bool(text) and len(text) <= limit and not _SENTENCE.search(text) and not _starts_body(text)


def is_history(line: str) -> bool:
    """A dated line saying how the text was adopted or amended, or a bare date; not a sentence: a line ending a
    sentence inside or introducing a list (…进行警报试鸣。试鸣共进行两次:) is the text's own, and a verb inside a
    title it cites (《甘肃省实施<…>办法》) says nothing of how this text was adopted."""
    text = line.strip()
    if not _HISTORY.match(text) or text.endswith(("。", ":", "：")) or "。" in text.rstrip("。）)"):
        return False
    return bool(_HISTORY_VERB.search(_CITED_TITLE.sub("", text))) or bool(re.fullmatch(rf"[（(]?{_DATE}[）)]?", text))


_DANGLING = re.compile(r"[是和与及的在对为把将从向了][”\"]?$")


def _dangling(line: str) -> bool:
    """A first line that stops on a word its sentence goes on from (2016年是 / “十三五”规划和): a sentence the
    page broke over lines, not a title; a 关于 title wrapped over lines (关于加快…的 / 若干意见) still is one."""
    return bool(_DANGLING.search(line)) and "关于" not in line


def read_header(lines: list[str]) -> Header:
    """Title, number and history lines at the top: only a number standing alone there is the document's own.

    The first line is the title when it reads as a heading (a portal copy may start with
    its addressees instead). Under it, history lines, the number, a repeated or wrapped
    title and other short heading lines belong to the header; the body starts at the
    first line that says something or is numbered.
    """
    title = number = issuer_line = None
    issuer: str | None = None  # as the header names it, joint issuers kept apart (A、B)
    history: list[str] = []
    seen_text = False
    order_number = False  # the line under a government's order head, numbering the order (第167号)
    for i, line in enumerate(lines):
        text = re.sub(_SPACE, " ", line).strip()
        if not text or not seen_text and not _CHINESE.search(text):
            continue  # a page's Latin banner above the title (RENOVATION) is no part of the header
        first, seen_text = not seen_text or (issuer_line is not None and title is None), True
        if order_number and _ORDER_NUMBER.match(text):
            order_number = False
            if (issued := _ORDER_ISSUES.match(_next_text(lines, i) or "")) and (title is None or title.endswith("令")):
                title = issued.group("title")  # 《大连市…暂行办法》已经…现予公布: the regulations the order issues
            continue
        if (
            (m := _ORDER_HEAD.match(text)) and (n := _ORDER_NUMBER.match(_next_text(lines, i) or ""))
            and bool(m.group("order")) != bool(n.group("order"))
        ):
            # 大连市人民政府令 / 第167号: a government's order, numbered by its own sequence, not a 文号
            number = number or f"{m.group('issuer')}令第{n.group('n')}号"
            issuer = issuer or m.group("issuer")
            order_number = True
            continue
        if m := _NUMBER_LINE.match(text):
            number = number or normalise_number(m.group(1))
        elif m := _DATED_NUMBER.match(text):
            number = number or normalise_number(m.group("n1") or m.group("n2"))
            history.append(m.group("d1") or m.group("d2"))  # the date it was issued, as a history line dates a version
        elif (m := _TITLE_THEN_NUMBER.match(text)) and is_title(m.group("title")):
            number = number or normalise_number(m.group("number"))
            title = title if title and names_document(title) else clean_heading(m.group("title"))
        elif (m := _NUMBERED_TITLE.match(text)) and is_title(m.group("title") or m.group("title_after")):
            numbered = m.group("number") or m.group("number_before")
            number = number or (normalise_number(numbered) if numbered else None)
            title = title or clean_heading(m.group("title") or m.group("title_after"))
        elif first and issuer_line is None and _ISSUER_ONLY.match(clean_heading(text)):
            issuer_line = _RED_HEADER.sub("", clean_heading(text))  # 中共柳河县委 柳河县人民政府 / a site's name
            issuer = joint_issuer(_RED_HEADER.sub("", text.strip()))
        elif first and is_heading_line(text) and not is_history(text) and not _dangling(text):
            heading = clean_heading(text)
            title = issuer_line + heading if issuer_line and heading.startswith("关于") else heading
            if ((before := _ISSUING_VERB.sub("", text.split("关于", 1)[0].strip())) and before != text
                    and not _PLACES_ONLY.fullmatch(clean_heading(before))):  # 保护区、姑苏区关于…: places, no organ
                # 成都市发展和改革委员会 中共成都市委社会工作部 … 关于…; a red header above may name it in full
                issuer = fuller_issuer(joint_issuer(before), [issuer])
        elif title and _wraps(title, text) and not number:
            title += clean_heading(text)  # 关于… wrapped over lines, closed by its document type
        elif title and issuer is None and names_bodies_only(text):
            issuer = joint_issuer(text)  # a law database's line under the title: 财政部 国家发展和改革委员会 …
        elif is_title(text) and (title is None or clean_heading(text) == title or not number):
            # a first heading that names no document (a site banner 辽阳, the page's 详细信息, a breadcrumb's
            # last item 就业创业) gives way to the title line under it
            title = (clean_heading(text) if _own_title(title, clean_heading(text), _next_text(lines, i))
                     or not names_document(title) else title)
        elif is_history(text):
            history.append(text)
        elif title and is_heading_line(text):
            if history:  # a history line wrapped mid-sentence
                history[-1] += text
            # one title over two lines: 区政府办公室印发 / 《…》的通知, or 教育部办公厅关于在天津等12个市设立第二批 /
            # 教育部…实验区的通知 under a page heading cut short (…设立第二批教育部基础教育综合改); a line with a 关于 of
            # its own is another title
            elif (after := _next_text(lines, i)) and (
                    _ISSUING_VERB.search(text) and is_title(after)
                    or "关于" not in after and _wraps(clean_heading(text), after)):
                title = clean_heading(text) + clean_heading(after)
        elif title and not names_document(title) and "关于" in (below := _next_text(lines, i) or "") and is_title(
                clean_heading(below)):
            continue  # a news headline under a channel's name (商业 / 九部门:拓展跨境电商出口…), the title line next
        elif m := _ORDER_INLINE.match(text):  # the order's text starts on this line: the body starts here
            title = m.group("title") if title is None or not names_document(title) else title
            return Header(title, number or f"{m.group('issuer')}令第{m.group('n')}号", i, history,
                          issuer or m.group("issuer"))
        else:
            return Header(title, number, i, history, issuer)
    return Header(title, number, len(lines), history, issuer)



def _wraps(title: str, line: str) -> bool:
    """`温州市人民政府关于培育农业农村` / `新动能…的若干政策意见`: a 关于 title without its document type,
    which the next heading line closes (that line may read as a short title itself)."""
    return ("关于" in title and not doc_type(title) and is_heading_line(line)
            and bool(doc_type(title + clean_heading(line))))


#: The first chapter or article of a text (第一章, 第1条): a title right above it is the text's own.
_FIRST_DIVISION = re.compile(r"^第\s*[一1]\s*[章条]")
#: A division heading (第一章 一般规定, 第二编): it may end in a document type but names no text.
_DIVISION = re.compile(r"^第\s*[一二三四五六七八九十百零〇\d]+\s*[编章节条]")


def _own_title(above: str | None, line: str, following: str | None) -> bool:
    """A title line the text opens right under (第一章 / 第一条 next) names the text itself; a heading
    above it that names no text it issues (关于印发…) is the hosting page's title (a sharing site files a
    province's 办法 under 威海鼓励企业…办法). Not when the line is the tail of the title above repeated over
    two lines (中华人民共和国全国人民代表大会 / 常务委员会议事规则; 资金管理暂行办法 under …资金管理办法, the tail
    with a 暂行 or 试行 of its own), nor a chapter heading (第一章 一般规定, 一、一般规定)."""
    return bool(above and following and _FIRST_DIVISION.match(following) and not _ISSUING_WORD.search(above)
                and _ON_TRIAL.sub("", line) not in above and not _DIVISION.match(line) and not _starts_body(line))


#: What marks a text issued on trial (暂行办法, 办法(试行)): a title's tail repeated with it is still that tail.
_ON_TRIAL = re.compile(r"[（(]试行[)）]|暂行|试行")


#: A notice names what it issues: its attached text may follow its title directly.
_ISSUING_WORD = re.compile(r"印发|转发|批转|颁布|发布")


#: a government's order: its head (大连市人民政府令, 河南省人民政府令), the number under it (第167号), and the
#: regulations it issues (《大连市奖励和保护见义勇为人员暂行办法》已经…审议通过,现予公布)
#: an order's head and the number line under it: 大连市人民政府令 / 第167号, 海关总署令 / 第 131 号, or the word 令
#: opening the number line instead (福建省人民政府 / 令第143号) — 令 once, in one of the two
_ORDER_ISSUER = r"[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|总署)"
_ORDER_N = r"第\s*(?P<n>\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号"
_ORDER_TITLE = r"《(?P<title>[^《》]{4,60})》(?:已经|经)"
_ORDER_HEAD = re.compile(rf"^(?P<issuer>{_ORDER_ISSUER})(?P<order>令)?$")
_ORDER_NUMBER = re.compile(rf"^(?P<order>令)?{_ORDER_N}$")
_ORDER_ISSUES = re.compile(rf"^{_ORDER_TITLE}")
#: the three on the one line a flattened page starts the text with (a ministry's order too: 民政部令第47号):
#: 湖北省人民政府令第129号《湖北省拥军优属暂行办法》已经…
_ORDER_INLINE = re.compile(rf"^(?P<issuer>{_ORDER_ISSUER}|[\u4e00-\u9fff]{{2,20}}?部)令\s*{_ORDER_N}\s*{_ORDER_TITLE}")


def _next_text(lines: list[str], i: int) -> str | None:
    """The next non-empty line after line `i`, stripped."""
    return next((text for line in lines[i + 1:] if (text := re.sub(_SPACE, " ", line).strip())), None)


def _lines_to_number(lines: list[str], window: int) -> tuple[list[str], re.Match[str] | None]:
    """The non-empty lines above a 文号 standing alone among the first `window` of them, and that 文号's match
    (None when none stands there)."""
    seen: list[str] = []
    for line in lines:
        text = re.sub(_SPACE, " ", line).strip()
        if not text:
            continue
        if m := _NUMBER_LINE.match(text):
            return seen, m
        seen.append(text)
        if len(seen) >= window:
            break
    return seen, None


def early_number(lines: list[str], window: int = 12) -> str | None:
    """A 文号 standing alone on one of the first lines, under a 导读 or summary paragraph that ended the
    header before it (天津 portal pages: title, 导读：…, then 津政办函〔2017〕103号)."""
    m = _lines_to_number(lines, window)[1]
    return normalise_number(m.group(1)) if m else None


def title_above_number(lines: list[str], window: int = 12) -> str | None:
    """A title wrapped over the one or two lines right above a 文号 standing alone among the first lines, under a
    page's blurb that ended the header before it (留学群…栏目,提供… / 07-22 / 国家发展改革委 财政部关于改革 /
    全国性职业资格考试收费标准管理方式的通知 / 发改价格[2015]1217号): the lines read as one title."""
    seen, number = _lines_to_number(lines, window)
    if number is None or not seen:
        return None
    # the line above opens a 关于 title its last line closes; a last line with a 关于 of its own is whole
    # (关于评选…的通知 under a page heading 中国模协继续推荐…)
    wrapped = len(seen) > 1 and "关于" in seen[-2] and "关于" not in seen[-1]
    title_lines = seen[-2:] if wrapped else seen[-1:]
    joined = "".join(clean_heading(t) for t in title_lines)
    # an issuer on the line above a title opening with 关于 (四川省人民政府办公厅 / 关于印发《…》的通知) is the title's
    above = seen[-len(title_lines) - 1] if len(seen) > len(title_lines) else ""
    if joined.startswith("关于") and above and _ISSUER_ONLY.match(clean_heading(above)):
        joined = clean_heading(above) + joined
    return joined if "关于" in joined and is_title(joined) else None


def title_under_chrome(lines: list[str], window: int) -> str | None:
    """The first line among the first `window` that is a title (X关于…的通知, 福建省贯彻《…》实施细则), a 关于 title
    first: a page whose header names no document (小程序 / 手机浏览 / 登录/注册 over a law site's repost) holds its
    title further down, where no 文号 stands under it."""
    titles = [heading for heading in map(clean_heading, lines[:window]) if is_title(heading)]
    return next((t for t in titles if "关于" in t), titles[0] if titles else None)


#: a site's name set after a page's title (…试鸣防空警报的通告 -凯发app官网开户, …若干政策的通知-k8凯发欧洲杯)
_SITE_SUFFIX = re.compile(rf"^(?P<title>.*?(?:{_TYPES}){_TRIAL})\s*[-–—_|｜]+\s*(?P<site>[^《》“”\-–—_|｜]{{1,30}})$")


def without_site_suffix(title: str) -> str:
    """A page title with the site's name after its dash left off, when the title ends as a document's does."""
    m = _SITE_SUFFIX.match(title)
    return m.group("title") if m and not is_title(m.group("site")) else title


#: 印发 / 转发 between an issuer and 关于 in a title: the act, not part of the issuer's name.
_ISSUING_VERB = re.compile(r"(?:印发|转发|批转)$")
#: 我市 / 全市 / 本县: how a text names its own government when neither title nor issuer does.
_SELF_REFERENCE = re.compile(r"(?:我|全|本)(省|市|县|区)")
#: 由市经信局负责解释, 会同省财政厅: an organ named by the level word alone, after a word that starts a phrase
_BARE_OWN_ORGAN = re.compile(
    r"(?:^|(?<=[由向经报和与及同至在对、，,。：:；;（(\s]))(省|市)(?=[\u4e00-\u9fff]{1,5}?(?:局|厅|委)(?![\u4e00-\u9fff]{0,1}员))"
)
#: 结合淮安实际 / 结合盘县实际: the text names its own place.
_OWN_PLACE = re.compile(r"结合(?P<place>[\u4e00-\u9fff]{1,12}?)实际")


def place_government(place: str) -> Government:
    """The government of a place as a text names it: 盘县, 官渡区, 淮安 (a prefecture city's short name);
    not 我市 or 本地, which only say "ours"."""
    if place[:1] in "我本全该此当":
        return Government(Level.OTHER)
    found = government_of(place)
    if found.level == Level.OTHER and (city := government_of(place + "市")).level == Level.CITY:
        return city
    return found


def government_from_text(body: str) -> Government:
    """The government a text calls its own, for texts whose title and issuer name no place.

    结合淮安实际 names it. Else 我市 and 全市 throughout with 广州市 named → 广州市: the level word
    must recur (twice at least, and more than any other) and the place is the one of that level
    the text itself names most; names inside 《》 are other documents' and do not count.
    """
    own_text = re.sub(r"《[^》]*》", "", body)
    if (m := _OWN_PLACE.search(own_text[:3000])) and (found := place_government(m.group("place"))).level != Level.OTHER:
        return found
    levels = Counter(m.group(1) for m in _SELF_REFERENCE.finditer(own_text)).most_common()
    if not levels:  # 由市经信局负责解释: its own organs named by the level word alone say the level too
        levels = Counter(m.group(1) for m in _BARE_OWN_ORGAN.finditer(own_text)).most_common()
    if not levels or levels[0][1] < 2 or len(levels) > 1 and levels[1][1] == levels[0][1]:
        return Government(Level.OTHER)
    if levels[0][0] in "县区":  # a county has no list to check a name against: it must be placed in the text
        return placed_county(own_text, levels[0][0])
    wanted = {"省": (Level.PROVINCE,), "市": (Level.CITY, Level.PROVINCE)}[levels[0][0]]  # 我市 in 天津: 直辖市
    # 我市 is a city's or a 直辖市's: a province it names otherwise (甘肃…有限公司) is not its own
    named = Counter(g for g in places_named(own_text) if g.level in wanted and (
        (levels[0][0] == "市") == (g.level == Level.CITY or g.province in MUNICIPALITIES)))
    if not named:  # 我省 throughout, the province named only in the titles it cites (《中共浙江省委…》): of that
        exact = wanted[0]  # level alone, so a city's text citing its province's 《广东省…》 is not the province's
        named = Counter(g for g in places_named(body) if g.level == exact)
        if len(named) > 1:
            return Government(Level.OTHER)
    return named.most_common(1)[0][0] if named else Government(Level.OTHER)


#: Addressees only a province's own government writes to (省政府各部门, 省直各单位).
_PROVINCE_ADDRESSEES = re.compile(r"省(?:人民)?政府各(?:部门|委办厅局|直属机构)|省直(?:各|有关)(?:部门|单位)")


def addressed_province(body: str, text: str, issuer: str | None = None) -> Government:
    """A notice (`body`) addressed to a province's own departments (各市、州、县人民政府,省政府各部门:) is that
    province's; which province, the one the whole `text` names outside 《》 (湖北银监局, 人行武汉分行 in the tasks it
    attaches). None where it names several or none, or where its `issuer` is named other than by provincial
    organs without their province (省长吉图办 省财政厅 signing a notice to 长春市、吉林市…,省直有关部门)."""
    if issuer and not all(_BARE_PROVINCIAL_ORGAN.match(organ) for organ in re.split(r"[\s、,，]+", issuer.strip())):
        return Government(Level.OTHER)
    if not ((m := opening_salutation(body)) and _PROVINCE_ADDRESSEES.search(m.group(1))):
        return Government(Level.OTHER)
    provinces = {g.province for g in places_named(re.sub(r"《[^》]*》", "", text)) if g.province}
    if len(provinces) != 1:
        return Government(Level.OTHER)
    province = provinces.pop()
    return Government(Level.PROVINCE, province, province if province in MUNICIPALITIES else None)


#: how far after the start of its city's name a placed county's name may end (黑龙江省哈尔滨市平房区)
_PLACED_SPAN = 16


def placed_county(text: str, level_word: str) -> Government:
    """The county a text calling itself 本区 / 我县 belongs to: the one county of that level word it names
    right after its city or province (在哈尔滨市平房区…, 北京市大兴区…), not a kind of area (哈尔滨开发区)
    nor a place at no level (市区). None found, or two different ones (a text comparing counties): none."""
    found = {
        place for m in HIGHER_PLACE.finditer(text)
        if (place := government_of(text[m.start():m.start() + _PLACED_SPAN], title=True)).county
        and place.county.endswith(level_word) and not AREA.fullmatch(place.county)
        and not _NOT_A_PART.match(place.county)
    }
    return found.pop() if len(found) == 1 else Government(Level.OTHER)


#: a county, district, town or area named right after its province or city (东莞市·石龙镇, 北京市·大兴区)
_PART_AFTER = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:新区|开发区|园区|区|县|旗|镇|街道|乡)")
#: `发文部门:工业和信息化部`, `【发布单位】中华人民共和国商务部`: a page's line naming who issued the text,
#: whatever its label
_LABELLED_ORGAN = re.compile(
    r"^(?:【\s*[\u4e00-\u9fff]{2,6}\s*】|[\u4e00-\u9fff]{2,6}\s*[:：])\s*(?P<organ>[\u4e00-\u9fff（）()]{2,40})$"
)
#: how many non-empty lines (and at most how many characters) of the opening name the text's own place
_OPENING_LINES = 3
_OPENING_CHARS = 200
#: where a province or prefecture city is named
_PLACE_START = re.compile("|".join(sorted({*PROVINCES, *CITY_PROVINCE}, key=len, reverse=True)))
#: the act of issuing before the name of the text a notice issues (关于印发广西实施…的通知)
_ISSUED_NAME = re.compile(r"^关于(?:印发|转发|批转)?《?")


def recovered_government(number: str | None, title: str, lines: list[str]) -> Government:
    """The government of a text whose issuer, title and wording named none, from what else it shows:
    its 文号's organ code (鲁政办字 → 山东, 国办发 → the state; see regions.government_of_number), the
    name of the text a notice issues (关于印发广西实施…的通知 → 广西), an organ a page's line names
    (发文部门:工业和信息化部), or the one place its first lines name outside 《》 (东莞市石龙镇高新技术企业
    奖励政策, 内蒙古自治区 2023 年…政策清单, [地址:北京海淀中关村]), with the county, town or area
    written right after it. Places named there that disagree (two provinces) name none."""
    # 自治区人民政府办公厅关于… with 宁政办发 is 宁夏's (宁波 and 南京 share 宁, which a 文号 alone cannot tell)
    if (found := government_of_number(number, autonomous=title.startswith("自治区"))).level != Level.OTHER:
        return found
    if (m := _AREA_TITLE.match(title)) and (found := government_of(m.group(0))).level != Level.OTHER:
        return found  # 苏州工业园区支持…问答: an area named after its city, at the title's start
    if title.startswith("关于") and (found := government_of(_ISSUED_NAME.sub("", title), title=True)).level != Level.OTHER:
        return found
    opening = [text for line in lines if (text := re.sub(f"{_SPACE}+", " ", line).strip())][:_OPENING_LINES]
    for text in opening:
        if (m := _LABELLED_ORGAN.match(text)) and (found := issuer_government(m.group("organ"))).level != Level.OTHER:
            return found
    # a notice addressed to every province (各省、自治区、直辖市…,新疆生产建设兵团卫生局:) is the state's: only a
    # national organ writes to them all (商务部办公厅's notice on a repost without its title or signature); the
    # places it names are those it reaches. One to a province's cities (各市、县人民政府…, 各省辖市…) may name its own
    if any((m := salutation(text)) and _TO_EVERY_PROVINCE.search(m.group(1)) for text in opening):
        return Government(Level.NATIONAL)
    opening = [text[m.end():] if (m := salutation(text)) and _TO_PROVINCES.search(m.group(1)) else text
               for text in opening]
    text = re.sub(r"《[^》]*》", " ", " ".join(opening))[:_OPENING_CHARS]  # a flattened text is one line
    named = [g for g in places_named(text) if g.province not in _NOT_ISSUING]
    if not named or len({g.province for g in named}) > 1:
        return Government(Level.OTHER)
    first = min(m.start() for m in _PLACE_START.finditer(text))
    found = government_of(text[first:first + 40], title=True)  # 广东省东莞市…: the province and its city
    where = found.city if found.city and found.city != found.province else found.province
    for m in re.finditer(re.escape(where or ""), text):
        after = re.match(rf"(?:{'|'.join(PROVINCE_SUFFIXES)}|州|盟|地区)?+(?P<part>{_PART_AFTER.pattern})", text[m.end():])
        if where and after and not _NOT_A_PART.match(after.group("part")) and not found.county:
            return Government(Level.COUNTY, found.province, found.city, after.group("part"))
    return found if found.level != Level.OTHER else named[0]


#: addressees that are the provinces themselves: the sender stands above them
_TO_PROVINCES = re.compile(r"各省|自治区、直辖市|自治區、直轄市")
#: addressees that are every province (各省、自治区、直辖市, 各省（区、市）), not a province's cities (各省辖市)
_TO_EVERY_PROVINCE = re.compile(r"各省[、（(]|自治区、直辖市|自治區、直轄市")
#: an area named after its city at a title's start (苏州工业园区, 合肥高新区, 西安经开区)
_AREA_TITLE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:工业园区|高新区|经开区|开发区|新区|自贸区|保税区)")
#: places a mainland text names as the subject of a national rule (往来台湾地区), never as its issuer
_NOT_ISSUING = frozenset({"台湾", "香港", "澳门"})
#: what may follow a place's name without being a part of it (广东省区域…, 北京市县两级)
_NOT_A_PART = re.compile(r"^(?:地区|市区|城区|县区|区县|县级|区级|全区|全县|自治区)")


#: the date a history line says the text takes effect from (自2022年3月1日起施行): its effect, not a version
_EFFECT_IN_HISTORY = re.compile(rf"自\s*(?P<date>{_DATE})\s*起")
#: an order a history line says the text was published by (2021年12月25日甘肃省人民政府令第160号公布)
_ORDER_IN_HISTORY = re.compile(
    r"(?:(?<=\d日)|(?<![\u4e00-\u9fff\d]))(?P<issuer>[\u4e00-\u9fff]{2,20}?(?:人民政府|国务院|部|委员会|总局|署|局))令\s*"
    r"(?P<n>第\s*\d{1,4}\s*号)\s*(?:公布|发布)"
)


def history_date(history: list[str]) -> str | None:
    """The latest date the history lines name: the version of the text (a date it takes effect from is none)."""
    dates = [to_iso(m.group(0)) for line in history for m in re.finditer(_DATE, _EFFECT_IN_HISTORY.sub("", line))]
    return max(dates) if dates else None


def history_effect(history: list[str]) -> str | None:
    """The date the history lines say the text takes effect from (自2022年3月1日起施行); None where they say none."""
    dates = [to_iso(m.group("date")) for line in history for m in _EFFECT_IN_HISTORY.finditer(line)]
    return max(dates) if dates else None


def history_order(history: list[str]) -> tuple[str | None, str | None]:
    """(number, issuer) of the one order the history lines say published the text (甘肃省人民政府令第160号公布):
    a regulation's number and issuer where its page prints no title or header. (None, None) where they name
    none or several (a law amended by later orders)."""
    orders = [m for line in history for m in _ORDER_IN_HISTORY.finditer(line)]
    if len(orders) != 1:
        return None, None
    issuer, ordinal = orders[0].group("issuer"), re.sub(r"\s", "", orders[0].group("n"))
    return f"{issuer}令{ordinal}", issuer


def title_from_text(text: str) -> str | None:
    """`浙江省人民政府办公厅关于…的实施意见` named somewhere outside 《》 (which cite other documents). A news
    lead reports the act before 关于 (安徽省人民政府发布关于…的通知): the document it names is the issuer's 关于….
    """
    m = _TITLE_IN_TEXT.search(re.sub(r"《[^》]*》", "", text))
    if m is None:
        return None
    # the title names the text it issues in 《》 (关于印发《林业生物能源原料基地检查验收办法》的通知): found without
    # them, it is read back from the text with them, not cut to 关于印发的通知
    written = re.search("".join(re.escape(ch) + r"(?:《[^《》\n]{1,80}》)?" for ch in m.group(0)), text)
    return _REPORTED_ACT.sub("关于", (written or m).group(0), count=1)


#: how running text reports that an issuer put out a document: 发布关于…, 出台关于…, 下发关于…
_REPORTED_ACT = re.compile(r"(?:发布|出台|下发)关于")


#: `砚山县招商引资优惠政策(试行) (砚发201120 号) 为进一步…`: on a text flattened into one line, a name
#: followed by a bracketed 文号 (its brackets may be lost in the copy) is the title, whatever word it ends with.
_TITLE_BEFORE_NUMBER = re.compile(
    r"(?:^|\s)(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{3,40}?)\s*[（(]\s*[\u4e00-\u9fff]{1,8}\s*"
    r"[〔\[［【（(]?\s*\d{4}\s*[〕\]］】）)]?\s*\d{1,4}\s*[号號]\s*[）)]")


def numbered_title(text: str, window: int = 300) -> str | None:
    """The name a flattened text gives itself right before its bracketed 文号, near its start."""
    m = _TITLE_BEFORE_NUMBER.search(text[:window])
    return clean_heading(m.group("title")) if m else None


#: 现将《X》印发给你们 / 《X》已经区政府…同意，现予印发: a covering notice names the text it issues.
#: 《A》《B》《C》已经市政府…通过，现印发给你们: several texts issued by one notice.
#: 现将 《X》(以下简称 《方案》)印发给你们: the short name it gives the text may stand in between.
_ISSUING = re.compile(r"现将\s*(?P<a>(?:《[^《》]{2,80}》\s*[、和及]?\s*)+)(?:[(（]以下简称[^()（）。]{0,20}[)）])?[^。《》]{0,20}?印发"
                      r"|(?P<b>(?:《[^《》]{2,80}》[、和及]?)+)[^。《》]{0,60}?现(?:予|将其?)?印发")
#: 结合官渡区实际，特制定如下政策措施: a text that names neither itself nor its issuer still says whose it is.
_SELF_NAMED = re.compile(r"结合(?P<place>[\u4e00-\u9fff]{2,12}?)实际[，,]?\s*(?:特|现)?制定(?:如下|本|以下)(?P<form>[\u4e00-\u9fff]{2,6}?)[。:：，,]")
#: 已经区政府…同意 / 已经县人民政府常务会议审议通过: the issuing government, by its level word.
_APPROVED_BY = re.compile(r"已经(?:[\u4e00-\u9fff]{0,8}?)(?P<level>省|市|区|县)(?:人民)?政府[^。]{0,30}?(?:同意|通过)")


def issued_names(body: str) -> list[str]:
    """The names of the texts a covering notice says it issues (现将《X》印发给你们, 《X》已经省政府同意，现印发), as
    written, whatever kind of text they are (重点工作任务 too); none when its opening does not say so."""
    m = _ISSUING.search(body[:1000])
    return re.findall(r"《([^《》]+)》", m.group("a") or m.group("b")) if m else []


def issued_text(body: str) -> str | None:
    """The name of the text a covering notice issues, when its opening says so and names a kind of document;
    several texts as the first of them and their count (开封市推动…实施方案等三个文件), as such notices are titled."""
    names = issued_names(body)
    if not names or not doc_type(names[0]):
        return None
    return names[0] if len(names) == 1 else f"{names[0]}等{int_to_cn(len(names))}个文件"


def notice_title(body: str, issuer: str | None) -> str | None:
    """`X关于印发Y的通知` for a notice whose page lost its title line but whose opening says 现将《Y》印发."""
    issued = issued_text(body)
    return f"{issuer or ''}关于印发{issued}的通知" if issued else None


def self_named_title(body: str) -> str | None:
    """`官渡区政策措施` from 结合官渡区实际，特制定如下政策措施: a place and a form, when no title is given."""
    m = _SELF_NAMED.search(body[:1500])
    if m and doc_type(m.group("form")) and place_government(m.group("place")).level != Level.OTHER:
        return m.group("place") + m.group("form")
    return None


def approving_government(body: str, government: Government) -> str | None:
    """`花山区人民政府` when a notice says 已经区政府…同意 and the title names the place (花山区…办法)."""
    m = _APPROVED_BY.search(body[:1000])
    if not m:
        return None
    level = m.group("level")
    if level in "区县" and government.county and government.county.endswith(level):
        return f"{government.county}人民政府"
    if level == "市" and government.city and not government.county:
        return f"{government.city}市人民政府"
    if level == "省" and government.province and not government.city:
        return f"{government.name}人民政府"
    return None


def approved_place(body: str) -> Government:
    """开封市 for a notice whose issuer and title are lost but which says 《开封市推动…实施方案》…
    已经市政府…通过: the level word of the approving government, and the place the issued text's
    name starts with when it is of that level."""
    m = _APPROVED_BY.search(body[:1000])
    issued = issued_text(body)
    if not m or not issued:
        return Government(Level.OTHER)
    found = government_of(issued, title=True)
    wanted = {"省": (Level.PROVINCE,), "市": (Level.CITY,), "区": (Level.COUNTY,), "县": (Level.COUNTY,)}[m.group("level")]
    return found if found.level in wanted else Government(Level.OTHER)


@dataclass
class Signature:
    issuer: str | None
    date: str | None  # ISO
    line: int  # index of the date line
    first_line: int  # index of the issuer line when it stands on its own


def to_iso(date: str) -> str:
    y, m, d = re.match(r"(.+)年(.+)月(.+)日", date).groups()
    return f"{cn_to_int(y):04d}-{cn_to_int(m):02d}-{cn_to_int(d):02d}"


#: A signature's date whose 年/月/日 a page lost (2021年5月20日 → 2021520, 2019年1月14日 → 2019114).
_BARE_DATE = re.compile(r"^((?:19|20)\d\d)(\d{3,4})$")


def bare_date(text: str) -> str | None:
    """2021520 → 2021-05-20: the one reading of the digits after the year as a month and a day; None where
    none or two are (2019114 is 1月14日 or 11月4日)."""
    m = _BARE_DATE.match(text)
    if not m:
        return None
    year, rest = m.groups()
    readings = [(rest[:k], rest[k:]) for k in (1, 2)]  # a month of one digit or two, the day after it
    valid = [(int(mo), int(d)) for mo, d in readings if 1 <= len(d) <= 2 and d != "0"
             and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31]
    return f"{year}-{valid[0][0]:02d}-{valid[0][1]:02d}" if len(valid) == 1 else None


def _signing_line_above(lines: list[str], i: int) -> int | None:
    """The line right above line i when it names the body that signs (…人民政府, …局), not a line a mirror
    put there (江南国际收益)."""
    above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].strip()), None)
    if above is not None and _ISSUER_LINE.match(lines[above].strip()) and _SIGNING_BODY.search(lines[above].strip()):
        return above
    return None


def find_signature(lines: list[str], before: int, after: int = 0) -> Signature | None:
    """The last `issuer date` block between `after` (the body start) and `before`; the issuer
    may sit on the line above the date. A date in the header is history, not a signature. A date line
    that lost its 年/月/日 (2019114) under a signing body's line still closes the text: its body signs,
    and its date is read where the digits allow one reading only."""
    for i in range(min(before, len(lines)) - 1, after - 1, -1):
        line = lines[i].strip()
        if _BARE_DATE.match(line) and (above := _signing_line_above(lines, i)) is not None:
            return Signature(lines[above].strip(), bare_date(line), i, above)
        m = SIGNATURE_RE.match(line)
        if not m:
            continue
        issuer, first = (m.group("issuer") or "").strip() or None, i
        if issuer is None and (above := _signing_line_above(lines, i)) is not None:
            issuer, first = lines[above].strip(), above
        return Signature(issuer, to_iso(m.group("date")), i, first)
    return None


def issuer_from_title(title: str | None) -> str | None:
    """`天津市人民政府办公厅` from 天津市人民政府办公厅(印发)关于…的通知."""
    if title and "关于" in title:
        issuer = _ISSUING_VERB.sub("", title.split("关于", 1)[0].strip().rstrip("《“"))
        if _PLACES_ONLY.fullmatch(issuer):
            return None  # 富阳区关于…, 保护区、姑苏区关于…: whose text it is, not the organ that issued it
        return issuer if _NAME_LIKE.fullmatch(issuer) else None  # 《关于…实施细则》的通知 names no issuer
    return None


def fuller_issuer(issuer: str | None, others: list[str | None]) -> str | None:
    """The same organ named with its place: a title or page table may name its issuer bare
    (区人民政府办公室, 立山区人民政府) where the signature or the red header names it in full
    (蔡甸区人民政府办公室, 鞍山市立山区人民政府); the name that ends with it and names a place wins.
    A repost may shorten a joint title to its first issuer (云南省财政厅关于印发…) while the signature
    still lists every body that signed it (云南省财政厅 云南省人力资源和社会保障厅): the signature's list wins."""
    if not issuer:
        return issuer
    for other in others:  # a signature naming the title's issuer among others: they issued it jointly
        joint = joint_issuer(other) if other else ""
        if "、" in joint and "、" not in issuer and issuer in joint.split("、"):
            return joint
    bare = issuer.replace("、", "")
    fuller = [o for o in others if o and len(o) > len(issuer) and o.replace("、", "").endswith(bare)
              and government_of(o).level != Level.OTHER]
    return max(fuller, key=len) if fuller else issuer


#: Places only, one or a list (富阳区, 保护区、姑苏区, 浙江省杭州市): no organ named.
_PLACES_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区|旗|镇|乡|街道)[、，,和与及]?)+")
#: What an issuer's name is made of: Chinese words (joint issuers apart by 、 or spaces), brackets.
#: joint issuers counted after the first (商务部等9部门): the first is named, the others only counted
_COUNTED_OTHERS = r"等\d{1,2}个?部门"
_NAME_LIKE = re.compile(rf"[\u4e00-\u9fff][\u4e00-\u9fff、（）()\s]+(?:{_COUNTED_OTHERS})?")


def issuer_government(issuer: str | None) -> Government:
    """The government an issuer belongs to; a ministry (财政部, 工信部 …) is the state's, and so is its
    general office (工业和信息化部办公厅, whose 文号 reads 工信厅…)."""
    first = re.split(r"[\s、，,]+", issuer.strip())[0] if issuer else ""
    first = re.sub(rf"{_COUNTED_OTHERS}$", "", first)  # 商务部等9部门: the first of the joint issuers
    ministry = re.sub(r"(?:办公厅|办公室)$", "", first)
    if any(name in NATIONAL_UNITS or name in NATIONAL_ALIASES for name in (first, ministry)):
        return Government(Level.NATIONAL)
    return government_of(issuer)


def bare_organ_government(issuer: str | None, title: str = "") -> Government:
    """区政府办公室 → a district's government, its district unnamed: a document naming its own
    government by the level word alone still says at which level it was issued. Its place is the one
    of that level the title's subject starts with (市人民政府关于印发咸宁市…办法的通知 → 咸宁市): a
    government issues its own place's rules, and a gazette's notice names itself by the level word."""
    m = _BARE_ORGAN.match(issuer.strip()) if issuer else None
    if not m:
        return Government(Level.OTHER)
    level = _LEVEL_WORD[m.group(1)]
    subject = _ISSUED_NAME.sub("", title[title.find("关于"):]) if "关于" in title else ""
    found = government_of(subject, title=True)
    return found if found.level == level else Government(level)


#: A provincial organ named by its level word alone (自治区乡村振兴局, 省财政厅): a department, not the government
_BARE_PROVINCIAL_ORGAN = re.compile(r"^(?:自治区|省)(?![人政])[\u4e00-\u9fff]{2,14}(?:厅|局|委员会|委|办公室|办)$")


def numbered_provincial_organ(issuer: str | None, number: str | None) -> tuple[Government, str | None]:
    """自治区乡村振兴局 issuing 桂乡振发〔2021〕18号: a provincial organ named by its level word alone, whose 文号
    opens with a province's one-character code (桂 → 广西), is that province's; with its issuer named in full
    (广西壮族自治区乡村振兴局). A department's code (乡振) may be anything, so the organ's level word must say it
    is a province's: a city organ's 文号 (桂林's 市林业局) shares the province's character."""
    code = re.sub(r"\s+", "", number or "")
    if not issuer or not _BARE_PROVINCIAL_ORGAN.match(issuer) or not code or code[0] not in NUMBER_PROVINCES:
        return Government(Level.OTHER), issuer
    government = Government(Level.PROVINCE, NUMBER_PROVINCES[code[0]])
    full = government.name or ""
    return government, full + issuer.removeprefix("自治区").removeprefix("省") if full else issuer


def placed_organ(issuer: str, government: Government) -> str:
    """市人民政府 → 咸宁市人民政府: an organ named by its level word alone, with its government's place."""
    m = _BARE_ORGAN.match(issuer)
    if not m or government.level != _LEVEL_WORD[m.group(1)]:
        return issuer
    place = government.county or government.city or Government(Level.PROVINCE, government.province).name or ""
    name = place.removesuffix(m.group(1))  # the organ's level word ends the place's name: 咸宁 + 市人民政府
    return f"{name}{issuer}" if name and (name != place or government.level == Level.CITY) else issuer


#: An organ named by its level word alone (区人民政府办公室, 县政府, 市政府办公室, an autonomous prefecture's 州人民政府),
#: as a document names its own government: the level is known, the place is not.
_BARE_ORGAN = re.compile(r"^(省|市|州|区|县)(?:人民)?政府")
_LEVEL_WORD = {"省": Level.PROVINCE, "市": Level.CITY, "州": Level.CITY, "区": Level.COUNTY, "县": Level.COUNTY}


def doc_type(title: str) -> str | None:
    core = re.sub(_TRIAL + "$", "", title.strip())
    return next((t for t in DOC_TYPES if core.endswith(t)), None)


def unmask_type(title: str) -> str:
    """`长丰县推动经济高质量发展若干*策` → …若干政策: a mirror's word filter masks characters with `*`;
    where the masked ones are in the document type a title ends with, only that type fits."""
    for kind in DOC_TYPES:
        end = title[-len(kind):]
        if ("*" in end and len(end) == len(kind) and all(a in ("*", b) for a, b in zip(end, kind))
                and end.strip("*")):  # a type some of whose characters still show
            return title[: -len(kind)] + kind
    return title


def short_title(title: str, region: str | None) -> str:
    """浙江省人民政府办公厅关于…的实施意见 → 浙江实施意见: what a citation calls an unnumbered document."""
    kind = doc_type(title)
    return f"{region}{kind}" if region and kind else title
