"""Prose forms of responsibility: the body named as the subject of a duty in running text.

由市商务局会同市财政局组织实施, 区科技局负责受理…, 具体工作由开发区管委会承担, 发展改革委会同财政部
研究提出…, 各区工业和信息化主管部门对申报材料进行初审, 财政部和水利部在总结…的基础上制定了….
Split from responsibility.py (the list forms and the clause-level entry points) to keep both
modules readable; `read_prose` fills the `Responsibility` that module's `prose` creates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.lexicon.units import (
    COLLECTIVE_UNITS,
    DEPARTMENT_RE,
    GENERIC_DEPARTMENT_RE,
    GRASSROOTS_OFFICE_RE,
    LEADING_GROUP_RE,
    LEVEL_GOVERNMENT_RE,
    LEVEL_TREASURY_RE,
    LOCAL_UNIT_PATTERNS,
    canonical_unit,
    is_unit_name,
    national_names,
    split_unit_list,
)

if TYPE_CHECKING:
    from .responsibility import Responsibility


def is_body(name: str) -> bool:
    return is_unit_name(name) or (name.endswith(("部门", "单位")) and len(name) <= 10)


#: 我局 / 我委 in a text is its author: the body it names is resolved by `self_reference`.
_SELF_REF = r"我(?:局|委|部|厅|办|署|院|行|会)"
#: A body by its role word, in a slot that already says it is a body (由…负责, X会同…):
#: 军队各级防化业务部门, 地方各级宣传部门. Never 由 or 的 inside, so a clause's topic is not taken in,
#: and not the 经 of 经X批准.
_LOOSE = r"(?!经(?![济信发营]))(?:所在地?)?(?:(?![由的对是在])[\u4e00-\u9fff、（）()]){1,20}?(?:部门|机关|机构|人民政府)|主管单位"
#: A list of such bodies sharing one role word: 同级财政、税务部门.
_LOOSE_LIST = r"(?:(?![由的对是在])[\u4e00-\u9fff、]){0,20}?(?:部门|机关|机构|单位)"
#: A body named by where it sits (物业所在地公安机关, 核心区所在地的区人民政府, 片区所在地设区的市人民政府) or by the
#: department it belongs to (各级民政部门的殡葬管理机构): the 在 and 的 of these fixed words open no relative clause.
_SEATED = r"(?:所在地的?|设区的市|部门的)"
#: A government body by its role word where nothing but a duty word says so (市、县（区）水行政主管部门
#: 应当…, 审计机关应当…): 机构 only as an administering one, as 金融机构 / 医疗机构 are not government.
_LOOSE_GOV = (rf"(?!经(?![济信发营]))(?:{_SEATED}|(?![由的对是在]|会同|应当|可以)[\u4e00-\u9fff、（）()]){{1,20}}?"
              r"(?:部门|机关|(?:主管|管理|行政|执法|监督|矫正|预防控制|考评|考核|工作)机构|人民政府|办事处)")
#: The same opening with 各 or a level word (各区工业和信息化主管部门, 县民政部门), the shape that lets
#: any verb make it a subject: running text before a 部门 (需要有关部门 / 请你省有关部门) is none.
_LEVEL_GOV = (r"(?:各|国务院|[省市县区镇乡州旗](?![长委]))(?:(?![由的对是在要将请需]|会同|应当|可以)[\u4e00-\u9fff、（）()]){1,18}?"
              r"(?:部门|机关|(?:主管|管理|行政|执法|监督|矫正|考评|考核|工作)机构|人民政府|办事处)")
#: An institution by its last word (文管所, 管理处, 纪念馆, 服务站, 服务中心), taken only where 由 and a charge say it is
#: the one in charge: 所 and 处 name no body in other prose (律师事务所, 办事处 of a firm).
_INSTITUTION = r"[\u4e00-\u9fff]{2,14}?(?:所|处|馆|站|中心)"
#: A body named with its other name in brackets, both with a body's last word (市、区县人民政府经委(经济局), 乡镇人民政府
#: (街道办事处)): the bracket says the words before it name a body, whatever the vocabulary lacks.
_ALIASED = (r"(?:(?![由的对是在])[\u4e00-\u9fff、]){1,14}?(?:委|局|厅|办|人民政府)"
            r"[（(][\u4e00-\u9fff]{2,8}(?:委|局|厅|办|办事处)[）)]")
#: Words between a body and its verb: 将对, 要负责, 应当依法审查, 将尽快, 拟研究 (a reply's planned measure),
#: 按照职责分工 (街道办事处、乡（镇）人民政府按照职责分工负责本辖区内…), 按照各自权限 (县区民政部门按照各自权限负责…).
_MODAL = (r"(?:要|应|应当|将|会|须|必须|可以|可|拟|不予|直接|也|还|都|统一|具体|共同|分别|尽快|及时|积极|认真|依法|切实|继续|定期|每年|主要|"
          r"负责(?!人|同志)|按(?:照)?(?:各自)?(?:职责|职能|权限)(?:分工)?)")
#: A duty: the body is responsible for whatever follows (县级以上人民政府应当建立…).
_DUTY = r"(?:应当|应|要|须|必须|负责(?!人|同志)|主管)"
#: What a body does when the text makes it responsible for a measure.
_VERB = (r"(?:组织实施|研究提出|负责(?!人|同志)|牵头|主管|统筹|报送|组织|承担|设立|设置|审查|审核|审批|审定|认定|提供|拟定|制定|监测|指导|"
         r"协调|监督|核准|核发|编制|发布|公布|安排|下达|拨付|兑现|受理|确定|实施|进行|开展|建立|归口|管理|办理|研究|处理|"
         r"提出|责令|给予|决定(?![，,：:])|批准|查处|征收|保障|督促|检查|履行|召集|维护|执行|没收|处以|予以|吊销|撤销|公告|颁发|"
         r"发放|追缴|通报|告知|做好|抓好|落实|补助|补贴|奖励|推广|推荐|评选|评审|遴选|选择|初审|复核|核定|核查|核实|验收|起草|拟订|"
         r"解释|调查|对)")
#: A frame between 由X and its verb: 由财政部门在预算中拨付, 由区财政局按规定拨付; or what the verb acts on, set before it
#: by 将 (由区财政将资金拨付至区科技局).
_GAP = r"(?:在[^，,。；;由的]{1,12}?[中内上下]|按(?:照)?[^，,。；;由的]{1,10}?(?:规定|程序|权限|标准|比例)|将[^，,。；;由的将]{1,8}?)"
#: Any other frame a 由X sets before its verb, opened by a frame word so that no body's name is cut (自然资源主管
#: 部门 opens with 自, so 自 and 从 are none): 按年度, 于每年6月底前, 根据实际情况, 依照国家有关规定.
_FRAME_GAP = r"(?:按照?|于|在|根据|依据|依照|每年|每季度|每月|统一|通过)[^，,。；;由的]{1,15}?"
#: Where a subject can start: the text's start, a clause boundary, or after an article number's space.
_START = r"(?:^|(?<=[。；;，,：:\n\s　]))"
#: A phrase setting the frame between a subject and its verb.
_FRAME = r"(?:在|根据|按照|依据|结合)"
#: A verb that only describes its subject (市人民政府设立的图书馆, 负责管理地震工作的部门) is no fact.
_RELATIVE = re.compile(r"的|[^，,。；;：:]{0,15}?的(?:部门|机构|机关|单位)")


@lru_cache(maxsize=1)
def _unit_alternation() -> tuple[str, str]:
    """(one unit, a list of them): national names, collectives, local shapes, 我局."""
    names = "|".join(re.escape(n) for n in sorted(set(national_names()) | set(COLLECTIVE_UNITS), key=len, reverse=True))
    local = "|".join(p.pattern for p in (*LOCAL_UNIT_PATTERNS, DEPARTMENT_RE, LEVEL_GOVERNMENT_RE, LEADING_GROUP_RE,
                                          LEVEL_TREASURY_RE))
    anchored = rf"(?:(?<=[由。；;，,：:、\n和及与同报经])|^)(?:{GENERIC_DEPARTMENT_RE.pattern}|{GRASSROOTS_OFFICE_RE.pattern})"
    unit = rf"(?:{local}|{anchored}|(?:国家)?(?:{names})|{_SELF_REF})"
    return unit, rf"{unit}(?:[、和及与]{unit})*(?:等(?:有关)?(?:部门|单位))?"


#: What a body named as the one a matter goes to does with it: 报财政部备案, 经县商务局审核.
_RECEIVE = r"(?:备案|审批|批准|核准|审核|审定|审查|确认|认定|复核|评审|初审|核定)"
#: An acting body's own steps before its verb: 经领导小组办公室实地踏查…并…审核; never a body or a 的
#: (经国务院授权的部门审批, 经国务院银行业监督管理机构批准: the body is the longer name).
_STEPS = r"(?:(?!部门|机构|机关|的)[^。；;由经报向]){0,30}?"


@lru_cache(maxsize=1)
def _receiver_patterns() -> tuple[re.Pattern[str], ...]:
    """报X备案 / 报经X批准 / 经X审核 / 向X备案: the body a matter is sent to or must pass, which decides on it."""
    _, units = _unit_alternation()
    body = rf"(?P<unit>{units}|{_LOOSE_GOV})(?!门)"  # 宗教事务部门 is no 宗教事务部
    return (
        re.compile(rf"(?:报(?![告表批道名销考])|报送|报请|提交|送)经?{body}(?:[（(][^（）()]{{1,10}}[）)])?{_RECEIVE}"),
        re.compile(rf"(?<![已未])经(?![济信发营贸费过])(?:{body})(?:{_STEPS}){_RECEIVE}"),
        re.compile(rf"(?<![面指方趋倾走去偏])向{body}(?:申请|报送|提出|提交)?{_RECEIVE}"),
    )


def read_receivers(text: str, found: Responsibility, region: str | None, author: str | None = None) -> None:
    """The bodies a clause sends a matter to (报财政部、人力资源社会保障部备案) or makes it pass (经领导小组
    办公室审核), into `found` as units named without a role: a clause that names no acting body is
    answered with the body that decides. A generic 有关部门 names none, and a sentence whose actor is
    named with 由 but is no body (由所在单位提出，报领导小组办公室备案) has that actor, not the receiver, and
    a body that approved the document itself (经国务院批准，现就有关事项通知如下) decides no matter in it."""
    for sentence in re.split(r"[。；;\n]", text):
        if re.search(r"(?<![自理事缘])由(?!于|此)", sentence):
            continue
        for m in sorted((m for p in _receiver_patterns() for m in p.finditer(sentence)), key=lambda m: m.start()):
            unit = m.group("unit")
            if re.match(r"\s*[，,]?\s*现", sentence[m.end():]):
                continue
            if re.fullmatch(r"(?:有关|相关|主管|其他|原)[\u4e00-\u9fff]{0,4}(?:部门|单位|机关|机构)", unit):
                continue
            found.add("general", [u for u in _names(unit, region, author) if u not in found.units])


@lru_cache(maxsize=1)
def _prose_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """Prose forms over a unit alternation: national names, collectives, local shapes.

    A unit-shaped subject (国务院办公厅, 区政府, 交通部, 我局) at a clause start followed by a
    responsibility verb is a fact (区政府负责…, 交通部将进行行业审查, 国务院办公厅是…的主管单位);
    a name merely mentioned (an addressee list, an object) is not, as no verb follows it there.
    A looser body (…部门/机关/机构) counts only where the syntax says it is a body: after 由,
    before 会同, or before 负责/主管.
    """
    unit, units = _unit_alternation()
    # 会同中央农办、农业部…等部门: a list closed by 等部门 says each piece is a body, so a short name the
    # vocabulary lacks (中央农办) is taken by its shape there, and the known names after it are not lost.
    shaped = rf"(?:{unit}|[\u4e00-\u9fff]{{1,8}}?(?:办|委|局|部|厅|署|院|会))"
    # (tried only where the 等部门 closing it stands ahead, each piece read once up to the 、 or 等 after it: a long list
    # of bodies, an addressee line of thirty ministries, would otherwise be tried split every way its pieces can be
    # read, which never ends)
    piece = rf"(?>{shaped}(?=[、等]))"
    listed = rf"(?=[^，,。；;：:]*?等(?:有关)?(?:部门|单位)){piece}(?:、{piece})*等(?:有关)?(?:部门|单位)"
    # 会同编制、发展改革、财政、…、妇联、残联等单位: a list of fields of work (and bodies) of any length that
    # 等单位 closes is the partners, each piece a body of its field (_names)
    fields = r"(?:(?:(?![由的对是在])[\u4e00-\u9fff]){1,10}、){2,40}(?:(?![由的对是在])[\u4e00-\u9fff]){1,10}?等(?:有关|相关)?(?:部门|单位)"
    partners = rf"(?:{units}|(?:有关|相关)(?:部门|单位)|{listed}|{fields})"
    subject = rf"(?:{listed}|{units})"  # 区劳动保障局、…、区红十字会等部门根据…做好…
    act = rf"{_MODAL}{{0,3}}{_VERB}"
    by = r"(?<![自理事缘])由(?!于|此)"
    cue = re.compile
    return (  # (form, the words a text must hold for it to be tried: laws are long)
        (re.compile(rf"{by}(?P<lead>{units})(?:会同|联合|协同|商)(?P<support>{partners})"), cue("由")),
        # 由设区的市人民政府根据实际情况确定 / 由县级人民政府按照国家和省有关规定给予…: after 由 a named body
        # is the actor, whatever frame (manner, time, ground) stands between it and its verb
        (re.compile(rf"{by}(?P<lead>{units})(?:{_GAP}|{_FRAME_GAP})?{act}"), cue("由")),
        # 由邮电部会同国务院有关部门规定 / 由常务委员会负责解释: after 由 and before 会同 or 负责 the slot says
        # it is a body, so a name the vocabulary lacks is taken by its shape
        (re.compile(rf"{by}(?P<lead>{shaped})(?=会同|联合|负责(?!人|同志))(?:(?:会同|联合)(?P<support>{partners}|{_LOOSE_LIST}))?"),
         cue("由")),
        # 由蓝田县猿人遗址文管所全面负责 / 由…纪念馆全面负责: an institution (所, 处, 馆, 站, 中心) put wholly in charge
        (re.compile(rf"{by}(?P<lead>{_INSTITUTION})(?=(?:全面|全权|具体)负责(?!人|同志))"), cue("负责")),
        (re.compile(rf"{_START}(?P<lead>{units})(?:牵头[，,]?)?(?:已经?|将|还|也)?(?:会同|联合)(?P<support>{partners})"),
         cue("会同|联合")),
        # 有关行政管理部门、矿业主管部门应协助矿管部门搞好…: bodies the sentence makes help another support it
        (re.compile(rf"{_START}(?P<partner>(?:{_LOOSE_LIST}|{partners})(?:、(?:{_LOOSE_LIST}|{partners}))*)(?:{_MODAL}){{0,2}}(?:协助|配合)"
                    rf"(?P<helped>{units}|{_LOOSE})?"),
         cue("协助|配合")),
        (re.compile(rf"{_START}(?P<lead>{subject})(?:{act}|{_DUTY}|将)"), None),
        # 市民政局是全市殡葬工作的行政管理机构: the body named the one that runs it
        (re.compile(rf"{_START}(?P<lead>{units})(?:是|为|作为)[^，,。；;]{{0,30}}?(?:(?:主管|牵头|责任|负责)(?:单位|部门|主体)"
                    r"|(?:行政)?管理(?:机构|机关))"),
         cue("(?:主管|牵头|责任|负责)(?:单位|部门|主体)|管理(?:机构|机关)")),
        # 主管部门为湖州市经济和信息化局 / 牵头单位是市发改委: the role named first, the body after it
        (re.compile(rf"(?:^|(?<=[，,：:\s]))(?:其|本项目的?|本办法的?)?(?:主管|牵头|责任|负责)(?:单位|部门)(?:为|是)(?P<lead>{units})(?![\u4e00-\u9fff]{{0,4}}的)"),
         cue("(?:主管|牵头|责任|负责)(?:单位|部门)(?:为|是)")),
        # 我局为配合部门 / 市财政局作为协办单位: a body named as the one that supports
        (re.compile(rf"{_START}(?P<partner>{units})(?:是|为|作为)[^，,。；;]{{0,20}}?(?:配合|协办|参与|协同|协助)(?:单位|部门)"),
         cue("(?:配合|协办|参与|协同|协助)(?:单位|部门)")),
        # 省科技和财政部门是创新资金的主管部门 / 市、区县人民政府经委(经济局)是…的主管部门: a body by its role
        # word or with its other name, named the one in charge
        (re.compile(rf"{_START}(?P<lead>{_LEVEL_GOV}|{_LOOSE_GOV}|{_ALIASED})(?:是|为)[^，,。；;]{{0,45}}?(?:主管|牵头|责任|负责)(?:单位|部门|主体|机关)(?!以外|之外|外的|的)"),
         cue("(?:主管|牵头|责任|负责)(?:单位|部门|主体|机关)")),
        (re.compile(rf"{by}(?P<lead>{_LOOSE})(?:(?:会同|联合)(?P<support>{_LOOSE_LIST}))?{_GAP}?{act}"), cue("由")),
        # 由市住房城乡建设部门会同市发展改革、统计等部门制定: the partners end the slot, whatever verb follows
        (re.compile(rf"{by}(?P<lead>{_LOOSE})(?:会同|联合)(?P<support>{partners}|{_LOOSE_LIST})"), cue("由")),
        (re.compile(rf"{_START}(?P<lead>{_LOOSE})(?:{_MODAL}){{0,2}}(?:会同|联合)(?P<support>{_LOOSE_LIST}|{partners})"), cue("会同|联合")),
        (re.compile(rf"{_START}(?P<lead>{_LOOSE_GOV}){_MODAL}{{0,2}}{_DUTY}"), None),
        # 各区工业和信息化主管部门对申报材料进行初审 / 县民政部门每年对…进行: a body named with its level
        (re.compile(rf"{_START}(?P<lead>{_LEVEL_GOV}){act}"), None),
        # 财政部和水利部在总结…的基础上,…,制定了… / 各省科技行政管理部门根据本办法,…制定… / 县级以上人民政府
        # 有关部门在各自职责范围内负责… / 科技部拟在“十五”后两年，选择…: the verb comes after a framing
        # phrase of its own, which a planned or required measure opens with its modal (拟, 将, 要)
        (re.compile(rf"{_START}(?P<lead>{subject}|{_LEVEL_GOV})(?=(?:{_MODAL}){{0,2}}{_FRAME}(?:[^。；;]{{0,60}}?[，,]|[^。；;，,]{{1,20}}?[内中下上])(?:{_MODAL}){{0,2}}{_VERB})"),
         cue(_FRAME)),
        # 温家宝总理批示发展改革委、科技部、建设部和环保总局认真研究 / 责成市商务局牵头办理: bodies a superior
        # commissions, named as the object of 批示/责成/指示, are the ones to act
        (re.compile(rf"(?<=批示|责成|指示)(?P<lead>{units}){act}"), cue("批示|责成|指示")),
        # 各级政务新媒体接受宣传、网信部门的业务统筹指导: the body overseeing the subject, named without a
        # role (Responsibility.resolved: it leads where no other unit does, else supports)
        (re.compile(rf"(?<=接受)(?P<overseer>(?:{_LOOSE_LIST}|{units})(?:[、和及与](?:{_LOOSE_LIST}|{units}))*)的"
                    rf"[^，,。；;]{{0,20}}?(?:指导|监督|管理|领导)"), cue("接受")),
        # 由国务院银行业监督管理机构牵头，国务院有关部门参加 / 由…主管部门牵头，各相关部门配合的…机制: the
        # bodies after a lead's 牵头 that take part (配合, 参加, 参与, 协助, 协同) support it
        (re.compile(rf"(?<=牵头[，,])(?P<support>(?:{_LOOSE_LIST}|{partners})(?:、(?:{_LOOSE_LIST}|{partners}))*)"
                    rf"(?:{SUPPORT_VERBS})"), cue(SUPPORT_VERBS)),
        # 县民政部门每年…,会同财政部门、残联部门定期检查…: the sentence's subject, left out before 会同
        (re.compile(rf"(?<=[，,])(?:并|还|要|将|应|可)?(?:会同|联合)(?P<support>(?:{_LOOSE_LIST}|{partners})(?:、(?:{_LOOSE_LIST}|{partners}))*)"),
         cue("会同|联合")),
    )


def read_prose(text: str, found: Responsibility, region: str | None, author: str | None = None) -> None:
    """由X会同Y组织实施 / X负责受理 / 具体工作由X承担 / X会同Y、Z研究提出 / 交通部将进行行业审查 /
    国务院办公厅是…的主管单位, into `found`. 我局 names `author` when its kind of body matches
    (see self_reference)."""
    for sentence in re.split(r"[。；;\n]", _COVERS_NOTE.sub("", _ALIAS_NOTE.sub("", text))):
        if _PROSE_CUE.search(sentence):
            _read_sentence(_ITEM_LABEL.sub("", sentence, count=1), found, region, author)
    for m in _ALIAS_NOTE.finditer(text):  # X(以下简称“Y”) … Y会同…: one body, named as the text goes on
        short = _SHORT_NAME.search(m.group(0))
        full = [u for u in found.units if text[: m.start()].endswith(u)]
        if short and short.group(1) in found.units and full:
            for bucket in (found.lead, found.supporting, found.general):
                bucket[:] = dict.fromkeys(short.group(1) if u == full[0] else u for u in bucket)


def _read_sentence(text: str, found: Responsibility, region: str | None, author: str | None) -> None:
    """One sentence's prose forms into `found`; a form is tried only where its cue words occur."""
    taken: list[tuple[int, int]] = []
    for pattern, needs in _prose_patterns():
        for m in pattern.finditer(text) if needs is None or needs.search(text) else ():
            if "overseer" in pattern.groupindex:
                overseers = [u for u in _names(m.group("overseer"), region, author) if not _ADDRESSEE.fullmatch(u)]
                found.add("general", overseers)
                continue
            if "partner" in pattern.groupindex:
                found.add("support", [u for u in _names(m.group("partner"), region, author) if u not in found.units])
                if "helped" in pattern.groupindex and m.group("helped"):  # …配合区发改局: the body helped leads
                    found.add("lead", [u for u in _names(m.group("helped"), region, author) if u not in found.units])
                taken.append(m.span())  # the bodies that help are no subject of another form
                continue
            if "lead" not in pattern.groupindex:
                if found.units and m.group("support"):  # an elided subject: the one this text has named
                    found.add("support", [u for u in _names(m.group("support"), region, author) if u not in found.units])
                continue
            if any(m.start() < e and s < m.end() for s, e in taken) or re.search("[由的]", re.sub(_SEATED, "", m.group("lead"))) \
                    or _RELATIVE.match(text, m.end()):
                continue  # 具体工作由开发区管委会: a subject never swallows the clause's topic
            taken.append(m.span())
            if re.match(r"应当|应|报|向|经|按照|根据|会同|联合|配合", m.group("lead")):
                continue  # 应当报市民政局批准: a place pattern ran back into the verb before the body
            if _FOUNDS.match(text, m.end("lead")):
                continue  # 区政府设立“花山区科学技术奖”: the body founds it, it is not made to run it
            assigned = re.match(r"负责(?!人|同志)", text[m.end("lead"):])  # 各相关职能部门负责为企业评分
            lead = [u for u in _names(m.group("lead"), region, author) if assigned or not _ADDRESSEE.fullmatch(u)]
            if not lead:
                continue  # 各地区、各部门要…: the notice's addressees, told what to do, not a unit named for it
            if "、" in m.group("lead") and not re.match("分别|共同", text[m.end("lead"):]) and len(lead) > 1:
                found.add("lead", lead[:1])  # 省财政厅、省科技厅制定了…: an enumeration's first leads, as
                found.add("support", lead[1:])  # 列第一位者为牵头单位 says of every list
            else:  # 乡镇人民政府和街道办事处负责 / A、B分别负责 / A、B共同管理: each leads
                found.add("lead", lead)
            if "support" in pattern.groupindex and m.group("support"):
                found.add("support", _names(m.group("support"), region, author))


