"""A conversation: turns kept in order, follow-ups resolved against earlier turns.

Follow-ups (那浙江呢？ / 它的责任单位有哪些？ / 还有别的吗？) carry no topic of their
own, so the previous turn's topic, scope, units and intent fill the gaps; a
"还有别的" follow-up also skips clauses already shown in this topic.

A follow-up may also *designate* a clause through the previous answer (`designate`):
an item of its list (第三项, 最后那个, 其中…那项), a sibling item of the clause it cited
(同一条第二项), a clause of the cited document by its number (第十五条), or the cited
clause's counterpart in the document this turn names (国家层面对应的是哪条？ — the library's
`Counterparts`). The designated clauses become the turn's focus, and a question about
their content is searched by their own text, so they rank first.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.answering.answer import Answer
from assistant.answering.composer import COMPLETE_LIST
from assistant.answering.headings import MAX_LEAVES
from assistant.answering.intents import (
    ASKS_BASIS,
    INTENT_SPECS,
    Intent,
    Slot,
    slot_spec,
    spec_of,
    units_role,
)
from assistant.answering.question import (
    OF_DOCUMENT,
    ORDINAL,
    REFERRING,
    Query,
    government_names,
    is_follow_up,
    merge_follow_up,
    ministries_named,
    own_runs,
    place_scope,
    understand,
    unit_governments,
    validate_date,
    validate_question,
)
from assistant.citations import Citation
from assistant.config import Settings
from assistant.corpus.markers import inner_items
from assistant.corpus.model import Clause, Document
from assistant.errors import InvalidQuestionError
from assistant.index.counterparts import MIN_SCORE, Counterparts, task_text
from assistant.index.lookup import label_beyond, labelled_units, names_a_label
from assistant.lexicon.figures import PRIZE_RANK
from assistant.lexicon.regions import PROVINCIAL_SCOPE_RE, as_simplified, spoken_level
from assistant.lexicon.units import canonical_unit, of_asked_level
from assistant.subject_match import coverage, pairs, unwritten_run, writes

if TYPE_CHECKING:  # LangChain's OpenAI client is only needed when the LLM mode is on
    from assistant.answering.llm import QuestionRewriter

#: a turn led by a pronoun for what the previous answer named (它的职责, 其主要任务, 该部门要做什么)
_PRONOUN_LED = re.compile(r"^(?:它|其|该(?:部门|单位|机构|机关|项目)|这个(?:部门|单位|机构|项目))")
#: the money the last answer stated, by a demonstrative (这笔钱能用来干什么？ after 给予15万元至50万元的资金奖励)
_THAT_MONEY = re.compile(r"^(?:那)?这笔(?:钱|资金|奖金|奖励|补贴|补助|经费|款)")
_MORE = re.compile(r"还有别的|还有其他|还有吗|其他的?呢|更多|别的呢|还有哪些")


def _number(numeral: str) -> int:
    """二 → 2, 12 → 12 (the ordinals a follow-up uses to pick an item of a list)."""
    if numeral.isdigit():
        return int(numeral)
    digits = "一二三四五六七八九"
    if numeral == "十":
        return 10
    return digits.index(numeral) + 1 if numeral in digits else 0


#: 最后那个 / 最后一项 / 倒数第二个: an item counted from the end of the previous list
_FROM_END = re.compile(r"最后(?:那|一)?[个项条]?|倒数第([一二三四五六七八九十]|\d{1,2})[个项条]")
#: 同一条第二项 / 这一条的第三项: an item of the clause just cited, not of the list shown
_SAME_CLAUSE = re.compile(r"(?:同一|这一|该|本|这)条")
#: 第十五条 / （十五）: a numbered clause of the document just cited
_CLAUSE_NUMBER = re.compile(r"第([一二三四五六七八九十]{1,3})条|[（(]([一二三四五六七八九十]{1,3})[)）]")
#: a follow-up naming a part of the document (第一部分第1项, 第二部分): the document's own numbering, not the answer's list
_NAMES_A_PART = re.compile(r"第[一二三四五六七八九十]+部分")
#: a follow-up asking for the counterpart itself (国家层面对应的是哪条, 浙江怎么落实的)
_ASKS_COUNTERPART = re.compile(r"对应|落实|类似|相应|同样的|哪一?[条项]|怎么(做|办|执行|推进)")
#: asking the units of one task (还有哪些省级部门参与): the responsibility pattern, or a unit word a few characters
#: after 哪些/哪个
_ASKS_UNITS = re.compile(
    rf"{next(s.pattern.pattern for s in INTENT_SPECS if s.intent is Intent.RESPONSIBILITY)}"
    r"|哪[些个几][^，。？?]{0,4}(部门|单位)|参与|协助"
)
#: a deadline asked beside the units (…牵头的？时间怎么定的？): the deadline pattern, or 时间 asked of
_ASKS_DEADLINE_TOO = re.compile(
    rf"{next(s.pattern.pattern for s in INTENT_SPECS if s.intent is Intent.DEADLINE)}|时间(怎么|如何|是|为)|什么时间|几时"
)


#: how many characters after (or before) a province, level or issuer word the conversation's documents must write
#: with it for the word to be part of a name of theirs (安徽工业 of 安徽工业精品企业, 省级制 of 省级制造业创新中心)
_WRITTEN_AFTER = 2
_CJK_SPAN = re.compile(r"[\u4e00-\u9fff]+")
#: words as a text lists them (空港、南沙、黄埔): a place word with its neighbours in the list is that text's too
_LISTED_SPAN = re.compile(r"[\u4e00-\u9fff、]+")
#: the characters of a head word two subjects contrasted in a conversation share (国家标准/国际标准, 工业企业/商贸企业)
_HEAD = 2


#: words saying that this turn is about one item of the previous answer
_DESIGNATES = re.compile(r"其中|[那这该此][一个]?[项条个]")


#: the shortest run of a turn's own words that names a listed item alone (光伏 of 其中光伏那个试点)
_NAMING_RUN = 2
#: how much longer than a short form (个税) the words it abbreviates may be in the item (个人所得税)
_SHORT_FORM_SPREAD = 3
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _shortened_in(short: str, text: str) -> bool:
    """Whether `text` writes out the short form `short` (个税 → 个人所得税, 营改增 → 营业税改增值税): its
    characters in order, first to last within `_SHORT_FORM_SPREAD` times its length, not side by side."""
    if short in text:
        return False
    for start in (i for i, ch in enumerate(text) if ch == short[0]):
        pos = start + 1
        for ch in short[1:]:
            pos = text.find(ch, pos, start + _SHORT_FORM_SPREAD * len(short))
            if pos < 0:
                break
            pos += 1
        else:
            return True
    return False


def _named_item(text: str, shown: list[Clause]) -> Clause | None:
    """The one listed clause sharing the longest run with this turn's own words, once the phrases that
    only ask something (哪些部门, 什么时候) and point (其中, 那个) are taken out: a run of 3+ characters,
    or of 2 (光伏) that no other listed clause shares as long; failing that, the one clause that writes out
    a short form the turn uses (个税 → 个人所得税). None when nothing names one clause alone."""
    # short forms are read before the asking phrases go (税 of 个税 is a word that asks about support)
    short_forms = _CJK_RUN.findall(_DESIGNATES.sub("，", text))
    for spec in INTENT_SPECS:
        if spec.pattern is not None:
            text = spec.pattern.sub("，", text)
    text = _DESIGNATES.sub("，", text)

    def longest(clause: Clause) -> int:
        best = 0
        for start in range(len(text)):
            while start + best < len(text) and text[start : start + best + 1] in clause.text:
                best += 1
        return best

    runs = sorted(((longest(c), i) for i, c in enumerate(shown)), reverse=True)
    if runs[0][0] >= _NAMING_RUN and (len(runs) == 1 or runs[1][0] < runs[0][0]):
        return shown[runs[0][1]]
    if runs[0][0] >= 3:
        return None  # a tie on a real run: the turn names no one item
    writing_out = [c for c in shown if any(_shortened_in(w, c.text) for w in short_forms)]
    return writing_out[0] if len(writing_out) == 1 else None


def _picked(text: str, shown: list[Clause], clauses: dict[str, Clause]) -> list[Clause] | None:
    """第三项 / 最后那个 / 倒数第二个 of the previous answer's list; 第N项 beyond that list (or 同一条第N项)
    is item N of the clause it cited."""
    # what a reader counts in is the main document's clauses: a second document's clause quoted beside them (600个
    # 省级重点产业项目 beside another text's 技术改造 clause) is no item of the list
    shown = _items_of([c for c in shown if c.doc_id == shown[0].doc_id])
    if (end := _FROM_END.search(text)) is not None:
        n = _number(end.group(1)) if end.group(1) else 1
        return [shown[-n]] if 0 < n <= len(shown) else None
    ordinal = ORDINAL.search(text)
    if ordinal is None:
        return None
    n = _number(ordinal.group(1))
    if n <= 0:
        return None
    if n <= len(shown) and not _SAME_CLAUSE.search(text) and len(shown) > 1:
        return [shown[n - 1]]
    main = shown[0]

    def beside(c: Clause) -> bool:  # under the same heading: a clause's items, or a chapter's (一1, 一2 …)
        return c.doc_id == main.doc_id and c.chapter == main.chapter and c.clause == main.clause and c.annex_row is None

    one_clause = all(beside(c) for c in shown)
    if main.clause is None and main.item is None or not (one_clause or _SAME_CLAUSE.search(text)):
        return [shown[n - 1]] if n <= len(shown) else None
    sibling = [c for c in clauses.values() if beside(c) and str(c.item) == str(n)]
    return sibling[:1] or ([shown[n - 1]] if n <= len(shown) else None)


#: a heading is named by a question when it holds at least this many of the two-character runs of its words
_HEADING_RUNS = 3


def _item_under_named_heading(text: str, query: Query, documents: list[Document]) -> Clause | None:
    """常态化疫情防控第一项的责任单位是谁: item N under the heading the words before the ordinal name (一、抓好常态化
    疫情防控…), in the document the question names — a first question picks an item by its place too. None
    when no heading, or more than one, is named best."""
    ordinal = ORDINAL.search(text)
    if ordinal is None or not query.doc_ids or len(query.doc_ids) > 2 or (n := _number(ordinal.group(1))) <= 0:
        return None
    before = re.sub(r"[^\u4e00-\u9fff]", "", text[: ordinal.start()])
    runs = {before[i:i + 2] for i in range(len(before) - 1)}
    under: dict[tuple[str, str | None, str | None], list[Clause]] = {}
    headings: dict[tuple[str, str | None, str | None], str] = {}
    for document in (d for d in documents if d.doc_id in query.doc_ids):
        for c in document.clauses:
            if c.item is not None and c.annex_row is None:
                key, heading = (c.doc_id, c.chapter, c.clause), c.clause_title or (c.chapter if not c.clause else None)
            elif c.clause is not None and c.item is None and c.annex_row is None:
                key, heading = (c.doc_id, c.chapter, None), c.chapter
            else:
                continue
            if heading:
                under.setdefault(key, []).append(c)
                headings[key] = heading
    scored = sorted(((sum(r in headings[k] for r in runs), k) for k in under), key=lambda s: s[0], reverse=True)
    if not scored or scored[0][0] < _HEADING_RUNS or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    items = under[scored[0][1]]
    return items[n - 1] if n <= len(items) else None


def _items_of(shown: list[Clause]) -> list[Clause]:
    """The items a reader counts in a list: a heading's own text shown before its numbered items (二（二） 科技创新
    人才行动计划…实施如下重点项目 before 9.… 10.… 11.…) introduces them and is not the first of them."""
    head, rest = shown[0], shown[1:]
    if len(rest) >= 2 and head.item is None and head.annex_row is None and all(
        c.doc_id == head.doc_id and c.chapter == head.chapter and c.clause == head.clause and c.item for c in rest
    ):
        return rest
    return shown


def _listed_by_number(text: str, shown: list[Clause]) -> Clause | None:
    """第三条由哪些单位负责, after a list of the numbered items of one heading (（二十二）1–4, its own text
    shown first or not) or of the clauses of one chapter (五（一）–五（三）): the third of them, as the reader
    counts the list just shown — not clause （三） of the document."""
    match = _CLAUSE_NUMBER.search(text)
    if match is None or match.group(1) is None or len(shown) < 2:
        return None
    shown = _items_of(shown)
    main = shown[0]
    items = all(c.doc_id == main.doc_id and c.clause == main.clause and c.item and c.annex_row is None for c in shown)
    # or the clauses of one chapter (五（一）…五（三） of 强化保障措施): the third is 五（三）, not the document's 三
    clauses = all(
        c.doc_id == main.doc_id and main.chapter and c.chapter == main.chapter and c.clause and c.item is None
        and c.annex_row is None for c in shown
    ) and len({c.clause for c in shown}) == len(shown)
    if not (items or clauses):
        return None
    n = _number(match.group(1))
    return shown[n - 1] if 0 < n <= len(shown) else None


def _numbered_clause(text: str, shown: list[Clause], query: Query, documents: list[Document]) -> list[Clause] | None:
    """那第十五条里… / 第三条怎么规定的 / 第二部分讲的什么: the unit of that label in the document this turn or the
    previous answer is about, looked up as a cited label is (`index.lookup`): the document just cited first — a
    conversation about one of a province's texts asks its 第二条, whatever other texts of the province number so."""
    cited = [d for d in documents if d.doc_id == shown[0].doc_id]
    docs = query.doc_ids or {shown[0].doc_id}
    return labelled_units(text, cited) or labelled_units(text, [d for d in documents if d.doc_id in docs]) or None


