"""The general vocabulary of enterprise support: industries, sizes, qualifications, needs and kinds.

These words are how Chinese support policies (of any place and field) and companies describing
themselves name the same things; the eligibility stage reads both sides with them. The library
adds its own words on top (the beneficiaries its documents name, see eligibility.measures), so
this list only has to cover the common ground, not one document's field.
"""

from __future__ import annotations

import re

#: how an asker names their own firm, team or project (我们公司, 我们项目组, 本企业, 我司, 咱厂): the asker, not a
#: measure or a body the documents name, so none of its words tells one clause from another
SELF_REFERENCE = re.compile(
    r"(?:我们|咱们|我|咱)(?:这个|这家|的)?(?:公司|企业|单位|工厂|厂|项目组|团队|课题组|合作社|机构|店)|我司|我厂|本(?:公司|企业|单位)"
)

#: the asker introducing themselves before the question (我在省工信厅负责示范平台推荐，…最晚哪天寄到部里？): what they do
#: is no part of what they ask
SELF_INTRODUCTION = re.compile(r"^(?:我|我们|本人|咱们?)(?:是|在|负责|管|从事|做)[^，,。？?！!]{0,30}[，,]")

#: support given in a particular instrument (a name a question asks it by), and the words a text states it in:
#: money asked of one (贴息按贷款利率的多少比例) is not answered by a clause granting only another (固定资产给予20%补贴)
SUPPORT_INSTRUMENTS: dict[str, re.Pattern[str]] = {
    "贴息": re.compile(r"贴息|利息|贴利"),
    "担保": re.compile(r"担保"),
    "租金": re.compile(r"租金|房租|租赁|租用"),
}

#: the crops and livestock farming support is given for, each with the words naming it: a sum for one (稻麦复种…每亩
#: 215元的规模种粮补贴) is not the sum for another asked (种油菜的每亩补多少)
FARM_PRODUCE: dict[str, re.Pattern[str]] = {
    "粮食": re.compile(r"粮食|种粮|水稻|稻谷|早稻|晚稻|稻麦|小麦|玉米|大豆|复种"),
    "油料": re.compile(r"油菜|油料|花生|油茶"),
    "蔬菜": re.compile(r"蔬菜|菜地|菜园|大棚菜"),
    "水果": re.compile(r"水果|果园|果树|柑橘|杨梅|葡萄|苹果"),
    "茶叶": re.compile(r"茶叶|茶园|茶树"),
    "中药材": re.compile(r"中药材|药材"),
    "食用菌": re.compile(r"食用菌|香菇|蘑菇"),
    "花卉苗木": re.compile(r"花卉|苗木"),
    "畜禽": re.compile(r"生猪|畜禽|养猪|牛羊|家禽|养殖场"),
    "水产": re.compile(r"水产|渔业|养鱼"),
}

#: the acts of administering support a question may ask who performs (由哪个部门审核兑现, 归哪个部门管理), each with the
#: words a text states it in: a body a clause names for another act (县财政 that pays, 区政府 that sets up the fund)
#: is not the one asked. 保障 is an act only as the question's last word (由哪个部门保障), not in 保障企业, 保障金.
ADMINISTRATIVE_ACTS: dict[str, re.Pattern[str]] = {
    "审核": re.compile(r"审核|审查|核实|核查|初审|审定|审批"),
    "审批": re.compile(r"审批|批准|审核"),
    "兑现": re.compile(r"兑现|拨付|发放|兑付"),
    "拨付": re.compile(r"拨付|兑现|下达|发放"),
    "受理": re.compile(r"受理|申报|申请|报送|提交"),
    "管理": re.compile(r"管理|主管|管"),
    "监督": re.compile(r"监督|监管|检查"),
    "考核": re.compile(r"考核|考评|评价"),
    "评审": re.compile(r"评审|评定|评选|评价|评分"),
    "验收": re.compile(r"验收"),
    "保障": re.compile(r"保障|安排|承担|负担|列入预算"),
}
#: the question's words asking each act (保障 only at the end of the question)
ASKED_ACTS = re.compile(r"审核|审批|兑现|拨付|受理|管理|监督|考核|评审|验收|保障(?=[？?]?$)")

