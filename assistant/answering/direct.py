"""The direct answer: one line that fills the asked slot, put before the cited quotes.

A reader asking "how much" wants the amount first (最高不超过50万元), one asking "who" the
lead and supporting units, one asking "how long" the validity — not a verbatim clause to
read through. Each line is built from the chosen clauses' parsed facts (units, deadline,
money, targets) or their own words (the clause fragment that shares most with the question),
so it says nothing the cited clauses do not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from assistant.answering.intents import ASKS_ADDRESSEES, ASKS_BASIS, ASKS_DOC_NUMBER, CITES_BASIS, Slot, forwards_named
from assistant.answering.measures import (
    ASKS_CAP,
    ASKS_PERIOD,
    FRAGMENT_END,
    PERIOD_TEXT,
    SPAN_TEXT,
    asked_quantity,
    bare_date,
    dated_parts,
    gives_date,
    states_cap,
    states_span,
)
from assistant.corpus.metadata import meta_date
from assistant.corpus.model import Clause, Document, Money, Target
from assistant.corpus.pagetable import ASKABLE_ROWS, META_LABELS
from assistant.corpus.money import pick
from assistant.corpus.responsibility import Duty, author_of, bracketed, duties, labelled, without_notes
from assistant.lexicon.aspects import answers_aspect, asked_aspects, contact_runs
from assistant.lexicon.figures import figure_words
from assistant.lexicon.labels import UNITS_NOTE_RE, support_label
from assistant.lexicon.regions import PROVINCES, issuing_level, spoken_level, to_simplified
from assistant.lexicon.roles import Role, asked_roles, clause_roles
from assistant.lexicon.salutation import salutation
from assistant.lexicon.sentences import split_sentences
from assistant.lexicon.time import TIME_TEXT
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import find_units, of_asked_level, written_forms

_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元|\d+(?:\.\d+)?\s*%|[一二两三四五六七八九十百千]+万?元|百分之")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千]+(?:个|家|项|年|次|人|户|天|万)")
_VALIDITY = re.compile(r"有效期|施行|试行|起实施|起执行|实施期限|执行期限|执行至|实施至|延长至|之日起|暂定")
_QUOTED_NAME = re.compile(r"“([^”]{2,30})”|《([^》]{2,80})》")
#: a 文号 in brackets right after a quoted title: 《…》(桂政办发〔2016〕80号)
#: the 文号 after a cited name, in brackets or not, in either script (《…的通知》陜政辦發〔2018〕73號轉發你們)
_FOLLOWING_NUMBER = re.compile(r"\s*[（(]?([^（）()，。、,；;\s]{1,16}〔\d{4}〕\s*\d+\s*[号號])(?:[）)])?")
_MAX_LINE = 90
#: units a goal measures in (多少吨, 多少公里, 几个月): a figure asked in one is stated in it, whatever its order
#: of magnitude
MEASURE_UNIT_FORMS = {
    "吨": "吨|万吨|亿吨",
    "万吨": "万吨|亿吨|吨",
    "公里": "公里|千米|km",
    "亩": "亩|万亩",
    "万亩": "万亩|亩",
    "平方米": "平方米|㎡|m2",
    "立方米": "立方米|m3|万立方米|亿立方米",
    "小时": "小时|h",
    "个月": "个月|月",
}
#: the counting words a text may state an asked count with (几天 → 共7日, 几个人 → 5人, 几户 → 20家): 个 is the
#: general measure word, so a count of people, firms or items answers 几个
UNIT_FORMS = {
    "天": "天|日|个?工作日",
    "工作日": "个?工作日|天|日",
    "个工作日": "个?工作日|天|日",
    "个": "个|人|名|家|项|所|座|户|条|批|次|类|位|件|套",
    "人": "人|名|位",
    "家": "家|户|个",
    "户": "户|家",
    "项": "项|个|条",
    "名": "名|人|位",
    "位": "位|名|人",
    "条": "条|项|个",
    "份": "份|套",
    "套": "套|份",
    # an amount or a count in another order of magnitude is still the figure asked (多少万元 → 1.2亿元)
    "元": "元|万元|亿元",
    "万元": "万元|亿元|元",
    "亿元": "亿元|万元",
    "万": "万|亿",
    "亿": "亿|万",
    "%": "%|％",
    "分钟": "分钟|min",
    **MEASURE_UNIT_FORMS,
}
#: the salutation opening a document's text: 各市、县(市、区)人民政府,省政府直属各单位： / 马万祺副主席：
_ASKING_VERBS = frozenset(["达到", "实现", "提出", "要求", "多少", "多大", "是否", "能拿", "最多", "最高"])
#: words that open a listed case without naming it (当年首次列入…, 对初次认定为…)
_CASE_LEAD = re.compile(r"^(?:对|在|当年|年度|初次|首次|新|被|获|认定为|认定|评为|获评|列入|进入|突破|达到|超过)+")


def _shared(words, text: str) -> int:
    """How many characters of the asked words `text` holds (0: it names none of them)."""
    return sum(len(w) for w in words if w in text)


def _words(question: str, tokenizer: Tokenizer) -> set[str]:
    """The question's words that can tell two fragments apart: 达到 in 规模要达到多少 asks for the figure,
    it does not name it, and would pick whichever figure the text happens to write with 达到."""
    return {w for w in tokenizer.tokenize(question) if len(w) >= 2 and w not in _ASKING_VERBS}


def best_fragment(
    clauses: list[Clause],
    question: str,
    tokenizer: Tokenizer,
    must: re.Pattern[str] | None = None,
    avoid: Callable[[str], object] | None = None,
    limit: int | None = _MAX_LINE,
) -> str | None:
    """The comma-delimited fragment of the clauses that shares most (longest) words with the
    question, among those matching `must` and for which `avoid` is falsy; None when no fragment qualifies.
    Cut to `limit` characters (None: whole, for a caller that still searches it for `must`)."""
    words = _words(question, tokenizer)
    best: tuple[float, str] | None = None
    for clause in clauses:
        text = UNITS_NOTE_RE.sub("", clause.text)
        for fragment in (f.strip(" \n，,。；;：:") for f in FRAGMENT_END.split(text)):
            fragment = re.sub(r"\s+", "", fragment)
            if len(fragment) < 2 or (must is not None and not must.search(fragment)):
                continue
            if avoid is not None and avoid(fragment):
                continue
            score = _shared(words, fragment) - len(fragment) / 200
            if best is None or score > best[0]:
                best = (score, fragment)
    return best[1][:limit] if best else None


#: what a sentence written in the words of an asked aspect (lexicon.aspects) weighs against the question's
#: words: as much as two two-character words shared
ASPECT_WEIGHT = 4


def aspect_score(question: str, words: set[str]) -> Callable[[str], int]:
    """A text's score for the question: the characters of the question's `words` it holds, and
    `ASPECT_WEIGHT` for each aspect the question asks (条件, 方式, 来源 …) that the text is written in the
    words of."""
    aspects = asked_aspects(question)

    def score(text: str) -> int:
        return _shared(words, text) + ASPECT_WEIGHT * answers_aspect(text, aspects)

    return score


def content_line(clauses: list[Clause], question: str, tokenizer: Tokenizer, own: str | None = None) -> str | None:
    """The sentence that answers a question on what the clauses say: the one sharing most of the question's
    words, with the asked aspect's own words counting too (`aspect_score`: 要准备什么 → the sentence of 提供…
    材料, not the one restating 公示有异议). A whole sentence, not the fragment that repeats the topic (转制时在职
    人员按国家规定计算的连续工龄 without its 视同缴费年限); one longer than the line is cut to the fragments that
    fit, from the one scoring most onward (`_window`). A follow-up's `own` words come first (see `_own_words`).
    A contact asked (联系电话是多少) is answered by a contact line where the clauses print one, whatever the
    sentences around it share with the question's topic."""
    if _ASKS_HEADING.search(own or question) and (titled := next((c for c in clauses if c.clause_title), None)):
        return titled.clause_title  # 第一部分的标题是什么: the unit's own heading, not its first sentence
    words = _words(question, tokenizer)
    own_words = _own_words(own, tokenizer)
    score = aspect_score(question, words)
    texts = [UNITS_NOTE_RE.sub("", clause.text) for clause in clauses]
    contacts = [run for text in texts for run in contact_runs(question, text)]
    candidates = contacts or [s for clause, text in zip(clauses, texts) for s in [*run_in_heading(clause), *split_sentences(text)]]
    best: tuple[tuple[int, float], str] | None = None
    term = _DEFINED_TERM.search(own or question)
    defining = re.compile(rf"所称{re.escape(term.group(1))}\s*[,，]?\s*(?:是指|系指|指)") if term else None
    for sentence in candidates:
        sentence = re.sub(r"\s+", "", sentence).strip("，,。；;：:")
        if len(sentence) < 2:
            continue
        plain_sentence = to_simplified(sentence)
        # of contact lines, the one whose label the question says (联系电话是多少 → 电话:…, not 联系人:…)
        label = sentence.split(":")[0].split("：")[0] if contacts else ""
        # of definitions, the one of the term asked (所称农村饮用水,是指…, not 所称农村饮用水供水工程,是指…)
        value = (bool(label) and label in question, bool(defining and defining.search(plain_sentence)),
                 _shared(own_words, plain_sentence), score(plain_sentence) - len(sentence) / 200)
        if best is None or value > best[0]:
            best = (value, sentence)
    return _window(best[1], lambda f: score(to_simplified(f))) if best else None