#: a part asked by its place in a sequence the last answer counted (第二步, 第三个环节, 第一阶段)
_STEP_ORDINAL = re.compile(r"第([一二三四五六七八九十]|\d{1,2})个?(步骤|步|环节|阶段|方面)")
#: the kind of part each word names (步 and 步骤 are one kind)
_PART_KIND = {"步骤": "步", "步": "步", "环节": "环节", "阶段": "阶段", "方面": "方面"}
#: entries a clause counts after naming them (A、B、C三个步骤 / A、B和C等三个环节)
_COUNTED_RUN = re.compile(r"(?P<run>[^，,。；;：:]+?)等?(?P<n>[一二两三四五六七八九十])个?(?P<kind>步骤|步|环节|阶段|方面)")
#: a turn asking the Nth of the names a clause lists (第二家是哪家？ after 分别为:A公司、B公司、C公司,共3家企业)
#: (家, 位, 户, 所 count names; 第二项 / 第二个 point at the last answer's items, `_designated`)
#: a document pointed at by its kind (这个方案, 该办法, 这份通知, 此文件): the one the conversation is about
_POINTED_DOCUMENT = re.compile(r"(?:这个|这份|这一|这项|该|此|本)(方案|办法|意见|通知|规定|细则|计划|条例|措施|要点|规划|决定|文件|政策)")
_ANY_KIND = ("文件", "政策")
_ENTRY_ORDINAL = re.compile(r"第([一二三四五六七八九十]|\d{1,2})(家|所|位|户)")
#: names a clause lists after 分别为 / 名单为 / 依次为, each apart (、), and the count that may close them (共3家)
_NAMED_RUN = re.compile(
    r"(?:分别为|分别是|依次为|名单为|名单如下)[:：]?(?P<run>[^，,。；;：:]+、[^，,。；;：:]+)"
    r"(?:[，,]?(?:共计?|等)(?P<n>\d{1,2}|[一二两三四五六七八九十]+)(?:家|个|项|所|位|名|户))?"
)
#: what opens an enumeration, before its first entry (具体包括, 分为)
_RUN_OPENING = re.compile(r"^.*?(?:具体包括|主要包括|包括|分为|分成|依次为|即)")
#: the word joining an enumeration's last two entries
_LAST_JOINED = re.compile(r"以及|和|及")
#: a turn asking which of the last answer's entries are of a place (其中浙江的是哪几个, 哪几个在浙江)
_AMONG = re.compile(r"其中|哪几个在|哪些在|哪几个是|哪些是")
#: asking which entries (哪几个, 哪些), not a figure of them (其中浙江省财政出多少)
_WHICH_ONES = re.compile(r"哪几|哪些|哪个|有哪|是哪")
#: where a list's entries end (天津市、辽宁沈阳、浙江杭州) and how long one may be
_ENTRY_END = re.compile(r"[、，,；;。：:\n]|和|及")
#: how an addressee line is introduced in an answer, and what ends each addressee in it (a 、 joins the kinds of one
#: addressee: 各省、自治区、直辖市林业厅(局))
_ADDRESSEES = "主送："
_ADDRESSEE_END = re.compile(r"[，,；;]")
#: the most characters a shortened name may skip of the name it stands for (新疆兵团: 新疆生产建设兵团林业局)
_SPELLING_GAP = 8


def _spelled_in(short: str, name: str) -> bool:
    """Whether `name` writes the characters of `short` in order, skipping few between them (森工集团 in 大兴安岭森工
    (林业)集团公司): the way a name is shortened in speech."""
    at, skipped = name.find(short[0]), 0
    if at < 0:
        return False
    for char in short[1:]:
        nxt = name.find(char, at + 1)
        if nxt < 0:
            return False
        skipped += nxt - at - 1
        at = nxt
    return skipped <= _SPELLING_GAP
