"""How Chinese policy texts and laws write a time, once: the grammar both the deadline reader
(`corpus.dates.extract_deadline`, a measure's 时间进度) and the "has a time" tests (`TIME_TEXT`: which
sentence part of a clause dates what is asked, `answering.measures.gives_date`) are built from.

A reader that knows fewer forms than the tests declines a 什么时候 question whose clause states its time
in a form only the tests know (转制后自企业登记注册的次月起按企业办法参加社会保险; a division plan's
(国务院各部门分别负责,年内持续推进)), so the forms live here and nowhere else:

- named points: 2021年6月15日前, 2014年一季度, 2020年上半年, 2025年前, “十四五”期间;
- relative periods: 次月起, 次年, 当年内, 年内, 年底前, 季度末, 每季度最后一个月的30日前, 每年3月31日前;
- anchored spans: 自收到申请之日起二十日内, 自企业登记注册的次月起;
- durations: 5个工作日内, 三年内, 两年后;
- ongoing: 持续推进, 长期坚持, 常态化开展 — a time only where a division plan's note puts it, after the
  units (…负责,持续推进); elsewhere (持续推进产业升级) they are the measure's own words.
"""

from __future__ import annotations

import re

_NUM = r"[\d一二两三四五六七八九十百零〇]+"
_YEAR = r"(?:19|20)\d\d\s*年"
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
#: a month, with its day, its third (上旬) or its end (6月15日, 三月底, 10月下旬)
_MONTH = rf"{_DAY}\s*月(?:\s*{_DAY}\s*日|\s*[上中下]旬|\s*底)?"
_BEFORE = r"(?:前|之前|以前)"
#: a count of time units that a span is measured in (二十日, 5个工作日, 3个月, 两年)
_SPAN = rf"{_NUM}\s*个?(?:工作日|自然日|日|天|周|月|年)"

#: a point on the calendar: 2021年6月15日, 2014年第一季度, 2020年上半年, 2015年底, 2025年前; a plan period: “十四五”期间
NAMED_POINT = (
    rf"{_YEAR}(?:\s*{_MONTH}|第?[一二三四1-4]季度末?|[上下]半年|年?底|年内|末|{_BEFORE}(?![一二三四五六七八九十\d]))?"
    r"|[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末|初)"
)
#: a date that comes back every year, quarter or month (每季度最后一个月的30日前, 每年3月31日前, 每月十日前)
RECURRING = rf"每(?:年度?|个?季度|个?月|半年)[^，。；,;]{{0,12}}?(?:{_DAY}\s*日|底){_BEFORE}"
#: a period relative to the act or the year (次月起, 次年, 当年内, 年内, 年底前, 季度末, 当日办结), and a recurring date (每季度
#: 最后一个月的30日前, 每年3月31日前, 每月十日前); 年内 after a count (三年内) is a duration
RELATIVE = (
    r"次(?:年|月|日)度?(?:起|内|底)?|当(?:年|月)度?(?:起|内|底|末)|当[日天场](?=办结|办理|办好|完成|受理)"
    r"|(?<![\d一二两三四五六七八九十百几])年内|年底前|年末|月底前|季度末|[上下]半年"
    rf"|{RECURRING}"
)
#: a span counted from an act (自收到申请之日起二十日内), or the period after it (自企业登记注册的次月起); the
#: period of the act itself (自认定当年起给予企业连续5年奖励) opens how long a measure lasts, not when it is due
ANCHORED = rf"自[^，。；,;]{{0,20}}?(?:(?:之|当)日起[^，。；,;]{{0,6}}?{_SPAN}(?:内|以内|之内)|次(?:日|月|年)起)"
#: a length of time (5个工作日内, 三年内, 两年后, 6个月以上), and one a sentence gives an act to be done in
#: (3个工作日办结企业开办)
DURATION = rf"{_SPAN}(?:以上|以内|之内|内|后)|{_SPAN}(?=办结|办理完|完成)"
#: an ongoing time, in a division plan's note after the units (国务院各部门分别负责,年内持续推进)
ONGOING = r"(?<=[,，、;；(（])(?:(?:年内|全年)(?:持续|长期)?|长期|持续|常态化)(?:推进|坚持|实施|开展|落实)(?=\s*[)）])"

#: a day of a month with no year (5月5日上报第一期): of the year the text is written for
MONTH_DAY = r"(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日"
#: a span before a date another act sets (规定的上报日期前20日, 截止之日前5个工作日): due then
BEFORE_DATE = rf"(?:日期|之日|时间|期限)(?:前|之前){_SPAN}"
#: a date or a span of time: which sentence part dates what is asked, and what a deadline question is
#: answered with when no 时间进度 was read
TIME_TEXT = re.compile(rf"{ANCHORED}|{NAMED_POINT}|{RELATIVE}|{DURATION}|{ONGOING}|{BEFORE_DATE}|{MONTH_DAY}|季度")

_VERB = r"(?:启动|完成|出台|发布|建成|实施|实现)"
#: a measure's 时间进度: a due point (2021年6月底前完成, 2014年一季度启动, 2021年6月15日前, 2025年前, 年底前), a
#: recurring due date (每季度最后一个月的30日前), a span from an act (自收到申请之日起二十日内, 次月起), working days
#: (5个工作日内) or an ongoing time in a note. A goal year alone (到2025年) is a target's year, not a deadline.
DEADLINE_RE = re.compile(
    rf"\d{{4}}年(?:第?[一二三四]季度|[上下]半年|年底前?|年内|内|底前?|{_MONTH})前?{_VERB}?"
    rf"|\d{{4}}年{_BEFORE}(?![一二三四五六七八九十\d]){_VERB}?"
    rf"|(?:今年|年)底前|到\d{{4}}年底(?:前)?|\d{{1,2}}月底前{_VERB}?"
    rf"|{ANCHORED}|{RECURRING}"
    rf"|{_NUM}\s*个工作日(?:内|以内|之内)|{ONGOING}"
    rf"|{MONTH_DAY}\s*{_BEFORE}"  # 请于5月10日前报送: a due day of the year the text is for
)

#: The acts a date in a policy text marks, by kind: a question asking when one happens (评选结果什么时候公布)
#: is not answered by the date of another (请于…前将申报材料报送). Only these acts, whose date is not a task's
#: due date, are told apart: completing a task is written in too many verbs (建成, 构建形成, 实现) to tell.
DATED_ACTS: dict[str, tuple[str, ...]] = {
    "公布": ("公布", "公示", "发布", "公开", "通报", "揭晓", "公告"),
    "报送": (
        "报送", "上报", "申报", "提交", "报至", "寄送", "寄到", "邮寄", "寄给", "寄过去", "交给", "交到", "交至", "上交",
        "报给", "报到", "反馈", "送达", "送至", "递交", "报名", "受理",
        # 报 before the body it goes to (将工作方案报区人民政府办公室), not 报告 or 情况报
        "报(?=[省市区县旗][\u4e00-\u9fff]{0,10}(?:政府|办公室|办|厅|局|委|室))",
    ),
    "拨付": ("拨付", "发放", "兑现", "兑付", "到账", "下达", "拨款"),
    "召开": ("召开", "举办", "举行", "开会"),
}
#: the words a question asks a time with, right before the act it dates (什么时候公布) or before 时间/日期 after
#: it (公布时间是哪天): the act asked is the one they join, not a word of the topic (互联网支付机构)
ASKS_WHEN = r"(?:什么时候|什么时间|何时|哪天|哪一天|几月几[日号]|几号|啥时候)"