#: a unit's heading asked (第一部分的标题是什么, 第二方面的题目叫什么)
_ASKS_HEADING = re.compile(r"第[一二三四五六七八九十\d]+(?:部分|方面|项|章|节|条|点)[^，。？?]{0,4}?的?(?:小?标题|题目)")
#: a term whose meaning a question asks as the text defines it (所称的农村饮用水指什么？)
_DEFINED_TERM = re.compile(r"所称的?([\u4e00-\u9fff]{2,20}?)(?:是指|指的是|指|是什么|什么意思)")


#: a heading that only titles what follows: one short phrase, no sentence punctuation, no figure
_TITLE_ONLY = re.compile(r"[^，,。；;：:！？!?\d]{2,16}")


def run_in_heading(clause: Clause) -> list[str]:
    """The first sentence of a numbered item the outline read as the item's heading (六、市政府实行市长负责制,…。
    副市长协助市长工作。: the text keeps only what follows): it is what the item says first, and may be all a
    question asks of it; a heading that only titles the item (二、试鸣范围) comes with the sentence it titles.
    Empty for a leaf under a heading of a wider unit, which speaks for all its leaves."""
    heading = clause.own_heading
    if heading is None:
        return []
    # a heading that only titles the item (二、试鸣范围) answers with what it titles (十堰主城区及各县(市、区)主城区)
    first = next(iter(split_sentences(UNITS_NOTE_RE.sub("", clause.text))), "")
    return [f"{heading}：{first}"] if _TITLE_ONLY.fullmatch(heading) and first else [heading]