_ENTRY_MAX = 16
#: how many entries a text must enumerate to be a list
_LIST_MIN = 3
#: how many clauses naming a subject a "not stated" answer shows as related
_RELATED_SHOWN = 3
#: an unwritten run of a follow-up's subject makes it unsaid when it is at least this fraction of it (1/3)
_UNSAID_SHARE = 3
#: what frames a bare follow-up (那…呢？, 还有…吗) beside the subject it names
_FRAME = re.compile(
    r"^(?:那么|那|还有|另外|再|至于|要是|如果|假如)?(?:对于|关于|针对|对(?!口|外|接|标))?|[呢吗么啊]|[，。？！?!、\s“”‘’\"《》]|的|里|也|又|方面|这块|那块|情况"
    r"|了(?=[呢吗么啊，。？！?!\s]*$)"  # 那新增了多少？: the particle closing the asking, no part of the subject
)
#: a turn that only names a subject and leaves the asking to the previous turn (那国际标准呢？, 要是行业标准呢)
_ONLY_NAMES = re.compile(r"呢[？?！!。\s]*$")
#: a subject of its own: three or more word characters, with the figures that name it (出口额前6位的一等奖), but not
#: a year (2017年的呢 asks the same of another year) nor a quantity (只建了300亩呢, 投入5000万元以上的呢: the same
#: measure at another size, for its band or tier)
_OWN_WORDS = re.compile(
    r"(?!.*(?:19|20)\d\d)(?!.*\d\s*(?:亩|万?元|亿元|人|名|户|家|吨|平方米|%|倍|年|个?月|天|日))"
    r"(?=(?:.*?[\u4e00-\u9fffA-Za-z]){3})[\u4e00-\u9fffA-Za-z0-9.%]{3,}"
)

#: how much of a designated clause a content question is searched by: enough to rank it first
_OPENING = 40
#: characters a follow-up keeps, once it is stripped of asking and pointing words, to have a subject of its own
_OWN_SUBJECT = 4
#: what says nothing of a subject: punctuation, asking and pointing words
_BARE = re.compile(
    r"[，。？！?!、\s]|讲的是|说的是|是什么|什么|内容|怎么样|哪些|哪个|哪项|那|这|呢|吗|的|里|其中|[个项条]"
    r"|任务|措施|工作|事项|要求|规定|文件|国家|省里|地方|是|有"
)


#: how close to the best counterpart's score another clause of its document must be to be chosen for naming
#: what the conversation asked about: a near tie, where the similarity of whole clauses does not decide
_COUNTERPART_MARGIN = 0.9
#: words naming a part of a document (附件里, 正文中), not a subject
_PART_WORDS = re.compile(r"(?:附件|附表|正文)(?:里|中|上)?")


#: where a clause's task text parts (推进宁波“智慧健康”建设…，推广应用电子病历…，实现…即时结算)
_TASK_PARTS = re.compile(r"[，。；;,]")
#: how many of the earlier question's character pairs a part must hold to be a part it asked about
_PART_PAIRS = 2
#: how many times the chosen counterpart's score the asked part's own best must score to replace it
_PART_DECISIVE = 1.5


def _asked_part(task: str, asked: str) -> str | None:
    """The parts of a clause's task an earlier question named (2+ of its character pairs each), joined; None
    when it named all of them or none (the whole clause was asked)."""
    pairs = {asked[i : i + 2] for i in range(len(asked) - 1)
             if "\u4e00" <= asked[i] <= "\u9fff" and "\u4e00" <= asked[i + 1] <= "\u9fff"}
    parts = [p for p in _TASK_PARTS.split(task) if p.strip()]
    named = [p for p in parts if sum(p[i : i + 2] in pairs for i in range(len(p) - 1)) >= _PART_PAIRS]
    return "，".join(named) if named and len(named) < len(parts) else None


#: a preposition joined to the asking word (由哪个部门, 归谁, 向谁): it goes with the asking, not with a subject
_BEFORE_ASKING = re.compile(r"[由归被向给](?=谁|哪)")


def _bare_subject(text: str, own: Query) -> str:
    """What a follow-up names of its own: the turn less its scope, asking, pointing and framing words
    (那智慧环保呢？ → 智慧环保, 台州呢？ → 台州)."""
    subject = _BEFORE_ASKING.sub("", text)
    for word in own.scope_words:
        subject = subject.replace(word, "")
    for spec in INTENT_SPECS:
        if spec.pattern is not None:
            subject = spec.pattern.sub("", subject)
    return _FRAME.sub("", REFERRING.sub("", _CLAUSE_NUMBER.sub("", ORDINAL.sub("", subject))))


#: an asking word left in what a turn names once its slot's words are out (它依据了江苏省的哪份规划): a question of its own,
#: no subject to swap into the previous one
_ASKING_LEFT = re.compile(r"哪|什么|多少|几[个项条家年]|谁|怎么|如何")
#: 那省财政呢，按什么比例配套？: the subject swapped in, before its 呢, and an asking of its own after it
_SWAP_THEN_ASK = re.compile(r"^(?:那么|那)?(?P<subject>[^，,。？?！!]{2,})呢[，,]")


def _swapped_subject(text: str, own: Query) -> str:
    """The subject a follow-up puts in place of the conversation's (`_bare_subject`): of 那X呢，<asking> only
    its X (省财政 of 那省财政呢，按什么比例配套？, whose asking words are no subject)."""
    if (m := _SWAP_THEN_ASK.match(text)) is not None:
        return _bare_subject(m.group("subject"), own)
    return _bare_subject(text, own)


def _own_subject(text: str, own: Query) -> str | None:
    """The subject a follow-up names in words of its own (`_bare_subject`, three characters or more, no figure);
    None for a turn naming a unit (the unit's own list answers) or nothing of its own."""
    subject = _bare_subject(text, own)
    return subject if not own.units and _OWN_WORDS.fullmatch(subject) else None


def _clauses_of(doc_ids: frozenset[str] | None, documents: Mapping[str, Document]) -> list[Clause]:
    """The clauses of the documents `doc_ids` names, of all of them when it names none."""
    scope = doc_ids or frozenset(documents)
    return [c for d in sorted(scope) if d in documents for c in documents[d].clauses]


def _texts_of(doc_ids: frozenset[str] | None, documents: Mapping[str, Document]) -> list[str]:
    """The clause texts of the documents `doc_ids` names, of all of them when it names none."""
    return [c.text for c in _clauses_of(doc_ids, documents)]


def _about(query: Query, designated: list[Clause], pinned: bool = False) -> Query:
    """The follow-up as a question about the designated clauses: a list question becomes a question of
    their units (or content), units named by the list are dropped, asking a deadline beside the units
    asks both (the deadline answer names the units too), and a content question is searched by the
    clauses' own text so that they rank first. `pinned`: the turn picked them by their place (第二个项目…),
    so the answer is theirs whatever it asks (`Query.pinned`)."""
    intent, slot = query.intent, query.slot
    if intent in (Intent.LIST, Intent.CONTENT):
        asks_units = _ASKS_UNITS.search(query.own_text)
        intent, slot = (Intent.RESPONSIBILITY, Slot.UNITS) if asks_units else (Intent.CONTENT, Slot.CONTENT)
    if intent is Intent.RESPONSIBILITY and _ASKS_DEADLINE_TOO.search(query.own_text) and any(c.deadline for c in designated):
        intent, slot = Intent.DEADLINE, Slot.DEADLINE
    text = query.text
    if not spec_of(intent).asks_fact:
        # a turn with a subject of its own (那第十五条里地方政府债券的钱怎么用) is searched by it, its quotes
        # chosen by it; a bare one (同一条第二项讲的是什么) by the opening of the clause it points at
        own = query.own_text
        for word in query.scope_words:
            own = own.replace(word, "")
        own = _BARE.sub("", REFERRING.sub("", _CLAUSE_NUMBER.sub("", ORDINAL.sub("", own))))
        # …or by its own words and that opening when the clause does not say them (第二个是在哪个城市搞: the
        # city is asked of the item picked, not of every text naming a 城市)
        said = len(own) >= _OWN_SUBJECT and any(own[i : i + 3] in designated[0].text for i in range(len(own) - 2))
        text = query.own_text if said else f"{query.own_text} {designated[0].text[:_OPENING]}"
    # the words that named the designated clauses' document or part (国务院附件里对应的任务…) are not a subject
    # of this turn: left in, they would seem to name another clause than the designated ones
    own_text = _PART_WORDS.sub("", query.own_text)
    for word in query.scope_words:
        own_text = own_text.replace(word, "")
    return replace(query, intent=intent, slot=slot, units=(), text=text, own_text=own_text or query.own_text,
                   units_role=units_role(query.own_text) if slot is Slot.UNITS else None, pinned=pinned)


def _names_no_scope(query: Query) -> bool:
    """Whether a question names no document, province or place of its own (so it leaves the scope to the
    conversation); one naming a place no document belongs to is declined as about that place, not carried."""
    return query.doc_ids is None and not (query.regions or query.places or query.scope_words)


