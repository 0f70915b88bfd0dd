"""Writing the answer from the chosen clauses' own words and facts (offline, no LLM).

Every sentence of an answer is either quoted from a clause or built from that
clause's parsed facts (units, deadline), and carries the clause's label, so a
reader can check each point. When evidence says abstain, the answer says what
the documents lack and cites nothing as support.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.answer import Answer
from assistant.answering.direct import aspect_score, asked_duty, direct_line, related_line
from assistant.answering.evidence import ASKS_SEVERAL, Evidence
from assistant.answering.intents import INTENT_SPECS, Intent, Render, spec_of
from assistant.answering.listing import RELATED_LISTING
from assistant.citations import Citation, label_for
from assistant.corpus.model import Clause, Document
from assistant.corpus.responsibility import bracketed, written_note
from assistant.lexicon.actors import names_person
from assistant.lexicon.labels import UNITS_NOTE_RE, strip_unit_note, support_label
from assistant.lexicon.regions import to_simplified
from assistant.lexicon.sentences import split_sentences
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import written_forms

_MAX_QUOTES = 2
#: a clause this short (characters of its quotable sentences) is quoted whole: choosing among its sentences
#: by the words they share with the question drops the one sentence that states the asked condition (two
#: parallel sentences, 以个人名义…请提供… and 以单位名义…请提供…, share the same words: one of them is lost)
_WHOLE_CLAUSE_CHARS = 400
#: the shortest fragment of a direct line by which the sentence it comes from is recognised
_LINE_FRAGMENT_CHARS = 6
_MAX_LIST_ITEMS_SHOWN = 60
#: how the answer of a list complete by construction says so (a follow-up 还有吗 reads it: there is no more)
COMPLETE_LIST = "（完整列表）"
#: how much of a listed item is shown (whole sentences; the first always), at least…
_LIST_TASK_CHARS = 120
#: …and, for a short list, its share of this many characters (two items on the sources of a fund show each
#: source, not the first two of five)
_LIST_CHARS = 480
#: a run-in heading: a short sentence of words alone, no number or pause (市场导向、改革发展。)
_RUN_IN_HEADING = re.compile(r"[\u4e00-\u9fff、]{4,14}。")
#: a turn asking the units that asks the 时间进度 too (由谁负责，进度如何): the deadline pattern, or 时间/进度
#: asked of
_ASKS_WHEN_TOO = re.compile(
    rf"{next(s.pattern.pattern for s in INTENT_SPECS if s.intent is Intent.DEADLINE)}"
    r"|(?:时间|进度)(?:上)?(?:怎么|如何|是|为|安排)|什么时间|几时"
)


def quotable_sentences(text: str) -> list[str]:
    """A clause's sentences without its `（责任单位：…）` notes (facts are shown apart)."""
    return split_sentences(UNITS_NOTE_RE.sub("", text))


def _run_in_paragraphs(sentences: list[str]) -> list[list[str]] | None:
    """A clause's paragraphs under run-in headings (信息消费规模显著增长。到2015年… 信息基础设施保持领先。
    到2015年…), each heading with the sentences after it; None when the clause has fewer than two. A short
    sentence right before another (智慧城市建设取得长足进展。信息消费市场健康活跃。) ends a paragraph."""
    starts = [
        i for i, s in enumerate(sentences)
        if _RUN_IN_HEADING.fullmatch(s) and i + 1 < len(sentences) and not _RUN_IN_HEADING.fullmatch(sentences[i + 1])
    ]
    if len(starts) < 2:
        return None
    bounds = [*starts, len(sentences)]
    return ([sentences[: starts[0]]] if starts[0] else []) + [sentences[a:b] for a, b in zip(bounds, bounds[1:])]


def best_sentences(
    text: str,
    question: str,
    tokenizer: Tokenizer,
    want_numbers: bool = False,
    limit: int = _MAX_QUOTES,
    several: bool = False,
    answer_line: str | None = None,
) -> list[str]:
    """The sentences of a clause a reader needs for the question. Asked for several figures
    (到2015年网络基础设施要达到哪些指标), the whole paragraph, under its run-in heading, of the sentence
    sharing most, when the clause is written in such paragraphs. Else the whole clause when it is short
    (`_WHOLE_CLAUSE_CHARS`: the asked condition or figure is often the sentence that shares fewest words
    with the question — 上述调查取证工作中的情况，要及时上报 after three sentences on 调查取证); else the
    sentence the direct line (`answer_line`, 答：…) is drawn from, so the line is shown in its own words,
    beside those that share the most (and longest) words with the question."""
    sentences = quotable_sentences(text)
    if len(sentences) <= 1:
        return sentences
    score = _sharing(question, tokenizer, want_numbers)
    ranked = sorted(range(len(sentences)), key=lambda i: (-score(sentences[i]), i))
    if several and want_numbers and (paragraphs := _run_in_paragraphs(sentences)):
        best = sentences[ranked[0]]
        return next(p for p in paragraphs if best in p)  # the paragraph of the sentence sharing most
    if sum(map(len, sentences)) <= _WHOLE_CLAUSE_CHARS:
        return sentences

    held = _holding(sentences, answer_line) if answer_line else []
    shared = [i for i in ranked[:limit] if score(sentences[i]) > 0] or [ranked[0]]
    keep = sorted({*held, *shared})
    return [sentences[i] for i in keep]