def _own_words(own: str | None, tokenizer: Tokenizer) -> set[str]:
    """The words a follow-up says itself (那餐饮品牌开南昌首店呢？ after the reward for a brand's first shop): they
    pick among the sentences of the clause the conversation is on before the topic's words do, which name the
    sentence answered last. Empty for a first question."""
    return _words(own, tokenizer) if own else set()


def _window(sentence: str, score: Callable[[str], int]) -> str:
    """A sentence longer than the line: the fragment scoring most, then those after it, then those before it,
    while they fit."""
    if len(sentence) <= _MAX_LINE:
        return sentence
    fragments = [f for f in FRAGMENT_END.split(sentence) if f]
    at = max(range(len(fragments)), key=lambda i: (score(fragments[i]), -i))
    start, end = at, at + 1
    while end < len(fragments) and sum(map(len, fragments[start : end + 1])) <= _MAX_LINE:
        end += 1
    while start > 0 and sum(map(len, fragments[start - 1 : end])) <= _MAX_LINE:
        start -= 1
    return "".join(fragments[start:end]).strip("，,。；;：:")[:_MAX_LINE]


def _with_context(clause: Clause, fragment: str) -> str:
    """A fragment that is only a figure (50万元) reads better with the fragment before it."""
    if len(fragment) > 12:
        return fragment
    text = re.sub(r"\s+", "", UNITS_NOTE_RE.sub("", clause.text))
    at = text.find(fragment)
    # from the end of the fragment before it, whichever comma or stop the text writes (full-width or not)
    start = max(text.rfind(mark, 0, max(at - 1, 0)) for mark in "，,。；;：:") + 1 if at > 0 else 0
    return text[start : at + len(fragment)][:_MAX_LINE] if at >= 0 else fragment


def chinese_date(iso: str | None) -> str | None:
    try:
        day = date.fromisoformat(iso or "")
    except ValueError:
        return None
    return f"{day.year}年{day.month}月{day.day}日"


#: Words of a question that ask who, not what for: they tell no duty from another.
_WHO_WORDS = re.compile(r"部门|单位|机构|哪个|哪些|哪几|负责|牵头|配合|参与|谁|归口|主管")


def asked_duty(
    clause: Clause, question: str, tokenizer: Tokenizer, document: Document | None = None, focus: str = "",
) -> Duty | None:
    """The sentence of the clause that assigns the task the question asks about, with its own units.

    A clause may give several tasks to several bodies (区产促中心负责统筹评分…；各相关职能部门负责为企业
    评分；区产促中心会同区财政局确定奖励额度): the question's task words pick one. A bracket or label
    note (（区发改局牵头，区财政局配合）, 责任单位:X) is the whole clause's: its sentences are read without
    it, and one answers only where it gives its task to a body in prose and the question names that task
    (市人才工作领导小组负责…统筹协调 beside （牵头单位：市委组织部…）, see _ASSIGNS); else None, and the clause's own facts
    answer. None too when no sentence shares a task word with the question while several assign
    different bodies. `focus`, a follow-up's own words, may name a level of government alone (那县区的呢？): the
    sentence giving its task to that level's bodies answers."""
    text = to_simplified(clause.text)
    region = document.region if document else None
    note = labelled(text, region) or bracketed(text, region)
    noted = bool(note)
    if noted:  # a note names the clause's units; a prose sentence may still give one task to another body
        text = without_notes(text, region)
    author = author_of(document.title, document.issuer) if document else None
    addressee = document.addressee if document else None  # a reply's 你会 / 你厅
    found = [d for d in duties(text, region, author, addressee) if len(_BRACKETS.sub("", d.sentence)) > 6
             and (not noted or _ASSIGNS.search(d.sentence))]
    if not found:
        return None
    if focus and (by_level := level_duty(found, focus)) is not None:
        return by_level
    title = to_simplified(document.title or "") if document else ""
    # 大兴核心团队奖励，给企业打分的是哪些部门 of 大兴区核心团队奖励和服务办法: the title's words name the
    # document, not one of its tasks
    words = {w for w in _words(question, tokenizer) if not _WHO_WORDS.search(w) and w not in title}

    def score(sentence: str, units: list[str] = ()) -> int:
        for unit in units:
            sentence = sentence.replace(unit, "")
        return _shared(words, sentence)

    # 由谁审批 where each comma-part gives its own act to a body (由镇政府负责审批,财政分局负责资金监督及拨付): the
    # one body stated in the part the question asks (审批: a reviewer), whatever other words the question shares
    parts = asked_roles(question) & _ACTS
    acting = [d for d in found if parts & clause_roles(d.sentence)]
    if len(found) > 1 and acting and len({tuple(d.found.units) for d in acting}) == 1:
        return acting[0]
    scores = {id(d): score(d.sentence, d.found.units) for d in found}
    best = max(found, key=lambda d: scores[id(d)])
    top = scores[id(best)]
    ties = [d for d in found if scores[id(d)] == top and d.found.units != best.found.units]
    if len(found) > 1 and (top == 0 or ties) or (noted and top == 0):
        return None
    if noted and set(best.found.units) <= set(note.units):
        return None  # the prose names one of the note's own units (由各省…人民政府统筹 beside 负责部门：财政部…): the note answers
    taken = {d.sentence for d in found}
    if any(score(s) > top for s in re.split(r"(?<=[。；;\n])", text) if s.strip() and s.strip() not in taken):
        return None  # the question is about a sentence that assigns no one: the clause's facts answer
    return best


