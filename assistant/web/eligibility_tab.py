"""The 企业政策匹配 tab: describe a company, check what was understood, see every cited measure.

`build_eligibility_tab(assistant)` is called inside the app's `gr.Tabs()`; it creates its
own `gr.Tab`. Free text is parsed into the form (识别结果), the user may correct any field
and re-run, and the result can be downloaded as Markdown or CSV. All text shown is
escaped with html.escape.
"""

from __future__ import annotations

import html
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.eligibility import (
    CompanyProfile,
    EligibilityResult,
    ProfileError,
    write_export,
)
from assistant.eligibility.profile import INDUSTRIES, NEEDS, QUALIFICATIONS, SIZES
from assistant.lexicon.regions import PROVINCES, Level

if TYPE_CHECKING:
    from assistant.api import Assistant

log = logging.getLogger(__name__)

UNSAID = "未说明"
REGION_CHOICES = [UNSAID, Level.NATIONAL.value, *PROVINCES]
SIZE_CHOICES = [UNSAID, *SIZES]
EXPORT_FORMATS = ["Markdown", "CSV"]
EXAMPLES = [
    "我们是杭州的一家互联网小微企业，做跨境电商，想融资",
    "我们是宁波的一家集成电路设计企业",
    "软件公司，已认定为高新技术企业，想了解税收优惠",
    "我们是一个农村电商合作社，在网上卖农产品",
    "杭州市萧山区的养老服务小微企业，成立1年，员工12人，想申请补贴",
]
_EXPORT_DIR = Path(tempfile.gettempdir()) / "policy-qa-eligibility"

CSS = """
.pq-el-group h3 { margin: 1em 0 .4em; }
.pq-el-match { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: .6em .8em; margin: .5em 0; }
.pq-el-label { font-weight: 600; }
.pq-el-level { color: var(--body-text-color-subdued); font-size: .9em; margin-left: .4em; }
.pq-el-quote { margin: .3em 0; padding-left: .6em; border-left: 3px solid var(--color-accent); }
.pq-el-meta { font-size: .92em; margin: .15em 0; }
.pq-el-note { color: var(--body-text-color-subdued); font-size: .9em; }
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def render_profile(profile: CompanyProfile) -> str:
    return f'<div class="pq-el-profile"><b>识别结果</b>：{_e(profile.describe())}<br><small>如有不对，请在下方表单中修改后点“按表单重新匹配”。</small></div>'


def _match_html(m) -> str:
    meta = [("可获支持", "；".join(m.gives)), ("适用对象", "、".join(m.beneficiaries)), ("不符合的条件", "；".join(m.failed)),
            ("匹配理由", "；".join(m.reasons)), ("待确认", "；".join(m.conditions)), ("联系", "、".join(m.units) or "文件未写明")]
    rows = "".join(f'<div class="pq-el-meta"><b>{name}</b>：{_e(value)}</div>' for name, value in meta if value)
    return (
        f'<div class="pq-el-match" data-clause-id="{_e(m.citation.clause_id)}">'
        f'<div><span class="pq-el-label">{_e(m.label)}</span><span class="pq-el-level">{_e(m.level)}</span></div>'
        f'<div class="pq-el-quote">{_e("".join(m.quotes))}</div>{rows}<div class="pq-el-note">{_e(m.note)}</div></div>'
    )


def render_result(result: EligibilityResult) -> str:
    parts = [f"<p>共找到 <b>{len(result.matches)}</b> 项支持措施。</p>"]
    parts += [f'<p class="pq-el-note">{_e(note)}</p>' for note in result.notes]
    for kind, matches in result.groups.items():
        parts.append(f'<div class="pq-el-group"><h3>{_e(kind)}（{len(matches)}项）</h3>')
        if total := result.total_line(kind):
            parts.append(f'<p class="pq-el-total">{_e(total)}</p>')
        parts += [_match_html(m) for m in matches]
        parts.append("</div>")
    if result.near_misses:
        parts.append(f'<div class="pq-el-group pq-el-near"><h3>差一点符合的措施（{len(result.near_misses)}项）</h3>')
        parts += [_match_html(m) for m in result.near_misses]
        parts.append("</div>")
    return "".join(parts)


def _form_values(profile: CompanyProfile) -> tuple:
    return (
        profile.region or UNSAID,
        [i for i in profile.industries if i in INDUSTRIES],
        profile.size or UNSAID,
        list(profile.qualifications),
        list(profile.needs),
    )


def profile_from_form(previous: dict | None, region, industries, size, qualifications, needs) -> CompanyProfile:
    """The form's profile; the parsed city is kept while the region still matches it."""
    previous = previous or {}
    region = None if region in (None, UNSAID) else region
    city = previous.get("city") if previous.get("region") == region else None
    # industries the form cannot show (none today) are kept from the parsed text
    hidden = [i for i in previous.get("industries", []) if i not in INDUSTRIES]
    return CompanyProfile(
        region=region,
        city=city,
        industries=[*(industries or []), *hidden],
        size=None if size in (None, UNSAID) else size,
        qualifications=list(qualifications or []),
        needs=list(needs or []),
        text=previous.get("text", ""),
    )


