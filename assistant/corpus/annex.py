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

from assistant.lexicon.labels import DEADLINE_HEADERS, NUMBER_HEADERS, TABLE_COLUMNS, TASK_HEADERS, UNIT_HEADERS
from assistant.lexicon.units import split_unit_list, unit_column_start

from . import responsibility
from .numerals import NUMERAL_CHARS, cn_to_int

COLUMN_HEADERS = {"task": TASK_HEADERS, "units": UNIT_HEADERS, "deadline": DEADLINE_HEADERS}

_TIME = (
    r"\d{4}(?:[-—－~至到]\d{4})?年度?"
    r"(?:第?[一二三四1-4]季度|[上下]半年|年底前?|底前?|年内|内|末|\d{1,2}月(?:底|份)?)?前?"
    r"[\u4e00-\u9fff]{0,6}"
)
_ONGOING = r"持续[\u4e00-\u9fff]{2}|长期[\u4e00-\u9fff]{2}|逐年[\u4e00-\u9fff]{2}|每年[\u4e00-\u9fff]{2,6}|成熟一项、启动一项"
_DEADLINE = re.compile(rf"(?:{_TIME}|{_ONGOING})(?:[，,](?:{_TIME}|{_ONGOING}))*")
_DEADLINE_START = re.compile(r"(?<!\d)\d{4}|持续|长期|逐年|每年|成熟一项")

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
    #: every column but the row number and the group, as (header, cell), where the table's header
    #: names them all (a policy list: 扶持政策事项 / 政策内容 / 政策依据 / 实施部门): the row's text
    cells: list[tuple[str, str]] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.cells:
            return "；".join(f"{header}：{cell}" for header, cell in self.cells if cell)
        parts = [self.task, f"负责部门：{self.units_cell or '、'.join(self.units)}" if self.units else ""]
        parts.append(f"时间进度：{self.deadline}" if self.deadline else "")
        parts += [f"{header}：{cell}" for header, cell in self.extra]
        return "；".join(p for p in parts if p)


@dataclass
class Table:
    start: int  # first line (the header) in the lines given
    end: int  # one past the last line
    rows: list[AnnexRow]
    #: its header row names every column (政策类别 序号 扶持政策事项 …): the rows' text is "列名：值"
    named: bool = False
    #: its cells are kept apart by separators (tab, bar, wide spaces) under a 序号 header: that header line
    #: is a table's, never a title the header reader may have taken
    separated: bool = False


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


def _separated_cells(line: str) -> list[str]:
    """A separated row's cells; a row written with bordering bars (| 1 | 教育 | 县教体局 |, a table pasted as
    Markdown) has no empty cell before its first bar or after its last."""
    line = line.strip()
    if len(line) > 1 and line[0] == line[-1] == "|":
        line = line[1:-1].strip()
    return [c.strip() for c in _SEPARATED.split(line)] if line else []


#: a Markdown table's rule line under its header (|---|:---:|)
_RULE_LINE = re.compile(r"^[\s|:\-]*-{3,}[\s|:\-]*$")


def _separated_header(line: str) -> list[str] | None:
    cells = _separated_cells(line)
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
    # two headers of one kind (民生实事项目 | 主要内容): the first is the column, the other kept as an extra
    columns: list[str | None] = []
    for column in map(_column_of, header):
        columns.append(None if column in columns else column)
    rows: list[AnnexRow] = []
    group, last_group, end = None, 0, start + 1
    for i in range(start + 1, len(lines)):
        line = lines[i].strip()
        cells = _separated_cells(line)
        heading = _group_heading(line, last_group) if len(cells) <= 2 else None
        if not line or cells == header or _RULE_LINE.match(line):
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
    return Table(start, end, rows, separated=True)


_COLUMN_ROLE = sorted(((name, role) for role, names in TABLE_COLUMNS.items() for name in names),
                      key=lambda pair: len(pair[0]), reverse=True)
#: Where a cell of text absorbs the spaces a row holds beyond its columns, best first.
_ABSORBING = ("content", "name", "basis", "other")


def column_role(cell: str) -> str | None:
    """What a header cell's column holds (TABLE_COLUMNS): `number` for 序号, None for a cell that is no
    column name (a header cell is short: 重点工作目标任务 ends with 任务, a sentence is no header)."""
    cell = re.sub(r"\s", "", cell)
    if cell in NUMBER_HEADERS:
        return "number"
    if len(cell) > 8:
        return None
    return next((role for name, role in _COLUMN_ROLE if cell == name or (len(name) >= 2 and cell.endswith(name))), None)


def _named_header(line: str) -> list[str] | None:
    """A header row whose cells are all column names, separated by single spaces as a flattened web
    table gives them (政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门): three columns at least,
    one of them the row number, one of them text (a name or a content)."""
    cells = line.split()
    if len(cells) < 3 or len(cells) > 12:
        return None
    roles = [column_role(c) for c in cells]
    if None in roles or roles.count("number") != 1 or not {"name", "content"} & set(roles):
        return None
    return cells


