"""Rendering for the library views: the documents table with its facets, upload and delete reports.

Pure functions (no Gradio) so they can be unit-tested. Messages shown to a user pass
through `readable_error` first: the log keeps exception names and server paths, the
page never shows them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from assistant.corpus.model import Document
from assistant.web.render import document_label, esc

if TYPE_CHECKING:
    from assistant.index.intake import FileReport

ANY = "全部"
UNKNOWN = "未注明"


@dataclass(frozen=True)
class Facet:
    """One way to narrow the documents table: its name and how a document answers it."""

    name: str
    value_of: Callable[[Document], str | None]


FACETS: tuple[Facet, ...] = (
    Facet("类型", lambda d: d.doc_type),
    Facet("文种", lambda d: d.form),
    Facet("状态", lambda d: d.status),
    Facet("发文机关", lambda d: d.issuer),
    Facet("层级", lambda d: d.level),
    Facet("年份", lambda d: d.date[:4] if d.date else None),
)

CSS = """
.pq-upload-report {border: 1px solid #cbd5e1; border-radius: 6px; padding: .5em .8em; background: #f8fafc;}
.pq-upload-report ul {margin: .3em 0; padding-left: 1.2em;}
.pq-upload-ok {color: #166534;}
.pq-upload-failed {color: #991b1b;}
.pq-upload-skipped {color: #475569;}
.pq-upload-summary {font-weight: 600; margin-bottom: .2em;}
.pq-facet-count {color: #64748b; font-size: .85em;}
"""

# ---- readable errors ----------------------------------------------------------------------
#: "（PackageNotFoundError: Package not found at '/tmp/…'）": an exception quoted inside a message
_QUOTED_EXCEPTION = re.compile(r"[（(]\s*[A-Za-z_][\w.]*(?:Error|Exception|Warning)\b[^（）()]*[）)]")
#: a bare exception name, with its colon
_EXCEPTION_NAME = re.compile(r"\b[A-Za-z_][\w.]*(?:Error|Exception|Warning)\b:?\s*")
#: an absolute POSIX or Windows path (the server's temp folders, the cache)
_PATH = re.compile(r"(?:[A-Za-z]:\\|/)(?:[^\s/\\'\"（）()，,：:；;]+[/\\])+([^\s/\\'\"（）()，,：:；;]+)")


def readable_error(message: str) -> str:
    """A message fit for a user: no exception class names, no server paths (only file names)."""
    text = _QUOTED_EXCEPTION.sub("", message or "")
    text = _EXCEPTION_NAME.sub("", text)
    text = _PATH.sub(lambda m: m.group(1), text)
    return re.sub(r"[ \t]{2,}", " ", text).strip() or "处理出错。"


# ---- upload and delete reports --------------------------------------------------------------
#: how each FileReport status reads in the panel: (css class, mark, count label); a refusal's label is the caller's
_STATUS = {
    "added": ("ok", "✓", "已加入"),
    "updated": ("ok", "✓", "已更新"),
    "removed": ("ok", "✓", "已删除"),
    "unchanged": ("skipped", "–", "内容未变"),
    "refused": ("failed", "✗", ""),
}


def render_upload_report(reports: Sequence[FileReport], refused: str = "未能加入") -> str:
    """The library panel's own report, one line per file, counts first; never the chat's abstention style.

    `refused` names a refusal for the action at hand (未能加入 for an upload, 未能删除 for a delete).
    """
    if not reports:
        return render_notice("请先选择文件。", ok=False)
    counts = Counter(r.status for r in reports)
    labels = {s: (refused if s == "refused" else v[2]) for s, v in _STATUS.items()}
    summary = "，".join(f"{labels[s]} {counts[s]} 个" for s in _STATUS if counts[s])
    items = []
    for r in reports:
        status = r.status if r.status in _STATUS else "refused"
        css, mark, _ = _STATUS[status]
        if status == "refused":
            text = _without_file_name(readable_error(r.reason or "无法处理。"), r.name)
        elif r.document is not None and status in ("added", "updated"):
            text = f"{labels[status]}为 {document_label(r.document)}，共 {len(r.document.clauses)} 个条款，现在可以就它提问"
        else:
            text = labels[status]
        items.append(f'<li class="pq-upload-{css}">{esc(f"{mark} {r.name}：{text}")}</li>')
    tail = f"（{refused}的文件没有改变索引）" if counts["refused"] else ""
    return (
        f'<div class="pq-upload-report"><div class="pq-upload-summary">{esc(summary + tail)}</div>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _without_file_name(reason: str, name: str) -> str:
    """A reason without the file name it starts with (the line starts with the name already), stored or sent."""
    head, sep, rest = reason.partition("：")
    suffix = PurePath(name).suffix.lower()
    return rest if sep and rest and suffix and head.lower().endswith(suffix) and "/" not in head else reason


def render_notice(message: str, ok: bool) -> str:
    """A one-line result in the library panels (deleted, nothing selected, refused)."""
    css = "pq-upload-ok" if ok else "pq-upload-failed"
    text = message if ok else readable_error(message)
    return f'<div class="pq-upload-report {css}">{esc(text)}</div>'


# ---- the documents table -------------------------------------------------------------------
def facet_choices(documents: Sequence[Document], facet: Facet) -> list[tuple[str, str]]:
    """(label with count, value) for a facet's dropdown: 全部 first, then values by frequency."""
    counts = Counter(facet.value_of(d) or UNKNOWN for d in documents)
    ordered = sorted(counts, key=lambda v: (-counts[v], v))
    return [(ANY, ANY), *((f"{v}（{counts[v]}）", v) for v in ordered)]


def filter_documents(documents: Sequence[Document], chosen: Mapping[str, str | None]) -> list[Document]:
    """The documents matching every chosen facet value (全部 or nothing chosen matches all)."""
    wanted = {f.name: chosen.get(f.name) for f in FACETS if chosen.get(f.name) not in (None, "", ANY)}
    by_name = {f.name: f for f in FACETS}
    return [d for d in documents if all((by_name[n].value_of(d) or UNKNOWN) == v for n, v in wanted.items())]


def render_document_table(documents: Sequence[Document], shown: Sequence[Document] | None = None) -> str:
    """The library as a table: label, title, facet values, clauses, the file it came from."""
    shown = list(documents if shown is None else shown)
    head = "".join(f"<th>{esc(h)}</th>" for h in ("简称", "标题", *(f.name for f in FACETS), "条款数", "原文件名"))
    rows = "".join(
        f'<tr data-doc-id="{esc(d.doc_id)}"><td>{esc(document_label(d))}</td><td>{esc(d.title)}</td>'
        + "".join(f"<td>{esc(f.value_of(d) or UNKNOWN)}</td>" for f in FACETS)
        + f"<td>{len(d.clauses)}</td><td>{esc(original_name(d))}</td></tr>"
        for d in shown
    )
    count = f"共 {len(documents)} 个文件" + (f"，筛选后 {len(shown)} 个" if len(shown) != len(documents) else "")
    return (
        f'<div class="pq-tree"><div class="pq-meta" id="pq-doc-count">{esc(count)}</div>'
        f'<table class="pq-annex" id="pq-doc-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def original_name(document: Document) -> str:
    """The name the file had when it was added (its stored name is normalised to a safe one)."""
    return document.original_name or document.source