def level_duty(found: list[Duty], focus: str) -> Duty | None:
    """Of a clause's duties, the one whose bodies are all of the level `focus` names (县区民政部门按照各自权限负责…
    for 那县区的呢？ after 市民政局 answered), where exactly one set of bodies is."""
    matching = [d for d in found if d.found.units and of_asked_level(d.found.units, focus) == d.found.units]
    return matching[0] if len({tuple(d.found.units) for d in matching}) == 1 else None


_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
#: the parts a body plays by one act of a task (审批, 受理, 拨付, 监督), which one comma-part may give it alone
_ACTS = frozenset({Role.REVIEWER, Role.ACCEPTOR, Role.FUNDER, Role.SUPERVISOR})
#: Beside a note, a sentence gives its task to another body only in words of assignment (市人才工作领导小组
#: 负责…统筹协调); a step it names (区政府审查后办理土地登记) stays under the note's units.
_ASSIGNS = re.compile(r"负责(?!人|同志)|牵头|主管|承担|会同|统筹")


def role_units(
    clauses: list[Clause], question: str | None = None, tokenizer: Tokenizer | None = None,
    document: Document | None = None, focus: str = "",
) -> tuple[list[str], list[str], list[str], list[str]]:
    """The units of the task asked (the first clause's, or of the task its sentences give the question's
    body, `asked_duty`), as the clauses write them: (named, lead, supporting, every clause's). Lead and
    supporting are told apart only where the text does (牵头单位/配合单位, or the national form's first-listed
    lead); else both are empty or supporting is."""
    clause = clauses[0]
    duty = asked_duty(clause, question, tokenizer, document, focus) if question and tokenizer else None
    if duty is not None:
        named, lead, supporting = duty.found.resolved()
        every = named
    else:
        named, lead = clause.units, clause.lead_units
        supporting = clause.supporting_units or ([u for u in named if u not in lead] if lead else [])
        every = list(dict.fromkeys(u for c in clauses for u in c.units))
    written: dict[str, str] = {}
    for c in clauses:
        for unit, form in written_forms(c.text, document.region if document else None).items():
            written.setdefault(unit, form)
    named, lead, supporting, every = ([written.get(u, u) for u in us] for us in (named, lead, supporting, every))
    return named, lead, supporting, every


def units_line(
    clauses: list[Clause], role: str | None, question: str | None = None, tokenizer: Tokenizer | None = None,
    document: Document | None = None, focus: str = "",
) -> str:
    """Who leads and who supports when the clause says so (牵头单位/配合单位, or the first-listed
    lead of the national form); otherwise every responsible unit, saying the text does not tell
    the lead from the rest when that is what was asked. With the question, a clause that gives
    several tasks to several bodies answers with the units of the task asked about (`role_units`)."""
    named, lead, supporting, every = role_units(clauses, question, tokenizer, document, focus)
    units = "、".join(named)
    beside = support_label(to_simplified(clauses[0].text))  # 牵头单位:X;责任单位:Y names Y's part 责任单位
    if role == "supporting":
        return f"{beside}：{'、'.join(supporting)}" if supporting else f"文件没有写明配合单位；责任单位：{units}"
    if role == "lead":
        return f"牵头单位：{'、'.join(lead)}" if lead else f"文件没有区分牵头单位；责任单位：{units}"
    if lead and supporting:
        return f"牵头单位：{'、'.join(lead)}；{beside}：{'、'.join(supporting)}"
    return f"责任单位：{'、'.join(every)}"