def _level_of_basis(text: str, own: Query, previous: Turn) -> bool:
    """A turn naming nothing but a level of government (省里的呢？, 国家层面的呢？, 那国务院层面的依据呢？) in a
    conversation asking what texts a document rests on: the level says whose text is asked, not whose texts to read."""
    return (
        spoken_level(text) is not None and not (own.regions or own.places)
        and bool(ASKS_BASIS.search(previous.question) or ASKS_BASIS.search(text))
    )


def _nothing_more(listed: Answer) -> Answer:
    """The answer to 还有吗 after a complete list: nothing more, and the list again (it cites what answers)."""
    said = f"前面列出的就是全部，没有其他的了。{listed.short_answer}"
    lines = listed.answer.split("\n")[1:]
    return replace(listed, answer="\n".join([said, *lines]), short_answer=said)


def _declined(said: str, query: Query, related: list[Citation] | None = None) -> Answer:
    """A turn the conversation answers itself by declining: what is said, as the whole answer and its line."""
    return Answer(answer=said, abstained=True, related=related or [], intent=query.intent,
                  resolved_question=query.text, short_answer=said, slot=query.slot)


def _unsaid(subject: str, query: Query) -> Answer:
    """The answer to a follow-up about a thing the conversation's documents do not speak of: they do not say it."""
    return _declined(f"抱歉，文件中没有提到“{subject}”的相关规定。", query)


def _no_such_unit(label: str, documents: list[Document], query: Query) -> Answer:
    """The answer to a follow-up pointing at a unit its documents do not have (第六条 of a text that stops at
    第四条, as the library holds it): said so, naming the documents."""
    names = "、".join(f"《{d.cite_name}》" for d in documents)
    return _declined(f"抱歉，{names}（文库所收文本）中没有{label}，无法回答。", query)


def cited_clauses(cited: list[Citation], documents: Mapping[str, Document]) -> list[Clause]:
    """The clauses behind `cited`, in their order (those of documents no longer loaded are left out)."""
    by_id = {c.id: c for d in {x.doc_id for x in cited} if d in documents for c in documents[d].clauses}
    return [by_id[c.clause_id] for c in cited if c.clause_id in by_id]


