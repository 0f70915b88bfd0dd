"""The salutation a notice opens with (各省、自治区、直辖市人民政府，国务院各部委：): whom it is
addressed to. One recogniser, because two stages read it: answering quotes it when asked 主送哪些单位,
and document matching leaves it out of what a title-less opening is about (its 人民政府 and 各部委
describe every notice)."""

from __future__ import annotations

import re

#: the opening line up to its first colon, when no sentence ends before it
_SALUTATION = re.compile(r"\s*([^：:。；;！？!?\n]{2,160}?)\s*[：:]")
#: a page's field row above the text (发布时间:2022年03月18日, 有效性:有效): a short label, a short value, a line
_FIELD_ROW = re.compile(r"[ \t　]*[\u4e00-\u9fff]{2,6}[ \t　]*[：:][^\n]{0,40}\n")
#: how many field rows may stand above the salutation
_FIELD_ROWS = 6
#: how an addressee is named: a body (…人民政府, …各单位, …管委会）) or a person's title
_ADDRESSEE_END = re.compile(
    r"(政府|单位|單位|部门|部門|机构|機構|委员会|委員會|公署|军区|軍區|总队|企业|院校|厅|局|办|辦|委|会|會|室|院|校|所|主席|同志|[)）])$"
)


#: a page's label for a role a body plays (发布部门:信息补充中, 主办单位:…, 责任单位：…): a field, no addressee
_ROLE_LABEL = re.compile(r"(?:发布|发文|印发|制发|主办|承办|来源|责任|牵头|配合|实施|协办)(?:部门|单位|机关|机构)")


def opening_salutation(body: str) -> re.Match[str] | None:
    """The salutation on the first non-empty line of a text's body (see `salutation`)."""
    return salutation(next((line.strip() for line in body.split("\n") if line.strip()), ""))


def salutation(text: str) -> re.Match[str] | None:
    """The salutation `text` opens with (group 1: the addressees as written), or None when it opens
    otherwise (a 决定 or a law has none; 标题：… names no addressee). A page's field rows above it (发布部门:信息补充中,
    发布时间:…) are passed over."""
    start = 0
    for _ in range(_FIELD_ROWS + 1):
        match = _SALUTATION.match(text, start)
        if match is not None and not _ROLE_LABEL.fullmatch(match.group(1)) and _ADDRESSEE_END.search(match.group(1)):
            return match
        row = _FIELD_ROW.match(text, start)  # 发布部门:信息补充中 / 发布时间:… above 各县、区人民政府,…:
        if row is None:
            return None
        start = row.end()
    return None
