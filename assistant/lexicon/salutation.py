"""The salutation a notice opens with (各省、自治区、直辖市人民政府，国务院各部委：): whom it is
addressed to. One recogniser, because two stages read it: answering quotes it when asked 主送哪些单位,
and document matching leaves it out of what a title-less opening is about (its 人民政府 and 各部委
describe every notice)."""

from __future__ import annotations

import re

#: the opening line up to its first colon, when no sentence ends before it
_SALUTATION = re.compile(r"^\s*([^：:。；;！？!?\n]{2,160}?)\s*[：:]")
#: how an addressee is named: a body (…人民政府, …各单位, …管委会）) or a person's title
_ADDRESSEE_END = re.compile(
    r"(政府|单位|單位|部门|部門|机构|機構|委员会|委員會|公署|军区|軍區|总队|企业|院校|厅|局|办|辦|委|会|會|室|院|校|所|主席|同志|[)）])$"
)


def salutation(text: str) -> re.Match[str] | None:
    """The salutation `text` opens with (group 1: the addressees as written), or None when it opens
    otherwise (a 决定 or a law has none; 标题：… names no addressee)."""
    match = _SALUTATION.match(text)
    return match if match is not None and _ADDRESSEE_END.search(match.group(1)) else None