#: What a supporting body does beside the lead: 配合, 参加, 参与, 协助, 协同 (not 参与者, 协同发展).
SUPPORT_VERBS = r"配合(?!单位|部门)|参加(?!单位|部门)|参与(?!单位|部门|者|度)|协助(?!单位|部门)|协同(?!单位|部门|发展|创新|推进)"


#: A body that only founds what the sentence is about (区政府设立…专项资金, 国务院工商行政管理部门设立商标
#: 评审委员会, 县级以上人民政府设立退役军人服务中心) states that it exists and whose it is; who runs, reviews
#: or pays it is said elsewhere or not at all. With a duty word (应当设立, 可以设立, 负责设立) it is a task.
_FOUNDS = re.compile(r"设立(?!的)")
#: 各地区 / 各部门 / 各县（市、区）人民政府 / 各有关单位: a notice's addressees; 各地工业和信息化主管部门
#: names a kind of body and is made responsible like any other.
#: 各级人民政府 names every level of government, not a list of addressees: 各级人民政府要出台…鼓励政策 is its task.
_ADDRESSEE = re.compile(r"(?!各级(?:地方)?(?:人民)?政府$)各(?:[省市县区乡镇旗州盟地级]|地区|街道|[（(][^）)]*[）)]|、)*"
                        r"(?:有关|相关)?(?:职能)?(?:部门|单位|地区|人民政府|政府|机关|机构)?")
