"""Rendering for the web UI: answers, citations, sources and clause trees as HTML.

Pure functions from the assistant's objects (Answer, Citation, Document) to HTML
strings, kept apart from the Gradio wiring so they can be unit-tested. Every
piece of document or user text goes through `html.escape`; the only markup
is what these functions write themselves.

Chat messages are emitted as one HTML block with no blank lines, so the
chatbot's markdown renderer passes them through untouched.

About 380 lines, a quarter of them the stylesheet its classes need: many small renderers of one
kind (escaped HTML from the assistant's objects), kept together so they share one escaping rule.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from itertools import groupby

from assistant.answering.answer import Answer
from assistant.citations import Citation, Reference, clause_path
from assistant.corpus.model import Clause, Document

ABSTAIN_TITLE = "⚠ 文件中未找到依据"
RELATED_TITLE = "仅供参考（相关但未回答该问题的条款）"
ALL_DOCUMENTS = "全部"

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$<>])")

#: Styles for the classes below; the app passes them to `launch(css=...)`.
CSS = """
.pq-answer {line-height: 1.7;}
.pq-answer p {margin: 0 0 .35em 0;}
.pq-abstain {border-left: 4px solid #d97706; background: #fffbeb; color: #78350f;
  padding: .5em .8em; border-radius: 6px;}