def _cut(part: str, limit: int = _MAX_LINE) -> str:
    """A long part cut to the fragments that fit the line around its date: the date and the words
    before it, or after it when the date stands alone first (到2022年，建成…); a single fragment too
    long is cut so that it still ends with its date."""
    if len(part) <= limit:
        return part
    fragments = [f for f in FRAGMENT_END.split(part) if f]
    if bare_date(fragments[0]):
        kept = fragments[0]
        for fragment in fragments[1:]:
            if len(kept) + len(fragment) > limit:
                break
            kept += fragment
    else:
        dated = max((i for i, f in enumerate(fragments) if gives_date(f)), default=len(fragments) - 1)
        kept = fragments[dated]
        for fragment in reversed(fragments[:dated]):
            if len(fragment) + len(kept) > limit:
                break
            kept = fragment + kept
        if len(kept) > limit and (last := list(TIME_TEXT.finditer(kept))):
            kept = kept[max(last[-1].end() - limit, 0) :]
    return kept.strip("，,。；;：:")[:limit]


_DAY = r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底)?|(?:19|20)\d\d\s*年底?"
#: a date that ends a period: 自2019年10月14日至10月20日, 2025年5月31日—2025年6月30日, 5月底前, …为止
_END_DATE = re.compile(rf"(?:至|到|—|－|~|～|截止|截至)\s*(?:{_DAY})|(?:{_DAY})\s*(?:前|之前|以前|为止|止)")
#: a question asking when something ends (公示到哪天为止, 最晚什么时候前提, 延长到哪天)
_ASKS_END = re.compile(r"为止|最晚|最迟|截止|截至|到哪|到什么时候|什么时候前|之前|以前|结束")
#: a period, its start and its end (2021年5月1日至2022年4月30日), and a question asking both (从哪天到哪天, 起止时间)
_START_AND_END_DATE = re.compile(rf"(?:{_DAY})\s*(?:至|到|—|－|~|～)\s*(?:{_DAY})")
_ASKS_START_AND_END = re.compile(r"(?:哪天|哪一天|什么时候|何时|哪年|几月)[^，,。？?]{0,4}(?:到|至)(?:哪天|哪一天|什么时候|何时|哪年|几月)|起止|起讫")


def deadline_line(clause: Clause, question: str, tokenizer: Tokenizer) -> str | None:
    """The parsed 时间进度, unless the clause's text gives several dates and spans: then the sentence part
    naming the measure asked about, with its own date (降低单位医保缴费费率…实施到什么时候 → the 基本医疗
    保险 part's 2021年12月31日, not the 失业保险 part's 2022年4月30日 in the same clause). Parts are
    compared in simplified script, so a traditional-script clause answers a simplified question. A question
    asking when something ends (公示到哪天为止) is answered by a part whose date ends a period (公示期自2019年
    10月14日至10月20日) before one that only names its words (编制了2019年…资金项目计划); one asking a period's
    start and end (从哪天到哪天) by a part stating both (2021年5月1日至2022年4月30日实施…), before one
    stating only an end (原…政策实施至2021年4月30日)."""
    text = UNITS_NOTE_RE.sub("", clause.text)
    if clause.deadline and (clause.annex_row is not None or len(set(TIME_TEXT.findall(text))) <= 1):
        return f"时间进度：{clause.deadline}"
    words = _words(question, tokenizer)
    asks_end = bool(_ASKS_END.search(question))
    asks_start_and_end = bool(_ASKS_START_AND_END.search(question))

    def score(part: str) -> tuple[bool, bool, float]:
        said = to_simplified(part) + figure_words(part)  # 减半 asked of 下调…50%
        return (asks_start_and_end and bool(_START_AND_END_DATE.search(part)), asks_end and bool(_END_DATE.search(part)),
                _shared(words, said) - len(part) / 200)

    part = max(dated_parts(text), key=score, default=None)
    if part is not None:
        return _cut(part)
    return f"时间进度：{clause.deadline}" if clause.deadline else None


def addressees(opening: Clause | None) -> str | None:
    """Whom the document is addressed to: the salutation its text opens with (quoted as written),
    or None when the opening clause starts otherwise (a 决定 or a law has none)."""
    match = salutation(opening.text) if opening is not None else None
    return match.group(1) if match is not None else None


#: the date of the document asked beside another of its facts (用哪个文号、哪天印发的)
_ASKS_ISSUE_DATE = re.compile(r"哪一?天|日期|时间|什么时候|何时|落款|几月几")


def issue_line(document: Document, question: str, opening: Clause | None = None) -> str:
    """Each of the document's own facts the question asks — rows of its page (索引号), the addressees (from
    `opening`, the document's unnumbered first clause), 文号, the issuer, the date issued — one after the other
    (用哪个文号、哪天印发的 gets both); the date when it asks none of the others. The date is also quoted as
    the document writes it when that differs (一九九六年六月二十九日, 2014年02月23日): what a reader finds there."""
    lines = [f"{label}：{document.page_rows[label]}" if label in document.page_rows else f"文件页面没有写明{label}。"
             for label in ASKABLE_ROWS if label in question]  # 索引号是多少, 归在哪个主题分类
    if to_whom := ASKS_ADDRESSEES.search(question):
        named = addressees(opening)
        lines.append(f"主送：{named}" if named else "文件没有写明主送单位。")
    if ASKS_DOC_NUMBER.search(question):
        written = f"（原文：{'、'.join(document.number_written)}）" if document.number_written else ""
        lines.append(f"文号：{document.number}{written}" if document.number else "文件没有写明文号。")
    if not to_whom and re.search(r"机构|机关|单位|谁|部门", question):  # 发给了哪些单位 asks the addressees only
        lines.append(_issuer_line(document))
    if not lines or _ASKS_ISSUE_DATE.search(question):
        lines.append(_date_line(document, question))
    # one sentence: a fact said not stated (…没有写明索引号。) ends its own part only where it ends the answer
    return "；".join(line.rstrip("。") for line in lines) + ("。" if lines[-1].endswith("。") else "")