#: A sentence's own item number (二、/（三）/4.), which is not part of the subject after it.
_ITEM_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))\s*")
#: Every prose form has one of these; text without them is not searched (laws are long).
_PROSE_CUE = re.compile(rf"由|会同|联合|将|是|为|{_DUTY}|{_VERB}")
#: (以下简称“区产促中心”) between a body and its verb.
_ALIAS_NOTE = re.compile(r"[（(](?:以下简称|以下统称|下称|简称|统称)[^（）()]{1,20}[）)]")
#: a note on what a body's name covers (市、县(含顺城区,下同)矿产资源管理部门): no part of the name, read without it
_COVERS_NOTE = re.compile(r"[（(]含[^（）()]{1,20}[）)]")
_SHORT_NAME = re.compile(r"(?:以下简称|下称|简称)[“\"「]?([^”\"」（）()]{1,20}?)[”\"」]?[）)]")
_BODY_WORD = ("部门", "机关", "机构", "单位", "政府", "办事处")
#: A list piece that is a field of work and no body (民政, 交通运输, 自然资源和规划): it shares the body
#: word the list ends with.
_FIELD_ONLY = re.compile(r"[省市县区]?(?!.*(?:局|厅|委|办|部|署|院|会|中心|政府|机关|机构|单位|部门)$)[\u4e00-\u9fff]{2,10}")