.pq-abstain-head {font-weight: 700; color: #b45309; margin-bottom: .3em;}
.pq-direct {font-weight: 700; font-size: 1.08em; color: #0f172a; background: #eff6ff;
  border-left: 4px solid #2563eb; padding: .35em .7em; border-radius: 6px; margin-bottom: .45em;}
.pq-cites {margin-top: .6em;}
.pq-cites-head {font-size: .9em; color: #475569; margin: .4em 0 .2em 0; font-weight: 600;}
details.pq-cite {border: 1px solid #cbd5e1; border-radius: 6px; margin: .3em 0; padding: .25em .6em;
  background: #f8fafc; color: #0f172a;}
details.pq-cite > summary {cursor: pointer; font-weight: 600; color: #1d4ed8;}
details.pq-cite.pq-related {border-style: dashed; background: #fafaf9;}
details.pq-cite.pq-related > summary {color: #57534e;}
.pq-cite-doc {font-size: .85em; color: #64748b; margin: .2em 0;}
.pq-cite-text {margin: .3em 0; white-space: pre-wrap;}
.pq-cite-text mark {background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px;}
.pq-facts {font-size: .9em; color: #334155;}
.pq-ref-link {text-decoration: underline dotted; text-underline-offset: 3px;}
.pq-refs {margin-top: .4em; font-size: .9em;}
.pq-refs-head {color: #64748b;}
.pq-ref summary {cursor: pointer; color: #1d4ed8;}
.pq-ref-text {white-space: pre-wrap; padding: .2em .6em; border-left: 3px solid #cbd5e1;}
.pq-facts b {color: #0f172a;}
.pq-tag {display: inline-block; font-size: .75em; padding: 0 .4em; border-radius: 4px; margin-left: .4em;
  background: #e7e5e4; color: #44403c; font-weight: 400;}
.pq-sources {font-size: .92em;}
.pq-sources ol {padding-left: 1.3em; margin: .3em 0;}
.pq-sources li {margin-bottom: .5em;}
.pq-src-label {font-weight: 600;}
.pq-src-doc {color: #64748b; font-size: .88em;}
.pq-muted {color: #64748b;}
.pq-tree details {margin-left: .2em;}
.pq-tree summary {cursor: pointer;}
.pq-tree .pq-doc > summary {font-weight: 700; font-size: 1.05em;}
.pq-tree .pq-chapter {margin-left: 1em;}
.pq-tree .pq-chapter > summary {font-weight: 600;}
.pq-tree .pq-clause {margin: .25em 0 .25em 1.2em;}
.pq-tree .pq-node-path {font-weight: 600; color: #1d4ed8; margin-right: .3em;}
.pq-tree .pq-items {margin: .2em 0 .2em 1.6em; padding: 0; list-style: none;}
.pq-tree .pq-items li {margin: .15em 0;}
.pq-tree table.pq-annex {border-collapse: collapse; margin: .4em 0 .4em 1em; font-size: .9em;}
.pq-tree table.pq-annex th, .pq-tree table.pq-annex td {border: 1px solid #cbd5e1; padding: .25em .5em;
  vertical-align: top;}
.pq-tree table.pq-annex th {background: #f1f5f9;}
.pq-tree .pq-meta {color: #64748b; font-size: .88em;}
"""


# ---- small helpers -------------------------------------------------------------------
def esc(text: object) -> str:
    """HTML-escape any text that came from a document or a user."""
    return html.escape("" if text is None else str(text), quote=True)


def escape_user_message(question: str) -> str:
    """A user's question for the chat: neither HTML nor markdown in it is interpreted."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(question or "", quote=False))


def _quote_spans(text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    """Where the quoted sentences sit in `text`, merged, in order."""
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        quote = (quote or "").strip()
        for candidate in (quote, quote.rstrip("。；;，,！!？? ")):
            if len(candidate) < 2:
                continue
            start = text.find(candidate)
            if start >= 0:
                while start >= 0:
                    spans.append((start, start + len(candidate)))
                    start = text.find(candidate, start + len(candidate))
                break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, quotes: Sequence[str]) -> str:
    """`text` escaped, with each quoted sentence wrapped in <mark>."""
    text = text or ""
    out, pos = [], 0
    for start, end in _quote_spans(text, quotes):
        out.append(esc(text[pos:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _with_reference_marks(html: str, references: Sequence[Reference]) -> str:
    """The words of the text that point to another article, underlined (they open below the text)."""
    for reference in references:
        phrase = esc(reference.phrase)
        html = html.replace(phrase, f'<span class="pq-ref-link">{phrase}</span>', 1)
    return html


def _references(references: Sequence[Reference]) -> str:
    """The articles the text refers to, each a block that opens in place."""
    if not references:
        return ""
    blocks = "".join(
        f'<details class="pq-ref"><summary><span class="pq-ref-phrase">{esc(r.phrase)}</span> → '
        f'<span class="pq-ref-label">{esc(r.label)}</span></summary><div class="pq-ref-text">{esc(r.text)}</div></details>'
        for r in references
    )
    return f'<div class="pq-refs"><div class="pq-refs-head">文中引用的条款</div>{blocks}</div>'


def _facts(units: Sequence[str], deadline: str | None) -> str:
    parts = []
    if units:
        parts.append(f"<div><b>责任单位：</b>{esc('、'.join(units))}</div>")
    if deadline:
        parts.append(f"<div><b>时间进度：</b>{esc(deadline)}</div>")
    return f'<div class="pq-facts">{"".join(parts)}</div>' if parts else ""


# ---- answers -------------------------------------------------------------------------
def render_citation(citation: Citation, related: bool = False, open_: bool = False) -> str:
    """One citation as a collapsible block: label, document, highlighted text, units, deadline, and
    the articles its text refers to."""
    classes = "pq-cite pq-related" if related else "pq-cite"
    tag = '<span class="pq-tag">仅供参考</span>' if related else ""
    doc = citation.doc_title + (f"（{citation.doc_number}）" if citation.doc_number else "")
    text = highlight(citation.text, [] if related else citation.quotes)
    return (
        f'<details class="{classes}"{" open" if open_ else ""}>'
        f'<summary><span class="pq-label">{esc(citation.label)}</span>{tag}</summary>'
        f'<div class="pq-cite-doc">{esc(doc)}</div>'
        f'<div class="pq-cite-text">{_with_reference_marks(text, citation.references)}</div>'
        f"{_facts(citation.units, citation.deadline)}"
        f"{_references(citation.references)}"
        "</details>"
    )


def _answer_lines(text: str) -> list[str]:
    return [line for line in (text or "").split("\n") if line.strip()]


def _body(lines: Sequence[str]) -> str:
    return "".join(f"<p>{esc(line)}</p>" for line in lines)


def render_answer(answer: Answer, upto: int | None = None, with_citations: bool = True) -> str:
    """An answer as one chat message: text, then its citations (or, for an abstention, a warning).

    `upto` shows only the first `upto` characters of the answer text (for streaming).
    """
    text = answer.answer or ""
    shown_text = text[:upto] if upto is not None else text
    direct = _direct_line(answer)
    direct_html = ""
    if direct:  # the line that answers the question, set apart; the quotes follow as the body
        direct_html = f'<div class="pq-direct">{esc(shown_text[: len(direct)])}</div>' if shown_text.strip() else ""
        shown_text = shown_text[len(direct):]
    shown = _answer_lines(shown_text)
    if answer.abstained:
        parts = [
            '<div class="pq-answer pq-abstained">',
            f'<div class="pq-abstain"><div class="pq-abstain-head">{esc(ABSTAIN_TITLE)}</div>{_body(shown)}</div>',
        ]
        if with_citations and answer.related:
            parts.append(f'<div class="pq-cites"><div class="pq-cites-head">{esc(RELATED_TITLE)}</div>')
            parts.extend(render_citation(c, related=True) for c in answer.related)
            parts.append("</div>")
    else:
        parts = ['<div class="pq-answer">', direct_html, _body(shown)]
        if with_citations and answer.citations:
            parts.append(f'<div class="pq-cites"><div class="pq-cites-head">引用条款（{len(answer.citations)}）</div>')
            parts.extend(render_citation(c) for c in answer.citations)
            parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


def _direct_line(answer: Answer) -> str | None:
    """The answer's one-line direct answer when its text opens with it (not for an abstention: that has its heading)."""
    short = (answer.short_answer or "").strip()
    if answer.abstained or not short or not (answer.answer or "").startswith(short):
        return None
    return short


_STREAM_BREAK = re.compile(r"[。；;！!？?，,：:\n]")
_MAX_STREAM_STEPS = 12


def stream_answer(answer: Answer) -> Iterator[str]:
    """Successive renderings of an answer for streaming: the text phrase by phrase, citations last."""
    text = answer.answer or ""
    cuts = sorted({m.end() for m in _STREAM_BREAK.finditer(text)} | {len(text)})
    if len(cuts) > _MAX_STREAM_STEPS:
        step = len(cuts) / _MAX_STREAM_STEPS
        cuts = sorted({cuts[min(len(cuts) - 1, round((i + 1) * step) - 1)] for i in range(_MAX_STREAM_STEPS)})
    previous = None
    for cut in cuts:
        chunk = render_answer(answer, upto=cut, with_citations=False)
        if chunk != previous:
            yield chunk
            previous = chunk
    yield render_answer(answer)


def render_error(message: str) -> str:
    return f'<div class="pq-answer pq-abstain"><div class="pq-abstain-head">⚠ 无法回答</div><p>{esc(message)}</p></div>'


def render_sources(answer: Answer | None) -> str:
    """The side panel: where the current answer comes from."""
    if answer is None:
        return '<div class="pq-sources pq-muted">提问后，这里列出回答所依据的条款。</div>'
    if answer.abstained:
        head = f'<div class="pq-abstain-head">{esc(ABSTAIN_TITLE)}</div>'
        if not answer.related:
            return f'<div class="pq-sources">{head}<div class="pq-muted">没有相关条款。</div></div>'
        return (
            f'<div class="pq-sources">{head}<div class="pq-muted">{esc(RELATED_TITLE)}：</div>'
            f"{_source_list(answer.related)}</div>"
        )
    if not answer.citations:
        return '<div class="pq-sources pq-muted">本回答没有引用条款。</div>'
    return f'<div class="pq-sources"><div><b>本回答的依据（{len(answer.citations)}）</b></div>{_source_list(answer.citations)}</div>'


def _fact_parts(units: Sequence[str], deadline: str | None) -> list[str]:
    """责任单位 / 时间进度 lines, shared by citations and clause-tree leaves."""
    parts = [f"责任单位：{'、'.join(units)}"] if units else []
    return parts + ([f"时间进度：{deadline}"] if deadline else [])


def _source_list(citations: Sequence[Citation]) -> str:
    items = []
    for c in citations:
        facts = _fact_parts(c.units, c.deadline)
        extra = f'<div class="pq-src-doc">{esc("；".join(facts))}</div>' if facts else ""
        items.append(
            f'<li><div class="pq-src-label">{esc(c.label)}</div>'
            f'<div class="pq-src-doc">{esc(c.doc_title)}</div>{extra}</li>'
        )
    return f"<ol>{''.join(items)}</ol>"


# ---- documents -------------------------------------------------------------------------
def document_label(document: Document) -> str:
    """A document's short name for filters and lists."""
    short = document.short_title if document.short_title and len(document.short_title) <= 12 else None
    if document.number and short and short != document.number:
        return f"{short}（{document.number}）"
    return document.number or short or document.short_title or document.title or document.doc_id


def document_choices(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """(label, value) pairs for the document filter: 全部, then each document."""
    choices = [(ALL_DOCUMENTS, ALL_DOCUMENTS)]
    seen: set[str] = set()
    for d in documents:
        label = document_label(d)
        if label in seen:
            label = f"{label} [{d.doc_id}]"
        seen.add(label)
        choices.append((label, d.doc_id))
    return choices


def selected_doc_ids(selection: Sequence[str] | None) -> frozenset[str] | None:
    """The filter's value as the doc_ids to search; None means all documents."""
    ids = frozenset(v for v in (selection or []) if v and v != ALL_DOCUMENTS)
    return ids or None


def normalize_selection(selection: Sequence[str] | None, clicked: str | None, selected: bool) -> list[str]:
    """Keep 全部 and specific documents exclusive: picking one unpicks the other; nothing picked means 全部."""
    chosen = [v for v in (selection or []) if v != clicked]
    if selected and clicked is not None:
        chosen.append(clicked)
    if clicked == ALL_DOCUMENTS and selected:
        return [ALL_DOCUMENTS]
    specific = [v for v in chosen if v != ALL_DOCUMENTS]
    return specific or [ALL_DOCUMENTS]


def _clause_heading(clause: Clause) -> str:
    return f'<span class="pq-node-path">{esc(clause.clause)}</span>{esc(clause.clause_title or "")}'


def _leaf_text(clause: Clause) -> str:
    facts = _fact_parts(clause.units, clause.deadline)
    meta = f' <span class="pq-meta">〔{esc("；".join(facts))}〕</span>' if facts else ""
    return f"{esc(clause.text)}{meta}"


def _annex_cells(clause: Clause) -> tuple[str, str, str]:
    """工作任务 / 负责部门 / 时间进度 of an annex row."""
    task = clause.text
    for marker in ("；负责部门", ";负责部门", "；责任单位", "；时间进度"):
        if marker in task:
            task = task.split(marker)[0]
    task = re.sub(r"^工作任务[:：]?", "", task).strip()
    return task, "、".join(clause.units), clause.deadline or ""


def _render_annex(rows: list[Clause]) -> str:
    out = []
    for group, members in groupby(rows, key=lambda c: c.annex_group):
        members = list(members)
        if group:
            out.append(f'<div class="pq-clause"><b>{esc(group)}</b></div>')
        body = "".join(
            f'<tr id="{esc(_anchor(c))}"><td>{c.annex_row}</td>'
            + "".join(f"<td>{esc(cell)}</td>" for cell in _annex_cells(c))
            + "</tr>"
            for c in members
        )
        out.append(
            '<table class="pq-annex"><thead><tr><th>序号</th><th>工作任务</th><th>负责部门</th><th>时间进度</th>'
            f"</tr></thead><tbody>{body}</tbody></table>"
        )
    return "".join(out)


def _anchor(clause: Clause) -> str:
    return "clause-" + re.sub(r"[^0-9A-Za-z_-]", lambda m: f"_{ord(m.group()):x}", clause.id)


def _render_clause_group(clauses: list[Clause]) -> str:
    """Leaves of one 条 (or one preamble / closing piece)."""
    first = clauses[0]
    if not first.clause:
        name = clause_path(first)
        tag = f'<span class="pq-node-path">{esc(name)}</span>' if name else ""
        return "".join(f'<div class="pq-clause" id="{esc(_anchor(c))}">{tag}{_leaf_text(c)}</div>' for c in clauses)
    if len(clauses) == 1 and not first.item:
        return (
            f'<div class="pq-clause" id="{esc(_anchor(first))}">{_clause_heading(first)} {_leaf_text(first)}</div>'
        )
    items = "".join(
        f'<li id="{esc(_anchor(c))}"><span class="pq-node-path">{esc((c.item or "") + (c.subitem or ""))}</span>'
        f"{_leaf_text(c)}</li>"
        for c in clauses
    )
    return f'<details class="pq-clause" open><summary>{_clause_heading(first)}</summary><ul class="pq-items">{items}</ul></details>'


def render_document_tree(document: Document, open_: bool = True) -> str:
    """One document as a browsable tree: 文件 → 章 → 条 → 项, annex rows as a table."""
    meta = " · ".join(esc(x) for x in (document.number, document.issuer, document.date) if x)
    body: list[str] = []
    body_clauses = [c for c in document.clauses if c.annex_row is None]
    annex = [c for c in document.clauses if c.annex_row is not None]
    for chapter, in_chapter in groupby(body_clauses, key=lambda c: c.chapter):
        groups = "".join(
            _render_clause_group(list(g)) for _, g in groupby(in_chapter, key=lambda c: c.clause)
        )
        if chapter:
            body.append(f'<details class="pq-chapter" open><summary>{esc(chapter)}</summary>{groups}</details>')
        else:
            body.append(f'<div class="pq-chapter">{groups}</div>')
    if annex:
        name = f"附件：{annex[0].chapter}" if annex[0].chapter else "附件"
        body.append(
            f'<details class="pq-chapter" open><summary>{esc(name)}（{len(annex)}项）</summary>'
            f"{_render_annex(annex)}</details>"
        )
    return (
        f'<div class="pq-tree"><details class="pq-doc"{" open" if open_ else ""}>'
        f"<summary>{esc(document.title)}</summary>"
        f'<div class="pq-meta">{meta}{" · " if meta else ""}{len(document.clauses)} 个条款 · 来源：{esc(document.source)}</div>'
        f"{''.join(body)}</details></div>"
    )
