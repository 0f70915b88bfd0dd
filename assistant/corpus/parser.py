"""Plain text of a policy document → Document: metadata, leaf clauses, annex rows, facts.

The text is cut into regions before anything is parsed, because each region is read
differently: the header (title, number), the body (numbered clauses), the signature
(issuer, date), and annex tables (rows). Page furniture from the sites documents are
copied from is dropped first, but a download link's caption is kept as a title hint.
"""

from __future__ import annotations

import re

from assistant.lexicon.regions import (
    Level,
    government_of,
    government_of_number,
    is_traditional,
    placed_in_text,
    to_simplified,
)

from .annex import Table, find_tables
from .cleaning import (
    plain_forms,
    split_glued_title,
    strip_banners,
    strip_collection_ordinal,
    strip_page_furniture,
    strip_ruby,
)
from .dates import read_validity, written_dates
from .doctype import classify, read_status
from .facts import annotate_all
from .responsibility import addressee_of, author_of
from .loader import CorpusError
from .markers import candidates
from .metadata import (
    FURNITURE_RE,
    NUMBER_RE,
    addressed_province,
    approved_place,
    approving_government,
    bare_organ_government,
    clean_heading,
    credited_government,
    dates_the_text,
    doc_type,
    early_number,
    find_signature,
    fuller_issuer,
    government_from_text,
    history_date,
    history_effect,
    history_order,
    is_history,
    is_title,
    issuer_from_title,
    issuer_government,
    recovered_government,
    meta_date,
    names_document,
    normalise_number,
    notice_title,
    numbered_provincial_organ,
    numbered_title,
    page_published,
    page_source,
    placed_organ,
    read_header,
    self_named_title,
    split_number,
    short_title,
    title_above_number,
    title_under_chrome,
    without_site_suffix,
    title_from_text,
    unmask_type,
    written_numbers,
)
from .model import Clause, Document
from .numerals import NUMERAL_CHARS
from .outline import parse_outline
from .pagetable import read_meta_table, split_run_together_rows

NOISE_LINE_RE = re.compile(
    r"^\s*(?:【法宝引证码】.*|原文链接[:：].*|附件下载[:：].*|[|｜]+|.*北大法宝.*|.*pkulaw\.(?:com|cn).*"
    r"|[（(]本文有删减[）)])\s*$"
)
NOISE_INLINE_RE = re.compile(r"[（(]此件[^（）()]{0,12}[）)]")
_TRAILER_TITLE_RE = re.compile(r"^\s*附件下载[:：]\s*(.+?)\s*$")
_ANNEX_LABEL_RE = re.compile(r"^附件\s*\d*\s*[:：]?$")
#: how far down a gazette's masthead (主管主办 / 编辑出版 / 全国统一刊号 … one label a line) may push the title and
#: its 文号, when the header above named no document
_MASTHEAD_LINES = 60


_SPACED_CJK = re.compile(r"(?<=[\u4e00-\u9fff，。、；：（）])[ \u3000](?=[\u4e00-\u9fff，。、；：（）])")


def unspace(line: str) -> str:
    """`信 息 消 费 规 模` (text a PDF gave with a space after every character) → 信息消费规模.

    Only a line where most characters are spaced out is changed: Chinese puts no spaces
    between words, but a single space between two phrases of normal text is kept.
    """
    cjk = len(re.findall(r"[\u4e00-\u9fff]", line))
    if cjk >= 4 and len(_SPACED_CJK.findall(line)) >= 0.6 * cjk:
        return _SPACED_CJK.sub("", line)
    return line


def clean_lines(text: str) -> tuple[list[str], str | None]:
    """Lines without page furniture, and the title a `附件下载:` caption gives, if it is one."""
    lines, trailer_title = [], None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if m := _TRAILER_TITLE_RE.match(line):
            trailer_title = trailer_title or (m.group(1) if is_title(m.group(1)) else None)
        if NOISE_LINE_RE.match(line) or (len(line) <= 80 and FURNITURE_RE.match(line)):
            continue
        lines.append(unspace(NOISE_INLINE_RE.sub("", strip_collection_ordinal(strip_banners(line))).rstrip()))
    return split_glued_title(lines), trailer_title


