"""The library tabs: 文件 (a table with facets, each document's clause tree, delete) and 上传文件 (bulk upload).

`LibraryTabs(assistant, doc_filter)` is built inside the app's `gr.Tabs()`; it owns the
library's components and keeps the chat's document filter in step with the library.
The library may change under the app (the CLI or another server adds or removes a
document), so every view is rebuilt from `assistant.documents` — which swaps to the
newest build first — whenever it is shown: page load, tab switch, after a change.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.corpus import SUPPORTED_SUFFIXES
from assistant.corpus.model import Document
from assistant.web.library import (
    ANY,
    FACETS,
    facet_choices,
    filter_documents,
    render_document_table,
    render_notice,
    render_upload_report,
)
from assistant.web.render import ALL_DOCUMENTS, document_choices, document_label, render_document_tree

if TYPE_CHECKING:
    from assistant.api import Assistant

log = logging.getLogger(__name__)

UPLOAD_TYPES = list(SUPPORTED_SUFFIXES)  # the loader decides what can be read
_PICK_ONE = '<div class="pq-muted">请选择文件。</div>'


def _picker_choices(documents: Sequence[Document]) -> list[tuple[str, str]]:
    return [(document_label(d), d.doc_id) for d in documents]


def _kept(values: Sequence[str] | None, allowed: set[str]) -> list[str]:
    return [v for v in values or [] if v in allowed]


def _filter_update(documents: Sequence[Document], selection: Sequence[str] | None):
    """The chat filter's choices as the library is now. Its value is sent only when a chosen document is gone:
    the page may have changed the selection since `selection` was read, and that newer choice must stand."""
    ids = {d.doc_id for d in documents} | {ALL_DOCUMENTS}
    kept = _kept(selection, ids)
    if selection and len(kept) == len(selection):
        return gr.update(choices=document_choices(documents))
    return gr.update(choices=document_choices(documents), value=kept or [ALL_DOCUMENTS])


class LibraryTabs:
    """The 文件 and 上传文件 tabs and the events that change the library."""

    def __init__(self, assistant: Assistant, doc_filter: gr.CheckboxGroup) -> None:
        self.assistant = assistant
        self.doc_filter = doc_filter
        documents = assistant.documents
        first = documents[0].doc_id if documents else None
        with gr.Tab("文件", id="docs") as self.docs_tab:
            with gr.Row():
                self.facets = [
                    gr.Dropdown(
                        choices=facet_choices(documents, facet), value=ANY, label=facet.name,
                        elem_id=f"pq-facet-{n}", min_width=140,
                    )
                    for n, facet in enumerate(FACETS)
                ]
            self.table = gr.HTML(render_document_table(documents), elem_id="pq-docs", js_on_load=None)
            self.picker = gr.Dropdown(
                choices=_picker_choices(documents), value=first, label="选择文件查看条款结构", elem_id="pq-doc-picker"
            )
            self.tree = gr.HTML(self.show_document(first), elem_id="pq-tree", js_on_load=None)
            with gr.Row(equal_height=True):
                self.to_delete = gr.Dropdown(
                    choices=_picker_choices(documents), value=[], multiselect=True, scale=4,
                    label="删除上传的文件（内置文件不能删除）", elem_id="pq-delete-pick",
                )
                self.delete_button = gr.Button("删除所选", variant="stop", elem_id="pq-delete-btn", scale=1)
            self.delete_status = gr.HTML("", elem_id="pq-delete-status", js_on_load=None)
        with gr.Tab("上传文件", id="upload") as self.upload_tab:
            gr.Markdown(
                f"上传新的政策文件（{' / '.join(UPLOAD_TYPES)}，可一次选择多个），解析为条款并加入索引后即可提问和引用。"
                "上传的文件会保存，重启后仍在；内容未变的文件会跳过。"
            )
            self.files = gr.File(
                label="政策文件", file_types=UPLOAD_TYPES, file_count="multiple", type="filepath", elem_id="pq-upload"
            )
            self.upload_button = gr.Button("解析并加入索引", variant="primary", elem_id="pq-upload-btn")
            self.upload_status = gr.HTML("", elem_id="pq-upload-status", js_on_load=None)

    # ---- views ---------------------------------------------------------------------------------
    @property
    def view_outputs(self) -> list[Any]:
        """Every component that shows the library, in the order `views` returns them."""
        return [self.doc_filter, *self.facets, self.table, self.picker, self.tree, self.to_delete]

    @property
    def view_inputs(self) -> list[Any]:
        return [self.doc_filter, *self.facets, self.picker]

    def views(self, selection: list[str] | None, *facets_and_current: str | None, focus: str | None = None) -> tuple:
        """All library views as the library is now, keeping what the user chose where it still exists."""
        *chosen, current = facets_and_current
        documents = self.assistant.documents  # swaps to a newer build first
        ids = {d.doc_id for d in documents}
        current = focus or (current if current in ids else (documents[0].doc_id if documents else None))
        facet_updates = []
        picked: dict[str, str | None] = {}
        for facet, value in zip(FACETS, chosen):
            choices = facet_choices(documents, facet)
            value = value if value in {v for _, v in choices} else ANY
            picked[facet.name] = value
            facet_updates.append(gr.update(choices=choices, value=value))
        return (
            _filter_update(documents, selection),
            *facet_updates,
            render_document_table(documents, filter_documents(documents, picked)),
            gr.update(choices=_picker_choices(documents), value=current),
            self.show_document(current),
            gr.update(choices=_picker_choices(documents), value=[]),
        )

    def show_document(self, doc_id: str | None) -> str:
        document = next((d for d in self.assistant.documents if d.doc_id == doc_id), None)
        return render_document_tree(document) if document else _PICK_ONE

    def filtered_table(self, *chosen: str | None) -> str:
        documents = self.assistant.documents
        return render_document_table(documents, filter_documents(documents, dict(zip((f.name for f in FACETS), chosen))))

    # ---- changes -------------------------------------------------------------------------------
    def upload(self, files: list[str] | None, selection: list[str], *facets_and_current):
        """Add every chosen file; the report says, per file, what happened (shown by the name it was sent with)."""
        paths = [Path(f) for f in files or []]
        if not paths:
            return (render_upload_report([]), *self.views(selection, *facets_and_current))
        try:
            reports = self.assistant.add_documents(paths)
        except Exception:  # the app keeps serving; the log keeps the detail
            log.exception("adding %s failed", [p.name for p in paths])
            return (render_notice("文件处理出错，索引未改变。", ok=False), *self.views(selection, *facets_and_current))
        for report in reports:
            if report.status == "refused":
                log.info("upload %s refused: %s", report.name, report.reason)
        added = next((r.doc_id for r in reports if r.status in ("added", "updated")), None)
        report_html = render_upload_report(reports)
        if added is not None:
            report_html += "<div class=\"pq-muted\">请检查解析出的条款结构：</div>" + self.show_document(added)
        return (report_html, *self.views(selection, *facets_and_current, focus=added))

    def delete(self, doc_ids: list[str] | None, selection: list[str], *facets_and_current):
        if not doc_ids:
            return (render_notice("请先选择要删除的文件。", ok=False), *self.views(selection, *facets_and_current))
        try:
            reports = self.assistant.remove_documents(doc_ids)
        except Exception:
            log.exception("removing %s failed", doc_ids)
            return (render_notice("删除时出错，索引未改变。", ok=False), *self.views(selection, *facets_and_current))
        return (render_upload_report(reports, refused="未能删除"), *self.views(selection, *facets_and_current))

    def filter_choices(self, selection: list[str] | None):
        """The chat's document filter as the library is now (after each answer: another process may have added one)."""
        return _filter_update(self.assistant.documents, selection)

    def wire(self, demo: gr.Blocks, chat_tab: gr.Tab) -> None:
        """Events: views rebuilt on page load and tab switch; facets narrow the table; upload; delete."""
        for event in (demo.load, chat_tab.select, self.docs_tab.select):
            event(self.views, self.view_inputs, self.view_outputs, api_visibility="undocumented", show_progress="hidden")
        for facet in self.facets:
            facet.input(self.filtered_table, self.facets, [self.table], api_visibility="undocumented")
        self.picker.input(self.show_document, [self.picker], [self.tree], api_visibility="undocumented")
        self.upload_button.click(
            self.upload,
            [self.files, *self.view_inputs],
            [self.upload_status, *self.view_outputs],
            api_visibility="undocumented",
        )
        self.delete_button.click(
            self.delete,
            [self.to_delete, *self.view_inputs],
            [self.delete_status, *self.view_outputs],
            api_visibility="undocumented",
        )