def _issuer_line(document: Document) -> str:
    if document.issuer:
        return f"发文机关：{document.issuer}"
    # a page crediting the text to a department (来源:辽阳市市场监管局) says who put it out, not who issued it
    return f"文件没有写明发文机关；页面注明来源：{document.page_source}。" if document.page_source else "文件没有写明发文机关。"


def _date_line(document: Document, question: str) -> str:
    when = chinese_date(document.date)
    # the date the page says it was published (发布时间:2025-01-07), quoted as the page writes it
    shown = meta_date(document.published)
    published = f"发布日期：{chinese_date(shown)}（页面：{document.published}）" if shown else None
    if not when:
        return published or "文件没有写明印发日期。"
    if shown == document.date and not document.date_written:  # the only date known is the page's stamp
        return published
    written = [w for w in document.date_written if w != when]
    line = f"印发日期：{when}" + (f"（原文：{'、'.join(written)}）" if written else "")
    return f"{line}；{published}" if published and re.search(r"发布|公布|上网", question) else line


def validity_line(clauses: list[Clause], document: Document | None, question: str, tokenizer: Tokenizer) -> str | None:
    parts = []
    if document is not None and document.validity_years:
        parts.append(f"有效期{document.validity_years:g}年")
    if document is not None and (until := chinese_date(document.expiry_date)):
        parts.append(f"至{until}")
    fragment = best_fragment(clauses, question, tokenizer, _VALIDITY)
    if fragment:
        parts.append(fragment)
    if document is not None and document.status:
        # the page's own row as printed beside it (时效性：失效 read as 已废止)
        row = next((f"{label}：{document.page_rows[label]}" for label in META_LABELS["status"] if label in document.page_rows), None)
        parts.append(f"文件状态：{document.status}" + (f"（页面标注“{row}”）" if row else ""))
    return "；".join(parts) or None


def _aligned_tier(money: Money, question: str) -> str | None:
    """分别给予10万元、30万元: the tier of the one listed case the question names (省级未来工厂 → its
    amount), when the cases listed before 分别 are as many as the tiers."""
    if len(money.tiers) < 2:
        return None
    before = re.sub(r"\s+", "", money.phrase).split("分别")[0]
    listing = [p for p in re.split(r"[，,]", before) if p][-1:] or [""]
    items = re.split(r"、", listing[0]) if "、" in listing[0] else re.split(r"和|及|或", listing[0])
    if len(items) != len(money.tiers):
        return None
    # the first case carries the words all cases share (年销售收入首次突破1000万元、2000万元…): keep its own part
    items[0] = items[0][-(max(map(len, items[1:])) + 2) :]
    items = [_CASE_LEAD.sub("", item.removesuffix("的")) or item for item in items]
    # the share of each case the question repeats: 1亿元 whole beats 突破 of 突破1000万元
    shared = [k / len(item) if (k := _longest_common(item, question)) >= 2 else 0.0 for item in items]
    best = max(shared)
    if not best or shared.count(best) > 1:
        return None
    i = shared.index(best)
    return f"{items[i]}：{money.tiers[i]:g}{money.unit}"


def _longest_common(a: str, b: str) -> int:
    return max((k for i in range(len(a)) for k in range(1, len(a) - i + 1) if a[i : i + k] in b), default=0)


def _money_text(money: Money) -> str:
    """The money phrase, cut to the part that states the figure when it is long."""
    phrase = re.sub(r"\s+", "", money.phrase)
    if len(phrase) <= _MAX_LINE:
        return phrase
    figure = f"{money.value:g}{money.unit}{money.high:g}" if money.kind == "ratio" and money.high is not None else (
        f"{money.value:g}{money.unit}" if money.value is not None else "")
    at = phrase.find(figure) if figure else -1
    if at < 0:
        return phrase[:_MAX_LINE]
    start = max(phrase.rfind("，", 0, at), phrase.rfind(",", 0, at)) + 1
    end = min((i for i in (phrase.find("，", at), phrase.find(",", at)) if i >= 0), default=len(phrase))
    return phrase[start:end][:_MAX_LINE]