class Engine(ABC):
    """What a conversation needs from the assistant (`assistant.api.Assistant` is one).

    An abstract class rather than a structural protocol so that test fakes subclass it and
    break, instead of silently passing, when the contract changes.
    """

    @property
    @abstractmethod
    def settings(self) -> Settings: ...

    @property
    @abstractmethod
    def rewriter(self) -> QuestionRewriter | None:
        """Rewrites follow-ups with the conversation (LLM mode); None means offline resolution."""

    @property
    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def answer_query(
        self, query: Query, exclude: frozenset[str] = frozenset(), focus: tuple[str, ...] = ()
    ) -> Answer:
        """Answer an understood question; `exclude`/`focus` carry what earlier turns cited."""

    def known_units(self) -> Mapping[str, str | None]:
        """The units the loaded documents name, with their governments, for questions that name a unit
        by what it does (an engine that keeps them per build overrides this; here they are read anew)."""
        return unit_governments(self.documents)

    def counterparts(self) -> Counterparts:
        """The library's cross-document counterparts, computed once per set of loaded documents
        (an engine whose build stores clause vectors may override this to blend them in)."""
        documents = self.documents
        key = (id(documents), len(documents), sum(len(d.clauses) for d in documents))
        cached = getattr(self, "_counterparts_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, Counterparts(documents))
            self._counterparts_cache = cached
        return cached[1]


@dataclass
class Turn:
    question: str
    query: Query
    answer: Answer


class Session:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.turns: list[Turn] = []
        self._lock = threading.Lock()

    def ask(
        self,
        question: str,
        doc_ids: frozenset[str] | None = None,
        units: frozenset[str] | None = None,
        as_of: str | None = None,
    ) -> Answer:
        """Answer one turn; `doc_ids` and `units` restrict the search (document and department filters),
        `as_of` (an ISO date) answers from the versions in force then instead of the current ones."""
        text = validate_question(question, self.engine.settings.max_question_chars)
        as_of = validate_date(as_of)
        known = {d.doc_id for d in self.engine.documents}
        if doc_ids and not set(doc_ids) <= known:
            unknown = "、".join(sorted(set(doc_ids) - known))
            raise InvalidQuestionError(f"未知的文件：{unknown}（可选：{'、'.join(sorted(known))}）。")
        with self._lock:
            query = understand(text, self.engine.documents, self.engine.known_units())
            previous = self.turns[-1] if self.turns else None
            asked_places = (*query.regions, *query.places)
            if previous is not None and previous.query.doc_ids and self._scope_written_there(text, query, previous.query.doc_ids):
                # 安徽工业精品企业呢？ / 新认定省级制造业创新中心奖多少？ in a conversation about 长丰县's policy: the
                # province or level word is part of a name that policy writes, not a turn to other documents
                query = replace(query, doc_ids=None, scope_words=(), regions=())
            own_query = query
            new_subject: str | None = None
            shown: frozenset[str] = frozenset()
            focus: tuple[str, ...] = ()
            # 第三条怎么规定的: a unit named by its label alone is pointed at through the previous answer
            pointer = names_a_label(text) and _names_no_scope(query)
            leans = previous is not None and (
                is_follow_up(text, query) or pointer or self._names_listed_item(text, previous) or self._of_cited(text, query)
                or bool(_ENTRY_ORDINAL.search(text)) and _names_no_scope(query)  # 第二家是哪家？: of the names just shown
            )
            if previous is not None and leans:
                rewritten = self._rewritten(text)
                query = rewritten or merge_follow_up(query, previous.query)
                # the document the conversation is on, however it was named; a level named alone after a question on
                # what it rests on (省里的呢？ after 贵阳…方案依据了国务院办公厅哪份文件？) asks which text of that
                # level the same document rests on, not for that level's own texts
                if _names_no_scope(own_query) or _level_of_basis(text, own_query, previous):
                    query = replace(query, doc_ids=self._answered_scope(previous))
                elif (topical := self._place_as_topic(text, own_query, previous)) is not None:
                    # 那四川呢？ after 教育部…实验区里，福建入选的是哪个城市？ answered from the ministry's list
                    query = replace(query, doc_ids=topical)
                    if query.slot is Slot.PLACES and (listed := self._entries_of_place(
                            asked_places, [c for c in previous.answer.citations if c.doc_id in topical], query)):
                        self.turns.append(Turn(text, query, listed))  # 四川广元, of the list just quoted
                        return listed
                subject = _swapped_subject(text, own_query)
                if rewritten is None and _OWN_WORDS.fullmatch(subject) and not _ASKING_LEFT.search(subject):
                    query = replace(query, text=f"{self._topic_with(subject)} {own_query.text}")
                cited = next((t.answer.citations for t in reversed(self.turns) if t.answer.citations), [])
                if (listed := self._listed_of_place(text, asked_places, cited, query)) is not None:
                    self.turns.append(Turn(text, query, listed))  # 其中浙江的是哪几个？ after a list of cities
                    return listed
                if (addressed := self._addressee_named(text, own_query, previous.answer)) is not None:
                    self.turns.append(Turn(text, query, addressed))  # 那森工集团呢？ after the notice's addressees
                    return addressed
                if (step := self._enumerated_entry(text, cited)) is not None:
                    answer = self._quoting(step[0], [step[1]], query, Slot.CONTENT)  # 第二步呢？ of 自评、复核、审定三个步骤
                    self.turns.append(Turn(text, query, answer))
                    return answer
                focus = tuple(c.clause_id for c in cited)
                if cited and query.slot in OF_DOCUMENT and _names_no_scope(own_query):
                    # 这个函的文号是多少？ / 它是哪天发出的？: the document just cited, not any of the scope's
                    query = replace(query, doc_ids=frozenset({cited[0].doc_id}))
                pointed = self._pointed(text, query, cited)
                inner = None if pointed else self._inner_item(text, cited)
                designated = pointed or ([inner[0]] if inner else []) or self._designated(text, query, cited) or \
                    self._referred(text, own_query, query, cited)
                if designated:
                    focus = tuple(c.id for c in designated)
                    query = _about(query, designated, pinned=bool(pointed or inner or _THAT_MONEY.match(text)))
                    if inner:  # 第四项呢？ of 引荐项目范围: ㈠…㈤: the answer is drawn from that item
                        query = replace(query, text=f"{own_query.own_text} {inner[1]}")
                elif pointer and (beyond := self._beyond_numbering(text, query, cited)) is not None:
                    # 第六条呢？ of a text that stops at 第四条: no unit of it is meant; quoting the last one would
                    # answer for a unit the document does not hold
                    answer = _no_such_unit(*beyond, query)
                    self.turns.append(Turn(text, query, answer))
                    return answer
                elif _MORE.search(text) and COMPLETE_LIST in previous.answer.short_answer:
                    # 还有吗 after a list complete by construction: there is no more; it is said, and the list shown again
                    answer = _nothing_more(previous.answer)
                    self.turns.append(Turn(text, query, answer))
                    return answer
                elif _MORE.search(text):
                    shown = self._shown_in_topic(previous.query)
                    query = self._rest_of_heading(query, previous, shown) or query
                elif (unit := self._other_unit(text, own_query, previous.query)) is not None:
                    # 那衢州呢？ after 金华市政府负责什么事: the same question of the unit that place or short name is
                    query = replace(query, units=(unit,), text=own_query.text)
                elif (new_subject := self._new_subject(text, own_query, query, cited)) is not None:
                    # 那智慧环保呢？ after 智慧水务: the same question of another clause, searched by this turn; the
                    # item beside the one just cited when it alone writes the subject (那老企业呢？ after 一（一）1's
                    # new enterprises: 一（一）2, not the 老企业 of another chapter's measure)
                    if (beside := self._sibling_writing(new_subject, cited)) is not None:
                        focus = (beside.id,)
                        query = replace(_about(query, [beside], pinned=True), text=own_query.text)
                    else:
                        focus = ()
                        query = replace(query, text=own_query.text)
                elif (sibling := self._sibling_named(text, own_query, cited)) is not None:
                    # 那以前年度注册、今年才入统的老企业呢？ after the new enterprises' reward: the item beside it that
                    # its words describe, though in other words than the text's (當年度之前工商注冊…老企業)
                    focus = (sibling.id,)
                    query = _about(query, [sibling], pinned=True)
                elif (writing := self._cited_writing(text, own_query, cited)) is not None:
                    # 那对发布转载有害信息的呢？ after the praise 五（三） gives good work: the clause just cited writes the
                    # subject too (对违反规定发布转载不良或有害信息…要严肃追责问责); its sentence on it answers
                    focus = (writing.id,)  # searched as the topic with its subject swapped (行业标准呢？ after 国家标准)
                    query = replace(_about(query, [writing], pinned=True), text=query.text)
                elif (unsaid := self._unsaid_subject(text, own_query, query)) is not None:
                    answer = _unsaid(unsaid, query)
                    self.turns.append(Turn(text, query, answer))
                    return answer
            elif previous is not None and _names_no_scope(own_query) and not self._names_ministry_elsewhere(
                text, scope := self._conversation_scope(previous)
            ):
                # 企业在主板上市能奖多少？ / 第四条是怎么规定的？ after a question about 长丰县's policy: a turn with a
                # topic of its own but no place or document is still asked of the documents the conversation is about,
                # however the previous turn named them (a province alone: 河南省发改委…的联系电话, then 联系人有哪几位？),
                # or, when it named none, of those its answer cited (商务部…的联系电话, then 邮箱是多少？)
                query = replace(query, doc_ids=scope)
            if previous is not None and _names_no_scope(own_query) and (pointed_doc := self._document_pointed_at(text)):
                # 这个方案由哪个部门牵头组织实施？: the 方案 the conversation has been citing, not any of its place's
                query = replace(query, doc_ids=frozenset({pointed_doc}))
            if not focus and (item := _item_under_named_heading(text, query, self.engine.documents)) is not None:
                focus = (item.id,)
                query = _about(query, [item], pinned=True)
            if doc_ids:
                query = replace(query, doc_ids=frozenset(doc_ids) & (query.doc_ids or frozenset(doc_ids)))
            if units:
                query = replace(query, unit_filter=frozenset(canonical_unit(u) for u in units))
            if as_of:
                query = replace(query, as_of=as_of)
            answer = self.engine.answer_query(query, exclude=shown, focus=focus)
            if new_subject is not None and not answer.abstained and not self._writes_in(new_subject, answer.citations):
                # 那科教文卫项目呢？ after the reward for 农业项目, where the reward clause lists only 农业项目: the
                # clause found answers for another subject; the subject's own clauses are shown as related
                answer = self._unanswered_of(new_subject, query)
            self.turns.append(Turn(text, query, answer))
            return answer

    def _involved(self, query: Query, cited: list[Citation]) -> tuple[dict[str, Clause], list[Clause]]:
        """The clauses of the documents involved (the cited ones and those this turn names: a library may hold
        thousands) by id, and the cited ones among them in the order cited."""
        involved = {c.doc_id for c in cited} | set(query.doc_ids or ())
        clauses = {c.id: c for d in self.engine.documents if d.doc_id in involved for c in d.clauses}
        return clauses, [clauses[c.clause_id] for c in cited if c.clause_id in clauses]

    def _pointed(self, text: str, query: Query, cited: list[Citation]) -> list[Clause]:
        """The clauses this follow-up picks by their place (第二个项目, 最后那个, 第三条, 第十五条): an item of
        the previous list, or a numbered unit of the document; empty when it names no place."""
        if not cited:
            return []
        if len(cited) == 1 and (ORDINAL.search(text) or _FROM_END.search(text)) and not _SAME_CLAUSE.search(text):
            cited = self._list_counted_in(cited)
        clauses, shown = self._involved(query, cited)
        if not shown:
            return []
        if _NAMES_A_PART.search(text) and (unit := _numbered_clause(text, shown, query, self.engine.documents)):
            return unit  # 第一部分第1项: the unit the document numbers so, not the first item of the last answer
        if (pick := _picked(text, shown, clauses)) is not None:
            return pick
        if (item := _listed_by_number(text, shown)) is not None:
            return [item]
        return _numbered_clause(text, shown, query, self.engine.documents) or []

    def _designated(self, text: str, query: Query, cited: list[Citation]) -> list[Clause]:
        """The clauses this follow-up points at through the previous answer other than by their place (see the
        module docstring)."""
        if not cited:
            return []
        clauses, shown = self._involved(query, cited)
        if not shown:
            return []
        if len(shown) > 1 and query.units and query.units_role == "lead":
            # 哪一项是中央编办牵头的 / 其中哪几项是人社部牵头的: the listed tasks that unit leads
            led = [c for c in shown if any(u in c.lead_units for u in query.units)]
            if 0 < len(led) < len(shown):
                return led
        if len(shown) > 1 and _DESIGNATES.search(text) and (item := _named_item(text, shown)) is not None:
            return [item]  # 其中搞智慧物流那项，还有哪些部门参与: the listed item this turn's own words name
        main = shown[0]
        asks_counterpart = spec_of(query.intent).asks_fact or _ASKS_COUNTERPART.search(text)
        if query.doc_ids and main.doc_id not in query.doc_ids and asks_counterpart:
            # 国家层面对应的是哪条 / 到了浙江由哪些单位落实: the main cited clause's counterparts there
            # (a bare 那浙江呢？ asking a target keeps its topic and is searched in that document)
            fact = slot_spec(query.slot).fact if spec_of(query.intent).asks_fact else None
            # the previous answer quoted a clause of that document beside the main one: that is its counterpart
            beside = [c for c in shown[1:] if c.doc_id in query.doc_ids and (fact is None or fact(c))]
            if beside:
                return beside[:1]
            found = [clauses[i] for i in self.engine.counterparts().of(main.id, query.doc_ids) if i in clauses]
            found = self._of_what_was_asked(main, found, query.doc_ids, clauses, fact)
            # counterparts that cannot fill the asked slot designate nothing: the search looks further
            return found if fact is None or any(fact(c) for c in found) else []
        if query.slot is Slot.UNITS and of_asked_level(main.units, text):
            return [main]  # 那县区的呢？ after 市民政局 was answered: the clause just cited names that level's bodies too
        return []

    def _beyond_numbering(self, text: str, query: Query, cited: list[Citation]) -> tuple[str, list[Document]] | None:
        """The label a pointing follow-up names and the documents it is asked of, when its number is beyond
        all those documents number (`index.lookup.label_beyond`): the documents this turn names, else the
        one the previous answer cited first."""
        if not cited:
            return None
        doc_ids = query.doc_ids or {cited[0].doc_id}
        documents = [d for d in self.engine.documents if d.doc_id in doc_ids]
        label = label_beyond(text, documents)
        return (label, documents) if label is not None else None

    def _inner_item(self, text: str, cited: list[Citation]) -> tuple[Clause, str] | None:
        """第四项呢？ after one clause that enumerates its items in its own text (引荐项目范围: ㈠…㈤, 主要职责是: (一)…
        (四)): that clause and its Nth item's words, when it enumerates that many. None when the answer cited
        several clauses of its document (a list the ordinal counts in) or the turn names no ordinal."""
        ordinal = ORDINAL.search(text)
        if ordinal is None or not cited:
            return None
        clauses = [c for c in cited_clauses(cited, self._documents_by_id()) if c.doc_id == cited[0].doc_id]
        if len(clauses) != 1:
            return None
        items = inner_items(clauses[0].text)
        n = _number(ordinal.group(1))
        return (clauses[0], items[n - 1]) if 0 < n <= len(items) else None

    def _referred(self, text: str, own: Query, query: Query, cited: list[Citation]) -> list[Clause]:
        """The clause a content follow-up refers to by a pronoun (它的主要职责有哪些？ after 主管部门是谁, answered by
        the article naming it): the first one just cited, when the turn's own words are all written there
        (`_of_cited`) — the search would rank whatever else repeats the topic (the notice issuing the 规定) first."""
        if query.intent is not Intent.CONTENT:
            return []
        first = cited_clauses(cited, self._documents_by_id())[:1]
        if _THAT_MONEY.match(text) and first and first[0].money:
            return first  # 这笔钱能用来干什么？: the money the clause just cited grants, whatever words the turn uses
        if not _PRONOUN_LED.match(text) or not self._of_cited(text, own):
            return []
        return first

    def _documents_by_id(self) -> dict[str, Document]:
        """The engine's documents by id, as they are now (another process may have added one)."""
        return {d.doc_id: d for d in self.engine.documents}

    def _of_cited(self, text: str, query: Query) -> bool:
        """Whether a turn naming no place or document of its own names only what the last answer's clauses write
        (年销售额要达到多少？ after 一类新药奖多少 was answered by the clause on 一类新药…年销售额在1亿元及以上):
        another slot of the same measure, asked of it, not of any clause that says 年销售额."""
        cited = next((t.answer.citations for t in reversed(self.turns) if t.answer.citations), [])
        runs = [r for r in own_runs(text, query) if len(r) >= 2]
        if not cited or not runs or not _names_no_scope(query):
            return False
        texts = [re.sub(r"\s+", "", c.text) for c in cited_clauses(cited, self._documents_by_id())]
        return all(any(r in t for t in texts) for r in runs)

    def _topic_with(self, subject: str) -> str:
        """The conversation's topic question with the subject this turn names in place of the one it asked
        (柳河县对牵头制定国家标准的企业奖多少？ + 那国际标准呢？ → …制定国际标准的…): the span of as many characters
        ending in the same head word (标准, 企业) is swapped. The topic is the last turn that was no follow-up:
        the subjects earlier follow-ups named (行业标准呢？) are not asked again."""
        root = next((t for t in reversed(self.turns) if not t.query.follow_up), self.turns[-1])
        topic = root.query.text
        head = subject[-_HEAD:]
        if subject in topic:
            return topic
        for match in re.finditer(re.escape(head), topic):
            start = match.end() - len(subject)
            if start >= 0 and _CJK_SPAN.fullmatch(topic[start : match.end()]):
                return topic[:start] + subject + topic[match.end() :]
        return topic

    def _scope_written_there(self, text: str, query: Query, doc_ids: frozenset[str]) -> bool:
        """Whether the words by which this turn names other documents — a province (安徽), a level (省级), an
        issuer (国务院) — are words of the documents the conversation is about: each written there together with
        the `_WRITTEN_AFTER` characters the turn puts after it (安徽工业精品企业, 省级制造业创新中心) or before it
        (享受国务院特殊津贴, where the text writes 享受国务院政府特殊津贴), or, for a level
        word the turn says alone (省级的呢？ after 国家级…奖多少), that level word as those documents write it.
        Such a turn asks about a thing those documents name; 省里怎么规定的 or 浙江对应的任务 still turns away."""
        words = list(dict.fromkeys((*query.scope_words, *query.regions)))
        if not words:
            return False
        # in simplified script, as the turn is asked (南沙、黃埔 in a traditional-script text writes 南沙、黄埔)
        texts = [as_simplified("\n".join(c.text for c in d.clauses)) for d in self.engine.documents if d.doc_id in doc_ids]

        def written(word: str) -> bool:
            found = list(re.finditer(re.escape(word), text))
            spans = [text[m.start() : m.end() + _WRITTEN_AFTER] for m in found]  # 安徽工业…
            spans += [text[max(m.start() - _WRITTEN_AFTER, 0) : m.end()] for m in found]  # 享受国务院(政府)特殊津贴
            return any(_LISTED_SPAN.fullmatch(span) and len(span) == len(word) + _WRITTEN_AFTER
                       and any(span in t for t in texts) for span in spans)

        if all(map(written, words)):
            return True
        subject = _bare_subject(text, replace(query, scope_words=()))
        level = PROVINCIAL_SCOPE_RE.search(text)
        return (words == ["省"] and level is not None and level.group(0) in subject and len(subject) <= len(level.group(0)) + 1
                and any(subject in t for t in texts))

    def _list_counted_in(self, cited: list[Citation]) -> list[Citation]:
        """The list an ordinal counts in when the previous answer was one item picked out of an earlier list
        (第二项呢？ then 倒数第二项由谁牵头？): that earlier list, as the reader still has it in view — the answers
        since cited only items of it. `cited` itself when no earlier answer listed it among others."""
        ids = {c.clause_id for c in cited}
        for turn in reversed(self.turns):
            listed = turn.answer.citations
            if not listed:
                continue
            if not ids <= {c.clause_id for c in listed}:
                return cited
            if len(listed) > len(ids):
                return listed
        return cited

    def _other_unit(self, text: str, own: Query, previous: Query) -> str | None:
        """The unit a bare follow-up names by a place or a short name (那衢州呢？, 台州呢？) when the previous turn
        asked about a unit: the one unit the documents name that starts with what the turn says, of the
        previous unit's kind where several do (衢州 → 衢州市政府 after 金华市政府, not a 衢州 bureau: the longest
        ending shared with it). None when the turn names a unit itself, the previous turn none, or no one
        unit fits."""
        if own.units or not previous.units:
            return None
        subject = _bare_subject(text, own)
        if len(subject) < 2:
            return None
        fits = [u for u in self.engine.known_units() if u.startswith(subject) and u not in previous.units]
        if not fits:
            return None
        before = previous.units[0]

        def ending(unit: str) -> int:
            n = 0
            while n < min(len(unit), len(before)) and unit[-1 - n] == before[-1 - n]:
                n += 1
            return n

        best = max(map(ending, fits))
        kept = [u for u in fits if ending(u) == best]
        return kept[0] if len(kept) == 1 else None

    def _new_subject(self, text: str, own: Query, query: Query, cited: list[Citation]) -> str | None:
        """The subject a bare follow-up names in its own words (那智慧环保呢？ after a question on 智慧水务): what
        is left once scope, asking, pointing and framing words are taken out, when a clause of the documents
        in scope — those the turn names, else those of the conversation (`query`, merged) — writes it and none
        of the clauses just cited does: the turn asks the same of another clause. None for a turn naming a unit
        (the unit's own list answers), a document or nothing of its own."""
        subject = _own_subject(text, own)
        if subject is None or not cited:
            return None
        documents = self._documents_by_id()
        if any(writes(subject, c.text) for c in cited_clauses(cited, documents)):
            return None
        named = any(writes(subject, t) for t in _texts_of(own.doc_ids or query.doc_ids, documents))
        return subject if named else None

    def _conversation_scope(self, previous: Turn) -> frozenset[str] | None:
        """The documents the conversation is about: those the previous turn named (`place_scope`), else those its
        answer cited; None when it named none and declined."""
        named = place_scope(previous.query, self.engine.documents)
        if named is not None or previous.answer.abstained or not previous.answer.citations:
            return named
        return frozenset(c.doc_id for c in previous.answer.citations)

    def _answered_scope(self, previous: Turn) -> frozenset[str] | None:
        """What a bare follow-up (报给谁？, 联系电话是多少？) is asked of: the one document the previous answer cited,
        when the documents the conversation is about (`_conversation_scope`) hold several (人社部复函要求吉林… names 吉林's
        texts and the ministry's reply, and was answered from the reply); else those documents."""
        scope = self._conversation_scope(previous)
        cited = {c.doc_id for c in previous.answer.citations}
        if scope is None or previous.answer.abstained or len(cited) != 1 or not cited < scope:
            return scope
        return frozenset(cited)

    def _place_as_topic(self, text: str, own: Query, previous: Turn) -> frozenset[str] | None:
        """那四川呢？ after 教育部…实验区里，福建入选的是哪个城市？ was answered from the ministry's list (…福建龙岩…四川广元…):
        the place the previous turn named was a word of another government's text, not whose texts to read, and a
        turn naming nothing but another place asks the same of that text. The documents of the clauses just cited
        that write every place the previous turn named without being those places' own; None otherwise."""
        asked = (*previous.query.regions, *previous.query.places)
        if not asked or not (own.regions or own.places) or not _ONLY_NAMES.search(text) or _bare_subject(text, own):
            return None
        documents = self._documents_by_id()
        topical = frozenset(
            c.doc_id for c in cited_clauses(previous.answer.citations, documents)
            if all(p in as_simplified(c.text) and p not in government_names(documents[c.doc_id]) for p in asked)
        )
        return topical or None

    def _document_pointed_at(self, text: str) -> str | None:
        """The document a turn points at by its kind (这个方案, 该办法, 这份通知): the latest one the conversation's
        answers cited that is of that kind (its form, or its title ending so), else the latest cited (a page's
        title may not say its kind: 通知公告 over a 工作方案); None when the turn points at none or nothing was cited."""
        pointed = _POINTED_DOCUMENT.search(text)
        if pointed is None:
            return None
        kind, documents = pointed.group(1), self._documents_by_id()
        cited = [documents[c.doc_id] for turn in reversed(self.turns) for c in turn.answer.citations if c.doc_id in documents]
        of_kind = next((d for d in cited if kind in _ANY_KIND or d.form == kind or kind in d.title[-8:]), None)
        chosen = of_kind or next(iter(cited), None)
        return chosen.doc_id if chosen else None

    def _names_ministry_elsewhere(self, text: str, scope: frozenset[str] | None) -> bool:
        """The turn names a national ministry none of the conversation's documents (`scope`) writes (商务部…的联系电话
        in a conversation about 彰武县's funds): it asks about that ministry's texts, not the conversation's."""
        named = ministries_named(text)
        if not named or scope is None:
            return False  # nothing named, or no scope to carry
        return bool(set(named) - set(ministries_named("".join(_texts_of(scope, self._documents_by_id())))))

    def _cited_writing(self, text: str, own: Query, cited: list[Citation]) -> Clause | None:
        """The clause just cited that writes the subject a bare follow-up names in its own words (`subject_match.
        writes`: most of its character pairs, though not as one run), or None. Only for a turn naming nothing but
        its subject (那X呢？): one asking a slot of its own (新纳入限额以上的批发企业具体奖多少钱？) is searched."""
        subject = _own_subject(text, own)
        if subject is None or not _ONLY_NAMES.search(text):
            return None
        rank = PRIZE_RANK.search(subject)  # …大赛的一等奖: a clause naming the contest but not that rank does not write it
        return next((c for c in cited_clauses(cited, self._documents_by_id())
                     if writes(subject, c.text) and (rank is None or rank.group(0) in as_simplified(c.text))), None)

    def _siblings(self, cited: list[Citation]) -> tuple[Clause | None, list[Clause]]:
        """The first clause just cited and the items under the same heading as it (一（一）2 beside 一（一）1);
        (None, []) when nothing is cited or it is no item of a heading (a chapter's text, an annex row)."""
        documents = self._documents_by_id()
        main = next(iter(cited_clauses(cited, documents)), None)
        if main is None or (main.chapter is None and main.clause is None) or main.annex_row is not None:
            return None, []
        return main, [c for c in documents[main.doc_id].clauses
                      if c.id != main.id and c.annex_row is None and (c.chapter, c.clause) == (main.chapter, main.clause)]

    def _sibling_writing(self, subject: str, cited: list[Citation]) -> Clause | None:
        """The one item under the same heading as the clause just cited that writes `subject`; None when none
        or several do."""
        writing = [c for c in self._siblings(cited)[1] if writes(subject, c.text)]
        return writing[0] if len(writing) == 1 else None

    def _sibling_named(self, text: str, own: Query, cited: list[Citation]) -> Clause | None:
        """The item under the same heading as the one just cited (一（一）2 beside 一（一）1) that a bare
        follow-up's subject describes: of its siblings, the one alone holding most of the subject's character
        pairs the cited item does not hold (老企 of 老企业 beside 新企业), as much of the subject as the cited item
        does at least. None when the turn names no subject of its own, or no sibling stands out."""
        subject = _own_subject(text, own)
        if subject is None or not cited:
            return None
        main, siblings = self._siblings(cited)
        if main is None:
            return None
        own_pairs = set(pairs(subject)) - set(pairs(as_simplified(main.text)))
        scored = sorted(((len(own_pairs & set(pairs(as_simplified(c.text)))), c) for c in siblings),
                        key=lambda pair: pair[0], reverse=True)
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        clause = scored[0][1]
        return clause if coverage(subject, clause.text) >= coverage(subject, main.text) else None

    def _listed_of_place(
        self, text: str, places: tuple[str, ...], cited: list[Citation], query: Query
    ) -> Answer | None:
        """其中浙江的是哪几个？ after an answer quoting a list (天津市、辽宁沈阳、浙江杭州、浙江宁波…): the entries of
        that list the named place holds, as the text writes them, with the clause cited. None when the turn
        names no place, points at no part of the last answer (其中, 哪几个在), or no list entry holds the place."""
        if not places or not cited or not _AMONG.search(text) or not _WHICH_ONES.search(text):
            return None
        return self._entries_of_place(places, cited, query)

    def _addressee_named(self, text: str, query: Query, previous: Answer) -> Answer | None:
        """那森工集团呢？ / 新疆兵团呢？ after the addressees of a notice (主送：各省…林业厅(局),…大兴安岭森工(林业)集团公司,
        新疆生产建设兵团林业局), or after one of them picked so: the addressees the turn's words spell, in order though
        shortened, with the notice cited. None when the conversation was not on addressees, the turn names more
        than one thing, or no addressee spells it."""
        if previous.slot != Slot.ISSUE.value:
            return None
        listed = next((t.answer for t in reversed(self.turns) if _ADDRESSEES in t.answer.short_answer), None)
        if listed is None or not listed.citations:
            return None
        runs = [r for r in own_runs(text, query) if len(r) >= 2]
        if len(runs) != 1:
            return None
        entries = [e.strip() for e in _ADDRESSEE_END.split(listed.short_answer.split(_ADDRESSEES, 1)[1]) if e.strip()]
        found = [e for e in entries if _spelled_in(runs[0], e)]
        clause = next(iter(cited_clauses(listed.citations[:1], self._documents_by_id())), None)
        return self._quoting(clause, found, query, Slot.ISSUE) if found and clause is not None else None

    def _entries_of_place(self, places: tuple[str, ...], cited: list[Citation], query: Query) -> Answer | None:
        """The entries of the list the last answer quoted (or of its first clause) that hold one of `places`, as
        the text writes them, with the clause cited; None when no entry holds one."""
        documents = self._documents_by_id()
        clause = next(iter(cited_clauses(cited, documents)), None)
        if clause is None:
            return None
        stems = {p for place in places for p in (place, place.rstrip("省市县区"))}
        # the list as the last answer showed it (遴选天津市、…浙江杭州、浙江宁波…), else the clause's (whose
        # addressee line may list the provinces too)
        shown = next((t.answer.short_answer for t in reversed(self.turns) if t.answer.citations), "")
        found: list[str] = []
        for listing in (shown, clause.text):
            entries = [e.strip() for e in _ENTRY_END.split(as_simplified(listing))]
            entries = [e for e in entries if 2 <= len(e) <= _ENTRY_MAX]
            found = list(dict.fromkeys(e for e in entries if any(s in e for s in stems if len(s) >= 2)))
            if found and len(entries) >= _LIST_MIN:
                break
        else:
            return None
        return self._quoting(clause, found, query, Slot.PLACES)

    def _quoting(self, clause: Clause, said: list[str], query: Query, slot: Slot) -> Answer:
        """The answer that is `said`, words of `clause` read off the last answer, with the clause cited."""
        citation = Citation.of(clause, self._documents_by_id()[clause.doc_id], quotes=said)
        short = "答：" + "、".join(said)
        return Answer(answer=f"{short}\n{citation.label}：{clause.text}", abstained=False, citations=[citation],
                      intent=query.intent.value, resolved_question=query.text, short_answer=short, slot=slot.value)

    def _enumerated_entry(self, text: str, cited: list[Citation]) -> tuple[Clause, str] | None:
        """第二步呢？ after an answer whose clause counts what it enumerates (项目法人自评、省级复核汇总、财政部和水利部组织
        抽查并审定三个步骤): that clause and its Nth entry, when the count written matches the entries and the turn
        asks by the same kind of part (步/步骤, 环节, 阶段, 方面); 第二家是哪家？ of one listing names (`_listed_entry`).
        None otherwise."""
        if not cited:
            return None
        clause = next(iter(cited_clauses(cited, self._documents_by_id())), None)
        if clause is None:
            return None
        asked = _STEP_ORDINAL.search(text)
        if asked is None:
            named = _ENTRY_ORDINAL.search(text)
            return self._listed_entry(clause, _number(named.group(1))) if named else None
        n = _number(asked.group(1))
        for counted in _COUNTED_RUN.finditer(as_simplified(clause.text)):
            if _PART_KIND.get(counted.group("kind")) != _PART_KIND[asked.group(2)]:
                continue
            entries = [e for e in _RUN_OPENING.sub("", counted.group("run")).split("、") if e]
            if len(entries) > 1 and len(entries) + 1 == (count := _number(counted.group("n").replace("两", "二"))):
                entries[-1:] = _LAST_JOINED.split(entries[-1], maxsplit=1)  # A、B和C三个步骤: the last two joined
            if len(entries) == count and 0 < n <= count:
                return clause, entries[n - 1]
        return None

    @staticmethod
    def _listed_entry(clause: Clause, n: int) -> tuple[Clause, str] | None:
        """The clause and the Nth of the names it lists (分别为:A、B、C,共3家企业 → B for 第二家), when a count written
        after them agrees with the names; None when the clause lists none or fewer."""
        for listed in _NAMED_RUN.finditer(as_simplified(clause.text)):
            entries = [e.strip() for e in listed.group("run").split("、") if e.strip()]
            count = listed.group("n")
            if (count is None or _number(count.replace("两", "二")) == len(entries)) and 0 < n <= len(entries):
                return clause, entries[n - 1]
        return None

    def _writes_in(self, subject: str, cited: list[Citation]) -> bool:
        """Whether one of the cited clauses writes `subject`."""
        return any(writes(subject, c.text) for c in cited_clauses(cited, self._documents_by_id()))

    def _unanswered_of(self, subject: str, query: Query) -> Answer:
        """The answer to a follow-up asking the previous question of a subject its documents name only where
        they do not answer it: not stated, with the clauses that name the subject cited as related."""
        documents = self._documents_by_id()
        naming = [c for c in _clauses_of(query.doc_ids, documents) if writes(subject, c.text)][:_RELATED_SHOWN]
        related = [Citation.of(c, documents[c.doc_id]) for c in naming]
        said = f"抱歉，文件没有写明“{subject}”的这一项规定。"
        if related:
            said += "提到它的条款：" + "、".join(c.label for c in related) + "。"
        return _declined(said, query, related)

    def _unsaid_subject(self, text: str, own: Query, query: Query) -> str | None:
        """The subject a follow-up that only names one (那新认定的市级专精特新企业呢？: X呢, asking nothing of its own)
        names and the conversation's documents do not speak of (a policy that never says 专精特新): a run of it
        (`subject_match.unwritten_run`) no clause of theirs holds — of the whole library when the conversation is
        about none in particular. Answering the previous clause again would pass its figure off as this
        subject's. A rank named alone (三等奖呢？ after 二等奖) is such a subject too. None for a turn naming a unit."""
        subject = _own_subject(text, own)
        rank = PRIZE_RANK.search(subject or ("" if own.units else text))
        if (subject is None and rank is None) or not _ONLY_NAMES.search(text):
            return None
        texts = _texts_of(query.doc_ids, self._documents_by_id())
        run = unwritten_run(subject, texts) if texts and subject else None
        # a long subject said in the asker's words (党报党刊把印刷业务剥离出来组建的企业) has runs no text holds (离出来组)
        # while the documents write the rest of it: it is unsaid only where the unwritten run is much of it
        if subject and run is not None and len(run) * _UNSAID_SHARE >= len(subject):
            return subject
        # 那数字经济创新创业大赛的一等奖呢？ of a text naming the contest but no rank of it: the rank is the subject
        if rank and not any(rank.group(0) in as_simplified(t) for t in texts):
            return subject or rank.group(0)
        return None

    def _of_what_was_asked(
        self, main: Clause, found: list[Clause], doc_ids: frozenset[str], clauses: dict[str, Clause],
        fact: Callable[[Clause], object] | None = None,
    ) -> list[Clause]:
        """The counterparts of the part of `main` the conversation asked about: a national row covering
        two tasks (下一代互联网…，下一代广播电视网…) has a counterpart for each, and the one to give is the
        one the earlier question named (下一代互联网规模化商用). Among the clauses of each counterpart's
        document and kind scoring within `_COUNTERPART_MARGIN` of it (and holding the asked `fact`), the one
        sharing most character pairs of `main` with the question that brought `main` up; the counterpart
        itself on a tie."""
        asking = next((t for t in reversed(self.turns) if main.id in {c.clause_id for c in t.answer.citations}), None)
        if asking is None or not found:
            return found
        asked = asking.query.own_text
        for word in asking.query.scope_words:
            asked = asked.replace(word, "")
        # the pairs of the part of `main` that was asked about (TD-LTE…行业应用 of its row), not asking words
        asked_pairs = {asked[i : i + 2] for i in range(len(asked) - 1)} & {main.text[i : i + 2] for i in range(len(main.text) - 1)}
        scores = self.engine.counterparts().scores(main.id, frozenset(doc_ids))

        def shared(clause: Clause) -> int:
            return sum(1 for p in asked_pairs if p in clause.text)

        chosen = []
        for best in found:
            floor = scores.get(best.id, 0.0) * _COUNTERPART_MARGIN
            rivals = [
                clauses[i] for i, score in scores.items()
                if i in clauses and score >= floor and clauses[i].doc_id == best.doc_id
                and (clauses[i].annex_row is None) == (best.annex_row is None)
                and (fact is None or fact(clauses[i]))
            ]
            top = max(rivals, key=shared, default=best)
            chosen.append(top if shared(top) > shared(best) else best)
        # a clause settling several tasks (智慧健康…电子病历…医保即时结算) asked about one of them: the counterpart
        # is that of the part asked, scored by the words of that part alone, when it points clearly elsewhere
        part = _asked_part(task_text(main), asked)
        if part is not None:
            by_part = self.engine.counterparts().text_scores(part, main.doc_id, frozenset(doc_ids))
            for i, best in enumerate(chosen):
                group = [x for x in by_part if x in clauses and clauses[x].doc_id == best.doc_id
                         and (clauses[x].annex_row is None) == (best.annex_row is None) and (fact is None or fact(clauses[x]))]
                top_id = max(group, key=lambda x: (by_part[x], x), default=None)
                if (top_id is not None and top_id != best.id and by_part[top_id] >= MIN_SCORE
                        and by_part[top_id] >= _PART_DECISIVE * by_part.get(best.id, 0.0)):
                    chosen[i] = clauses[top_id]
        return [c for i, c in enumerate(chosen) if c.id not in {x.id for x in chosen[:i]}]

    def _rest_of_heading(self, query: Query, previous: Turn, shown: frozenset[str]) -> Query | None:
        """还有吗 after an answer that quoted some leaves of one numbered heading (（二十）1 of 简化相关审批制度):
        the question becomes the list of that heading, less what was shown — the rest of its leaves,
        not the next best hits of the words asked. None when the previous answer was a list of its own
        (a unit's tasks: 还有吗 asks for more of that list), spans several headings, or showed them all."""
        if previous.query.intent is Intent.LIST or previous.query.slot is not Slot.CONTENT:
            return None
        cited = previous.answer.citations
        documents = self._documents_by_id()
        clauses = {c.id: c for c in cited_clauses(cited, documents)}
        if not clauses:
            return None
        main = next(iter(clauses.values()))
        if main.clause is None or main.annex_row is not None or not main.clause_title:
            return None
        if any((c.doc_id, c.chapter, c.clause, c.annex_row) != (main.doc_id, main.chapter, main.clause, None)
               for c in clauses.values()):
            return None
        siblings = [c for c in documents[main.doc_id].clauses
                    if c.chapter == main.chapter and c.clause == main.clause and c.annex_row is None]
        if not 2 <= len(siblings) <= MAX_LEAVES or all(c.id in shown for c in siblings):
            return None
        title = main.clause_title
        return replace(query, intent=Intent.LIST, slot=Slot.CONTENT, units=(), units_role=None, only_units=False,
                       text=title, own_text=f"{title}还有哪些", doc_ids=frozenset({main.doc_id}))

    def _names_listed_item(self, text: str, previous: Turn) -> bool:
        """第三条由哪些单位负责 right after a list of one heading's items points into that list; so does 个税那一条
        怎么规定的 (a pointer, and words naming one listed item alone) after any list."""
        citations = previous.answer.citations
        if len(citations) < 2 or not (_CLAUSE_NUMBER.search(text) or _DESIGNATES.search(text)):
            return False
        shown = cited_clauses(citations, self._documents_by_id())
        if _CLAUSE_NUMBER.search(text) and _listed_by_number(text, shown) is not None:
            return True
        return bool(_DESIGNATES.search(text)) and len(shown) > 1 and _named_item(text, shown) is not None

    def _rewritten(self, text: str) -> Query | None:
        """The follow-up as the LLM rewrites it with the history (LLM mode), or None: resolve offline."""
        rewriter = self.engine.rewriter
        if rewriter is None:
            return None
        rewritten = rewriter.rewrite(text, [(t.question, t.answer.answer) for t in self.turns])
        if rewritten is None:
            return None
        return replace(understand(rewritten, self.engine.documents, self.engine.known_units()), follow_up=True)

    def _shown_in_topic(self, topic: Query) -> frozenset[str]:
        """Clause ids cited in the turns that share the topic, so "more" means more."""
        shown: set[str] = set()
        for turn in reversed(self.turns):
            shown |= {c.clause_id for c in turn.answer.citations}
            if not turn.query.follow_up and turn.query.text in topic.text:
                break
        return frozenset(shown)

    def reset(self) -> None:
        with self._lock:
            self.turns.clear()