def export_file(result: EligibilityResult, fmt: str) -> str:
    """Write the result to a fresh folder, named after the profile and the date (政策匹配_杭州_养老服务_小微_2026-12-01.md)."""
    _EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=_EXPORT_DIR))
    return str(write_export(result, folder, "csv" if fmt == "CSV" else "md"))


def build_eligibility_tab(assistant: Assistant) -> gr.Tab:
    """The 企业政策匹配 tab; call inside the caller's `gr.Blocks` / `gr.Tabs` context."""

    def from_text(text: str):
        text = (text or "").strip()
        if not text:
            return (gr.skip(),) * 5 + ("<p>请先描述企业情况。</p>", "", None)
        result = assistant.eligible(text)  # parsed with the library's own words too
        profile = result.profile
        return (*_form_values(profile), render_profile(profile), render_result(result), profile.to_dict())

    def from_form(text, region, industries, size, qualifications, needs, previous):
        try:
            profile = profile_from_form(previous, region, industries, size, qualifications, needs)
        except ProfileError as exc:
            return f"<p>{_e(exc)}</p>", "", previous
        if text and not profile.text:
            profile.text = text.strip()
        result = assistant.eligible(profile)
        return render_profile(profile), render_result(result), profile.to_dict()

    def export(previous, fmt):
        if not previous:
            raise gr.Error("请先匹配，再导出。")
        return export_file(assistant.eligible(CompanyProfile.from_dict(previous)), fmt)

    with gr.Tab("企业政策匹配", id="eligibility") as tab:
        gr.HTML(f"<style>{CSS}</style>", js_on_load=None)
        gr.Markdown(
            "描述企业情况（地区、行业、规模、资质、需求），列出文件中适用的支持措施，按类别分组并附条款引用。"
            "匹配依据条款原文的规则，文件未规定的金额或程序不会编造。"
        )
        profile_state = gr.State(None)
        with gr.Row():
            description = gr.Textbox(
                label="企业情况", placeholder=EXAMPLES[0], lines=2, scale=5, elem_id="pq-el-text", max_length=2000
            )
            parse_button = gr.Button("识别并匹配", variant="primary", scale=1, elem_id="pq-el-parse")
        gr.Examples(EXAMPLES, inputs=description, label="示例（点击填入）")
        understood = gr.HTML("", elem_id="pq-el-understood", js_on_load=None)
        with gr.Accordion("企业信息（可修改）", open=True):
            with gr.Row():
                region = gr.Dropdown(REGION_CHOICES, value=UNSAID, label="地区", elem_id="pq-el-region")
                size = gr.Radio(SIZE_CHOICES, value=UNSAID, label="规模", elem_id="pq-el-size")
            industries = gr.CheckboxGroup(list(INDUSTRIES), label="行业", elem_id="pq-el-industries")
            qualifications = gr.CheckboxGroup(list(QUALIFICATIONS), label="资质", elem_id="pq-el-quals")
            needs = gr.CheckboxGroup(list(NEEDS), label="需求", elem_id="pq-el-needs")
            form_button = gr.Button("按表单重新匹配", elem_id="pq-el-form")
        results = gr.HTML("", elem_id="pq-el-results", js_on_load=None)
        with gr.Row():
            export_format = gr.Radio(EXPORT_FORMATS, value="Markdown", label="导出格式", scale=2)
            export_button = gr.Button("导出", scale=1, elem_id="pq-el-export")
            download = gr.File(label="下载", interactive=False, scale=2, elem_id="pq-el-download")

        form = [region, industries, size, qualifications, needs]
        parse_outputs = [*form, understood, results, profile_state]
        parse_button.click(from_text, [description], parse_outputs, api_name="eligible")
        description.submit(from_text, [description], parse_outputs, api_visibility="undocumented")
        form_button.click(
            from_form, [description, *form, profile_state], [understood, results, profile_state],
            api_visibility="undocumented",
        )
        export_button.click(export, [profile_state, export_format], [download], api_visibility="undocumented")
    return tab