def amount_line(clauses: list[Clause], question: str, tokenizer: Tokenizer, own: str | None = None) -> str | None:
    """The money fact (or money fragment) of the measure the question names: the band that holds a
    figure it states (`corpus.money.pick`: 92分 → 90分-94分的), the tier of the case it names
    (省级未来工厂), else the most words shared, a follow-up's `own` words first (see `_own_words`)."""
    words = _words(question, tokenizer)
    own_words = _own_words(own, tokenizer)
    kind = asked_quantity(question)
    if kind in ("period", "date") and (
        fragment := best_fragment(clauses, question, tokenizer, PERIOD_TEXT if kind == "period" else TIME_TEXT)
    ):
        return _with_context(clauses[0], fragment)  # 贴息期限最长多久: the span the text states, no money
    facts = [(m, c) for c in clauses for m in c.money]
    if kind == "rate" and any(_is_share(m) for m, _ in facts):
        facts = [(m, c) for m, c in facts if _is_share(m)]  # 按什么比例: the rate or ratio, not the cap beside it
    if facts:
        # a figure the question states, in a band; a follow-up's own figure first (要是只建了300亩呢？ after 600亩)
        if picked := (own and pick([m for m, _ in facts], own)) or pick([m for m, _ in facts], question):
            money, value = picked
            text = _with_duration(_money_text(money), money, question)
            return f"{value:g}{money.unit}（{text}）"[: _MAX_LINE + 20] if value is not None else text

        # asked a cap (最多能拿多少), a fact stating one goes before an equally named amount or rate
        cap = bool(ASKS_CAP.search(question))
        # a share whose payer the question names (中央财政给每个村多少: 中央财政资金30万元) before the sum the sentence
        # opens with (每个村不低于100万元), which every share of it is written beside
        # a follow-up's own words name a payer first (那省级呢？ after 中央财政出多少: 省级财政资金50万元)
        money, clause = max(facts, key=lambda item: (_shared(own_words, item[0].source or ""), _money_share(item[0], own_words),
                                                     _shared(words, item[0].source or ""), _money_share(item[0], words),
                                                     cap and states_cap(item[0])))
        text = _with_duration(_money_text(money), money, question)
        tier = _aligned_tier(money, question)
        return f"{tier}（{text}）"[: _MAX_LINE + 20] if tier else _with_context(clause, text)[:_MAX_LINE]
    fragment = best_fragment(clauses, question, tokenizer, _MONEY)
    return _with_context(clauses[0], fragment) if fragment else None


def _is_share(money: Money) -> bool:
    """A fact that answers 按什么比例: a rate or range in % or ‰, or a ratio (1:1的比例配套)."""
    return money.kind == "ratio" or money.kind in ("rate", "range") and money.unit in ("%", "‰")


def _with_duration(text: str, money: Money, question: str) -> str:
    """The money line with the span the money is given for (连续5年) when the question asks a period too
    (能奖几年？前两年按多少比例奖) and the line does not already say it."""
    duration = re.sub(r"\s+", "", money.duration or "")
    return f"{text}（{duration}）" if duration and ASKS_PERIOD.search(question) and duration not in text else text


def _money_share(money: Money, words: set[str]) -> int:
    return _shared(words, re.sub(r"\s+", "", f"{money.phrase}{money.beneficiary or ''}{money.condition or ''}"))


def number_line(clauses: list[Clause], question: str, tokenizer: Tokenizer, unit: str | None, own: str | None = None) -> str | None:
    """The target (or numbered fragment) the question names. A figure asked without a unit (奖励企业多少) that a
    money statement of the clauses names better than any target (当年认定为省级首版次软件的产品，一次性奖励企业
    50万元, beside targets read from the clause's other sentences) is that statement's amount. Where the turn
    names a year (`own`, a follow-up's own words: 那2026年呢？), a target of that year comes first."""
    if states_span(question, "".join(c.text for c in clauses)) and (
        fragment := best_fragment(clauses, question, tokenizer, SPAN_TEXT)
    ):
        return _with_context(clauses[0], fragment)  # 规划期多长: the span of years the text states (2016~2020年)
    words = _words(question, tokenizer)
    targets = [t for c in clauses for t in c.targets if not unit or t.unit.endswith(unit)]
    head = _ASKED_HEAD.search(question)
    head = head if head and head.group(1) not in _ASKING_VERBS else None  # 规模要达到多少: 达到 asks, names nothing
    year = _one_year(own) or _one_year(question)
    rate = bool(_ASKS_RATE.search(question))  # 治理率要达到多少: a percentage, not the count beside it
    best = max(targets, key=lambda t: (year is not None and t.year == year, rate and t.unit == "%",
                                       _counts_head(t, head.group(1)) if head else False,
                                       _shared(words, t.phrase + t.measure)), default=None)
    target_share = _shared(words, best.phrase + best.measure) if best else 0
    if not unit and any(_money_share(m, words) > target_share for c in clauses for m in c.money):
        return amount_line(clauses, question, tokenizer)
    if unit in ("%", "‰") and not target_share and any(m.unit == unit for c in clauses for m in c.money):
        return amount_line(clauses, question, tokenizer)  # a rate of support asked (前两年按多少比例奖): its money reading
    if target_share:
        return best.phrase[:_MAX_LINE]
    # a count in numerals too (一式三份, 两批)
    count = r"(?<![\d.月])\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+"
    pattern = re.compile(rf"(?:{count})\s*(?:{UNIT_FORMS.get(unit, re.escape(unit))})") if unit else _NUMBER
    fragment = best_fragment(clauses, question, tokenizer, pattern)
    return _with_context(clauses[0], fragment) if fragment else None


_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\d)")


_ASKS_RATE = re.compile(r"[\u4e00-\u9fff]率|比例|比重|占比|百分之?几")


