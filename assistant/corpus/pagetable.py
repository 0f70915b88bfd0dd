"""The metadata table a government site prints above a text (索 引 号 / 发文机关 / 发文字号 / 成文日期 …).

Sites lay it out several ways, all read here: one row per line with tab, pipe or space
separators (``发文机关： 国务院 成文日期： 2018年12月21日``) or with the label in square brackets
(``【发布文号】晋政发[2008]8号``, as legal databases print it), and the vertical layout of gov.cn
pages copied as text, each label alone on its line with its value on the next one
(``发文字号:`` / ``国办函〔2014〕31号``); a page may print both, one after the other. The values
fill the document's fields and the table's lines leave the text, so the table never hides the
title and 文号 that follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: 国发〔2015〕5号, 粤府办[2020]12号, 县政办发（2023）3号, 東府〔2021〕54號: any level, any bracket; a
#: PDF paste may put one space between the organ code and the bracket (菏政办字 〔2023〕1号, 国发 〔2022〕18号).
NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[ \t\u3000\xa0]?[〔\[［【（(]\s*\d{4}\s*[〕\]］】）)]\s*\d{1,4}\s*[号號]")
#: Labels, by the field they fill; spaces inside a label are layout (索 引 号, 标  题).
META_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "名称", "文件名称"),
    "number": ("发文字号", "文号", "发布文号", "发文号"),
    "issuer": ("发文机关", "发文单位", "制发机关", "发文部门", "颁布单位"),
    #: The office that put the page up (区政府办公室 for the 区政府's own 文件): the issuer only where
    #: the text names none.
    "publisher": ("发布机构", "公开责任部门", "发布单位"),
    "date": ("成文日期", "发文日期", "印发日期", "颁布时间", "颁布日期"),
    "published": ("发布日期", "公开日期", "发布时间", "公文生成日期", "生成日期", "时间", "日期"),
    #: Whom the page credits the text to (来源:辽阳市市场监管局): a department, or a news agency on a
    #: news page, so never read as the issuer.
    "source": ("来源", "信息来源"),
    "effective": ("生效日期", "施行日期", "实施日期"),
    "status": ("有效性", "时效性", "时效", "效力状态", "是否有效"),
    "other": ("索引号", "主题分类", "主题词", "组配分类", "公开目录", "公开形式", "信息来源",
              "作者", "浏览次数", "浏览量", "字号", "体裁分类", "公文种类", "政策解读", "分类", "效力级别", "失效日期",
              "所属类别", "文件来源", "政策级别", "政策主题", "公开方式", "统一编号", "下载阅读版本", "阅读版本",
              "失效时间", "法规来源", "法规全文",
              # a county site's disclosure rows (公开范围 面向社会, 公开时限 长期公开)
              "公开范围", "公开程序", "公开时限"),
}
_LABEL_FIELD = {label: name for name, labels in META_LABELS.items() for label in labels}
#: Rows a reader may ask about by their label (这份通知的索引号是多少, 归在哪个主题分类): answered as the page prints them.
ASKABLE_ROWS = ("索引号", "主题分类", "组配分类", "体裁分类", "主题词", "公开方式", "公开形式", "公文种类", "效力级别",
                "所属类别", "政策级别", "政策主题", "统一编号", "公开范围", "公开时限",
                # 时效 alone is 办理时效's too; 是否有效 is how a question asks whether a text is in force
                *(label for label in META_LABELS["status"] if len(label) >= 3 and not label.startswith("是否")))
_LABELS_RE = "(?:" + "|".join(r"\s*".join(label) for label in sorted(_LABEL_FIELD, key=len, reverse=True)) + ")"
#: Labels long enough to be read with the value run straight on (发文日期2006年03月30日, 时效性现行有效, as a
#: legal database's rows copy): words no sentence of a text opens with; 时间, 日期, 名称 … need their separator.
_RUN_ON_LABELS_RE = "(?:" + "|".join(sorted((label for label in _LABEL_FIELD if len(label) >= 3), key=len, reverse=True)) + ")"
#: A label followed by a separator (发文字号： / 发文字号\t), set in square brackets with the value run on
#: (【发布文号】晋政发[2008]8号, the layout of legal-database reposts; [ 成文日期 ] | 2024-04-26 |, a portal's table
#: flattened into cells), or a long label run straight on to a
#: value on a short line of no sentence (see `_meta_pairs`).
_META_LABEL_RE = re.compile(
    rf"【\s*{_LABELS_RE}\s*】|\[\s*{_LABELS_RE}\s*\](?=\s*[|｜])|(?<![\u4e00-\u9fff]){_LABELS_RE}(?=\s*[:：|\t ]|\s*$)"
)
#: a word joined to a label by a slash (备注/文号: 尤政文〔2022〕94号): the row is the label's
_JOINED_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}\s*/\s*(?={_LABELS_RE})")
_RUN_ON_ROW = re.compile(rf"(?P<label>{_RUN_ON_LABELS_RE})(?P<value>[^\s:：|，,。；;]{{2,40}})")
#: a 文号's short label run straight on to a value that can only be one (• 文号前府办发〔2025〕2号, a portal's bullets)
_RUN_ON_NUMBER = re.compile(rf"(?P<label>文号|发文号)(?P<value>{NUMBER_RE.pattern})")
#: A law site's rows numbered as a list (1. 【颁布时间】2021-11-15 / 2. 【标题】…).
_ROW_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=【)")
#: The end of a sentence: a line holding one is the text, not the page's table.
_SENTENCE_END = re.compile(r"[。；;]")
#: A value on the line under its label is a field value, not a sentence of the text.
_VALUE_MAX = 120


@dataclass
class MetaTable:
    """What a page's metadata table says, and which lines it took."""

    fields: dict[str, str] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)
    #: the rows of `ASKABLE_ROWS` the page prints, by label, as printed
    rows: dict[str, str] = field(default_factory=dict)


