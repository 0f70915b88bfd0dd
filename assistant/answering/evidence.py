"""Choosing the clauses an answer may rest on, or deciding that the documents do not say.

Selection depends on what is asked: a responsibility question needs a clause that
names units, a deadline question one with a 时间进度, a list question every clause
of a unit or deadline class (complete, not top-k), a comparison the best clause of
each document. Abstention is decided here too, from the evidence itself (weak
similarity, a region or year no clause mentions, a number, amount or person the
chosen clauses do not state) — never from the wording of particular questions.
(About 550 lines: the selection for each slot stays beside the abstention it decides; the
readings of one clause it relies on live in `measures`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from assistant.answering.direct import MEASURE_UNIT_FORMS, UNIT_FORMS as _UNIT_FORMS, role_units
from assistant.answering.intents import (
    ASKS_BASIS,
    ASKS_DOC_NUMBER,
    ASKS_DRAFTER,
    ASKS_FREQUENCY,
    ASKS_PLACES,
    MONEY_TEXT,
    NUMBER_VALUE,
    ASKS_END,
    ASKS_SPAN,
    asks_supporting_only,
    CITES_BASIS,
    forwards_a_name,
    FREQUENCY_TEXT,
    Intent,
    IntentSpec,
    Selection,
    Slot,
    slot_spec,
    spec_of,
    states_end,
    states_validity,
    units_role,
)
from assistant.answering.headings import MAX_LEAVES
from assistant.answering.listing import Lister
from assistant.answering.thresholds import other_tier
from assistant.answering.measures import (
    ASKS_EFFECT,
    ASKS_SIZE,
    DEICTIC,
    EARLIER,
    LATER,
    MONEY,
    MONEY_WINDOW,
    asked_quantity,
    cap_clause,
    dates_asked_act,
    dates_what_is_asked,
    drafters,
    due_by,
    grade_unlisted,
    measure_words,
    money_clause,
    named_undated,
    names_most,
    outside_condition,
    per_unit_unstated,
    quantity_value,
    start_unstated,
    states_size,
    states_span,
    unfilled,
    units_named,
    validity_clauses,
    value_named,
)
from assistant.answering.question import (
    POINTS_AT_CITED,
    Query,
    foreign_places,
    government_names,
    opening_text,
    place_scope,
    subject_words,
    topic_words,
)
from assistant.config import Settings
from assistant.corpus.metadata import issued_names
from assistant.corpus.model import Clause, Document
from assistant.corpus.responsibility import author_of
from assistant.index.lookup import ArticleIndex
from assistant.lexicon.abbreviation import abbreviates
from assistant.lexicon.actors import acting_on_fund, names_person, states_actor
from assistant.lexicon.aspects import stated_first_asked
from assistant.lexicon.enterprise import ADMINISTRATIVE_ACTS, ASKED_ACTS, SELF_REFERENCE
from assistant.lexicon.labels import strip_unit_note
from assistant.lexicon.regions import Level, as_simplified, to_simplified
from assistant.lexicon.sentences import split_sentences
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.filters import Filters
from assistant.retrieval.hybrid import Hit, HybridSearch

#: a number that is not part of a date
_NUMBER = r"\d+(?:\.\d+)?(?![\d.]*\s*[年月日])"
#: a count before its unit (5年, 五年, 一个, 12.5%), not the year of a date (2015年)
_COUNT = r"(?<![\d.])(?:\d{1,3}(?:\.\d+)?|\d+(?:\.\d+)?(?!\s*年)|[一二两三四五六七八九十百千万]+)"
#: how deep among the ranked hits a clause filling the slot is looked for: a fact parsed per
#: clause (units, deadline) may sit a few clauses down; a number or amount must be on the topic
#: itself, or the answer would quote a neighbouring measure's figure
_FACT_WINDOW = {Slot.UNITS: 8, Slot.DEADLINE: 8}
_NEAR_WINDOW = 3
#: how much of an untitled page's first sentence stands for its title
_UNTITLED_SUBJECT = 80
#: the units a count of days is asked in (几个工作日, 多少天): asked of a deadline, a span answers, not a date
_DAY_UNITS = frozenset({"天", "日", "工作日", "个工作日"})
#: how deep another clause of the best clause's document is looked for when the best one does not state the
#: count or frequency asked (a document's opening ranks first on its own name; its 附件二 states the figure)
_RESELECT_WINDOW = 5
#: slots a clause must fill to be cited as the answer, whatever the kind of question
_STRICT_SLOTS = frozenset({Slot.AMOUNT, Slot.YEAR, Slot.VALIDITY})
#: a place in a list or a document (第三条, 第二项): it points, it names no subject
_POINTER = re.compile(r"第[一二三四五六七八九十百\d]+[条项个]")
#: a 文号 written in a document's own text (砚发201120 号, 黔府办发〔2012〕34号), and the cited titles and their
#: numbers (《…》(国发〔2014〕45号)), which are other texts' 文号
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[发函字]\s*[〔\[【(（]?\s*(?:19|20)\d\d\s*[〕\]】)）]?\s*\d{1,4}\s*号")
#: how far into its opening a document's own 文号 stands (under the title, before the text cites others)
_NUMBER_HEAD = 120
_CITED_TITLES = re.compile(r"《[^》]*》\s*[(（][^)）]*[)）]|《[^》]*》")
#: asking for several things (哪几项, 哪些): a list or several tasks, not one
ASKS_SEVERAL = re.compile(r"哪几|哪些")
#: the kinds of question whose 哪些 may ask, beside content questions, for every leaf under a heading it names
#: (support measures, targets), not for one fact
_LISTS_UNDER_HEADING = frozenset({Intent.SUPPORT, Intent.TARGET})



def _asked_doc_id(query: Query, hits: list[Hit]) -> str:
    """The document a question about one document's own facts asks: the one it is scoped to, else the best hit's."""
    scope = query.doc_ids
    return next(iter(scope)) if scope and len(scope) == 1 else hits[0].clause.doc_id


def _opening(document: Document) -> Clause | None:
    """The document's unnumbered opening (title, 文号, preamble): where its own facts are cited."""
    return next((c for c in document.clauses if not re.search(r"[0-9一二三四五六七八九十]", c.path or "")), None)


def _written_first(hits: list[Hit], writes_it: Callable[[str], bool]) -> list[Hit]:
    """The hits, with the best-ranked clause near the top of the first one's document whose text `writes_it` put
    first, when the first's does not: what is asked is answered where it is written, not where the topic is."""
    if not hits or writes_it(hits[0].clause.text):
        return hits
    return _put_first(hits, hits[1 : 2 * _NEAR_WINDOW], hits[0].clause.doc_id, lambda c: writes_it(c.text))


def _put_first(hits: list[Hit], window: list[Hit], doc_id: str, holds: Callable[[Clause], bool]) -> list[Hit]:
    """The hits, with the best-ranked one of `window` from document `doc_id` whose clause `holds` moved to the front;
    the hits as they are when none does."""
    found = next((h for h in window if h.clause.doc_id == doc_id and holds(h.clause)), None)
    return hits if found is None else [found, *(h for h in hits if h is not found)]


#: a text named by its title in a question (《…》, 清水县农村饮用水供水管理办法)
_NAMED_TEXT = re.compile(r"《[^《》]*》|[\u4e00-\u9fff]{2,30}?(?:办法|条例|规定|细则|意见|方案|通知|措施)")


#: a year a question names (2025年行政村治理率要达到多少？ / 那2026年呢？)
_ASKED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\d{1,2}月|度?[前以]|[—-])")


def _asked_year(query: Query) -> int | None:
    """The one year the turn's own words name, None where they name none or several."""
    years = {int(y) for y in _ASKED_YEAR.findall(query.own_text)}
    return years.pop() if len(years) == 1 else None


