"""Text cleaning before a policy text is read: what crawlers and reposting sites add to a text.

The forms, each seen on a real copy and each general to the sites that produce it:

* the small form variants of punctuation some sites print (﹔ for ；, ﹝﹞ for 〔〕): read as the marks.
* pinyin glosses a reading-aid page prints after characters (发(fā), 数(shù)): they cut a title and a
  文号 (黑政办发(fā)〔2005〕49号) so neither is recognised. Only a bracket holding lowercase latin
  letters with a pinyin tone mark is a gloss; (试行), (2023), (一), (de) stay.
* the banners a document-sharing site glues to the text it reposts (精选优质文档-倾情为你奉上):
  one vocabulary list, stripped wherever they stand.
* a title glued to the first chapter or article of a text a site flattened into one line
  (…优惠办法(试行)第一章总则 第一条…): the title goes back on its own line.
* the ordinal a document-collection page puts before each text it holds (第一篇:中央财政…管理办法,
  第二篇：…): it hides the title, as the line no longer reads as one.
* the chrome of the page a text was copied from (`strip_page_furniture`): the info bar under a title
  (时间: 2025-03-05 |来源: |浏览量:|字号:) loses its counters and widgets and keeps its date and source under
  labels the page-table reader knows; share/print/close widgets, a magazine site's 免费制作 / 更多内容 /
  杂志分类, a 详细信息 caption, a law mirror's 下载地址 link and its navigation bar (热门站点| 世界资料网 | …), the breadcrumb (当前位置: 首页 > … > 就业创业) and the crumb a page repeats
  as its column heading above it go; a compilation's running header and page number glued to the text
  (湖州市政策篇443关于…) are cut off.
* a title glued to the opening sentence of the text (关于推动…的若干政策为深入贯彻…): split like the
  title glued to 第一章, and so a 文号 and date the text runs on after (鄂政办发[1997]69号 1997年6月18日经研究,…).
"""

from __future__ import annotations

import re

from .metadata import DATED_NUMBER_RUN_ON, DOC_TYPES, is_heading_line, is_title

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: 发(fā) / 環（huán）: a gloss after a Chinese character, with at least one tone mark.
_RUBY = re.compile(rf"(?<=[\u4e00-\u9fff])[（(][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*[）)]")

#: Banners document-sharing sites add to every text they repost (one entry per banner seen on a real
#: copy); the dashes and spaces between a banner's halves vary from copy to copy.
REPOST_BANNERS: tuple[str, ...] = (
    "精选优质文档-倾情为你奉上",
)
_BANNER_RE = re.compile("|".join(
    r"[-—–\s]*".join(re.escape(part) for part in banner.split("-")) for banner in REPOST_BANNERS
))

#: The first chapter or article of a text (第一章, 第一条, 第1条).
_FIRST_DIVISION = re.compile(r"第\s*[一1]\s*[章条]")
#: Where a 关于… title's type word runs into the text's opening sentence (…的若干政策为深入贯彻…).
_TITLE_THEN_OPENING = re.compile(
    rf"(?:{'|'.join(DOC_TYPES)})(?:[（(](?:试行|暂行|修订|征求意见稿)[）)])?(?=为了|为|根据|按照)")


def strip_ruby(text: str) -> str:
    """`黑政办发(fā)〔2005〕49号` → 黑政办发〔2005〕49号."""
    return _RUBY.sub("", text)


#: Unicode's small form variants of the punctuation (U+FE50–FE6B), which some sites print (﹝牵头单位:市科技局﹔
#: 责任单位:…﹞): read as the marks they stand for, so a list ends at its ； and a bracket closes.
#: ﹒ is an item's dot (2﹒社会消费品…), kept a dot: ．
_SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞", "，、．；：？！（）｛｝〔〕")


#: A character the page's encoding lost, printed as ASCII ? between two Chinese characters (四川省财政厅??四川省
#: 农业农村厅关于…), with the rest of a lost ruby's pinyin after it (长??h和各先导区, from 長海縣(xiàn)): no Chinese
#: text writes a half-width ? there; it is read as the space it most often was (the one between two issuers of a
#: joint title), so the title, or the sentence, is not cut at it.
_LOST_CHARACTERS = re.compile(r"(?<=[\u4e00-\u9fff])\?+[a-z]{0,3}(?=[\u4e00-\u9fff])")


#: Emoji and pictographs a copying site strews through a text (二🤸🏿♀️、防空警报试鸣的范围, 组织实施🥪): no policy text
#: writes them, and one between a numeral and its 、 hides the chapter. Kept: ★☆ (a unit's mark), ✓✔ and the
#: circled numbers a list counts with (①, ❶).
_PICTOGRAPHS = re.compile(
    "[\U0001F000-\U0001FAFF\U00013000-\U0001342F\u2600-\u2604\u2607-\u2712\u2715-\u2775\u2794-\u27BF"
    "\u24B6-\u24E9\u2B00-\u2BFF\uFE0E\uFE0F\u200D]"
)


