"""Complete lists: every clause of a unit, of a deadline class, under a named heading, or naming a topic.

A list question (哪些任务由工信部牵头, 各个地市在搞哪些“智慧”建设) is answered by construction, not by a
top-k: the clauses are drawn from the whole catalog by what the question names. `EvidenceSelector`
turns a `Listing` into evidence; this module only decides what belongs to the list and how it is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.headings import HEADING_WINDOW, heading_list
from assistant.answering.intents import units_role
from assistant.answering.question import Query, topic_phrases, topic_words
from assistant.corpus.model import Clause
from assistant.retrieval.filters import Filters
from assistant.retrieval.hybrid import HybridSearch
from assistant.retrieval.rerank import features

#: a topic named in more clauses than this is too broad for a complete list
_MAX_TOPIC_LIST = 20
#: a phrase the asker quotes (“智慧”)
_QUOTED = re.compile(r"[“「\"]([^”」\"]{2,12})[”」\"]")
#: how many characters after a quote must also follow it in a title for the quote to be the title's (“十四五”社会)
_TITLE_WORDS_AFTER = 2
#: a phrase framed as what listed items relate to (跟农村有关的措施, 与跨境电子商务相关的任务)
_RELATED = re.compile(r"(?:跟|和|与|同)([^，。？?、“”\s跟和与同]{2,12}?)(?:有关|相关)")
#: the most characters a clause may put between the words of a listed topic (跨境贸易电子商务)
_TOPIC_GAP = 2
#: where a 时间进度 joins its parts (2013年年底前启动，2013-2015年滚动实施)
_DEADLINE_PARTS = re.compile(r"[，,；;]")
#: an adverb of time or sequence an asker puts between a date and what is done then (2013年先研究、2014年再
#:推出; 三季度就启动): a closed class of grammar words, no part of the 时间进度 quoted
_ADVERB_AFTER_DATE = re.compile(r"(?<=[年度月])(?:先|再|就|才|还|又|便|将|会|要|开始)+(?=[\u4e00-\u9fff])")


#: A list asked in everyday words (浙江给农村在上网上安排了哪些事情) names no unit, deadline class, heading or
#: quoted phrase to draw it by; its items are the candidates the learned reranker scores within
#: `_RELATED_MARGIN` of the best one, cut where the score falls by more than `_RELATED_CLIFF` from one candidate
#: to the next (a question with one answer has such a fall after its first) and at `_RELATED_MAX` items. Both
#: are read off the reranker's scores on the shipped-dev list questions that name no unit (odd h22l ids held
#: out): margin 2.0 and cliff 1.5 keep every gold item in 28 of the 35 at ~2 extra items a question
#: (margin 1.5: 22; cliff 1.0: 25). They are in the reranker's score units: retraining it re-reads them.
_RELATED_MARGIN = 2.0
_RELATED_CLIFF = 1.5
_RELATED_MAX = 10
#: candidates scored for such a list (the reranker's own window)
_RELATED_POOL = 30
#: what a list drawn by relatedness is said to be; it is not complete by construction, and the answer says so
RELATED_LISTING = "与所问内容最相关"


def deadline_form(text: str) -> str:
    """A 时间进度 as compared with a question: no 第 or spaces, one dash for a span of years."""
    return re.sub(r"(?<=\d)\s*(?:到|至|—|－|~|～)\s*(?=\d)", "-", re.sub(r"第|\s", "", text))


#: a unit named by its level alone (省一级政府, 省级人民政府, 市级政府): the governments of that level
_LEVEL_GOVERNMENT = re.compile(r"(省|市|县|区)一?级(?:人民)?政府$")
#: the most characters of place or level a unit's name may put before the name a question gives it (省, 杭州)
_PREFIX = 2
#: endings every organ of a kind shares: they name no one unit
_ORGAN_WORDS = frozenset({"政府", "人民政府", "部门", "单位", "机构", "机关"})
#: the most characters a written-out name may add to the short form a document gives it (人民银行 → 人行)
_ABBREVIATION_SLACK = 4
#: the shortest literal run a short form must share with the written-out name (杭州中心支行)
_ABBREVIATION_RUN = 4


def abbreviates(short: str, text: str) -> str | None:
    """The span of `text` that `short` abbreviates: it starts and ends with the short form's first and
    last characters, holds all of its characters in order, is at most `_ABBREVIATION_SLACK` longer, and
    shares a literal run of `_ABBREVIATION_RUN`+ characters (half the short form at least) with it:
    人行杭州中心支行 abbreviates 人民银行杭州中心支行. None when no span fits."""
    run = max(_ABBREVIATION_RUN, (len(short) + 1) // 2)
    if len(short) < run + 1 or not any(short[i : i + run] in text for i in range(len(short) - run + 1)):
        return None
    for start in (i for i, ch in enumerate(text) if ch == short[0]):
        pos, end = start, None
        for ch in short:
            found = text.find(ch, pos, start + len(short) + _ABBREVIATION_SLACK)
            if found < 0:
                break
            pos, end = found + 1, found + 1
        else:
            if end is not None:
                return text[start:end]
    return None


@dataclass(frozen=True)
class Listing:
    clauses: list[Clause]
    #: what the list was drawn by (e.g. "工业和信息化部作为责任单位")
    what: str
    #: the phrase a topic list was drawn by (北斗导航): each item is quoted where it says it
    topic: str | None = None


class Lister:
    def __init__(self, search: HybridSearch) -> None:
        self.search = search
        self.tokenizer = search.tokenizer
        catalog = search.catalog
        self.documents = catalog.documents
        self._documents_by_id = catalog.documents_by_id
        self._deadlines = sorted({c.deadline for c in catalog.clauses if c.deadline}, key=len, reverse=True)
        #: each clause's place in the catalog (documents in order, clauses in document order)
        self._position = {c.id: i for i, c in enumerate(catalog.clauses)}

    def listing(self, query: Query, exclude: frozenset[str], in_scope: frozenset[str] | None) -> Listing | None:
        """Every clause of a unit, of a deadline class the question quotes, under the heading the
        question names, or naming the asked topic — complete by construction, not a top-k. A unit's
        list keeps only what the unit leads when the question asks 牵头, and only the deadline class
        the question also quotes (工信部牵头、进度写持续实施的任务). `in_scope`: the documents a
        heading is looked for in (the place asked, versions in force)."""
        scope = Filters(doc_ids=query.doc_ids)
        topic: str | None = None
        deadline = self.quoted_deadline(query.own_text)
        if query.units:
            units = self._units_named(query)
            filters = Filters(doc_ids=query.doc_ids, units=frozenset(units), only_units=query.only_units)
            clauses = self.search.clauses_where(filters.allows)
            named_as = dict.fromkeys(u for c in clauses for u in filters.matched_units(c)) or units
            what = f"{'、'.join(named_as)}{'单独' if query.only_units else ''}作为责任单位"
            if units_role(query.own_text) == "lead":
                led = [c for c in clauses if any(u in c.lead_units for u in filters.matched_units(c))]
                if led:  # a document that tells no lead apart (no clause led) keeps the unit's whole list
                    clauses, what = led, f"{'、'.join(named_as)}牵头"
            if deadline is not None:
                clauses = [c for c in clauses if deadline in deadline_form(c.deadline or "")]
                what += f"、时间进度为“{deadline}”"
        elif deadline is not None:
            clauses = self.search.clauses_where(
                lambda c: scope.allows(c) and deadline in deadline_form(c.deadline or "")
            )
            what = f"时间进度为“{deadline}”"
        elif headed := self.under_named_heading(query, in_scope):
            title, clauses = headed
            what = f"“{title}”下"
        elif topic := self._listed_topic(query, scope):
            clauses = self.search.clauses_where(lambda c: scope.allows(c) and names_topic(topic, c.text))
            what = f"涉及“{'”“'.join(topic.split())}”"
            topic = max(topic.split(), key=len)  # each item quoted where it names the longest word
        else:
            return None
        return Listing([c for c in clauses if c.id not in exclude], what, topic)

    def related(self, query: Query, exclude: frozenset[str], in_scope: frozenset[str] | None) -> Listing | None:
        """The clauses a list question in everyday words asks for, when no unit, deadline, heading or topic
        phrase draws a complete list: those the reranker scores near the best (see `_RELATED_MARGIN`), in
        the documents' order. The best is taken over every candidate, so 还有吗 (`exclude`: what was shown)
        gives the rest of the same list, not the next best clauses. None with no reranker scores, when the
        question names a unit, or when fewer than two clauses are that near (one answer: no list)."""
        reranker = getattr(self.search, "reranker", None)
        if query.units or not hasattr(reranker, "scores") or self.search.settings.retrieval_mode != "hybrid":
            return None  # the bm25 and dense baselines keep their own top hits
        data = self.search.candidates(query.text, _RELATED_POOL, Filters(doc_ids=in_scope))
        if not data.candidates:
            return None
        chosen = nearest(list(zip(map(float, reranker.scores(features(data))), (c.clause for c in data.candidates))))
        if len(chosen) < 2:
            return None
        clauses = sorted((c for c in chosen if c.id not in exclude), key=lambda c: self._position.get(c.id, 0))
        return Listing(clauses, RELATED_LISTING) if clauses else None

    def quoted_deadline(self, question: str) -> str | None:
        """The longest part of a parsed 时间进度 the question quotes, in a form that ignores how it is
        written (2013到2015年滚动实施 for 2013-2015年滚动实施, 2013年三季度 for 2013年第三季度): a row
        due 2013年年底前启动，2013-2015年滚动实施 is in both classes its parts name. An adverb put after the
        date (2013年先研究、2014年再推出) is no part of the class (2013年研究); of two classes quoted as long, the
        first quoted is the one asked (2013年研究 of 2013年研究、2014年再发布: the 2014 part follows from it)."""
        asked = _ADVERB_AFTER_DATE.sub("", deadline_form(question))
        parts = {deadline_form(p) for d in self._deadlines for p in _DEADLINE_PARTS.split(d)}
        # the longest part; of parts as long, the first the question quotes (2013年研究、2014年再发布)
        return max((p for p in parts if len(p) >= 2 and p in asked), key=lambda p: (len(p), -asked.find(p)), default=None)

    def _units_named(self, query: Query) -> tuple[str, ...]:
        """The question's units; one that no clause names, written with the region of the documents
        asked (浙江省卫生计生委), is the name those documents give it (省卫生计生委) when they name that."""

        def named(unit: str) -> bool:
            return bool(self.search.clauses_where(Filters(doc_ids=query.doc_ids, units=frozenset({unit})).allows))

        regions = {d.region for d in self.documents if d.region and (query.doc_ids is None or d.doc_id in query.doc_ids)}
        units = []
        for unit in query.units:
            if not named(unit):
                bare = next((unit[len(r):] for r in regions if unit.startswith(r) and len(unit) - len(r) >= 3), None)
                unit = bare if bare is not None and named(bare) else unit
            if not named(unit):
                if governments := self._governments_of_level(unit, query):
                    units.extend(governments)
                    continue
                unit = self._abbreviated_unit(unit, query) or self._unit_written_there(unit, query) or unit
            if not named(unit) and (ending := self._units_ending(unit, query)):
                units.extend(ending)
                continue
            units.append(unit)
        return tuple(units)

    def _named_units(self, query: Query) -> set[str]:
        """Every unit the documents asked name as lead or supporting: what a question's unit reading is
        matched against when no clause names it as read."""
        scope = Filters(doc_ids=query.doc_ids)
        return {u for c in self.search.clauses_where(scope.allows) for u in (*c.lead_units, *c.supporting_units)}

    def _units_ending(self, unit: str, query: Query) -> tuple[str, ...]:
        """The units the documents asked name that a reading no clause names ends as (省里有哪些措施是公安厅 →
        省公安厅, 海关 → 杭州海关、宁波海关): a reading that took in the words before the name, or a bare name, of a
        unit written with a short prefix (its place or level, at most `_PREFIX` characters). The words taken in
        must hold that prefix (温州海关 is not 杭州海关, 市财政厅 not 省财政厅). The longest ending of 2+ characters
        some named unit has, not a word any organ ends with (政府, 部门); empty if none."""
        named = self._named_units(query)
        for size in range(len(unit), 1, -1):
            tail = unit[-size:]
            if tail in _ORGAN_WORDS:
                break
            taken = unit[:-size]  # the words the reading took in: they may not name another place or level
            fits = sorted(u for u in named if u.endswith(tail) and 0 < len(u) - size <= _PREFIX
                          and (not taken or all(ch in taken for ch in u[:-size])))
            if fits:
                return tuple(fits)
        return ()

    def _governments_of_level(self, unit: str, query: Query) -> tuple[str, ...]:
        """The governments the documents asked name that a unit read as a level's government is (省一级政府,
        省级政府 → 各省、自治区、直辖市人民政府; 市级政府 → each 市 government named): those named with that
        level's word and 政府. Empty when the reading is no level's government or none is named."""
        level = _LEVEL_GOVERNMENT.search(unit)  # 里要市级政府: a reading may take in a word before it
        if level is None:
            return ()
        named = self._named_units(query)
        return tuple(sorted(u for u in named if level.group(1) in u and u.endswith("政府")))

    def _unit_written_there(self, unit: str, query: Query) -> str | None:
        """The unit the documents asked name, written in the question where a unit no clause names was read
        (江省地税局 of 浙江省地税局, 件里海关 of 附件里海关总署): a reading that took in a neighbouring word or
        cut the name short. The longest such name overlapping the reading and sharing 2+ of its characters
        in a row; None when none does."""
        text = query.own_text
        at = text.find(unit)
        if at < 0:
            return None
        named = self._named_units(query)
        fits = []
        for name in named:
            start = text.find(name)
            while start >= 0:
                lo, hi = max(at, start), min(at + len(unit), start + len(name))
                if hi - lo >= 2:
                    fits.append(name)
                    break
                start = text.find(name, start + 1)
        return max(sorted(fits), key=len, default=None)

    def _abbreviated_unit(self, unit: str, query: Query) -> str | None:
        """The unit the documents asked name in short for the one the question writes out: 人行杭州中心支行
        for 人民银行杭州中心支行, read as 人民银行 (`abbreviates`); None when no unit, or more than one, fits."""
        named = self._named_units(query)
        fits = {u for u in named if (span := abbreviates(u, query.own_text)) is not None and unit in span}
        return fits.pop() if len(fits) == 1 else None

    def under_named_heading(self, query: Query, in_scope: frozenset[str] | None) -> tuple[str, list[Clause]] | None:
        """改善企业融资环境方面列了哪几项措施: the heading the question names among its best hits'
        headings, with every leaf under it (answering.headings)."""
        hits = self.search.search(query.text, k=HEADING_WINDOW, filters=Filters(doc_ids=in_scope))
        return heading_list(query.own_text, [h.clause for h in hits], self._documents_by_id)

    def quoted_topic(self, query: Query, scope: Filters) -> str | None:
        """A phrase the asker quotes (哪些“智慧”建设) as the documents write it, when a handful of clauses
        hold it: the topic, whatever else the question says; one they do not write (“三网合一”) is none. A
        phrase framed as what the items relate to (跟农村有关的措施, 与跨境电子商务相关的任务) is quoted
        the same way, by its words when the documents do not write it whole."""
        quoted = next((m for m in _QUOTED.finditer(query.own_text) if not self._titles_quote(query.own_text, m)), None)
        if quoted is not None:
            phrase = quoted.group(1)
            count = len(self.search.clauses_where(lambda c: scope.allows(c) and phrase in c.text))
            return phrase if 2 <= count <= _MAX_TOPIC_LIST else None
        related = _RELATED.search(query.own_text)
        return self._topic_of(related.group(1), scope) if related is not None else None

    def _titles_quote(self, question: str, quoted: re.Match[str]) -> bool:
        """A quote the question makes as part of a document's title (南京“十四五”社会消防救援规划里…): a title quotes
        it with the words the question writes after it (社会消防), so it names the document, no subject of items."""
        after = question[quoted.end(): quoted.end() + _TITLE_WORDS_AFTER]
        forms = [f"{open_}{quoted.group(1)}{close}" for open_, close in ("“”", "\"\"", "「」")]
        return len(after) == _TITLE_WORDS_AFTER and any(
            after in title and any(form in title for form in forms) for title in (d.title for d in self.documents if d.title))

    def _listed_topic(self, query: Query, scope: Filters) -> str | None:
        """The question's one topic phrase (or its words) if a handful of clauses contain it (北斗导航 → 4);
        one in too many clauses (信息) lists nothing useful, and then the answer is a top-k. The phrases that
        name nothing of the documents (这个, 两份) or a document itself (its title's 实施意见) are no subject;
        of several that name something (台州…智慧城市…项目) none is the one topic."""
        asked = query.own_text
        for scope_word in query.scope_words:
            asked = asked.replace(scope_word, "")
        if quoted := self.quoted_topic(query, scope):
            return quoted
        titles = [d.title for d in self.documents if d.title]
        subjects = [p for p in topic_phrases(asked) if not any(p in t for t in titles)]
        named = [p for p in subjects if any(self._count(w, scope) for w in (p, *self._words_of(p)))]
        if len(named) != 1:
            return None
        return self._topic_of(named[0], scope)

    def _topic_of(self, phrase: str, scope: Filters) -> str | None:
        """What a handful of clauses name of a phrase: its words in order (`names_topic`: the phrase itself,
        or with a short word put in), else the phrase, else its longest word so held; None when each is in
        no clause or too many."""
        words = self._words_of(phrase)
        for topic in dict.fromkeys([" ".join(words), phrase, *sorted(words, key=len, reverse=True)]):
            if 2 <= self._count(topic, scope) <= _MAX_TOPIC_LIST:
                return topic
        return None

    def _words_of(self, phrase: str) -> list[str]:
        """The words a clause must all hold to name a phrase (跟跨境电子商务相关 → 跨境、电子商务): its topic
        words less those inside a longer one; the phrase itself when it has none."""
        words = [w for w in topic_words(phrase, self.tokenizer) if w in phrase]
        whole = dict.fromkeys(w for w in words if not any(w != v and w in v for v in words))
        return sorted(whole, key=phrase.find) or [phrase]

    def _count(self, topic: str, scope: Filters) -> int:
        return len(self.search.clauses_where(lambda c: scope.allows(c) and names_topic(topic, c.text)))


def nearest(scored: list[tuple[float, Clause]]) -> list[Clause]:
    """The clauses scored near the best, best first: within `_RELATED_MARGIN` of it, up to the first fall of
    more than `_RELATED_CLIFF` between neighbours, at most `_RELATED_MAX`."""
    ranked = sorted(scored, key=lambda pair: -pair[0])
    chosen = ranked[:1]
    for (before, _), (score, clause) in zip(ranked, ranked[1:]):
        if score < ranked[0][0] - _RELATED_MARGIN or before - score > _RELATED_CLIFF or len(chosen) >= _RELATED_MAX:
            break
        chosen.append((score, clause))
    return [clause for _, clause in chosen]


def names_topic(topic: str, text: str) -> bool:
    """Whether a clause's text names a listed topic: its words (space-separated) in order, at most
    `_TOPIC_GAP` characters apart — one short word put between them (跨境 电子商务 in 跨境贸易电子商务)."""
    words = topic.split()
    if len(words) == 1:
        return topic in text
    return re.search(f".{{0,{_TOPIC_GAP}}}".join(map(re.escape, words)), text) is not None