def _annex_title(lines: list[str], table: Table, floor: int) -> tuple[str | None, int]:
    """The caption above a table (促进…分工及时间进度) and where the annex preamble starts."""
    start = table.start
    title = None
    for i in range(table.start - 1, floor - 1, -1):
        text = lines[i].strip()
        if not text:
            continue
        if _ANNEX_LABEL_RE.match(text):
            start = i
            break
        if title or len(text) > 60 or re.search(r"[。；]", text):
            break
        title, start = text, i
    return title, start


def _annex_leaves(doc_id: str, lines: list[str], tables: list[Table], floor: int) -> tuple[list[Clause], int]:
    """One leaf per table row; returns the leaves and the first line the annexes take."""
    leaves: list[Clause] = []
    first = len(lines)
    for k, table in enumerate(tables, 1):
        title, start = _annex_title(lines, table, floor)
        first = min(first, start)
        prefix = "附件" if len(tables) == 1 else f"附件{k}"
        for row in table.rows:
            leaves.append(Clause(
                id=f"{doc_id}#{prefix}第{row.number}项", doc_id=doc_id, kind="annex_row", text=row.text,
                chapter=title, annex_row=row.number, annex_group=row.group,
                units=row.units, lead_units=row.units[:1], deadline=row.deadline, path=f"{prefix}第{row.number}项",
            ))
    return leaves, first


def _body_rows(doc_id: str, table: Table) -> list[Clause]:
    """The rows of a table that is the document's body (a 政策清单 page: the list is the text), one unit
    per row, labelled by its row number as the document numbers it (《X》2), its group cell
    (财政资金支持(共48项)) its heading; the columns' units and deadline are its facts."""
    leaves = []
    for row in table.rows:
        heading = re.match(rf"([{NUMERAL_CHARS}]+)、", row.group or "")  # 一、支持稳产保供: rows cited 一1, 一2
        path = f"{heading.group(1) if heading else ''}{row.number}"
        leaves.append(Clause(id=f"{doc_id}#{path}", doc_id=doc_id, kind="item", text=row.text, chapter=row.group,
                             item=str(row.number), units=row.units, lead_units=row.lead or row.units[:1],
                             supporting_units=row.supporting, deadline=row.deadline, path=path))
    return leaves


def _dedupe_ids(leaves: list[Clause]) -> None:
    seen: set[str] = set()
    for leaf in leaves:
        base, n = leaf.id, 2
        while leaf.id in seen:
            leaf.id, n = f"{base}-{n}", n + 1
        seen.add(leaf.id)


def _opens_numbering(text: str) -> bool:
    """Its first numbering marker at a line start is number one (一、 / 第一条 / 第一章 / （一））."""
    first = next((m for m in candidates(text) if m.strong), None)
    return first is not None and first.number == 1


def attached_texts(tail: list[str]) -> list[str]:
    """The texts a notice issues, one by one: a standalone title line (进一步支持文化企业发展的规定)
    after numbered text, with numbering starting again at 一 below it, opens the next one.

    Two attached 规定 each numbering （一） from the start would otherwise merge: the second's
    units never continue the first's count and vanish into its last clause. The first keeps
    the prefix 附件, the next ones 附件2, 附件3 …, so no two units share a label.
    """
    texts, start = [], 0
    for i, line in enumerate(tail):
        text = line.strip()
        if (i > start and len(text) >= 8 and is_title(text) and any(m.strong for m in candidates("\n".join(tail[start:i])))
                and _opens_numbering("\n".join(tail[i + 1:]))):
            texts.append("\n".join(tail[start:i]).strip())
            start = i
    texts.append("\n".join(tail[start:]).strip())
    return [t for t in texts if t]


def attached_title(tail: list[str]) -> str | None:
    """The title of the first text a notice carries (附件1 / 石城县外贸发展引导资金实施办法): for a notice
    whose own title is lost, the best name the text gives it, as the notice exists to carry it."""
    heads = [line.strip() for line in tail if line.strip()][:2]
    if heads and _ANNEX_LABEL_RE.match(heads[0]):
        heads = heads[1:]
    return clean_heading(heads[0]) if heads and is_title(heads[0]) else None


#: A website's name (…门户网, …网站, 中国政府网): what a page's table may put in an issuer row.
_SITE_NAME = re.compile(r"(?:门户网|网站|政府网|[^网]网)$")