#: The same lost characters opening a line (??一、實施背景, ??“一老一小”是…): the two full-width spaces a paragraph
#: was indented with, printed as ASCII ??; left there they hide the line's numbering (一、, (一)). A lone ? is left:
#: it may stand for a lost mark of the text's own.
_LOST_INDENT = re.compile(r"(?m)^[ \t]*\?{2,4}(?=[^\s?]|[ \t]*$)")


def plain_forms(text: str) -> str:
    """`﹝牵头单位:市科技局﹔…﹞` → 〔牵头单位:市科技局；…〕; `厅??四川` → `厅 四川`; a line's `??` indent dropped; emoji
    dropped."""
    text = _LOST_INDENT.sub("", _PICTOGRAPHS.sub("", text.translate(_SMALL_FORMS)))
    return _LOST_CHARACTERS.sub(" ", text)


#: `第一篇:` / `第二篇：` before a text's title on a collection page.
_COLLECTION_ORDINAL = re.compile(r"^[ \t\u3000\xa0]*第[一二三四五六七八九十]{1,3}篇[ \u3000]*[:：][ \u3000]*")


def strip_collection_ordinal(line: str) -> str:
    """`第一篇:中央财政促进服务业发展专项资金管理办法` → the title; a 第X篇 heading that is no title stays."""
    m = _COLLECTION_ORDINAL.match(line)
    return line[m.end():] if m and is_title(line[m.end():].strip()) else line


def strip_banners(line: str) -> str:
    """`精选优质文档-倾情为你奉上盘县招商引资优惠办法…` → 盘县招商引资优惠办法…."""
    return _BANNER_RE.sub("", line)


def split_glued_title(lines: list[str], window: int = 6) -> list[str]:
    """The first line that is not a heading cut in two where a title runs straight into 第一章 / 第一条
    of the text; a line whose start is no title is left whole. Headings may stand above it (a sharing
    site's page title, 合集下载, the title repeated), so it is looked for among the first `window` lines."""
    filled = [i for i, line in enumerate(lines) if line.strip() and not _PAGE_FIELD.match(line)][:window]
    k = next((i for i in filled if not is_heading_line(lines[i])), None)
    if k is None:
        return lines
    text = lines[k].strip()
    if m := DATED_NUMBER_RUN_ON.match(text):  # 鄂政办发[1997]69号 1997年6月18日经研究,…: the header line, then the text
        return [*lines[:k], m.group("head"), text[m.end():], *lines[k + 1:]]
    m = _FIRST_DIVISION.search(text)
    if m and m.start() > 0 and is_title(text[: m.start()].strip()):
        return [*lines[:k], text[: m.start()].strip(), text[m.start():], *lines[k + 1:]]
    for m in _TITLE_THEN_OPENING.finditer(text[:120]):
        head = text[: m.end()].strip()
        if "关于" in head and is_title(head):
            return [*lines[:k], head, text[m.end():], *lines[k + 1:]]
    return lines


# --- page furniture -------------------------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"
#: The labels of a page's info bar. Kept (under the label the page table reads): its dates and source;
#: dropped: counters, font switches, share widgets and a magazine site's category.
_INFO_KEEP = {"发布时间": "发布时间", "发表时间": "发布时间", "发布日期": "发布日期", "时间": "发布时间", "日期": "发布日期",
              "来源": "来源", "信息来源": "信息来源", "文章来源": "来源", "作者": "作者",
              # the text's status, printed in the same bar (更新时间:2020-08-25 时效:现行有效)
              "时效": "时效", "时效性": "时效性", "有效性": "有效性", "效力状态": "效力状态"}
_INFO_DROP = ("更新时间", "浏览量", "浏览次数", "浏览", "访问量", "点击数", "点击量", "点击率", "阅读量", "阅读次数", "字号",
              "字体", "分享到", "杂志分类", "分类", "责任编辑", "编辑")
_INFO_LABEL = re.compile(
    rf"(?<![{_CJK}])({'|'.join(sorted([*_INFO_KEEP, *_INFO_DROP], key=len, reverse=True))})\s*[:：]")
#: A counter or widget left without a label between two fields (| 2106 次浏览 |, [大 中 小], 【打印】).
_INFO_WIDGET = re.compile(r"\d+\s*次(?:浏览|阅读|点击)|[\[【]\s*[大中小\s]*[\]】]|[\[【]?\s*(?:打印|关闭|收藏)\s*[\]】]?")