def _row_cells(tokens: list[str], roles: list[str | None]) -> list[str]:
    """The cells of a row given as whitespace-separated pieces, one per column: where a row holds more
    pieces than columns (a cell of text with spaces in it), the text column takes the extra pieces."""
    if len(tokens) <= len(roles):
        return tokens + [""] * (len(roles) - len(tokens))
    wide = next((roles.index(r) for r in _ABSORBING if r in roles), 0)
    after = len(roles) - wide - 1
    middle = tokens[wide:len(tokens) - after]
    return tokens[:wide] + [" ".join(middle)] + tokens[len(tokens) - after:]


def _units_of(cells: dict[str, list[str]]) -> responsibility.Responsibility:
    """The row's responsible units from its unit columns: a 牵头 column leads, a 配合 column supports,
    a 责任单位 column names units without a role (the first leads), its own labels and brackets read."""
    found = responsibility.Responsibility()
    for role, texts in cells.items():
        for text in texts:
            read = responsibility.extract(text, None) if re.search(r"[:：（(]|牵头|配合", text) else None
            if read:
                for sub, units in (("lead", read.lead), ("support", read.supporting), ("general", read.general)):
                    found.add(sub if role == "units" else role, units)
            else:
                found.add({"units": "general"}.get(role, role), split_unit_list(text))
    return found


def _next_tokens(lines: list[str], i: int) -> list[str]:
    return next((line.split() for line in lines[i + 1:] if line.strip()), [])


def _heads_group(line: str, group_column: bool) -> bool:
    """A line alone above a row that heads its group: a numbered heading (一、支持稳产保供), or, in a table
    with a group column, a short cell without a sentence's punctuation (税费减免(共20项))."""
    text = re.sub(r"\s", "", line)
    if _GROUP.match(text):
        return True
    return group_column and len(line.split()) == 1 and len(text) <= 20 and not re.search(r"[。；;，,：:]", text)


def _read_named(lines: list[str], start: int, header: list[str]) -> Table:
    """Rows under a header of column names, each on a line that starts with its row number (after the
    group cell that heads the first row of a group: 财政资金支持(共48项) 1 建立复工复产帮扶机制 …); a line
    without a row number continues the row above it. The table runs to the end of the lines given."""
    roles = [column_role(c) for c in header]
    at = roles.index("number")
    rows: list[AnnexRow] = []
    group = None

    def row_at(tokens: list[str]) -> int | None:
        """Where the row number stands among a line's pieces, if the line starts the next row."""
        k = next((k for k in range(min(at, len(tokens) - 1) + 1) if tokens[k].isdigit()), None)
        ok = k is not None and int(tokens[k]) == len(rows) + 1 and all(r == "group" for r in roles[:k])
        return k if ok else None

    for i in range(start + 1, len(lines)):
        tokens = lines[i].split()
        if not tokens or tokens == header:
            continue
        k = row_at(tokens)
        if k is None and _heads_group(lines[i], "group" in roles[:at]) and row_at(_next_tokens(lines, i)) == 0:
            group = re.sub(r"\s", "", lines[i])  # a group cell on its own line, above its group's first row
        elif k is not None:
            if k:
                group = " ".join(tokens[:k])
            values = _row_cells(tokens[k + 1:], roles[at + 1:])
            cells = list(zip(header[at + 1:], roles[at + 1:], values))
            if group and "group" in roles[:at]:  # the merged group cell is a column of every row of its group
                cells.insert(0, (header[roles.index("group")], "group", group))
            rows.append(_named_row(len(rows) + 1, cells, group))
        elif rows:
            cells = rows[-1].cells
            wide = next((j for r in _ABSORBING for j, (name, _) in enumerate(cells) if column_role(name) == r), len(cells) - 1)
            name, cell = cells[wide]
            cells[wide] = (name, f"{cell} {lines[i].strip()}".strip())
    return Table(start, len(lines), rows, named=True)


def _named_row(number: int, cells: list[tuple[str, str | None, str]], group: str | None) -> AnnexRow:
    by_role: dict[str, list[str]] = {}
    for _, role, value in cells:
        if value and role in ("units", "lead", "support", "deadline"):
            by_role.setdefault(role, []).append(value)
    found = _units_of({r: v for r, v in by_role.items() if r != "deadline"})
    units, lead, supporting = found.resolved()
    task = next((v for _, role, v in cells if role in ("name", "content") and v), "")
    deadline = "；".join(by_role.get("deadline", [])) or None
    return AnnexRow(number, task, units, deadline, group, units_cell="、".join(by_role.get("units", [])),
                    cells=[(h, v) for h, _, v in cells], lead=lead, supporting=supporting)


def find_tables(lines: list[str]) -> list[Table]:
    """Every task table in the lines; a run-together one runs to the end of what it is given."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        header = _separated_header(lines[i])
        # cells kept apart by spaces say the rows keep theirs: a header of names is read cell by cell
        named = None if header else _named_header(lines[i])
        order = None if header or named else _is_run_together_header(lines[i])
        if header:
            tables.append(_read_separated(lines, i, header))
        elif named:
            tables.append(_read_named(lines, i, named))
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