def _dating_first(query: Query, hits: list[Hit]) -> list[Hit]:
    """The hits, with the best-ranked clause of the first one's document that sets a goal for the one year the turn
    names put first, when the first sets goals for other years only: a figure asked for a year (楚雄州2025年行政村
    治理率) is stated where that year's goals are (2025年:…治理率达90.55%), not in the goal for the plan's last year
    that ranks first (到2027年底…全部完成). A year naming the document (2023年政府工作报告) moves nothing: its
    first clause's goals are undated."""
    year = _asked_year(query)
    window = hits[: 2 * _NEAR_WINDOW]
    first = next((h for h in window if h.clause.targets), None)  # the goals the ranking would answer with
    dated = {t.year for t in first.clause.targets if t.year} if first else set()
    if year is None or not dated or year in dated:
        return hits
    return _put_first(hits, window, first.clause.doc_id, lambda c: any(t.year == year for t in c.targets))


def _goal_section_first(query: Query, hits: list[Hit]) -> list[Hit]:
    """The hits, with the best-ranked clause of the first one's document whose own title names a goal (（二）主要目标,
    (二)工作目标) put first, when a goal is asked for what it is (浙江的主要目标是什么？): the goals are stated in their
    section, not in the 指导思想 beside it that ranks first."""
    if query.intent is not Intent.TARGET or query.slot is not Slot.CONTENT or "目标" not in query.own_text or not hits:
        return hits
    return _put_first(hits, hits[: 2 * _NEAR_WINDOW], hits[0].clause.doc_id, lambda c: "目标" in (c.clause_title or ""))


def _year_unset(query: Query, selected: list[Clause], text: str) -> str | None:
    """What a decline says when a figure is asked for the one year the turn names (那2021年的PM2.5目标是多少？) and the
    chosen clauses set goals for other years only (到2020年…): that year's figure is not in the text, and the
    nearest year's is no answer for it. None when the year is written there or no goal is dated."""
    year = _asked_year(query)
    if year is None or f"{year}年" in text:
        return None
    dated = sorted({t.year for c in selected for t in c.targets if t.year})
    return f"文件没有写到{year}年的目标（写到的是{'、'.join(map(str, dated))}年的）。" if dated and year not in dated else None


def _untitled_subject(document: Document) -> str:
    """The first sentence of a document the page gave no title (its stem stands in), less the titles it cites:
    what it is about, as a title would say; '' for a titled one, and for one whose first sentence grants money
    (对80周岁以上城乡低保老年人每人每月发放100元高龄补贴): that is a measure, whose words name it."""
    if document.title != document.doc_id or not document.clauses:
        return ""
    first = next(iter(split_sentences(document.clauses[0].text)), "")
    if MONEY.search(first) or MONEY_TEXT.search(first):
        return ""
    return _CITED_TITLES.sub("", first)[:_UNTITLED_SUBJECT]


#: the thing a question counts, named after its classifier (安排到几个乡镇 → 乡镇)
_COUNTED_NOUN = re.compile(r"(?:几|多少)个(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:[？?，,。]|$|呢|吗)")


#: units a goal measures in (吨, 公里, 亩): a goal asked in one is answered by a figure in it
_MEASURE_UNITS = frozenset(MEASURE_UNIT_FORMS)
#: an ordinal asked (第几条, 第几次会议, 第几批): the unit it counts in
_ORDINAL_ASKED = re.compile(r"第几([\u4e00-\u9fff])")


def _states_count(asked_unit: str, text: str, question: str = "") -> bool:
    """Whether `text` gives a count in `asked_unit` (五年, 3年, 一个, 一式三份; "" asks a bare number): never the
    year or day of a date (2015年, 10月20日), and a magnitude may stand between a count and its unit (900万人).
    A count of the thing the question counts may go without its classifier (几个乡镇 answered by 用于7乡镇)."""
    text = re.sub(r"\s+", "", text)
    if (ordinal := _ORDINAL_ASKED.search(question)) and re.search(
            rf"第(?:\d+|[一二三四五六七八九十百零〇]+){re.escape(ordinal.group(1))}", text):
        return True  # 改的是第几条 / 第几次会议: an ordinal, stated as 第九条, 第十六次会议
    if asked_unit == "个" and (m := _COUNTED_NOUN.search(question)) and re.search(
            rf"(?<![\d月])(?:\d+|[一二两三四五六七八九十]+){re.escape(m.group('noun'))}", text):
        return True
    unit = _UNIT_FORMS.get(asked_unit, re.escape(asked_unit))
    number = _COUNT if unit else _NUMBER
    magnitude = r"(?:\s*[万亿])?" if unit and not re.match(r"[万亿]", asked_unit) else ""
    return bool(re.search("(?<!月)" + number + (rf"{magnitude}\s*(?:{unit})" if unit else ""), text))


@dataclass
class Evidence:
    query: Query
    selected: list[Clause] = field(default_factory=list)
    related: list[Clause] = field(default_factory=list)  # shown as 相关条款 when abstaining
    abstain_reason: str | None = None
    #: what a complete list was drawn by (e.g. "工业和信息化部作为责任单位"), None for a top-k answer
    listing: str | None = None
    #: the phrase a topic list was drawn by (北斗导航): each item is quoted where it says it
    topic: str | None = None
    #: the document whose own facts (文号, date, issuer) an ISSUE question asks
    document: Document | None = None
    #: the question named this unit exactly (《劳动合同法》第十条): it is quoted whole
    exact: bool = False


def _dates(clause: Clause, words: list[str]) -> bool:
    """Whether the clause dates what `words` name: a sentence part giving a date names them, or it is
    an annex row naming them (a row's 时间进度 is its own task's). A follow-up such as 那高清交互式电视
    网络设施建设呢，什么时候启动 is not answered by a cited clause that names it only in an undated
    sentence: the clause's date belongs to another of its tasks."""
    if clause.annex_row is not None:
        return names_most(words, clause.context)
    return dates_what_is_asked(clause, words)


def _own_words(clause: Clause) -> str:
    """What a clause itself says, with its own title (（十八）加强个人信息保护; 一、公开征求意见的时间 over a leaf
    holding only the dates) but not its chapter's: a follow-up 那智慧消防呢 names another task than 推进车联网建设
    under 五、开展智慧城市示范试点. An annex row keeps its whole context: the annex's name is how a follow-up names
    the table (分工表里这项)."""
    if clause.annex_row is not None:
        return clause.context
    return f"{clause.own_heading or ''}{clause.clause_title or ''}{clause.text}"


#: words the question quotes as the document's own (“全面推动复工复产”), and how long they must be to be looked for:
#: a short quote is often a popular name the text words otherwise (“三网合一” for 三网融合)
_QUOTED = re.compile(r"[“「]([^”」]{2,40})[”」]")
_QUOTE_MIN = 6


def authors_only(selected: list[Clause], documents: Mapping[str, Document]) -> bool:
    """Every unit of the chosen clauses is in an opening and names the body that wrote the text or its
    government (县政府决定…; 省人民政府 over a division of tasks): the author of the whole text, no lead of a task in it."""
    with_units = [c for c in selected if c.units]
    if not with_units or any(c.kind != "preamble" for c in with_units):
        return False
    for clause in with_units:
        document = documents.get(clause.doc_id)
        if document is None:
            return False
        own = {_as_government(n) for n in (document.issuer, author_of(document.title, document.issuer)) if n}
        own |= {_as_government(re.sub(r"(?:办公厅|办公室)$", "", n)) for n in own}
        if not all(_as_government(u) in own for u in clause.units):
            return False
    return True


def _as_government(name: str) -> str:
    """内乡县人民政府 and 县政府, 四川省人民政府办公厅 and 省政府办公厅: one body, named with or without its place."""
    name = name.replace("人民政府", "政府")
    m = re.search(r"[省市县区州旗]政府.*$", name)
    return m.group(0) if m else name


def _letters(text: str) -> str:
    """Only the words of a text: no spaces, punctuation or quotes (全面推动复工复产 however it is set), with 著 read
    as 着: a text in traditional script writes 著力 where a question writes 着力, and conversion keeps 著 (显著)."""
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text).replace("著", "着")


def _plain_words(clause: Clause) -> str:
    """A clause's own words (`_own_words`) as asked words are looked for in them: unspaced, in simplified script."""
    return to_simplified(re.sub(r"\s+", "", _own_words(clause)))