#: A line that is nothing but a widget or caption of the page around a text, or a row of links to a law's
#: divisions (第十一條 第二十一條 第三十一條: markers with no text of their own, not articles).
_FURNITURE_LINE = re.compile(
    r"^\s*(?:分享到\s*[:：]?.{0,40}|免费制作|更多内容|详细信息|信息详情|内容详情|文章详情|详情|正文|返回顶部|回到顶部|TOP|"
    # a paper repository's caption above the excerpt it shows (论文部分内容阅读, 全文阅读)
    r"(?:论文)?(?:部分)?内容阅读|全文阅读|在线阅读|"
    # a document-sharing site's terms and file card above the text it previews (- 1、下载文档前请自行甄别…,
    # - 格式:doc, - 文档页数:6)
    r"[-•·]?\s*(?:\d{1,2}\s*[、.]\s*)?[^\n]{0,20}?(?:下载文档前|仅部分预览|如文档侵犯|申请退款|人工客服工作时间)[^\n]*|"
    r"[-•·]?\s*(?:格式\s*[:：]\s*(?:docx?|pdf|txt|wps)|大小\s*[:：]\s*[\d.]+\s*[KMG]B|文档页数\s*[:：]\s*\d+)|"
    # a post's stamp under its category ([可行性研究报告 - 政策法规] 发表于:2026-03-05 19:33:39)
    r"(?:\[[^\]\n]{1,30}\]\s*)?发表于\s*[:：]\s*[\d\-/: ]{8,20}|"
    r"(?:[\[【]?\s*(?:打印此页|打印本页|打印|关闭窗口|关闭|收藏本页|收藏)\s*[\]】]?\s*[|｜/]?\s*){1,4}|"
    r"扫一扫.{0,20}|(?:上|下)一篇\s*[:：].{0,80}|下载地址\s*[:：]\s*点击此处下载|"
    r"(?:第[一二三四五六七八九十百零〇\d\s]{1,8}[条條章節节]\s*){2,})\s*$"
)
#: A site's navigation bar: three or more short links side by side between | bars, most of them naming
#: the site or its pages (热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛, 收藏本站| 设为首页| 首页); a table's
#: row of column names (序号 | 项目名称 | 补助标准) has the same shape and stays.
_NAV_BAR = re.compile(r"^\s*[^|｜。；;，,]{1,10}(?:\s*[|｜]\s*[^|｜。；;，,]{0,10}){2,}\s*[|｜]?\s*$")  # cells may be empty
_NAV_LINK = re.compile(r"网|首页|本站|站点|论坛|登录|注册|导航|无障碍|手机版|智能问答|English", re.IGNORECASE)


def _nav_bar(line: str) -> bool:
    links = [p for p in re.split(r"[|｜]", line) if p.strip()]
    return bool(_NAV_BAR.match(line)) and 2 * sum(bool(_NAV_LINK.search(p)) for p in links) > len(links)


#: Words of the search-bait lines a hijacked mirror puts above a text (日韩成人一区二区三区在线观看-丝袜美腿…,
#: 国产传媒在线,国产a一区二区,91精品视频一区二区): no government text strings them together.
_BAIT_WORD = re.compile(r"一区|二区|三区|在线观看|精品|成人|视频|久久|国产|日韩|欧美|亚洲|无码|福利|影院|三级|激情|人妻|自拍|伦理|大片|"
                        r"黄色|丝袜|AV|av|金沙|足球网|投注|博彩|娱乐城|彩票|棋牌|老虎机|真人|官网平台")
#: a bracketed bait phrase run on before the title it hijacks (【投注官网平台】2018年统计基础工作…考核细则)
_BAIT_BRACKET = re.compile(r"【[^】]{1,12}】")


def _without_bait(line: str) -> str:
    """The line less the search-bait phrases a hijacked mirror strings before its title (澳门金沙城中心_欧洲杯足球网-
    【投注官网平台】2018年…考核细则 → 2018年…考核细则): two or more bait phrases joined by -, _, , or |, with no
    sentence among them; '' for a line of three or more that is nothing else (日韩成人一区二区三区在线观看-丝袜美腿…).
    A line with fewer bait phrases is left as it is."""
    if re.search(r"[。；;]", line):
        return line
    parts = [m.span() for m in re.finditer(r"[^-_,，|｜]+", line) if m.group(0).strip()]
    k = 0
    while k < len(parts):
        phrase = line[parts[k][0] : parts[k][1]]
        if not _BAIT_WORD.search(_BAIT_BRACKET.sub("", phrase, count=1) if phrase.lstrip().startswith("【") else phrase):
            break  # the title, perhaps after a bracketed bait phrase
        k += 1
    if k == len(parts):
        return "" if k >= 3 else line
    if k < 2:
        return line
    rest = line[parts[k][0] :].lstrip()
    bracket = _BAIT_BRACKET.match(rest)
    return rest[bracket.end() :] if bracket and _BAIT_WORD.search(bracket.group(0)) else rest