def self_reference(word: str, author: str | None) -> str:
    """我局 is the body that wrote the text: `author` when it is that kind of body (a 局 for 我局),
    else the word as written, as a forwarded report's 我局 is not the forwarding office."""
    return author if author and author.endswith(word[1:]) else word


def _names(names: str, region: str | None, author: str | None = None) -> list[str]:
    """外交部和总参谋部 names two bodies; 文化和旅游部 is one: 和 splits only between bodies.
    同级财政、税务部门 shares its 部门: one name, kept as written."""
    shared = re.search(r"等(?:有关)?(?:部门|单位)(?:和单位)?$", names)
    names = names[: shared.start()] if shared else names
    if shared and "、" in names and not any(is_body(p) for p in names.split("、")):
        return [f"{p}部门" for p in names.split("、") if p]  # 发展改革、财政等部门: each is a 部门
    if shared and any(_FIELD_ONLY.fullmatch(p) for p in names.split("、")):
        # 民政等部门 / 海关、商务、交通运输等部门: a bare field word in the list is a 部门 of that field,
        # never the word alone; a piece that is a body already stays one
        return [u for p in names.split("、") if p
                for u in ([f"{p}部门"] if _FIELD_ONLY.fullmatch(p) and not is_body(p) else split_unit_list(p, region))]
    if re.fullmatch(r"(?:有关|相关)(?:部门|单位)", names) or re.search(r"[（(][^）)]*、", names):
        return [names]  # 会同有关部门 names no body, and says so; 市、县（市、区）人民政府 is one collective
    pieces = [p for p in re.split("、", names) if p]
    if len(pieces) > 1 and pieces[-1].endswith(_BODY_WORD) and not all(is_body(p) for p in pieces):
        return [names]
    if len(pieces) > 1 and all(re.fullmatch(r"各?[省市县区乡镇旗州]级?", p) for p in pieces[:-1]):
        return [names]  # 各省、市科技行政管理部门: the levels share the one body word
    out: list[str] = []
    for unit in split_unit_list(names, region):
        if re.fullmatch(_SELF_REF, unit):
            unit = canonical_unit(self_reference(unit, author), region)
        out += [p for p in split_joined(unit) if p not in out]
    return out


def split_joined(unit: str) -> list[str]:
    """外交部和总参谋部 / 市级各有关部门及各县市区政府 name two bodies; 文化和旅游部 is one: 和/及/与
    split a name only where every piece is a body and the whole is none."""
    pieces = [p for p in re.split("[和及与]", unit) if p]
    split = len(pieces) > 1 and not is_unit_name(unit) and all(is_unit_name(p) or p.endswith(_BODY_WORD) for p in pieces)
    return pieces if split else [unit]