def _sharing(question: str, tokenizer: Tokenizer, want_numbers: bool = False) -> Callable[[str], float]:
    """A sentence's score for the question: the characters of the question's words it holds, more when it is
    written in the words of the aspect the question asks (`direct.aspect_score`: 要准备什么 → 提供…材料), and
    3 more for a figure when numbers are wanted."""
    shared = aspect_score(question, set(tokenizer.tokenize(question)))

    def score(sentence: str) -> float:
        return shared(sentence) + (3 if want_numbers and re.search(r"\d", sentence) else 0)

    return score


def _holding(sentences: list[str], line: str) -> list[int]:
    """Indexes of the sentences a direct line is drawn from: those holding one of its comma-delimited
    fragments (`_LINE_FRAGMENT_CHARS` or longer; the line's own label, 时间进度：, is no fragment)."""
    line = re.sub(r"\s+", "", line.removeprefix("答："))
    pieces = [p for p in re.split(r"[，,。；;：:（）()]", line) if len(p) >= _LINE_FRAGMENT_CHARS]
    flat = [re.sub(r"\s+", "", s) for s in sentences]
    return [i for i, s in enumerate(flat) if any(p in s for p in pieces)]


class AnswerComposer:
    def __init__(self, documents_by_id: dict[str, Document], tokenizer: Tokenizer) -> None:
        self.documents_by_id = documents_by_id
        self.tokenizer = tokenizer
        self._renderers = {
            Render.UNITS: self._render_units,
            Render.DEADLINE: self._render_deadline,
            Render.LIST: self._render_list,
        }

    def compose(self, evidence: Evidence) -> Answer:
        query = evidence.query
        if evidence.abstain_reason:
            short = f"抱歉，{evidence.abstain_reason}"
            return Answer(
                answer=short + self._related_note(evidence.related, query.own_text),
                abstained=True,
                related=[self._cite(c, []) for c in evidence.related],
                intent=query.intent,
                resolved_question=query.text,
                short_answer=short,
                slot=query.slot,
            )
        render = spec_of(query.intent).render
        if evidence.listing:
            render = Render.LIST  # a complete listing, whatever kind of question drew it
        elif render is Render.LIST:
            render = Render.QUOTES  # a list question answered from top hits, not a complete listing
        elif render is Render.UNITS and (query.asks_person or not any(c.units for c in evidence.selected)):
            # who acts is said in the clause's prose (由区级财政统筹安排), no unit parsed, or a person is asked
            # (牵头负责领导:刘惠), whom no unit names: quoted
            render = Render.QUOTES
        short = None if render is Render.LIST else self._direct(evidence)
        if render is Render.QUOTES:  # the quotes show the sentence the direct line is drawn from
            lines, citations = self._render_quotes(evidence, short)
        else:
            lines, citations = self._renderers[render](evidence)
        if short and lines and short in lines[0] and len(evidence.selected) == 1 and render is Render.QUOTES:
            short = None  # the quote is itself the one-line answer
        if evidence.exact and query.intent is Intent.CONTENT:
            short = None  # what a unit named by its label says is the unit itself, not one sentence of it
        return Answer(
            answer="\n".join([short, *lines] if short else lines),
            abstained=False,
            citations=citations,
            intent=query.intent,
            resolved_question=query.text,
            short_answer=short or (lines[0] if lines else ""),
            slot=query.slot,
        )

    def _direct(self, evidence: Evidence) -> str | None:
        query, clauses = evidence.query, evidence.selected
        document = evidence.document or (self.documents_by_id.get(clauses[0].doc_id) if clauses else None)
        question = query.own_text if not query.follow_up else query.text
        if query.asks_person:  # 由哪位领导牵头负责: the sentence naming the person (牵头负责领导:刘惠), not the units
            named = next((s for c in clauses for s in quotable_sentences(c.text) if names_person(s)), None)
            return f"答：{named}" if named else None
        line = direct_line(
            query.slot, clauses, question, self.tokenizer, document=document, role=query.units_role, unit=query.asked_unit,
            own=query.own_text if query.follow_up else None,
        )
        return f"答：{line}" if line else None

    # ---- renderers: each returns (lines, citations) ------------------------------------
    def _render_units(self, evidence: Evidence) -> tuple[list[str], list[Citation]]:
        """Each clause's task and who does it; where a clause gives several tasks to several bodies,
        the task the question asks about, quoted with its own units (direct.asked_duty)."""
        query = evidence.query
        question = query.own_text if not query.follow_up else query.text
        lines, citations = [], []
        for clause in evidence.selected:
            document = self.documents_by_id.get(clause.doc_id)
            region = document.region if document else None
            written = written_forms(clause.text, region)  # units as this clause writes them (省发展改革委)
            beside = support_label(to_simplified(clause.text))
            duty = asked_duty(clause, question, self.tokenizer, document, query.own_text if query.follow_up else "")
            if duty is not None:
                task, (_, lead, supporting) = duty.sentence.rstrip("。；;"), duty.found.resolved()
                who = _who(lead, supporting, duty.found.units, written, beside)
            else:  # a note of units (…。(区发改局牵头,区财政局配合)) is no task: the first sentence is
                noted = bracketed(to_simplified(clause.text), region)
                task = _task(clause) if noted else _task(clause, units=clause.units)
                who = _who(clause.lead_units, clause.supporting_units, clause.units, written, beside)
                # the note in the text's own words beside the units read from it (（原文：省发改委负责）)
                note = written_note(clause.text, region) if noted else None
                who += f"（原文：{note}）" if note and note not in who else ""
            # 由谁负责，进度如何: the units answer gives the parsed 时间进度 as well, when the turn asks it too
            when = f"；时间进度：{clause.deadline}" if clause.deadline and _ASKS_WHEN_TOO.search(query.own_text) else ""
            lines.append(f"根据{self._label(clause)}，“{task}”的{who}{when}。")
            citations.append(self._cite(clause, [task]))
        return lines, citations

    def _render_deadline(self, evidence: Evidence) -> tuple[list[str], list[Citation]]:
        if not all(c.deadline for c in evidence.selected):  # a date in the text, no parsed 时间进度: quote it
            return self._render_quotes(evidence)
        lines, citations = [], []
        for clause in evidence.selected:
            who = f"（责任单位：{'、'.join(clause.units)}）" if clause.units else ""
            # the task the date is set for: the sentence writing it, where a long unnumbered body has several
            task = _task(clause, clause.deadline)
            lines.append(f"根据{self._label(clause)}，“{task}”的时间进度是：{clause.deadline}{who}。")
            citations.append(self._cite(clause, [task]))
        return lines, citations

    def _render_list(self, evidence: Evidence) -> tuple[list[str], list[Citation]]:
        clauses = evidence.selected
        if evidence.listing == RELATED_LISTING:  # drawn by relatedness, not by a fact of each clause
            lines = [f"文件中{evidence.listing}的条款有{len(clauses)}项（按相关程度选出，未必完整）："]
        else:
            lines = [f"文件中{evidence.listing}的任务共{len(clauses)}项{COMPLETE_LIST}："]
        # a list drawn by relatedness shows of each clause what the question asks, not its opening
        asked = _sharing(evidence.query.text, self.tokenizer) if evidence.listing == RELATED_LISTING else None
        budget = max(_LIST_TASK_CHARS, _LIST_CHARS // max(len(clauses), 1))
        tasks = [_task(c, evidence.topic) if evidence.topic else _listed_task(c, asked, budget) for c in clauses]
        for clause, task in list(zip(clauses, tasks))[:_MAX_LIST_ITEMS_SHOWN]:
            when = f"（{clause.deadline}）" if clause.deadline else ""
            lines.append(f"- {self._label(clause)}：{_own_title(clause, task)}{task}{when}")
        if len(clauses) > _MAX_LIST_ITEMS_SHOWN:
            lines.append(f"……另有{len(clauses) - _MAX_LIST_ITEMS_SHOWN}项，见引用列表。")
        return lines, [self._cite(c, [t]) for c, t in zip(clauses, tasks)]

    def _render_quotes(self, evidence: Evidence, answer_line: str | None = None) -> tuple[list[str], list[Citation]]:
        """Each clause quoted: an annex row's task, a unit named by its label whole, else the sentences the
        question needs (`best_sentences`), among them the one `answer_line` (答：…) is drawn from."""
        query = evidence.query
        lines, citations = [], []
        for clause in evidence.selected:
            if clause.annex_row is not None:
                quotes = [_task(clause)]
            elif evidence.exact:
                # the unit the question named, whole; its own unit note is given once, as the facts below
                quotes = [strip_unit_note(clause.text) if clause.units else clause.text]
            else:
                quotes = best_sentences(
                    clause.text,
                    query.text,
                    self.tokenizer,
                    want_numbers=spec_of(query.intent).wants_numbers,
                    several=bool(ASKS_SEVERAL.search(query.own_text)),
                    answer_line=answer_line,
                )
            facts = [f"责任单位：{'、'.join(clause.units)}"] if clause.units else []
            if clause.annex_row is not None and clause.deadline:
                facts.append(f"时间进度：{clause.deadline}")
            suffix = f"（{'；'.join(facts)}）" if facts else ""
            lines.append(f"{self._label(clause)}：{''.join(quotes)}{suffix}")
            citations.append(self._cite(clause, quotes))
        return lines, citations

    # ---- helpers ------------------------------------------------------------------------
    def _label(self, clause: Clause) -> str:
        return label_for(clause, self.documents_by_id[clause.doc_id])

    def _cite(self, clause: Clause, quotes: list[str]) -> Citation:
        return Citation.of(clause, self.documents_by_id[clause.doc_id], quotes)

    def _related_note(self, related: list[Clause], question: str) -> str:
        """What the documents do say instead: the nearest clause, named as related, never as support."""
        if not related:
            return ""
        labels = "、".join(self._label(c) for c in related[:2])
        said = related_line(related[0], question, self.tokenizer)
        what = f"{self._label(related[0])}讲的是“{said}”，" if said else ""
        return f"\n（供参考：{what}最接近的条款是 {labels}，但它们没有回答这个问题。）"


def _own_title(clause: Clause, task: str) -> str:
    """A clause's own title before its listed text (（一）加强组织领导。各地区…: the title is what a list of a chapter's
    clauses is read by), when the text shown does not open with it. An item (9. …) carries its clause's title, not
    its own, and an annex row its table's: neither is shown."""
    title = clause.clause_title
    if not title or clause.item is not None or clause.annex_row is not None or task.startswith(title):
        return ""
    return f"{title}。"


def _task(clause: Clause, topic: str | None = None, units: list[str] | None = None) -> str:
    """The task a clause assigns: an annex row's 工作任务, else its first sentence (or, when a
    topic is asked, its first sentence naming the topic; when units are shown, the first sentence
    naming one of them: 由财政部会同农业部研究 says who does what where no note lists them)."""
    if clause.annex_row is not None:
        return clause.text.split("；")[0]
    sentences = quotable_sentences(clause.text) or [clause.text]
    naming = [s for s in sentences if topic and topic in s]
    if units and not naming and not any(u in sentences[0] for u in units):
        naming = [s for s in sentences if any(u in s for u in units)]
    return (naming or sentences)[0].rstrip("。；;")


def _listed_task(clause: Clause, asked: Callable[[str], float] | None = None, budget: int = _LIST_TASK_CHARS) -> str:
    """A listed item as a reader needs it: its sentences up to `budget` characters (an item often
    says two things — 落实高新技术企业认定管理办法。落实企业研发费用税前加计扣除政策 — and a unit's
    list must show both), its unit notes left out (`quotable_sentences`); an annex row's 工作任务. With
    `asked` (a sentence's score for the question, `_sharing`), the sentence sharing most comes first
    among those kept, whatever its place (请各参会单位…提出…修改意见建议(行动内容、指标、责任单位) after a
    long opening), and the kept ones are shown in the clause's order."""
    if clause.annex_row is not None:
        return _task(clause)
    sentences = quotable_sentences(clause.text) or [clause.text]
    order = list(range(len(sentences)))
    if asked is not None:
        first = max(order, key=lambda i: (asked(sentences[i]), -i))
        order = [first, *(i for i in order if i != first)]
    kept = [order[0]]
    for i in order[1:]:
        if sum(len(sentences[k]) for k in kept) + len(sentences[i]) > budget:
            break
        kept.append(i)
    return "".join(sentences[i] for i in sorted(kept)).rstrip("。；;")


def _who(lead: list[str], supporting: list[str], units: list[str], written: dict[str, str], beside: str = "配合单位") -> str:
    """责任单位是：… , or the lead and supporting units apart when the text tells them apart; each unit as
    the clause writes it (`written`: lexicon.units.written_forms), the supporting ones by the text's own label
    (`beside`: lexicon.labels.support_label)."""
    supporting = supporting or [u for u in units if u not in lead]
    lead, supporting, units = ([written.get(u, u) for u in us] for us in (lead, supporting, units))
    if lead and supporting:
        return f"牵头单位是：{'、'.join(lead)}，{beside}是：{'、'.join(supporting)}"
    if not units:  # a clause shown beside others that name theirs: said to name none, not listed as 责任单位是：。
        return "责任单位未写明"
    return f"责任单位是：{'、'.join(units)}"