def _issuer(table_issuer: str | None, title: str, signature_issuer: str | None,
            header_issuer: str | None = None, publisher: str | None = None) -> str | None:
    """The issuer a metadata table names when it names a government (not a bare 自治区人民政府),
    else the one the title starts with (joint issuers kept apart as the header lays them out:
    A、B), else the signature's, else the office the page's table says published it (a 市政府's
    文件 is put up by its 办公室: the publisher names the issuer only where the text does not)."""
    site_place = None
    if table_issuer and _SITE_NAME.search(table_issuer):
        # 发文单位: 赤壁市人民政府门户网 names the site the page is on, not who issued the text: only its place
        site_place = government_of(_SITE_NAME.sub("", table_issuer)).region
        table_issuer = None
    if table_issuer and issuer_government(table_issuer).level != Level.OTHER:
        return table_issuer
    from_title = issuer_from_title(title)
    if from_title and site_place and from_title[0] == site_place[-1]:
        from_title = site_place + from_title[1:]  # 市人民政府办公室 on 赤壁市's site: 赤壁市人民政府办公室
    if from_title and header_issuer and header_issuer.replace("、", "") == from_title:
        return header_issuer
    return from_title or signature_issuer or table_issuer or publisher


def _far_title(header_title: str | None, lines: list[str]) -> str | None:
    """The title a header that names no document (a site's 网站首页 over a gazette's masthead of label lines) gives
    way to: the one standing over a 文号 further down, where the masthead ends, or, under a header of page chrome
    (小程序, 政府信息公开; not a title broken over two lines, …关于加强普通高等学校), the first title below it."""
    if names_document(header_title):
        return None
    if above := title_above_number(lines, _MASTHEAD_LINES):
        return above
    if header_title and "关于" not in header_title:
        return title_under_chrome(lines, _MASTHEAD_LINES)
    return None