#: A breadcrumb: 当前位置: 首页 > 政务公开 > … (the label may be missing when it starts at 首页).
_BREADCRUMB = re.compile(r"^\s*(?:(?:您(?:现在|当前)?所?在?的?位置|当前的?位置|所在的?位置)\s*[:：]\s*)?(.*?[>＞»›].*)$")
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|[>＞»›])\s*")
#: A compilation's running header and page number run into the text: 湖州市政策篇443关于….
_RUNNING_HEADER = re.compile(rf"^\s*[{_CJK}]{{2,12}}(?:篇|卷|辑|专辑|汇编)\s*\d{{1,4}}(?=[{_CJK}《“])")
#: A field of the page above the text (发布时间: 2023-7-03, 来源: …): no line of the text.
_PAGE_FIELD = re.compile(rf"^\s*(?:{'|'.join(sorted(set(_INFO_KEEP.values()), key=len, reverse=True))})\s*[:：]")
#: How far down a page its chrome stands (the text's own lines come after it).
_TOP = 20


def info_bar(line: str) -> str | None:
    """`时间: 2025-03-05 14:58:00 |来源: |浏览量:|字号:` → `发布时间: 2025-03-05 14:58:00`; '' when nothing
    worth keeping is left; None when the line is no info bar (two labels at least, one a counter or
    widget, no sentence in it)."""
    text = line.strip()
    labels = list(_INFO_LABEL.finditer(text))
    if len(text) > 160 or re.search(r"[。；;]", text) or len(labels) < 2:
        return None
    if labels[0].start() != 0 and text[: labels[0].start()].strip(" |｜\t\u3000"):
        return None
    if not any(m.group(1) in _INFO_DROP for m in labels):
        return None
    kept = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = re.split(r"[|｜]", _INFO_WIDGET.sub("", text[m.end():end]))[0].strip(" \t\u3000:：")
        if m.group(1) in _INFO_KEEP and value:
            kept.append(f"{_INFO_KEEP[m.group(1)]}: {value}")
    return "  ".join(kept)


def _crumbs(line: str) -> list[str] | None:
    m = _BREADCRUMB.match(line)
    if not m or len(line.strip()) > 120 or re.search(r"[。；;，,]", line):
        return None
    crumbs = [c.strip() for c in _CRUMB_SPLIT.split(m.group(1)) if c.strip()]
    labelled = m.group(0).strip() != m.group(1).strip()
    return crumbs if len(crumbs) >= 2 and (labelled or crumbs[0] in ("首页", "网站首页")) else None


#: A line of a site's header above its breadcrumb: the site's or a section's name (政讯通中心, • 政府信息公开),
#: short and no sentence
_HEADER_LINE = re.compile(r"^[\s•·●◆■▪]*[^。；;，,：:]{0,20}$")


def _site_header(lines: list[str]) -> int:
    """How many of the top lines are the site's header: those above the first breadcrumb when each is a
    name, not a sentence (a title or text above a breadcrumb keeps the page as it is)."""
    first = next((i for i, line in enumerate(lines[:_TOP]) if _crumbs(line) is not None), None)
    if first is None or not all(_HEADER_LINE.match(line) for line in lines[:first]):
        return 0
    if any(re.search(r"关于|通知|意见|办法|决定|方案|规定|细则|公告|通告", line) for line in lines[:first]):
        return 0
    return first


def is_furniture_line(line: str) -> bool:
    """A line that is nothing but a widget or caption of the page around a text (`_FURNITURE_LINE`)."""
    return bool(line.strip()) and _FURNITURE_LINE.match(line) is not None


def strip_page_furniture(text: str) -> str:
    """The text without the chrome of the page it was copied from (see the module's docstring). Only the
    top `_TOP` lines are read for an info bar, breadcrumb or column heading; widget lines go anywhere."""
    lines = text.split("\n")
    crumbs: set[str] = set()
    for line in lines[:_TOP]:
        crumbs.update(_crumbs(line) or ())
    header = _site_header(lines)
    out = []
    for i, line in enumerate(lines):
        if is_furniture_line(line):
            continue
        if i < header:
            continue
        if i < _TOP:
            if _crumbs(line) is not None or (crumbs and line.strip() in crumbs) or _nav_bar(line):
                continue
            if not (line := _without_bait(line)).strip() and lines[i].strip():
                continue
            bar = info_bar(line)
            if bar is not None:
                if bar:
                    out.append(bar)
                continue
            line = _RUNNING_HEADER.sub("", line)
        out.append(line)
    return "\n".join(out)