#: Industry value → words naming it (the value itself first). Document words and everyday words.
INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "互联网": ("互联网", "移动互联网", "网络公司", "APP", "App", "app", "移动应用", "应用开发", "网站"),
    "软件": ("软件", "SaaS", "saas", "工业软件", "信息系统集成", "系统集成", "首版次软件"),
    "集成电路": ("集成电路", "芯片", "半导体", "IC设计", "晶圆", "封装测试"),
    "跨境电商": ("跨境电商", "跨境电子商务", "外贸电商"),
    "电子商务": ("电子商务", "电商", "网店", "网商", "网络零售", "淘宝店", "网上商城", "直播带货"),
    "物联网": ("物联网", "传感器", "智能传感"),
    "北斗": ("北斗", "卫星导航", "位置服务", "位置信息服务", "地理信息", "测绘"),
    "数字内容": ("数字内容", "动漫", "游戏", "数字出版", "数字音乐", "网络文化", "新媒体", "网络视听"),
    "云计算": ("云计算", "云服务", "云平台"),
    "大数据": ("大数据", "数据中心", "数据服务"),
    "人工智能": ("人工智能", "机器人", "智能制造"),
    "电子信息": ("电子信息", "数字经济", "信息服务业", "信息技术服务", "信息产业", "数字化车间", "未来工厂", "智能工厂"),
    "智能终端": ("智能终端", "智能手机", "智能电视", "平板电脑", "智能家居", "可穿戴", "数字家庭", "消费电子"),
    "通信": ("通信", "电信", "宽带", "移动转售", "虚拟运营商", "运营商"),
    "物流": ("物流", "快递", "仓储", "配送"),
    "支付": ("第三方支付", "移动支付", "支付机构"),
    "平板显示": ("平板显示", "显示面板", "新型显示"),
    "农业农村": ("农业", "农村", "农产品", "合作社", "涉农", "农民", "乡村", "种植", "养殖", "中药材种植", "特色农业", "家庭农场"),
    "养老服务": ("养老", "养老服务", "智慧养老", "居家养老", "养老机构", "敬老院", "老年人照护"),
    "医药健康": ("医药", "药品", "新药", "中药", "仿制药", "生物医药", "医疗器械", "医院", "诊所", "医疗机构", "大健康"),
    "文化": ("文化", "文化企业", "文化创意", "出版", "影视", "电影", "演艺", "广播电视", "艺术"),
    "旅游": ("旅游", "景区", "民宿", "旅行社", "酒店", "宾馆", "文旅"),
    "教育培训": ("教育", "培训机构", "学校", "职业培训", "托育", "幼儿园"),
    "金融": ("金融机构", "银行", "保险公司", "证券", "基金管理", "融资担保机构", "小额贷款公司"),
    "新能源": ("新能源", "光伏", "风电", "储能", "氢能", "新能源汽车"),
    "新材料": ("新材料", "先进材料"),
    "节能环保": ("节能环保", "环保", "节能", "污水处理", "固废"),
    "建筑": ("建筑", "施工", "装修", "建筑业"),
    "房地产": ("房地产", "住宅", "物业"),
    "交通运输": ("交通运输", "运输", "客运", "货运", "航运"),
    "商贸": ("商贸", "批发", "商贸企业", "限上商贸", "外贸", "进出口"),
    "零售": ("零售", "超市", "便利店", "商店"),
    "餐饮": ("餐饮", "餐馆", "饭店", "餐厅", "饭馆", "小吃", "奶茶"),
    "制造业": ("制造业", "制造", "工厂", "加工厂", "工业企业", "工业类项目", "生产加工", "工业"),
    "服务业": ("现代服务业", "服务业"),
    "家政": ("家政",),
    "体育": ("体育", "健身"),
}

#: Industries close enough that a measure for one may cover the other (the company should check).
INDUSTRY_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"互联网", "软件", "云计算", "大数据", "电子商务", "数字内容", "物联网", "电子信息", "人工智能"}),
    frozenset({"电子商务", "跨境电商", "零售", "商贸"}),
    frozenset({"文化", "数字内容", "旅游"}),
    frozenset({"养老服务", "医药健康", "家政"}),
)

#: Company size values and everyday words for them.
SIZE_WORDS: dict[str, tuple[str, ...]] = {
    "小微": ("小微", "小微企业", "小企业", "微型", "微企", "小型", "初创", "创业公司", "创业企业", "个体", "个体户",
             "工作室", "小公司", "小团队"),
    "中型": ("中型", "中型企业", "中小企业", "中小"),
    "大型": ("大型", "大型企业", "大企业", "集团公司"),
}
#: Words documents use for the firms a measure is for, and the sizes they include.
SIZE_BENEFICIARIES: dict[str, frozenset[str]] = {
    "小微": frozenset({"小微"}), "小型微型": frozenset({"小微"}), "小型": frozenset({"小微"}), "微型": frozenset({"小微"}),
    "中小微": frozenset({"小微", "中型"}), "中小": frozenset({"小微", "中型"}), "中型": frozenset({"中型"}),
    "大型": frozenset({"大型"}), "大中型": frozenset({"大型", "中型"}),
}
SIZE_BENEFICIARY_RE = re.compile(r"(?P<s>中小微|大中型|小型微型|小微|中小|中型|大型|小型|微型)(?=[\u4e00-\u9fff]{0,8}?(?:企业|网商|开发者|商户|公司))")

