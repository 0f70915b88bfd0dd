"""A follow-up that points at a clause by its number (那第二十条说的是什么) is answered from the designated
clause, and anything searched is searched by its text, not by the pointing words: 第二十条 names no subject of
its own, so it must not turn the turn into a search for those words (which ranks an unrelated clause first). And
a deadline asked in everyday words (时间上是怎么安排的) asks the cited task's 时间进度, as a follow-up."""

from __future__ import annotations

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import Slot
from assistant.answering.question import is_follow_up, understand
from assistant.config import get_settings
from assistant.conversation import Session
from assistant.index.catalog import Catalog
from tests.fixed_order import StubSearch
from tests.test_followups_general import ScriptedEngine

ZHEJIANG = "zhejiang-2014-info-consumption"


class RecordingSearch(StubSearch):
    """A fixed order that also records the text each search was asked with."""

    def __init__(self, catalog: Catalog, order: list[str]) -> None:
        super().__init__(catalog, order)
        self.texts: list[str] = []

    def candidates(self, query, n, filters=None, mode=None, wants=None):
        self.texts.append(query)
        return super().candidates(query, n, filters, mode, wants)


def test_a_clause_pointed_at_by_its_number_is_searched_by_its_own_text(corpus):
    engine = ScriptedEngine(corpus, [[f"{ZHEJIANG}#（十九）"], []])
    session = Session(engine)
    # no document named: the label cannot be looked up (test_cited_units), the designated clause is searched
    session.ask("信息化工作领导小组要做什么？")
    session.ask("那第二十条说的是什么？")
    query, focus, _ = engine.asked[-1]
    assert query.doc_ids == frozenset({ZHEJIANG})  # the conversation named none: it is about the document cited
    assert focus and all(f.startswith(f"{ZHEJIANG}#（二十）") for f in focus)
    assert query.pinned  # picked by its number: the answer is the designated clause's
    catalog = Catalog(corpus)
    search = RecordingSearch(catalog, list(focus))
    evidence = EvidenceSelector(search, get_settings()).gather(query, focus=focus)
    assert evidence.selected and all(c.id in focus for c in evidence.selected)
    opening = catalog.clauses_by_id[focus[0]].text[:10]
    assert all(opening in text for text in search.texts)  # whatever is searched, by its own text


def test_a_deadline_asked_in_everyday_words_is_a_follow_up_asking_the_deadline(corpus):
    for question in ("时间上是怎么安排的？", "时间方面有什么要求？"):
        query = understand(question, corpus)
        assert query.slot is Slot.DEADLINE
        assert is_follow_up(question, query)