def _meta_pairs(line: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs when `line` is a metadata row (starts with a label), else None."""
    # a cell border, a list bullet or a list number before the label (• 发文日期:, 1. 【颁布时间】)
    text = _ROW_NUMBER.sub("", line.strip().lstrip("|｜•·●▪◆■-*").strip())
    text = _JOINED_LABEL.sub("", text)  # 备注/文号: the label the row is read by is the one a field has
    labels = list(_META_LABEL_RE.finditer(text))
    if not labels and (run_on := _RUN_ON_ROW.fullmatch(text) or _RUN_ON_NUMBER.fullmatch(text)):
        return [(run_on.group("label"), run_on.group("value"))]
    if not labels or labels[0].start() != 0:
        return None
    pairs = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = text[m.end():end].strip(" \t:：|｜\u3000")
        pairs.append((re.sub(r"[\s【】\[\]]", "", m.group(0)), value))
    return pairs


def _value_below(lines: list[str], i: int) -> int | None:
    """The line holding a lone label's value: the next non-empty one, unless it is a label itself."""
    j = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)
    if j is None or _meta_pairs(lines[j]) is not None or len(lines[j].strip()) > _VALUE_MAX:
        return None
    return j


#: a label with its separator anywhere in a line, longest first (发布时间: before 时间:)
_LABEL_ANYWHERE = re.compile("(?:" + "|".join(sorted(_LABEL_FIELD, key=len, reverse=True)) + ")[:：]")
#: the most characters between two labels of a run-together table (a value: a date, a 文号, an organ's name)
_RUN_VALUE_MAX = 40
#: how many labels a run holds at least before it is read as the page's table, not a text naming a 文号:
_RUN_LABELS = 3


def split_run_together_rows(lines: list[str], window: int = 30) -> list[str]:
    """Lines with a metadata table run together into them laid out one row a line, so `read_meta_table` reads
    it: a 文库 page copies the whole page on one line (…规定发布时间:2009-05-04信息来源:中国地震局办公室索引号:
    主题分类:法规文件/规范性文件发布机构:中国地震局发文日期:2008年8月22日名称:…文号:中震测发[2008]137号主题词:…第一条…).
    Only the first `window` lines are read, where a page's table stands (see `_split_run`)."""
    return [part for line in lines[:window] for part in _split_run(line)] + lines[window:]


def _split_run(line: str) -> list[str]:
    """`line` cut before each label of the table run together in it, or `line` alone when it holds none. A run is
    at least three labels glued to the values before them, each value short and no sentence (a row of cells set
    apart by spaces is no run); where text runs on after the last label, that label is dropped and the text goes
    on a line of its own (its value cannot be told from the text)."""
    run: list[re.Match[str]] = []
    for m in _LABEL_ANYWHERE.finditer(line):
        gap = line[run[-1].end():m.start()] if run else ""
        if run and (len(gap) > _RUN_VALUE_MAX or _SENTENCE_END.search(gap)):
            if len(run) >= _RUN_LABELS:
                break
            run = []
        run.append(m)
    # run together: the labels glued to the value before them, not a row of cells set apart by spaces
    # (发表日期: 2020-11-18 来源:木兰县营商局 作者:… is a page's info bar, read as such elsewhere)
    glued = sum(1 for m in run[1:] if not line[m.start() - 1].isspace())
    if len({m.group(0) for m in run}) < _RUN_LABELS or glued < _RUN_LABELS - 1:
        return [line]
    rest = line[run[-1].end():]
    value_only = len(rest) <= _RUN_VALUE_MAX and not _SENTENCE_END.search(rest)
    return [line[: run[0].start()], *(line[m.start(): run[k + 1].start()] for k, m in enumerate(run[:-1])),
            line[run[-1].start():] if value_only else rest]


def read_meta_table(lines: list[str], window: int = 30) -> MetaTable:
    """The metadata rows near the top, in any of the layouts above. The table may start anywhere in the
    first `window` lines and runs on while rows keep coming (a vertical table is long); a field keeps
    the first value a row gives it. The table stands above the text: once a sentence of the text has
    come, a label alone on a line is the header cell of a table in the text (奖补项目 / 名称 / 条款内容),
    not a field of the page."""
    table = MetaTable()
    limit, i = window, 0
    while i < min(limit, len(lines)):
        pairs = _meta_pairs(lines[i])
        if pairs is None:
            if _SENTENCE_END.search(lines[i]):
                break
            i += 1
            continue
        table.lines.add(i)
        if len(pairs) == 1 and not pairs[0][1] and (j := _value_below(lines, i)) is not None:
            pairs = [(pairs[0][0], lines[j].strip())]
            table.lines.add(j)
            i = j
            while i + 1 < len(lines) and lines[i + 1].strip() == pairs[0][1]:  # the value printed twice
                i += 1
                table.lines.add(i)
        for label, value in pairs:
            name = _LABEL_FIELD[label]
            if value and name != "other" and name not in table.fields:
                table.fields[name] = value
            if value and label in ASKABLE_ROWS:
                table.rows.setdefault(label, value)
        limit = max(limit, i + window)
        i += 1
    return table