def _one_year(text: str | None) -> int | None:
    """The one year `text` names, None where it names none or several."""
    years = set(_YEAR_NAMED.findall(text or ""))
    return int(years.pop()) if len(years) == 1 else None


#: the word a count is asked of, right before its asking (取消了多少项, 新增几个): 取消, 新增
_ASKED_HEAD = re.compile(r"([\u4e00-\u9fff]{2})(?:了|的|有|是|为|共|一共|总共)*(?:多少|几)")


def _counts_head(target: Target, head: str) -> bool:
    """The target's figure is written right after the asked word (其中,取消8项 for 取消了多少项), not after
    another that the phrase also holds (决定取消、调整…事项27项: the total)."""
    return re.search(re.escape(head) + r"[了共计为]?\s*" + re.escape(target.value), target.phrase) is not None


def name_line(clauses: list[Clause], question: str, tokenizer: Tokenizer, own: str | None = None) -> str | None:
    """The quoted name (“…” or 《…》, with the 文号 that follows it) that shares most with the
    question: 依据了自治区办公厅哪份文件 picks the 办公厅's document among those a sentence cites, and a
    follow-up naming a level alone (`own`: 省里的呢？ after 依据了国务院办公厅哪份文件) the one that level issued."""
    fragment = best_fragment(clauses, question, tokenizer, _QUOTED_NAME, limit=None)
    if fragment is None:
        return None
    words = _words(question, tokenizer)
    names = list(_QUOTED_NAME.finditer(fragment))

    basis = bool(ASKS_BASIS.search(question))
    #: provinces the question names (它依据的云南省文件是哪一个): a name its issuer's province opens is the one asked
    provinces = [p for p in PROVINCES if p in question]
    level = (own and spoken_level(own)) or spoken_level(question)  # the follow-up's own level first

    def score(match: re.Match[str]) -> tuple[bool, float]:
        said = fragment[max(match.start() - 12, 0) : match.start() + 14]  # who issued it: before and opening the name
        rests_on = basis and (CITES_BASIS.search(fragment[max(match.start() - 10, 0) : match.start() + 1])
                              or forwards_named(fragment, match.end()))
        provincial = any((match.group(1) or match.group(2) or "").startswith(p) for p in provinces)
        of_level = level is not None and issuing_level(match.group(1) or match.group(2) or "") is level
        return of_level, _shared(words, said) + (3 if rests_on else 0) + (2 if provincial else 0) - match.start() / 1000

    match = max(names, key=score)
    name = match.group(1) or match.group(2)
    number = _FOLLOWING_NUMBER.match(fragment, match.end())
    named = f"《{name}》" if match.group(2) else name
    line = f"名称：{named}" + (f"（{number.group(1)}）" if number else "")
    if len(fragment) > len(match.group(0)) + 2 and len(fragment) <= _MAX_LINE:
        line += f"（{fragment}）"
    return line[: _MAX_LINE + 20]


_FIGURE_TEXT = re.compile(rf"{_NUMBER.pattern}|{_MONEY.pattern}|\d")


def _would_answer(fragment: str) -> bool:
    """A fragment that states a figure or names a body (省政府办公厅、省财政厅牵头): quoted beside a decline it
    would read as the answer the documents were just said not to give."""
    return bool(_FIGURE_TEXT.search(fragment) or find_units(fragment))


def related_line(clause: Clause, question: str, tokenizer: Tokenizer) -> str | None:
    """What a related clause says on the topic, without any figure or body (a figure of a neighbouring
    measure, or the units of a neighbouring task, must never read as the answer)."""
    return best_fragment([clause], question, tokenizer, avoid=_would_answer)


def direct_line(
    slot: Slot,
    clauses: list[Clause],
    question: str,
    tokenizer: Tokenizer,
    *,
    document: Document | None = None,
    role: str | None = None,
    unit: str | None = None,
    own: str | None = None,
) -> str | None:
    """The one line that fills `slot` from `clauses`, or None when only the quotes can answer; `own`: a
    follow-up's own words, beside the `question` it was resolved to."""
    if slot is Slot.ISSUE and document is not None:
        return issue_line(document, question, clauses[0] if clauses else None)
    if not clauses:
        return None
    if slot is Slot.UNITS and any(c.units for c in clauses):
        return units_line([c for c in clauses if c.units], role, question, tokenizer, document, own or "")
    if slot is Slot.DEADLINE:
        return deadline_line(clauses[0], question, tokenizer)
    if slot is Slot.VALIDITY:
        return validity_line(clauses, document, question, tokenizer)
    if slot is Slot.AMOUNT:
        return amount_line(clauses, question, tokenizer, own)
    if slot is Slot.YEAR:
        fragment = best_fragment(clauses, question, tokenizer, _YEAR)
        return fragment or (f"时间进度：{clauses[0].deadline}" if clauses[0].deadline else None)
    if slot is Slot.NUMBER:
        return number_line(clauses, question, tokenizer, unit, own)
    if slot is Slot.NAME:
        return name_line(clauses, question, tokenizer, own) or content_line(clauses, question, tokenizer, own)
    return content_line(clauses, question, tokenizer, own)
