"""The words documents use to name responsibility, deadlines and task columns.

A responsibility note (`（责任单位：A、B）`), an annex column header (负责部门) and the
fields an annex row is rendered with (`工作任务；负责部门：…；时间进度：…`) are read by the
parser, quoted around by the answer composer, the eligibility matcher and the web view:
they live here once so those readers cannot drift apart.
"""

from __future__ import annotations

import re

#: Labels that introduce a list of responsible units in running text, by the role they give:
#: none (the first named leads), lead, supporting.
GENERAL_LABELS: tuple[str, ...] = ("责任单位", "负责单位", "负责部门", "责任部门", "实施单位", "主责单位", "承办单位", "主管单位",
                                    "主管部门")
LEAD_LABELS: tuple[str, ...] = ("牵头单位", "牵头部门", "主办单位", "主责部门")
SUPPORT_LABELS: tuple[str, ...] = ("配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协助单位")
UNIT_LABELS: tuple[str, ...] = GENERAL_LABELS + LEAD_LABELS + SUPPORT_LABELS

#: Column headers of task tables (序号 | 工作任务 | 负责部门 | 时间进度), most specific first.
TASK_HEADERS: tuple[str, ...] = ("工作任务", "重点任务", "主要任务", "工作内容", "政策措施", "任务", "内容", "事项", "措施")
UNIT_HEADERS: tuple[str, ...] = (
    "负责部门", "负责单位", "责任单位", "责任部门", "牵头单位", "牵头部门", "承办单位", "部门", "单位",
)
DEADLINE_HEADERS: tuple[str, ...] = ("时间进度", "完成时限", "完成时间", "时间安排", "进度安排", "时限", "时间", "进度")
#: The header of a table's row-number column.
NUMBER_HEADERS: tuple[str, ...] = ("序号", "编号", "序")

#: The column names of a table laid out as a policy list or a division of tasks (清单, 分工表,
#: 任务台账, 政策汇总表), by what the column holds. A header row is recognised by being made of
#: these names only; a column's role says where its cells go: `group` cells (政策类别) head the rows
#: below them, `name`/`content`/`basis`/`other` cells stay text ("列名：值"), `units`/`lead`/`support`
#: cells are the row's responsible units, `deadline` its deadline. Most specific first.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "group": ("政策类别", "政策分类", "类别", "分类", "领域", "板块", "类型"),
    "name": ("扶持政策事项", "政策事项", "政策名称", "项目名称", "事项名称", "奖补项目", "支持事项", "项目", "名称", "事项"),
    "content": ("政策内容", "条款内容", "具体内容", "主要内容", "工作内容", "任务内容", "工作任务", "重点任务", "主要任务",
                "目标任务", "工作措施", "政策措施", "支持内容", "扶持内容", "内容", "任务", "措施"),
    "basis": ("政策依据", "文件依据", "依据文件", "依据"),
    "lead": ("牵头单位", "牵头部门", "主办单位"),
    "support": ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位"),
    "units": ("实施部门", "实施单位", "执行部门", "主管部门", "受理部门") + UNIT_HEADERS,
    "deadline": ("完成时限", "完成期限", "时间节点") + DEADLINE_HEADERS,
    "other": ("牵头领导", "责任领导", "联系方式", "咨询电话", "兑现方式", "执行方式", "申报条件", "支持标准", "扶持标准",
              "适用对象", "支持对象", "备注"),
}

#: The field names an annex row's text is written with (see corpus.annex.AnnexRow.text).
ROW_UNITS_FIELD = "负责部门"
ROW_DEADLINE_FIELD = "时间进度"

#: A trailing `（责任单位：…）` note: facts are shown apart, so quotes leave it out.
UNITS_NOTE_RE = re.compile(rf"[（(]\s*(?:{'|'.join(UNIT_LABELS)})[:：][^）)]*[）)]")
#: A text made only of label lines (责任单位:区发展和改革局 / 牵头单位:…\n配合单位:…): who does an item, never its content.
LABEL_LINES_RE = re.compile(rf"(?:(?:{'|'.join(UNIT_LABELS)})\s*[:：][^\n]*(?:\n|$))+")
_ROW_FIELDS_RE = re.compile(rf"[；;](?:{ROW_UNITS_FIELD}|责任单位|{ROW_DEADLINE_FIELD})[:：].*$", re.S)


#: the label after a lead's (牵头单位:区科技和经信局;责任单位:…): what the text calls the units beside the lead
_BESIDE_LEAD = re.compile(
    rf"(?:{'|'.join(LEAD_LABELS)})\s*[:：][^;；。）)]*[;；，,]\s*(?:主要)?"
    rf"({'|'.join((*SUPPORT_LABELS, *GENERAL_LABELS, '协作单位'))})\s*[:：]"
)


def support_label(text: str) -> str:
    """What `text` calls the units beside its lead (牵头单位:X;责任单位:Y → 责任单位, 主要协作单位 → 协作单位), so an
    answer names their part in the text's own word; 配合单位 where it has no word of its own."""
    m = _BESIDE_LEAD.search(text)
    return m.group(1) if m else "配合单位"


def strip_unit_note(text: str) -> str:
    """The text without its `（责任单位：…）` notes."""
    return UNITS_NOTE_RE.sub("", text).strip()


def row_task(text: str) -> str:
    """The 工作任务 of an annex row's text, without its 负责部门/时间进度 fields."""
    return re.sub(r"^工作任务[:：]?", "", _ROW_FIELDS_RE.sub("", text)).strip()