#: Qualifications a company may hold; each with the words that name it.
QUALIFICATION_WORDS: dict[str, tuple[str, ...]] = {
    "高新技术企业": ("高新技术企业", "高新企业", "高企", "高新认定"),
    "科技型中小企业": ("科技型中小企业", "科技型企业", "科技型"),
    "专精特新": ("专精特新", "小巨人"),
    "软件企业": ("双软", "软件企业认定", "认定的软件企业", "软件企业评估", "通过软件企业"),
    "集成电路企业": ("集成电路企业认定", "认定的集成电路企业"),
    "创新型企业": ("创新型", "创新型企业"),
    "成长型企业": ("成长型", "成长型企业", "高成长"),
    "民营企业": ("民营", "民营企业", "私营", "民企", "民间资本"),
    "规模以上企业": ("规上", "规模以上", "限上", "限额以上"),
    "企业技术中心": ("企业技术中心", "技术中心", "研发中心", "工程技术研究中心"),
    "上市公司": ("上市公司", "已上市", "主板上市", "上市企业", "新三板挂牌", "挂牌企业"),
}
#: Qualification value → pattern for a condition in a document that requires it.
QUALIFICATION_REQUIRED: dict[str, re.Pattern[str]] = {
    q: re.compile(rf"(?:经|初次|首次|新|当年|年度新)?(?:认定|评为|获评|获批|列入|纳入|评估|通过)[^，。；]{{0,12}}?(?:{'|'.join(map(re.escape, ws[:3] + (q,)))})")
    for q, ws in QUALIFICATION_WORDS.items() if q not in ("民营企业", "创新型企业", "成长型企业")
}

#: What a company may want; each need is served by one kind of support.
NEED_WORDS: dict[str, tuple[str, ...]] = {
    "融资": ("融资", "贷款", "借款", "资金周转", "缺钱", "授信", "担保", "质押", "风投", "风险投资", "天使投资", "股权投资", "找投资"),
    "上市": ("上市", "IPO", "ipo", "挂牌", "创业板", "发债", "债券"),
    "税收": ("税收", "减税", "税负", "所得税", "增值税", "加计扣除", "免税", "退税", "税"),
    "资金": ("补贴", "补助", "专项资金", "财政资金", "扶持资金", "资助", "奖励", "奖补", "开办补贴"),
    "用地": ("用地", "土地", "供地", "厂房", "场地"),
    "采购": ("政府采购", "采购", "政府订单", "政府购买服务"),
    "审批": ("审批", "注册", "开公司", "办照", "营业执照", "登记", "牌照", "许可", "准入"),
    "试点": ("试点", "示范", "示范项目"),
    "社保用工": ("社保", "社会保险", "招工", "用工", "招聘", "稳岗", "就业"),
    "人才": ("人才", "团队", "落户", "人才公寓"),
}
NEED_KINDS: dict[str, str] = {
    "融资": "融资与金融", "上市": "融资与金融", "税收": "税收优惠", "资金": "财政资金与专项", "用地": "用地与要素",
    "采购": "政府采购", "审批": "审批与准入便利", "试点": "试点与示范", "社保用工": "社保与就业", "人才": "人才与服务",
}

#: Kinds of support, in display order, and the words in a sentence that name each.
KIND_RULES: dict[str, re.Pattern[str]] = {
    "财政资金与专项": re.compile(r"专项资金|财政资金|专项(?!规划|建设基金)|资金支持|补贴|补助|奖补|奖励|资助|贴息|消费券|扶持政策|引导资金"),
    "税收优惠": re.compile(r"所得税|税收优惠|加计扣除|增值税|营业税|税率|免征|减税|税负|退税|房产税|减按"),
    "融资与金融": re.compile(r"贷款|融资|上市|新三板|企业债|公司债|债券|私募债|票据|担保|质押|投资基金|创业投资|风险投资|信贷|增信"),
    "社保与就业": re.compile(r"社会保险|社保|保险费率|缴费费率|保障金|稳岗|吸纳就业|用工"),
    "用地与要素": re.compile(r"用地|供地|土地|厂房|电价|用电|用水"),
    "政府采购": re.compile(r"政府采购|采购试点|参与[^。；]{0,8}政府[^。；]{0,12}(?:建设|运营|运维|服务)"),
    "审批与准入便利": re.compile(r"审批|门槛|一址多照|先照后证|牌照|准入|许可|以参股方式|进入基础电信|经营[^。；，,]{0,6}业务"),
    "试点与示范": re.compile(r"试点|示范"),
    "人才与服务": re.compile(r"人才|核心团队|培训|体检|落户|子女入学|医疗健康|交通出行"),
}
KINDS: tuple[str, ...] = tuple(KIND_RULES)
#: a heading naming the kind of the measures under it (落实…若干政策 under 落实税收优惠政策)
TITLE_KINDS: dict[str, re.Pattern[str]] = {
    "税收优惠": re.compile(r"财税|税收"), "融资与金融": re.compile(r"融资|金融"),
    "财政资金与专项": re.compile(r"财政|奖励|补助"), "用地与要素": re.compile(r"要素|用地"),
}

