"""A date that opens a period is read with its end (执行期限为2019年1月1日至2023年12月31日 answers 执行到什么时候 with the
end, not the day it begins); a count written in numerals with its measure word (一式三份) answers 要交几份; a clause
listed by its chapter shows its own title (（一）加强组织领导). Real published text (eval/real/docs/dev), no model."""

from __future__ import annotations

from assistant.answering.composer import _own_title
from assistant.answering.direct import number_line
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import understand
from assistant.corpus.dates import extract_deadline
from assistant.lexicon.tokenizer import Tokenizer
from tests.fixed_order import clause_at, dev_catalog

CULTURE = "guobanfa-2018-124-cultural-enterprises"
MIIT = "miit-2018-56-growth-upgrade-cities-notice"
NEW_MEDIA = "guobanfa-2018-123-gov-new-media"


def test_a_period_is_read_with_its_end():
    catalog = dev_catalog(CULTURE)
    clause = next(c for c in catalog.clauses if c.doc_id == CULTURE and "执行期限为2019年1月1日至2023年12月31日" in c.text)
    assert clause.deadline == "2019年1月1日至2023年12月31日"
    assert extract_deadline("公示期2024年3月27日至4月2日") == "2024年3月27日至4月2日"
    assert extract_deadline("请于2021年6月15日前将材料报送") == "2021年6月15日前"


def test_a_count_in_numerals_answers_how_many_copies():
    catalog = dev_catalog(MIIT)
    query = understand("工信部2018年组织申报成效明显市（州），申报材料要交几份？", catalog.documents)
    assert query.slot is Slot.NUMBER and query.asked_unit == "份"
    notice = clause_at(catalog, MIIT, "三")
    assert "三份" in (number_line([notice], query.own_text, Tokenizer(), "份") or "")
    assert query.intent in (Intent.CONTENT, Intent.TARGET)


def test_a_chapters_clause_listed_shows_its_own_title():
    catalog = dev_catalog(NEW_MEDIA)
    lead = clause_at(catalog, NEW_MEDIA, "五（一）")
    assert _own_title(lead, lead.text[:20]) == "加强组织领导。"
    guangzhou = "guangzhou-talent-gathering-opinions"
    item = clause_at(dev_catalog(guangzhou), guangzhou, "二（二）11")
    assert _own_title(item, item.text[:20]) == ""  # an item carries its clause's title, not its own
