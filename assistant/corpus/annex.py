"""Task tables (序号 | 工作任务 | 负责部门 | 时间进度) recovered row by row.

Two shapes reach us. Tables from docx (or careful text) keep their column
separators and are read cell by cell. Tables copied out of a web page or pdf
arrive with the columns run together and every row wrapped over several lines,
between repeated header lines and group headings: there a row is re-joined and
its columns are peeled off from the end: the deadline by its shape, the
departments by the lexicon (see departments.unit_column_start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.units import split_unit_list, unit_column_start

from .numerals import NUMERAL_CHARS, cn_to_int

TASK_HEADERS = ("工作任务", "重点任务", "主要任务", "工作内容", "政策措施", "任务", "内容", "事项", "措施")
UNIT_HEADERS = ("负责部门", "负责单位", "责任单位", "责任部门", "牵头单位", "牵头部门", "承办单位", "部门", "单位")
DEADLINE_HEADERS = ("时间进度", "完成时限", "完成时间", "时间安排", "进度安排", "时限", "时间", "进度")
COLUMN_HEADERS = {"task": TASK_HEADERS, "units": UNIT_HEADERS, "deadline": DEADLINE_HEADERS}

_TIME = (
    r"\d{4}(?:[-—－~至到]\d{4})?年度?"
    r"(?:第?[一二三四1-4]季度|[上下]半年|年底前?|底前?|年内|内|末|\d{1,2}月(?:底|份)?)?前?"
    r"[\u4e00-\u9fff]{0,6}"
)
_ONGOING = r"持续[\u4e00-\u9fff]{2}|长期[\u4e00-\u9fff]{2}|逐年[\u4e00-\u9fff]{2}|每年[\u4e00-\u9fff]{2,6}|成熟一项、启动一项"
_DEADLINE = re.compile(rf"(?:{_TIME}|{_ONGOING})(?:[，,](?:{_TIME}|{_ONGOING}))*")
_DEADLINE_START = re.compile(r"(?<!\d)\d{4}|持续|长期|逐年|每年|成熟一项")

#: The header of a table's row-number column.
NUMBER_HEADERS = ("序号", "编号", "序")
_SEPARATED = re.compile(r"\t|\s*\|\s*|\s{2,}")
#: A table a page flattened one cell per line: its `序号` header cell alone on a line, and below it
#: each row's number alone on a line (序号 / 奖补项目 / … / 1 / 扶持粮食规模经营 / … / 2 / …).
_LONE_HEADER = re.compile(rf"^[ \t\u3000]*(?:{'|'.join(NUMBER_HEADERS[:2])})[ \t\u3000]*$", re.MULTILINE)
_LONE_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,3})[ \t\u3000]*$", re.MULTILINE)
_GROUP = re.compile(rf"^([{NUMERAL_CHARS}]+)、(\D{{2,40}})$")
_ROW_START = re.compile(r"^(\d{1,3})(?!\d)(.*)$")


@dataclass
class AnnexRow:
    number: int
    task: str
    units: list[str]
    deadline: str | None
    group: str | None
    #: other columns (备注 …) as (header, cell), kept so no text is lost
    extra: list[tuple[str, str]] = field(default_factory=list)
    #: the unit column as the document words it (会同 / 等有关部门 say who leads and that a list is open)
    units_cell: str = ""

    @property
    def text(self) -> str:
        parts = [self.task, f"负责部门：{self.units_cell or '、'.join(self.units)}" if self.units else ""]
        parts.append(f"时间进度：{self.deadline}" if self.deadline else "")
        parts += [f"{header}：{cell}" for header, cell in self.extra]
        return "；".join(p for p in parts if p)


@dataclass
class Table:
    start: int  # first line (the header) in the lines given
    end: int  # one past the last line
    rows: list[AnnexRow]


def _join(pieces: list[str]) -> str:
    """Re-join a wrapped cell: drop the line breaks and padding, keep spaces inside Latin text."""
    text = " ".join(p.strip() for p in pieces if p.strip())
    text = re.sub(r"[\s\u3000]+", " ", text)
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", text)


def _column_of(header_cell: str) -> str | None:
    for column, names in COLUMN_HEADERS.items():
        if any(name in header_cell for name in names):
            return column
    return None


def split_deadline(text: str) -> tuple[str, str | None]:
    """`…财政部2013年年底前启动` → (`…财政部`, `2013年年底前启动`): the earliest suffix shaped like a schedule."""
    for m in _DEADLINE_START.finditer(text):
        if m.start() > 0 and _DEADLINE.fullmatch(text, m.start()):
            return text[: m.start()], text[m.start():]
    return text, None


def split_units(text: str) -> tuple[str, str]:
    """`…建设发展改革委、财政部` → (`…建设`, `发展改革委、财政部`): the task and the unit column."""
    start = unit_column_start(text)
    if start is None:
        return text, ""
    return text[:start], text[start:]


def _peel(text: str, order: list[str]) -> dict[str, str | None]:
    """Take the columns after the task off the end of a run-together row, last column first."""
    found: dict[str, str | None] = {"units": "", "deadline": None}
    for column in reversed(order[1:]):
        if column == "deadline":
            text, found["deadline"] = split_deadline(text)
        elif column == "units":
            text, found["units"] = split_units(text)
    found["task"] = text
    return found


def _is_run_together_header(line: str) -> list[str] | None:
    """`序号工作任务负责部门时间进度` → column order [task, units, deadline]."""
    compact = re.sub(r"\s", "", line)
    if not compact.startswith("序号") or len(compact) > 40 or _SEPARATED.search(line.strip()):
        return None
    positions = {}
    for column, names in COLUMN_HEADERS.items():
        hits = [compact.find(n) for n in names if n in compact]
        if hits:
            positions[column] = min(hits)
    if "task" not in positions or len(positions) < 2:
        return None
    return sorted(positions, key=positions.get)


def _separated_header(line: str) -> list[str] | None:
    cells = [c.strip() for c in _SEPARATED.split(line.strip())]
    if len(cells) >= 3 and cells[0] in NUMBER_HEADERS and any(_column_of(c) for c in cells[1:]):
        return cells
    return None


def _group_heading(line: str, last_group: int) -> tuple[int, str] | None:
    m = _GROUP.match(re.sub(r"\s", "", line))
    if m and cn_to_int(m.group(1)) == last_group + 1:
        return last_group + 1, re.sub(r"\s", "", line)
    return None


def _read_run_together(lines: list[str], start: int, order: list[str]) -> Table:
    rows: list[AnnexRow] = []
    pending: list[str] = []
    group, last_group, number = None, 0, 0
    header = re.sub(r"\s", "", lines[start])

    def flush() -> None:
        if pending:
            cols = _peel(_join(pending), order)
            cell = cols["units"] or ""
            rows.append(AnnexRow(number, cols["task"], split_unit_list(cell), cols["deadline"], group, units_cell=cell))
            pending.clear()

    for i in range(start, len(lines)):
        line = lines[i].strip()
        if not line or re.sub(r"\s", "", line) == header:
            continue
        heading = _group_heading(line, last_group)
        row = _ROW_START.match(line)
        if heading:
            flush()
            last_group, group = heading
        elif row and int(row.group(1)) == number + 1:
            flush()
            number += 1
            pending.append(row.group(2))
        elif number:
            pending.append(line)
    flush()
    return Table(start, len(lines), rows)


def _read_separated(lines: list[str], start: int, header: list[str]) -> Table:
    columns = [_column_of(c) for c in header]
    rows: list[AnnexRow] = []
    group, last_group, end = None, 0, start + 1
    for i in range(start + 1, len(lines)):
        line = lines[i].strip()
        cells = [c.strip() for c in _SEPARATED.split(line)] if line else []
        heading = _group_heading(line, last_group) if len(cells) <= 2 else None
        if not line or cells == header:
            pass
        elif heading:
            last_group, group = heading
        elif len(cells) >= 2 and cells[0].isdigit():
            cell = {col: c for col, c in zip(columns[1:], cells[1:]) if col}
            extra = [(h, c) for h, col, c in zip(header[1:], columns[1:], cells[1:]) if col is None and c]
            deadline = cell.get("deadline") or None
            units_cell = cell.get("units", "")
            rows.append(
                AnnexRow(int(cells[0]), cell.get("task", ""), split_unit_list(units_cell), deadline, group, extra, units_cell)
            )
        else:
            break
        end = i + 1
    return Table(start, end, rows)


def find_tables(lines: list[str]) -> list[Table]:
    """Every task table in the lines; a run-together one runs to the end of what it is given."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        header = _separated_header(lines[i])
        order = None if header else _is_run_together_header(lines[i])
        if header:
            tables.append(_read_separated(lines, i, header))
        elif order:
            tables.append(_read_run_together(lines, i, order))
        else:
            i += 1
            continue
        i = tables[-1].end
    return tables


def flattened_rows(text: str) -> list[re.Match[str]]:
    """The row numbers of a table flattened one cell per line, each a match of the number alone on its line.

    Copied from a web page, a table may lose its columns altogether: every cell, the header's
    included, on a line of its own. Only the 序号 cell alone on a line says a table was
    flattened; below it a bare number on its line is a row's number (the outline keeps the ones
    that continue the count, so a number standing in another column rarely passes for a row).
    """
    header = _LONE_HEADER.search(text)
    return list(_LONE_NUMBER.finditer(text, header.end())) if header else []