def parse_text(text: str, doc_id: str, source: str, sha256: str) -> Document:
    """A Document from a policy text; CorpusError when no body is left to parse.

    A text in traditional script is read in simplified script, as questions are asked in it:
    units, titles and quotes then match what users type.
    """
    text = strip_ruby(plain_forms(text))
    if is_traditional(text):
        text = to_simplified(text)
    text = strip_page_furniture(text)
    lines, trailer_title = clean_lines(text)
    lines = split_run_together_rows(lines)
    table = read_meta_table(lines)
    lines = ["" if i in table.lines else line for i, line in enumerate(lines)]
    found = [t for t in find_tables(lines) if t.rows]
    # the header ends where a table of separated cells starts: its 序号 row is no title, its rows no history
    header = read_header(lines[: min((t.start for t in found if t.separated), default=len(lines))])
    # A header row of column names is never the document's title: the header reader may have taken it.
    tables = [t for t in found if t.start >= header.body_start or t.named]
    table_start = tables[0].start if tables else len(lines)
    signature = find_signature(lines, before=table_start, after=header.body_start)
    # A table of named columns with no signature and no numbered text above it is the body itself.
    # So is a table of separated cells with no text at all above it but the title (a 任务分解表 page).
    above = "\n".join(lines[header.body_start:table_start])
    body_table = (tables[0] if tables and signature is None and (
        tables[0].named and not any(m.strong for m in candidates(above)) or tables[0].separated and not above.strip()
    ) else None)
    body_rows = _body_rows(doc_id, body_table) if body_table else []
    annexes = tables[1:] if body_table else tables
    annex_leaves, annex_start = _annex_leaves(doc_id, lines, annexes, signature.line + 1 if signature else header.body_start)
    if body_table:
        annex_start = min(annex_start, table_start)
    body_end = signature.first_line if signature else annex_start
    body = "\n".join(lines[header.body_start:body_end]).strip()
    if body_table and not body:  # the heading above a list that is the whole text is its preface (正文)
        body = "\n".join(line.strip() for line in lines[:table_start] if line.strip())
    # a text that is only its title and history still names a version; one that is only a table (a 任务分解表
    # pasted with no covering text) is its rows
    if not body and not header.history and not body_rows and not annex_leaves:
        raise CorpusError(f"{source}：标题之后没有正文。")
    # Text between the signature and the first table, or after the last table, is annex prose.
    tail_start = signature.line + 1 if signature else body_end
    tail = [line for i, line in enumerate(lines[tail_start:], tail_start)
            if i < annex_start or i >= max((t.end for t in tables), default=len(lines))]
    while tail and (not tail[0].strip() or is_history(tail[0])):  # an attached text's own history lines
        tail.pop(0)
    fields = table.fields
    signer = signature.issuer if signature else None
    far_title = _far_title(header.title, lines)
    title = (fields.get("title") or far_title or header.title or trailer_title or title_above_number(lines) or title_from_text(body)
             or notice_title(body, _issuer(fields.get("issuer"), "", signer, publisher=fields.get("publisher"))
                                   or header.issuer)
             or self_named_title(body) or attached_title(tail) or numbered_title(body) or doc_id)
    title_number, title = split_number(without_site_suffix(unmask_type(title)))
    # an untitled regulation is known by the order its history line says published it (甘肃省人民政府令第160号公布)
    order_number, order_issuer = history_order(header.history) if title == doc_id else (None, None)
    issuer = fuller_issuer(_issuer(fields.get("issuer"), title, signer, header.issuer, fields.get("publisher"))
                           or header.issuer or order_issuer,
                           [signer, header.issuer])
    government = issuer_government(issuer)
    if government.level == Level.OTHER:
        government = government_of(title, title=True)
        issuer = issuer or approving_government(body, government)
    if government.level == Level.OTHER:
        government = bare_organ_government(issuer, title)
        issuer = issuer and placed_organ(issuer, government)
    if government.level == Level.OTHER:
        government = approved_place(body)
    if government.level == Level.OTHER and not issuer:
        government = government_from_text(body)
    number = header.number or _number(fields) or title_number or order_number or early_number(lines) or (
        early_number(lines, _MASTHEAD_LINES) if far_title else None)
    if government.level == Level.OTHER:
        government, issuer = numbered_provincial_organ(issuer, number)
    if government.level == Level.OTHER:
        government = addressed_province(body, text, issuer)
    if government.level == Level.PROVINCE and not government.province and (coded := government_of_number(number)).province:
        government, issuer = coded, issuer and placed_organ(issuer, coded)  # 省人民政府 whose 文号 is 鄂政发: 湖北's
    if government.level == Level.OTHER:
        government = recovered_government(number, title, lines)
    if government.level == Level.OTHER:
        government = credited_government(page_source(fields.get("source")))
    government = placed_in_text(government, text)
    region = government.region
    signed = signature.date if signature else None
    table_date = meta_date(fields.get("date"))
    if table_date and signed and signed < table_date == meta_date(fields.get("published")):
        table_date = None  # a repost's table dating the text the day the page went up, years after it was signed
    date = table_date or signed or history_date(header.history)
    date = date or dates_the_text(meta_date(fields.get("published")), number)
    validity = read_validity(body + "\n" + "\n".join(tail), date)
    leaves = (parse_outline(body, doc_id) if body else []) + body_rows + annex_leaves
    for k, attached in enumerate(attached_texts(tail), 1):
        leaves += parse_outline(attached, doc_id, "附件" if k == 1 else f"附件{k}")
    _dedupe_ids(leaves)
    author = author_of(title, issuer)  # who 我局/我委 is in this text
    addressee = addressee_of(body)  # who 你会/你厅 is
    return Document(
        doc_id=doc_id, title=title, short_title=short_title(title, region), number=number,
        issuer=issuer, date=date, level=government.level, region=region, source=source, sha256=sha256,
        clauses=annotate_all(leaves, region, author=author, addressee=addressee), government=government.name,
        effective_date=validity.effective_date or meta_date(fields.get("effective")) or history_effect(header.history),
        expiry_date=validity.expiry_date, validity_years=validity.years, validity_phrase=validity.phrase,
        doc_type=classify(title, issuer, header.history, number), form=doc_type(title),
        status=read_status(fields.get("status"), title),
        page_source=page_source(fields.get("source")), published=page_published(fields.get("published")),
        # (the page's publication stamp, printed like it on the same day, is another fact: not a writing of it)
        date_written=written_dates(text.replace(fields.get("published") or "\0", ""), date) if date else [],
        number_written=written_numbers(text, number),
        addressee=addressee,
        page_rows=table.rows,
    )


#: a 文号 with no year, as a county office may write it (内政办19号): taken only where a table's 发文字号 cell holds it whole
_YEARLESS_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\d{1,4}[号號]")


def _number(fields: dict[str, str]) -> str | None:
    cell = fields.get("number", "")
    m = NUMBER_RE.search(cell) or _YEARLESS_NUMBER.fullmatch(re.sub(r"\s", "", cell))
    return normalise_number(m.group(0)) if m else None