#: Nouns that name who receives support (the end of a beneficiary phrase).
BENEFICIARY_NOUN = r"(?:企业|公司|网商|合作社|个体工商户|开发者|商户|用人单位|民间资本|市场主体|机构|项目)"
#: The same, for deciding that a company is the one supported (a 项目 or 机构 may be a government's own).
ENTERPRISE_NOUN = r"(?:企业|公司|网商|合作社|个体工商户|开发者|商户|用人单位|民间资本|市场主体|支付机构)"
#: Verbs that start a support measure aimed at someone.
SUPPORT_VERB = r"(?:支持|鼓励|优先|扶持|引导|帮助|予以|享受|减轻|降低|批准|扩大|允许|给予|奖励|补助|补贴|免征|减免|暂免)"
#: A sentence part in which a company is the one supported.
ENTERPRISE_FACING: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{SUPPORT_VERB}[^。；，,]{{0,14}}?{ENTERPRISE_NOUN}"),
    re.compile(rf"{ENTERPRISE_NOUN}[^。；]{{0,8}}?(?:享受|予以|提供|增信|免征|减按)"),
    re.compile(rf"为[^。；，,]{{0,8}}{ENTERPRISE_NOUN}[^。；]{{0,6}}提供"),
    re.compile(rf"(?:对|凡)[^。；，,]{{0,30}}{ENTERPRISE_NOUN}[^。；]{{0,6}}(?:给予|予以|奖励|补助|补贴|资助)"),
    re.compile(rf"(?:对|凡)[^。；，,]{{0,30}}{ENTERPRISE_NOUN}[^。；，,]{{0,40}}的"),
    re.compile(r"落实[^。；]{0,30}(?:政策|办法)"),
    re.compile(r"(?:支持|扶持)[^。；]{0,20}(?:技术、产品|产品|产业(?!化|基地))"),
    re.compile(r"纳入[^。；]{0,30}扶持范围|业[^。；，,]{0,8}扶持政策"),
    re.compile(r"(?:鼓励|支持)[^。；]{0,12}(?:质押融资|小额贷款|融资服务|增信)"),
    re.compile(r"(?:降低|下调|减缓|暂免|免缴|缓缴)[^。；]{0,16}(?:费率|保障金|缴费)"),
    # a faster approval serves every applicant
    re.compile(r"(?:精简|简化|提高|加快)[^。；，,]{0,6}审批|工作日内[^。；]{0,6}完成审批"),
)
CONDITIONAL_FACING: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:对|凡)[^。；]{{0,20}}{ENTERPRISE_NOUN}[^。；]{{0,40}}的[，,]"),
    re.compile(rf"{ENTERPRISE_NOUN}[^。；]{{0,30}}的[，,][^。；]{{0,4}}可(?:保留|以|享受)"),
)
#: Parts whose support goes to governments or their own bodies, not to companies.
GOVERNMENT_TASK = re.compile(
    r"^(?:支持|鼓励)(?:地方|试点城市|有条件的(?:城市|地方))(?![^。；]{0,60}企业)|^(?:出台|制定|研究制定|研究制订|制订|发布)"
    r"|统筹安排地方政府债|地方政府债券额度内|个人所得税|同时废止|起施行|起执行|有效期|负责解释"
)
#: Lenders and intermediaries a sentence names beside the firms it supports (金融机构为中小网商提供…).
INTERMEDIARY = re.compile(r"(?:金融|银行|保险|担保|中介|服务)机构$|^银行")
#: Parts of a sentence that state a condition on the firm (thresholds, age, certificates).
CONDITION_PART = re.compile(r"以上|以下|以内|超过|突破|达到|不低于|不少于|成立|认定|评为|获评|列入|纳入")
#: A document's own rule that its rewards do not add up (同类政策不重复享受, 就高不重复).
NO_STACKING = re.compile(r"不重复享受|就高不重复|不得重复|不重复支持|择优享受|就高享受")
