"""Where a sentence says who acts, in prose the unit reader does not parse.

The unit reader (assistant.corpus.responsibility) reads bodies from notes, brackets and lists at parse time.
A clause may still say who acts in its own sentence: 工业专项资金每年由区级财政统筹安排, 重点监视防御区所在地
人民政府，也要抓紧地方的防震减灾立法工作, 坚持“一把手”负总责, 联系人:朱倩. These forms mark the actor by its
position (由X…, X要/负责/牵头, 请X…, a 联系人/责任人 label), so an answer can quote the sentence that says who
acts where no unit was parsed. Read at answer time only: what the parser stores is not changed.
"""

from __future__ import annotations

import re

from assistant.lexicon.units import is_unit_name

#: a labelled person or body: 联系人:朱倩, 责任人：…, 责任主体为…
_LABELLED = re.compile(r"(?:联系人|责任人|负责人|责任主体|实施主体|责任单位)\s*(?:[:：]|为|是)\s*[\u4e00-\u9fff“\"]")
#: an actor (a short phrase, no pause or sentence mark) before the verb that makes it one
_ACTOR = r"[^，,。；;：:！？!?]{2,24}?"
#: 由X负责 / 由X统筹安排: the actor after 由, before what it does
_BY = re.compile(rf"由(?P<actor>{_ACTOR})(?:负责|牵头|统筹|承担|组织|安排|制定|审核|审查|解决|落实|实施|受理|办理|出具|拨付|提出)")
#: X要 / X负责 / X牵头 / X负总责 / 请X: the actor opening its clause (after a pause, or the clause before 也要)
_SUBJECT = re.compile(
    rf"(?:^|[，,；;。：:])(?:请|特别是|尤其是)?(?P<actor>{_ACTOR})[，,]?(?:也|还|都|均)?(?:负总责|牵头负责|负责|牵头|要|应当|必须)"
)
#: who an actor may be when the unit lexicon does not read it as a body: a collective (各县区、各部门), a
#: person by role (“一把手”, 主要负责人, 分管领导), a body by its last character, a level's treasury (区级财政)
_COLLECTIVE = re.compile(r"^[“\"]?(?:各|有关|相关)")
_ROLE_END = re.compile(r"(?:把手|负责人|责任人|领导|同志|单位|[府局委厅办部门处会室心院司署行队站组]|[省市区县乡镇]级?财政)[”\"]?$")


def _is_actor(phrase: str) -> bool:
    """Whether a phrase in an actor's position names one (not a task or a topic in that position)."""
    phrase = phrase.strip()
    return bool(_COLLECTIVE.search(phrase) or _ROLE_END.search(phrase) or is_unit_name(phrase))


#: a person named under a label (牵头负责领导:刘惠, 联系人：王宁涛, 分管领导为…): a text that names people, as
#: few policy texts do (most name only bodies)
_NAMED_PERSON = re.compile(
    r"(?:联系人|责任人|负责人|负责领导|分管领导|牵头领导|责任领导|领导|组长|签发人)\s*(?:[:：]|为|是)\s*[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]{2})"
)


#: …or a person a reply is addressed to, by name and title at the start of a line (王超斌委员：)
_ADDRESSED_PERSON = re.compile(r"^\s*[\u4e00-\u9fff]{2,3}(?:委员|代表|同志)\s*[:：]", re.MULTILINE)


#: …or the head who signs an order or a decision under its text (…自2014年7月1日起施行。省 长 苏树林, 部长:李立国), the
#: title and the name closing a sentence or the text, or followed by the date signed
_SIGNED_BY = re.compile(
    r"(?:^|[。；;])代?(?:省长|市长|县长|区长|州长|盟长|旗长|部长|署长|局长|主任|总理|主席)(?!负责|主持|分管|牵头|担任|兼任|批准|签发|同意)[:：]?[\u4e00-\u9fff]{2,3}"
    r"(?=$|[。（(]|(?:19|20)\d\d年|[一二][〇○零一二三四五六七八九]{3}年)"
)


#: …or who holds a post, by role, as texts name post-holders (总林长由党委、政府主要负责同志担任, 组长由分管副市长兼任)
_HELD_BY = re.compile(r"由[^。；;，,：:]{0,30}?(?:同志|负责人|领导|书记|[省市县区乡镇村组局厅部]长|主任|干部|委员)(?:担任|兼任)")


def names_person(text: str) -> bool:
    """Whether a text names a person under a label (牵头负责领导:刘惠), by the title of the head signing it (省长
    苏树林), by the role holding a post (由主要负责同志担任) or addresses one (王超斌委员：): a question asking who by
    name may be answered from it, where a text naming only bodies (责任单位：省发展改革委) cannot."""
    flat = re.sub(r"\s+", "", text)
    return bool(_NAMED_PERSON.search(flat) or _SIGNED_BY.search(flat) or _HELD_BY.search(flat)
                or _ADDRESSED_PERSON.search(text))


def states_actor(sentence: str) -> bool:
    """Whether a sentence says who acts by one of the marked positions above."""
    text = re.sub(r"\s+", "", sentence)
    if _LABELLED.search(text):
        return True
    return any(_is_actor(m.group("actor")) for pattern in (_BY, _SUBJECT) for m in pattern.finditer(text))


#: who founds, funds or runs a fund, in the prose defining it: 是指市财政出资设立, 由地方政府出资设立的, 由市财政出资2亿元
#: 设立, 委托市国有资本运营有限公司运作管理, 由X负责运营管理 — the unit reader leaves founding out of duties (a body
#: that only founds a fund runs no task), but a question asking who funds or runs it is answered by these words
_FUNDED_BY = re.compile(rf"(?:是指由?|由|系)(?P<actor>{_ACTOR})出资(?:[\d.]+[万亿]?元)?(?:设立|组建|成立)")
_RUN_BY = re.compile(r"(?:委托|由)(?P<actor>[^，,。；;：:]{2,40}?)(?:负责)?(?:运作|运营|经营|管理)(?:管理)?(?=[，,。；;]|$)")
#: an alias note inside a named actor ((以下简称经办担保机构))
_ALIAS = re.compile(r"[（(](?:以下简称|下称|简称)[^（）()]*[）)]")
#: a question asking who funds or founds (谁出资设立的) or who runs (委托谁来运作, 由哪类机构负责运营管理)
ASKS_FUNDER = re.compile(r"出资|出钱|(?:谁|哪个|哪家|哪类|哪些)[^，。？?]{0,6}(?:设立|组建)")
ASKS_OPERATOR = re.compile(r"(?:谁|哪个|哪家|哪类|哪些)[^，。？?]{0,8}(?:运作|运营|经营)|(?:运作|运营|经营)(?:管理)?的?(?:是|由)?(?:谁|哪)|委托(?:谁|哪)")


def acting_on_fund(question: str, text: str) -> list[str]:
    """The actors a fund's defining prose names for the act the question asks: its funder (市财政, 地方政府)
    where it asks who funds or founds it, its operator where it asks who runs it; none otherwise."""
    flat = re.sub(r"\s+", "", text)
    patterns = [p for asks, p in ((ASKS_FUNDER, _FUNDED_BY), (ASKS_OPERATOR, _RUN_BY)) if asks.search(question)]
    actors = (_ALIAS.sub("", m.group("actor")) for p in patterns for m in p.finditer(flat))
    return list(dict.fromkeys(a for a in actors if _is_actor(a) or a.endswith("机构")))