class EvidenceSelector:
    def __init__(self, search: HybridSearch, settings: Settings) -> None:
        self.search = search
        self.settings = settings
        self.tokenizer: Tokenizer = search.tokenizer
        catalog = search.catalog
        self.documents: list[Document] = catalog.documents
        self._by_id = catalog.clauses_by_id
        self._by_path = {(c.doc_id, c.path): c for c in catalog.clauses}
        self.articles = ArticleIndex(catalog.documents)
        self._titles = {d.doc_id: d.title for d in catalog.documents}
        #: what a document is about by name: its title, its issuer (吕梁市农业农村局对新认定的…奖补多少: who grants it,
        #: no measure) and the texts its covering notice issues (《山东省建设…重点工作任务》…现印发给你们 of a repost
        #: without its title line), whose words name no one measure of it; a page without a title says what it is
        #: about in its first sentence (…分配我县扶持发展新型农村集体经济指标名额6个), which stands for one
        self._named_as = {d.doc_id: " ".join([d.title, d.issuer or "", *issued_names("".join(c.text for c in d.clauses[:2])),
                                              _untitled_subject(d)])
                          for d in catalog.documents}
        #: each document's issuing bodies by name, taken out of a question's words before they are cut into tokens
        self._issuers = {d.doc_id: [n for n in re.split(r"[、\s]+", d.issuer or "") if len(n) >= 2] for d in catalog.documents}
        self._documents_by_id = catalog.documents_by_id
        #: every loaded document's government (by every name a question may give it: 鄂温克旗 for 鄂温克族自治旗),
        #: region and title: a place named in none of them is foreign
        self._places_text = "".join(
            f"{d.government or ''}{d.region or ''}{d.title}{''.join(government_names(d))}" for d in catalog.documents
        )
        #: each document's opening, read once: a local text names there the part of its government it is for
        self._openings = {d.doc_id: opening_text(d) for d in catalog.documents}
        #: …so a place named only in a local document's opening is covered too (哈尔滨经开区 in a 平房区 text)
        self._covered_text = self._places_text + "".join(
            self._openings[d.doc_id] for d in catalog.documents if d.level != Level.NATIONAL
        )
        #: the provinces whose own documents are loaded: they apply in the province's cities (嘉兴, 威海)
        self._provinces = frozenset(d.region for d in catalog.documents if d.level == Level.PROVINCE and d.region)
        #: the years the library speaks of: in its texts, and in each document's title, 文号 and date (教育部2022年
        #: 第二批…: the year of a notice whose text prints it only in 教基厅函〔2022〕25号)
        self._corpus_years = {int(y) for text in [*(c.text for c in catalog.clauses), *(
            f"{d.title}{d.number or ''}{d.date or ''}" for d in catalog.documents)] for y in re.findall(r"(20\d\d)", text)}
        self.lister = Lister(search)

    def gather(
        self, query: Query, exclude: frozenset[str] = frozenset(), focus: tuple[str, ...] = ()
    ) -> Evidence:
        """Evidence for `query`.

        `exclude` holds clause ids already shown (for 还有别的吗); `focus` the clauses the
        previous turn cited, which a follow-up such as 责任单位是谁？ is about.
        """
        named = self.articles.find(query.own_text, query.as_of)
        if named is not None and (query.doc_ids is None or named.document.doc_id in query.doc_ids):
            return Evidence(query, selected=[named.clause], exact=True)
        if named is None and (article := self.articles.asks_absent_article(query.own_text, query.as_of)):
            return Evidence(query, abstain_reason=f"文库中没有问题所指的法规，或该法规没有{article}。")
        if (cited := self._cited_units(query)) and (not focus or {c.id for c in cited} & set(focus)):
            # 浙江文件（二十三）3讲了什么; in a follow-up only as the conversation designated it (第三条 after a
            # list is its third item, not the document's （三）)
            return Evidence(query, selected=cited[:MAX_LEAVES], exact=True)
        several = False  # a list asked with nothing to draw it by: answered by relatedness (`_related`)
        if query.intent == Intent.LIST:
            listing = self._listing(query, exclude)
            if listing is not None:
                return listing
            several = True
        elif query.intent is Intent.CONTENT and not query.follow_up and ASKS_SEVERAL.search(query.own_text):
            # 浙江在提高信息安全保障能力上有哪些要求: what a named heading asks of several things is its every
            # leaf; 哪些规划要在2013年三季度拿出来: every task of the deadline class it quotes
            if headed := self._under_named_heading(query):
                return headed
            scope = Filters(doc_ids=query.doc_ids)
            quotes = self.lister.quoted_deadline(query.own_text) is not None or (
                not query.units and self.lister.quoted_topic(query, scope) is not None
            )
            if quotes and (listing := self._listing(query, exclude)):
                return listing  # …or of the phrase it quotes (各个地市在搞哪些“智慧”建设)
            several = True  # …or, asked in everyday words, the clauses nearest it, once it is known to be answered
        elif (query.intent in _LISTS_UNDER_HEADING and query.doc_ids is not None and not query.follow_up
              and ASKS_SEVERAL.search(query.own_text) and (headed := self._under_named_heading(query))):
            # 柳河县鼓励企业做大做强有哪些奖励政策: the support or targets under a heading of the document the
            # question names are its every leaf (with no document named, the best measures of each answer)
            return headed
        focused = self._focused(query, focus)
        if focused and self._own_measure_unstated(query, focused):
            return Evidence(query, related=focused, abstain_reason=slot_spec(query.slot).missing)
        if focused and (unassigned := self._unassigned(query, focused, [])):
            # 配合单位有哪些？ of a task the text gives one responsible unit: the slot asked is empty
            return Evidence(query, related=focused, abstain_reason=unassigned)
        if focused:
            return Evidence(query, selected=focused)
        if (pointed := self._pointed_unfilled(query, focus)) is not None:
            # 这一条由哪个部门负责落实 of a clause naming no unit: that clause does not say; a neighbour's units
            # would be passed off as its own
            return Evidence(query, related=[pointed], abstain_reason=f"该条没有写明{slot_spec(query.slot).label or '所问内容'}。")
        filters = Filters(doc_ids=self._in_force(query, place_scope(query, self.documents, self._openings)), units=query.unit_filter)
        wants = slot_spec(query.slot).fact
        ranked, fused = self._ranked(query, focus, filters, wants)
        hits = [h for h in ranked if h.clause.id not in exclude]
        if not hits:
            return Evidence(query, abstain_reason="所选文件中没有更多相关条款。")
        fused = [h for h in fused if h.clause.id not in exclude] or hits
        evidence = Evidence(query, related=[h.clause for h in hits[:3]])
        evidence.abstain_reason = self._out_of_scope(query, fused)
        if evidence.abstain_reason:
            return evidence
        if query.slot is Slot.ISSUE:
            return self._document_facts(evidence, hits)
        spec = spec_of(query.intent)
        evidence.abstain_reason, evidence.selected = self._filled(query, self._select(query, spec, hits), hits)
        # whether the slot is filled is decided on both orders: the reranker may choose which clause
        # answers, never turn a slot the fused order's evidence leaves unfilled into an answer. An amount is
        # the exception where the fused order ranks the reranker's clause near its top too and that clause
        # states the amount where it names the measure, judged against the fused order's best clauses: the
        # money statement is then chosen by ties of rank (对初次认定为国家高新技术企业的，给予企业20万元奖励
        # against a fund's 1亿元 ranked first by the fused order), not by whether the amount is there.
        if not evidence.abstain_reason and fused != hits and not self._amount_on_both(query, evidence.selected, fused):
            evidence.abstain_reason = self._filled(query, self._select(query, spec, fused), fused)[0]
        if not evidence.abstain_reason and (act := self._act_unstated(query, evidence.selected)):
            # decided on the clauses that answer, once: the fused order's choice is only checked for the slot
            evidence.abstain_reason = f"文件提到了这项工作，但没有写明由哪个单位负责{act}。"
        if evidence.abstain_reason:
            evidence.related, evidence.selected = evidence.selected or evidence.related, []
        elif several and (related := self._related(query, exclude)) is not None:
            return related
        elif query.slot is Slot.UNITS:
            evidence.selected = self._with_unit_sources(evidence.selected)
        return evidence

    def _with_unit_sources(self, selected: list[Clause]) -> list[Clause]:
        """Each chosen clause followed by the leaf where the units it inherits stand (Clause.units_from: the
        heading 一、扩大有效投资政策(由市发展改革委牵头实施), the note 以下政策措施均需各县区人民政府、园区管委会
        落实): who is responsible is cited where the document says it."""
        out: list[Clause] = []
        for clause in selected:
            source = self._by_path.get((clause.doc_id, clause.units_from)) if clause.units_from else None
            out += [c for c in (clause, source) if c is not None and c not in out]
        return out

    def _amount_on_both(self, query: Query, selected: list[Clause], fused: list[Hit]) -> bool:
        """The amount the reranker's first clause states fills the slot in the fused order too (see `gather`)."""
        if query.slot is not Slot.AMOUNT or not selected:
            return False
        if selected[0].id not in {h.clause.id for h in fused[:_NEAR_WINDOW]}:
            return False
        return self._unfilled(query, selected[:1], fused) is None

    def _filled(self, query: Query, selected: list[Clause], hits: list[Hit]) -> tuple[str | None, list[Clause]]:
        """Why `selected` does not fill the slot (None when it does), and the clauses to answer from. A count
        or a frequency the best clause does not state may be stated by another best-ranked clause of the
        same document naming the asked subject at least as well (the opening names the award, 附件二 says
        每两年评审一次): that clause answers, checked the same way (the value must stand where the asked
        words are). Who is responsible, asked of a task a best-ranked clause names far better than the clauses
        chosen for their units, is answered by that clause when its prose says who acts (`_acting_in_prose`)."""
        reason = self._unfilled(query, selected, hits)
        if reason is None or not selected or not hits:
            return reason, selected
        if (acting := self._acting_in_prose(query, selected, hits)) is not None:
            return None, [acting]
        if query.slot is not Slot.NUMBER and not ASKS_FREQUENCY.search(query.own_text):
            return reason, selected
        words = self._measure_words(query, hits)

        def named(clause: Clause) -> int:
            return sum(len(w) for w in words if w in to_simplified(re.sub(r"\s+", "", clause.text)))

        for hit in hits[1:_RESELECT_WINDOW]:
            clause = hit.clause
            if clause.doc_id != selected[0].doc_id or clause in selected or named(clause) < named(selected[0]):
                continue  # another document's figure, or a clause naming the asked subject less than the best one
            if self._unfilled(query, [clause], hits) is None:
                return None, [clause]
        return reason, selected

    def _unfilled(self, query: Query, selected: list[Clause], hits: list[Hit]) -> str | None:
        """Why `selected`, chosen from `hits`, does not fill the slot asked; None when it does."""
        return self._quote_absent(query, selected) or self._place_unlisted(query, selected) or self._unstated(
            query, selected) or self._other_tier(query, selected) or self._unassigned(
            query, selected, hits) or unfilled(
            query.own_text,
            query.intent,
            query.slot,
            self._measure_words(query, hits),
            selected,
            [h.clause for h in hits[:_NEAR_WINDOW]],
            titles=" ".join(self._documents_by_id[d].title or "" for d in dict.fromkeys(c.doc_id for c in selected)
                            if d in self._documents_by_id),
        ) or (slot_spec(query.slot).missing if selected and self._own_measure_unstated(query, selected) else None)

    @staticmethod
    def _other_tier(query: Query, selected: list[Clause]) -> str | None:
        """A figure asked of a tier the question picks by its threshold (90周岁以上的老人每月多少钱) where the chosen
        clauses state figures only for other thresholds of that kind (80周岁以上): `thresholds.other_tier`."""
        if query.slot not in (Slot.AMOUNT, Slot.NUMBER) or not selected:
            return None
        return other_tier(query.own_text, "".join(as_simplified(c.text) for c in selected))

    def _place_unlisted(self, query: Query, selected: list[Clause]) -> str | None:
        """Places asked of a province (湖北有哪些城市入选) from another government's list (a ministry's list of
        实验区 by province: 浙江杭州、福建龙岩…) that never writes that province: none of it is listed there."""
        if query.slot is not Slot.PLACES or not query.regions or not selected:
            return None
        documents = [self._documents_by_id.get(c.doc_id) for c in selected]
        if any(d is None or d.region in query.regions for d in documents):
            return None  # a province's own list need not repeat its name (杭州、宁波 in a 浙江 text)
        text = "".join(c.text for c in selected)
        missing = [r for r in query.regions if r not in text]
        return f"文件列出的地区中没有{'、'.join(missing)}。" if len(missing) == len(query.regions) else None

    def _quote_absent(self, query: Query, selected: list[Clause]) -> str | None:
        """The question quotes the document's words for what it asks (“全面推动复工复产”这一项由哪个部门牵头) and the
        documents chosen from never write them: the item is not in the text we hold, whatever a clause on nearby
        words says (a page that kept only part of a list)."""
        quotes = [q for q in _QUOTED.findall(query.own_text) if len(_letters(q)) >= _QUOTE_MIN]
        documents = [self._documents_by_id[d] for d in dict.fromkeys(c.doc_id for c in selected) if d in self._documents_by_id]
        if not quotes or not documents:
            return None
        written = _letters(to_simplified("".join(
            d.title + "".join(f"{c.chapter or ''}{_own_words(c)}" for c in d.clauses) for d in documents)))
        return next((f"文件中没有写到“{q}”。" for q in quotes if _letters(q) not in written), None)

    def _unassigned(self, query: Query, selected: list[Clause], hits: list[Hit]) -> str | None:
        """Who is responsible is asked, and a best-ranked clause naming no unit names the asked task more than
        twice as well as the clauses chosen for their units (广州人才贡献率要达到40%由哪个部门负责: the target
        clause 一1 names no body; a neighbouring item's 牵头单位 is another task's). The task is in the text,
        its unit is not. The chosen clause is credited with a word it names by its short form (县工信局负责技改
        重点产业项目 names 技术改造). Or only the supporting units are asked (配合的单位有哪些) and the text names the
        task's units without telling any of them as supporting (`direct.role_units`): the slot asked is empty. Or
        who leads is asked and the chosen opening names only the text's own author (`authors_only`)."""
        if self._named_better(query, selected, hits):
            return "文件提到了所问的这项工作，但没有写明由哪个单位负责。"
        if query.slot is Slot.UNITS and units_role(query.own_text) == "lead" and authors_only(selected, self._documents_by_id):
            return "文件没有写明这项工作由哪个单位牵头。"
        if query.slot is Slot.UNITS and selected and asks_supporting_only(query.own_text):
            document = self._documents_by_id.get(selected[0].doc_id)
            question = query.own_text if not query.follow_up else query.text
            with_units = [c for c in selected if c.units]
            if with_units and not role_units(with_units, question, self.tokenizer, document)[2]:
                return "文件写明了这项工作的责任单位，但没有写明哪些单位配合。"
        return None

    def _act_unstated(self, query: Query, selected: list[Clause]) -> str | None:
        """The act of administering support a who-question asks (审核兑现, 管理:
        `lexicon.enterprise.ADMINISTRATIVE_ACTS`) when the chosen clauses, their titles and the leaves their units come from state none of the acts asked:
        their units do another act (…由县财政补助给企业 pays; 区政府设立…专项资金 sets it up). None when no act is
        asked or one is stated."""
        # an act in the name of the text asked about (清水县农村饮用水供水管理办法) is no act asked
        asked = list(dict.fromkeys(ASKED_ACTS.findall(_NAMED_TEXT.sub("", query.own_text))))
        if query.slot is not Slot.UNITS or query.follow_up or not selected or not asked:
            return None
        text = "".join(_plain_words(c) for c in self._with_unit_sources(selected))
        if any(ADMINISTRATIVE_ACTS[a].search(text) for a in asked):
            return None
        return "、".join(asked)

    def _named_better(self, query: Query, selected: list[Clause], hits: list[Hit]) -> Clause | None:
        """The best-ranked clause with no parsed unit that names the asked task more than twice as well as the
        clauses chosen for their units (see `_unassigned`); None when there is none."""
        if query.slot is not Slot.UNITS or query.follow_up or not selected:
            return None
        words = self._measure_words(query, hits)

        def named(clause: Clause, short: bool = False) -> int:
            text = _plain_words(clause)
            # the chosen clause may name a four-character word by its two-character short form (技术改造 → 技改)
            return sum(len(w) for w in words if w in text or (short and len(w) == 4 and w[0] + w[2] in text))

        given = max(named(c, short=True) for c in selected)
        return next(
            (
                h.clause for h in hits[:_NEAR_WINDOW]
                if h.clause not in selected and not h.clause.units and named(h.clause) >= 4 and named(h.clause) > 2 * given
            ),
            None,
        )

    def _acting_in_prose(self, query: Query, selected: list[Clause], hits: list[Hit]) -> Clause | None:
        """The clause `_unassigned` would decline on, when its own text or heading says who acts in a marked
        position the unit reader does not parse (工业专项资金每年由区级财政统筹安排; 重点监视防御区所在地人民政府，
        也要抓紧地方的防震减灾立法工作; 坚持“一把手”负总责; 联系人:朱倩: `lexicon.actors`): that clause answers,
        quoted, in place of the clauses chosen for their units, which name the task far less. The units read at
        parse time are left as they are; this widens what answers, it adds no way to decline."""
        better = self._named_better(query, selected, hits)
        if better is None or not any(map(states_actor, (better.text, better.clause_title or ""))):
            return None
        return better if self._unfilled(query, [better], hits) is None else None

    def _under_named_heading(self, query: Query) -> Evidence | None:
        """Every leaf under the heading the question names, in the places and versions it asks (`Lister`)."""
        in_scope = self._in_force(query, place_scope(query, self.documents, self._openings))
        if headed := self.lister.under_named_heading(query, in_scope):
            title, clauses = headed
            return Evidence(query, selected=clauses, listing=f"“{title}”下")
        return None

    def _ranked(
        self, query: Query, focus: tuple[str, ...], filters: Filters, wants: Callable[[Clause], bool] | None
    ) -> tuple[list[Hit], list[Hit]]:
        """The best `candidate_k` candidates in the reranker's order and in the fused order (one retrieval).
        A follow-up keeps the fused order: its search text joins two turns (or is a cited clause), unlike
        the standalone questions the reranker was trained on, and the clause the conversation designated
        must not be reordered away from the top."""
        k, search = self.settings.candidate_k, self.search
        data = search.candidates(self._search_text(query, focus), max(k, self.settings.rerank_k), filters, None, wants)
        fused = [Hit(c.clause, c.fused, c.dense, c.bm25) for c in data.candidates]
        if query.follow_up or self.settings.retrieval_mode != "hybrid":
            return fused[:k], fused[:k]
        return [fused[i] for i in search.reranker.order(data)][:k], fused[:k]

    def _cited_units(self, query: Query) -> list[Clause]:
        """The unit the question names by its label in the documents it is about (none without them)."""
        if not query.doc_ids:
            return []
        documents = [self._documents_by_id[d] for d in sorted(query.doc_ids) if d in self._documents_by_id]
        return self.articles.cited_units(query.own_text, documents)

    def _in_force(self, query: Query, scope: frozenset[str] | None) -> frozenset[str] | None:
        """The documents to search: `scope`, less versions not in force (on the question's date)."""
        superseded = self.articles.superseded(query.as_of)
        if not superseded:
            return scope
        return (scope or frozenset(d.doc_id for d in self.documents)) - superseded

    # ---- abstention ------------------------------------------------------------------
    def _out_of_scope(self, query: Query, hits: list[Hit]) -> str | None:
        if hits[0].dense < self.settings.min_dense_score or not self._shares_a_topic_word(query.text, hits[:5]):
            return "文件中没有找到与该问题相关的内容。"
        foreign = foreign_places(query, self._covered_text, "".join(h.clause.context for h in hits[:5]), self._provinces)
        if foreign:
            return f"现有文件不涉及{'、'.join(foreign)}的政策。"
        unknown_years = [y for y in query.years if y not in self._corpus_years]
        if unknown_years:
            return f"文件没有涉及{'、'.join(map(str, unknown_years))}年的内容。"
        if query.asks_person and not any(names_person(h.clause.text) for h in hits[:5]):
            return "文件只写明责任单位，没有提到具体人员。"
        return None

    def _unstated(self, query: Query, selected: list[Clause]) -> str | None:
        """The slot asked (an amount, a number of some unit, a year) is filled by none of the chosen clauses."""
        spec = spec_of(query.intent)
        slot = slot_spec(query.slot)
        if not selected:
            return slot.missing
        text = to_simplified("".join(c.text for c in selected))  # 萬元, 每兩年: compared as questions are written
        if query.slot is Slot.AMOUNT:
            # a period or a date asked (贴息期限最长多久) is stated by a span or a date, though the clause gives no money
            kind = asked_quantity(query.own_text)
            if kind in ("period", "date"):
                if not quantity_value(kind)(text):
                    return slot.missing
            elif not (MONEY.search(text) or MONEY_TEXT.search(text)) and not any(c.money for c in selected):
                return slot.missing
            elif unstated_per := per_unit_unstated(query.own_text, text):
                return unstated_per
        if query.slot is Slot.NUMBER and (unset := _year_unset(query, selected, text)):
            return unset
        if ASKS_FREQUENCY.search(query.own_text) and not FREQUENCY_TEXT.search(text):
            return "文件没有规定这件事的频次。"
        if (query.slot is Slot.VALIDITY or (query.slot is Slot.DEADLINE and ASKS_EFFECT.search(query.own_text))) and start_unstated(
            query.own_text, selected, self._documents_by_id.get(selected[0].doc_id)
        ):
            return slot_spec(Slot.VALIDITY).missing  # 征求意见稿从哪天起施行: neither its text nor its metadata dates its effect
        if query.slot is Slot.VALIDITY and ASKS_SPAN.search(query.own_text) and not any(map(states_validity, selected)):
            status = self._documents_by_id[selected[0].doc_id].status  # only the page's 现行有效: no span, no end
            return slot.missing + (f"页面标注的状态是“{status}”。" if status else "")
        if query.slot is Slot.VALIDITY and ASKS_END.search(query.own_text) and not any(map(states_end, selected)):
            return "文件只写明了从何时起施行，没有规定有效期或截止时间。"  # 自2016年5月1日起执行, asked 有效期到哪一年
        # a count of days asked of a deadline (办理时限压缩到几个工作日) is a span, answered by one, never by a date
        counts_days = query.slot is Slot.DEADLINE and query.asked_unit in _DAY_UNITS
        # a goal asked in a measure's unit (二氧化硫排放总量控制在多少吨) is stated in it, not by a rate of cut (下降22%)
        measured = query.intent is Intent.TARGET and query.asked_unit in _MEASURE_UNITS
        # (文号是多少 asks a name, no count)
        if (not spec.asks_fact or counts_days or measured) and query.asked_unit is not None and query.slot not in (
                Slot.AMOUNT, Slot.VALIDITY, Slot.NAME, Slot.ISSUE):
            # a span of years asked (连续几年) is stated by one (2024—2026年, 连续5年)
            if not _states_count(query.asked_unit, text, query.own_text) and not states_span(query.own_text, text):
                return slot_spec(Slot.NUMBER).missing
        return None

    def _shares_a_topic_word(self, question: str, hits: list[Hit]) -> bool:
        """Dense similarity is high for any Chinese text under e5; a question none of whose
        topic words occurs in the best clauses or the titles of their documents, as written or written
        out (今天天气怎么样, 火星移民), is off-topic. A title counts: a question names the document it asks
        about by its place and name (婺城区这份政策是哪一年的版本), words its clauses never repeat."""
        words = topic_words(question, self.tokenizer)
        if not words:
            return True
        text = "".join(h.clause.context for h in hits) + "".join({self._titles[h.clause.doc_id] for h in hits})
        if any(w in text for w in words):
            return True  # the common case: no script conversion on the question's path
        # compared in simplified script (a text in traditional script, as questions come in simplified),
        # a word also found written out (社保 in 社会保险, 降费 in 降低…费率)
        text = to_simplified(text)
        return any(w in text or abbreviates(w, text) for w in words)

    # ---- selection ------------------------------------------------------------------
    def _search_text(self, query: Query, focus: tuple[str, ...]) -> str:
        """What is searched. A follow-up turning to other documents than the ones just cited
        (那国家层面对应的任务是什么) looks for the counterpart of the cited clause there: the clause's
        own task is the query, so the national clause on the same task ranks first."""
        if not (query.follow_up and focus):
            return query.text
        cited = [self._by_id[i] for i in focus if i in self._by_id]
        if not cited:
            return query.text
        if query.doc_ids and not any(c.doc_id in query.doc_ids for c in cited):
            own = topic_words(query.own_text, self.tokenizer)
            return f"{strip_unit_note(cited[0].text)[:200]} {' '.join(own)}"
        # 那地面数字电视覆盖网建设呢: a follow-up whose own subject the cited clauses mostly do not name
        # is searched by its own words (the previous topic would rank the clause just cited first)
        scope = (*query.scope_words, *query.regions, *self._scope_places(query))
        # 在哪个城市搞: the place is asked, 城市 is no subject; 第二十条 points at a clause, it names no subject
        asked = _POINTER.sub(" ", ASKS_PLACES.sub(" ", query.own_text))
        own = [
            w for w in subject_words(asked, self.tokenizer)
            if not DEICTIC.fullmatch(w) and not any(s in w or w in s for s in scope)
        ]
        if own and not names_most(own, "".join(map(_own_words, cited))):
            return query.own_text
        if own and query.slot is Slot.DEADLINE and not any(_dates(c, own) for c in cited):
            return query.own_text  # named there only where no date is given: another task of the clause
        return query.text

    def _focused(self, query: Query, focus: tuple[str, ...]) -> list[Clause]:
        """A follow-up asking for a fact of what was just cited, or picking it by its place (`Query.pinned`), gets
        those clauses, if they hold it."""
        spec = spec_of(query.intent)
        fact = slot_spec(query.slot).fact
        if not focus or not (spec.asks_fact and fact is not None or query.pinned):
            return []
        clauses = [self._by_id[i] for i in focus if i in self._by_id]
        if query.doc_ids is not None:
            clauses = [c for c in clauses if c.doc_id in query.doc_ids]
        clauses = [c for c in clauses if fact is None or fact(c)]
        if query.slot is Slot.DEADLINE and len(clauses) > 1 and (order := EARLIER.search(query.own_text)):
            ranked = sorted(clauses, key=lambda c: due_by(c.deadline or ""), reverse=order.group(0) in LATER)
            return ranked[:1]  # 其中哪项的时间要求更早: the cited task due first
        if query.pinned:
            return clauses  # picked by its place (第三个项目具体要做些什么): its words need not name it
        # 其中统计那一项由谁负责: words of this turn that name one of the cited clauses pick it out; a word
        # no clause of their documents holds (社部 of 人社部, written out there) names no other clause either
        texts = [c.text for d in {c.doc_id for c in clauses} for c in self._documents_by_id[d].clauses]
        asked = _POINTER.sub(" ", query.own_text)  # 第三条由哪些单位负责: the pointer names no subject
        own_words = [w for w in subject_words(asked, self.tokenizer) if any(w in t for t in texts)]
        named = [c for c in clauses if own_words and names_most(own_words, _own_words(c))]
        if query.slot is Slot.DEADLINE:
            named = [c for c in named if _dates(c, own_words)]
        if own_words and not named:
            return []  # this turn's own words name another clause than those just cited: search for it
        if not named and ASKS_SEVERAL.search(query.own_text):
            return clauses  # 其中哪几项是人社部牵头的: every task designated, not the first
        return named or clauses[:1]  # else the previous answer's main evidence (cited first)

    def _pointed_unfilled(self, query: Query, focus: tuple[str, ...]) -> Clause | None:
        """The one clause just cited, when this follow-up points at it (这一条, 该项) or picks it by its place
        (第二项什么时候要完成？, `Query.pinned`) to ask a fact it does not hold; None when the turn points at nothing,
        the previous answer cited several clauses, or it holds the fact
        — also where the units asked are named in its text though no note was parsed, or an annex row of its
        document assigns its task (both are found by the search, as before)."""
        fact = slot_spec(query.slot).fact
        if not (query.follow_up and len(focus) == 1 and fact is not None and spec_of(query.intent).asks_fact):
            return None
        clause = self._by_id.get(focus[0])
        if clause is None or fact(clause) or not (POINTS_AT_CITED.search(query.own_text) or query.pinned):
            return None
        document = self._documents_by_id.get(clause.doc_id)
        if query.slot is Slot.UNITS and units_named(clause, document.region if document else None):
            return None  # units its text names where no note was parsed (★区科技局、统计局): searched as before
        if document is not None and any(c.annex_row is not None and fact(c) for c in document.clauses):
            return None  # a body clause whose task an annex row assigns (国发〔2013〕32号 and its 附件): searched
        return clause if query.doc_ids is None or clause.doc_id in query.doc_ids else None

    def _select(self, query: Query, spec: IntentSpec, hits: list[Hit]) -> list[Clause]:
        if spec.selection is Selection.PER_DOCUMENT:
            return self._best_per_document(query, hits)
        if query.slot is Slot.AMOUNT:
            return self._money_clauses(query, hits)
        if query.slot is Slot.VALIDITY:
            return self._validity_clauses(query, hits)
        if query.slot is Slot.NAME and ASKS_BASIS.search(query.own_text):
            basis = [h.clause for h in hits[:_NEAR_WINDOW]
                     if CITES_BASIS.search(h.clause.text) or forwards_a_name(h.clause.text)]
            return basis[:1] or self._top(hits)  # the clause that says what the text rests on
        if query.slot is Slot.DEADLINE:
            words = subject_words(query.own_text, self.tokenizer)
            window = hits[: _FACT_WINDOW[Slot.DEADLINE]]
            # a clause dating what is asked, before one whose date is another task's; of its document's, one dating
            # the very act asked (什么时候兑付: 于11月底前…兑付到户, not 11月15日前完成上报 of the same subsidy)
            dated = self._with_fact(window, lambda c: bool(c.deadline) and _dates(c, words))
            timed = (
                (self._with_fact([h for h in window if h.clause.doc_id == dated[0].doc_id],
                                 lambda c: bool(c.deadline) and _dates(c, words) and dates_asked_act(query.own_text, c))
                 or dated) if dated
                else self._earlier(hits, self._timed(query, hits), self._with_fact(window, lambda c: bool(c.deadline)))
            )
            # which best clause names the task better is judged on the task's own words: the place a question
            # is scoped to (柳河县) names every clause of its document, and a clause citing 《柳河县…办法》 would
            # otherwise outweigh the dated clause that names what is asked (审核批准后，2年内予以兑现奖励)
            task = self._unscoped(query, words)
            rivals = self._rivals(query, timed[0], hits) if timed else []
            return [] if timed and named_undated(task, timed[0], rivals, query.own_text) else timed
        hits = _goal_section_first(query, _dating_first(query, hits))
        fact = slot_spec(query.slot).fact
        if query.slot is Slot.UNITS and (funded := self._fund_actors(query, hits)):
            return funded
        if fact is not None and (spec.selection is Selection.WITH_FACT or query.slot in _STRICT_SLOTS):
            chosen = self._with_fact(hits[: _FACT_WINDOW.get(query.slot, _NEAR_WINDOW)], fact)
            if not chosen and query.slot is Slot.UNITS:
                chosen = self._units_in_text(query, hits)
            return chosen or (self._top(hits) if spec.fact_optional else [])
        return self._top(self._naming_first(query, self._counting_first(query, self._stating_first(query, hits))))

    def _stating_first(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The hits, with the best-ranked clause of the first one's document that states the aspect asked in its
        own words (`lexicon.aspects.STATED_ONLY_IN_OWN_WORDS`: 联系人:王宁涛,电话:…) put first, when the first does
        not (its 请提供…联系人、联系方式 asks for one): a contact or a penalty is said where it is written, not where
        the topic is."""
        aspect = stated_first_asked(query.own_text)
        return hits if aspect is None else _written_first(hits, lambda text: bool(aspect.answered.search(text)))

    def _counting_first(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The hits, with the best-ranked clause of the first one's document that counts in the unit asked put
        first, when the first does not (要交几份？ of a notice whose first item names the 申报 asked and whose third
        says 一式三份): a count is answered where it is written, not where the topic is."""
        unit = query.asked_unit
        if query.slot is not Slot.NUMBER or not unit:
            return hits
        return _written_first(hits, lambda text: _states_count(unit, to_simplified(text)))

    def _rivals(self, query: Query, chosen: Clause, hits: list[Hit]) -> list[Clause]:
        """The best-ranked clauses that may show `chosen`, picked for the fact its slot asks, to be another task's:
        only those the ranker put above it when it names most of the measure asked. The ranker's first clause
        then answers, though a clause below it names more of the question's words: the document's 指导思想
        names its subject (放管服, 农业农村) beside the 工作目标 that dates the 行政许可事项清单体系 asked. A chosen
        clause naming little of the measure (a date under a title, 省人事厅 2005年7月10日, asked when 申报材料
        are due) is compared with all of them."""
        # the opening of the chosen clause's own document names what the whole text is about (请你们定时上报粮棉油
        # 抗旱生产情况), which its numbered clauses then schedule (5月5日上报第一期): no other task's clause
        document = self._documents_by_id.get(chosen.doc_id)
        own_opening = _opening(document) if document is not None and chosen.path else None
        best = [h.clause for h in hits[:_NEAR_WINDOW] if h.clause is not own_opening]
        if chosen not in best or not names_most(self._measure_words(query, hits), _plain_words(chosen)):
            return best
        return best[: best.index(chosen)]

    def _unscoped(self, query: Query, words: list[str]) -> list[str]:
        """`words` less those naming the question's scope (its places, regions and scope words)."""
        scope = (*query.scope_words, *self._scope_places(query), *query.regions)
        return [w for w in words if not any(w in s for s in scope)]

    def _naming_first(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The hits, with a best-ranked clause naming what is asked put first when the first names none of it.
        A document's purpose clause (为…制定本办法) or its organising clause ranks first on the document's own
        words (核心团队, 重点产业) for any question about it; the clause that says what is asked (获奖人数 →
        奖励人数原则上不设限制, 同类奖励 → 区内同类政策不重复享受, 什么样的算重大产业项目 → …为重大产业项目) is
        close behind. The asked words are the question's own less its scope, the asking words and the best
        document's title (`_measure_words`); a follow-up keeps the order its conversation designated."""
        if query.follow_up or len(hits) < 2:
            return hits
        words = self._measure_words(query, hits)
        if not words:
            return hits

        def named(hit: Hit) -> int:
            text = _plain_words(hit.clause)
            return sum(len(w) for w in words if w in text)

        if named(hits[0]):
            return hits
        near = hits[1:_NEAR_WINDOW]
        best = max(near, key=named)
        if not named(best):
            return hits
        return [best, *[h for h in hits if h is not best]]

    @staticmethod
    def _fund_actors(query: Query, hits: list[Hit]) -> list[Clause]:
        """Who funds or runs a fund (是谁出资设立的, 委托谁来运作): the prose defining it says, in words no duty is
        read from (`lexicon.actors.acting_on_fund`); a clause of the best hit's document saying so answers, given
        those actors as its units. Asked of anything else, or said nowhere near: none."""
        for hit in hits[: _FACT_WINDOW.get(Slot.UNITS, _NEAR_WINDOW)]:
            if hit.clause.doc_id == hits[0].clause.doc_id and (
                    actors := acting_on_fund(query.own_text, as_simplified(hit.clause.text))):
                return [replace(hit.clause, units=actors, lead_units=[], supporting_units=[])]
        return []

    def _units_in_text(self, query: Query, hits: list[Hit]) -> list[Clause]:
        """Units no responsibility fact was parsed for, where the text still names them: who drafted the
        document asked about (a unit the text names as its drafter, else its issuer), or the units named in
        the best-ranked clause that names the asked subject (市农业农村局 in a table row's last cell, 报财政部、
        人力资源社会保障部备案). The clause is given those units, so the answer names them and cites it."""
        if ASKS_DRAFTER.search(query.own_text):
            document = self._documents_by_id[_asked_doc_id(query, hits)]
            if found := drafters(document):
                clause, units = found
                return [replace(clause, units=units, lead_units=[], supporting_units=[])]
            opening = _opening(document)
            issuers = [u for u in re.split(r"[、，,；;\s]+", document.issuer or "") if u]
            if opening is not None and issuers:
                return [replace(opening, units=issuers, lead_units=[], supporting_units=[])]
        words = self._measure_words(query, hits)
        for hit in hits[: 1 if not words else _NEAR_WINDOW]:
            clause = hit.clause
            if words and not names_most(words, _plain_words(clause)):
                continue
            document = self._documents_by_id.get(clause.doc_id)
            if units := units_named(clause, document.region if document else None):
                return [replace(clause, units=units, lead_units=[], supporting_units=[])]
        return []

    def _scope_places(self, query: Query) -> list[str]:
        """The places a question names that name a loaded document (柳河县, 成都): its scope. A city no document
        is named by (嘉兴 in 嘉兴的智慧交通呢, a task of the 浙江 document) is part of the subject asked."""
        return [p for p in query.places if p in self._places_text or re.sub(r"[市县区]$", "", p) in self._places_text]

    def _measure_words(self, query: Query, hits: list[Hit]) -> list[str]:
        """The words of a question that name the measure asked about (新三板, 高新技术企业), less
        the asker's own firm or team (我们项目组, `lexicon.enterprise.SELF_REFERENCE`), scope (柳河县), the words
        that only ask for money (奖励多少) and those of the best-ranked document's title (核心团队 in a
        核心团队奖励办法: what every measure of it is about)."""
        doc_id = hits[0].clause.doc_id if hits else ""
        return self._words_naming(query.text if query.follow_up else query.own_text, query, doc_id)

    def _words_naming(self, text: str, query: Query, doc_id: str) -> list[str]:
        """The measure words of `text` (see `_measure_words`), less the scope, the issuer and the words of the title
        of document `doc_id`."""
        text = SELF_REFERENCE.sub(" ", text)  # 我们项目组: the asker
        for word in (*self._issuers.get(doc_id, ()), *query.scope_words, *self._scope_places(query), *query.regions):
            text = text.replace(word, " ")
        title = self._named_as.get(doc_id, "")
        return measure_words(subject_words(text, self.tokenizer), title)

    def _own_measure_unstated(self, query: Query, chosen: list[Clause]) -> bool:
        """A follow-up asking an amount or a number of a measure it names itself (那失业保险费率具体降到多少),
        whose words the conversation's topic outweighs in the search, where the part of the chosen clauses naming
        that measure best states no value of the asked type (`measures.value_named`, strict): a figure of the
        neighbouring measure (工伤保险费率50%) does not answer it."""
        if query.slot not in (Slot.AMOUNT, Slot.NUMBER) or not query.follow_up:
            return False
        if grade_unlisted(query.own_text, chosen):
            return True  # 三等奖呢？ of clauses granting 一等奖 and 二等奖 only
        words = self._words_naming(query.own_text, query, chosen[0].doc_id)
        if not words:
            return False
        kind = asked_quantity(query.own_text)
        value = quantity_value(kind) if kind or query.slot is Slot.AMOUNT else NUMBER_VALUE.search
        return value_named(words, chosen, value, strict=True) is False

    def _money_clauses(self, query: Query, hits: list[Hit]) -> list[Clause]:
        """The clause whose money statement (a fact's phrase, beneficiary and condition, or a sentence
        with an amount) shares most with the measure asked; none when no statement near the top of the
        ranking names it — an amount of a neighbouring measure must never answer (the answer then says
        no amount is given, and cites the nearest clauses as related). Asked a cap (最多能拿多少), a statement of
        one naming the measure is chosen first (`measures.cap_clause`)."""
        kind = asked_quantity(query.own_text)
        if kind in ("period", "date"):  # 贴息期限最长多久: a clause stating a span of time answers, though it gives no money
            value = quantity_value(kind)
            candidates = [h.clause for h in hits[:MONEY_WINDOW] if value(h.clause.text)]
            best = money_clause(self._measure_words(query, hits), candidates, value)
            return [best] if best is not None else []
        fills = slot_spec(Slot.AMOUNT).fact
        words = self._measure_words(query, hits)
        candidates = [h.clause for h in hits[:MONEY_WINDOW] if fills(h.clause)]
        if not words and hits:
            # every word naming the measure is the best-ranked document's title (前期工作经费 in its 管理办法), or none
            # is left (奖多少？): the measure asked is that document's, and another document's figure never answers
            candidates = [c for c in candidates if c.doc_id == hits[0].clause.doc_id]
        # a clause whose condition excludes what the asker states (超过…平均增速2倍的 asked 不到两倍) is another case's:
        # its sibling whose condition holds answers; when every one excludes it, `unfilled` says so
        fitting = [c for c in candidates if outside_condition(query.own_text, words, [c]) is None]
        best = cap_clause(query.own_text, words, fitting or candidates) or money_clause(words, fitting or candidates)
        if best is None and hits and ASKS_SIZE.search(query.own_text):
            # 应急转贷资金规模有多大？: the size of a fund is no support anyone is granted, so no money fact holds it;
            # a clause of the best-ranked document stating an amount set aside for it answers (由市财政出资2亿元设立)
            sized = [h.clause for h in hits[:MONEY_WINDOW]
                     if h.clause.doc_id == hits[0].clause.doc_id and states_size(h.clause.text)]
            # the words naming the fund first; else the best-ranked clause setting a sum aside (the words may name
            # its issuer, 市发改委下达的…一共多少钱, which the sentence stating the sum does not repeat)
            best = money_clause([w for w in words if not ASKS_SIZE.fullmatch(w)], sized, states_size) or next(iter(sized), None)
        return [best] if best is not None else []

    def _timed(self, query: Query, hits: list[Hit]) -> list[Clause]:
        """A deadline the parser did not read as a 时间进度 (满一年以上未动工, 实施至2021年12月31日): a
        best-ranked clause where a sentence with a date or span names what the question asks about (its words
        less its scope and years)."""
        words = subject_words(query.text if query.follow_up else query.own_text, self.tokenizer)
        # the question's scope and a year it names (山西2008年乡镇机构改革) say where and when, not what is dated: the
        # document's opening, dating its whole plan 2008年 in 山西, names neither the task asked
        words = [w for w in self._unscoped(query, words) if not re.fullmatch(r"\d+", w)]
        # a cited text's title in the dated sentence (依据《…发展引导资金管理办法》…，2年内予以兑现奖励) names that
        # text, not the task dated: 旅游产业发展引导资金 asked is not named by it
        return [
            h.clause for h in hits[:_NEAR_WINDOW]
            if dates_what_is_asked(replace(h.clause, text=_CITED_TITLES.sub("", h.clause.text)), words)
        ][:1]

    def _validity_clauses(self, query: Query, hits: list[Hit]) -> list[Clause]:
        """How long a policy applies is a fact of its document (see `measures.validity_clauses`)."""
        document = self._documents_by_id.get(_asked_doc_id(query, hits))
        fills = slot_spec(Slot.VALIDITY).fact
        return validity_clauses(document, [h.clause for h in hits[:_NEAR_WINDOW]], fills) if document else []

    def _document_facts(self, evidence: Evidence, hits: list[Hit]) -> Evidence:
        """文号 / date issued / issuer: the document's own facts, cited at its unnumbered opening."""
        document = self._documents_by_id[_asked_doc_id(evidence.query, hits)]
        opening = _opening(document)
        evidence.document = document
        evidence.selected = [opening or document.clauses[0]] if document.clauses else []
        if ASKS_DOC_NUMBER.search(evidence.query.own_text) and not document.number:
            # a 文号 the opening's own text states under its title ((砚发201120 号)) is the document's; else
            # there is none to give: decline, never guess one
            head = re.sub(r"\s+", "", _CITED_TITLES.sub("", evidence.selected[0].text))[:_NUMBER_HEAD] if evidence.selected else ""
            written = _DOC_NUMBER.search(head)
            if written:
                evidence.document = replace(document, number=written.group(0))
            else:
                evidence.abstain_reason = slot_spec(Slot.ISSUE).missing
        return evidence

    def _top(self, hits: list[Hit]) -> list[Clause]:
        """The best hit, plus a close runner-up from another document (central and local often pair),
        looked for among the next four hits and then among the first five of the fused order (`score`):
        the reranker chooses the best clause, not whether its counterpart is near."""
        best = hits[0]
        chosen = [best.clause]
        near = hits[1:5]
        near += [h for h in sorted(hits, key=lambda h: -h.score)[:5] if h is not best and h not in near]
        for hit in near:
            if hit.dense >= best.dense - self.settings.cite_margin and hit.clause.doc_id != best.clause.doc_id:
                chosen.append(hit.clause)
                break
        # a body clause and its annex task row often say the same thing: cite the pair
        for hit in hits[1:3]:
            if (
                hit.clause.doc_id == best.clause.doc_id
                and (hit.clause.annex_row is None) != (best.clause.annex_row is None)
                and hit.dense >= best.dense - self.settings.cite_margin
            ):
                chosen.insert(1, hit.clause)
                break
        return chosen

    @staticmethod
    def _earlier(hits: list[Hit], first: list[Clause], second: list[Clause]) -> list[Clause]:
        """Of two choices, the one whose clause the ranker put higher: a time the parser read no 时间进度 from
        (上报日期前20日) where it names the task, against the best clause with any 时间进度 (another task's, or
        another document's when none is named)."""
        if not first or not second:
            return first or second
        rank = {h.clause.id: i for i, h in enumerate(hits)}
        return first if rank.get(first[0].id, len(hits)) < rank.get(second[0].id, len(hits)) else second

    def _with_fact(self, hits: list[Hit], has_fact: Callable[[Clause], bool]) -> list[Clause]:
        candidates = [h for h in hits if has_fact(h.clause)]
        return self._top(candidates) if candidates else []

    def _best_per_document(self, query: Query, hits: list[Hit]) -> list[Clause]:
        """One clause per document; every named document counts, unnamed ones only when close."""
        best: dict[str, Hit] = {}
        if query.asked_unit is not None:  # comparing numbers: a clause with quantified targets first
            hits = [h for h in hits if h.clause.targets] + [h for h in hits if not h.clause.targets]
        for hit in hits:
            best.setdefault(hit.clause.doc_id, hit)
        if query.doc_ids and len(query.doc_ids) > 1:
            return [h.clause for h in best.values()]
        top = hits[0].dense
        return [h.clause for h in best.values() if h.dense >= top - self.settings.compare_margin]

    def _related(self, query: Query, exclude: frozenset[str]) -> Evidence | None:
        """A list asked in everyday words, drawn by relatedness (`listing.Lister.related`), or None."""
        found = self.lister.related(query, exclude, self._in_force(query, place_scope(query, self.documents, self._openings)))
        return Evidence(query, selected=found.clauses, listing=found.what) if found is not None else None

    def _listing(self, query: Query, exclude: frozenset[str]) -> Evidence | None:
        """A complete list (`listing.Lister`) as evidence; an empty one says there is none (其他) to list."""
        found = self.lister.listing(query, exclude, self._in_force(query, place_scope(query, self.documents, self._openings)))
        if found is None:
            return None
        evidence = Evidence(query, selected=found.clauses, listing=found.what, topic=found.topic)
        if not found.clauses:
            evidence.abstain_reason = f"文件中没有{found.what}的{'其他' if exclude else ''}任务。"
        return evidence
