"""A company's self-description → a profile the eligibility matcher can use.

People describe their company in a sentence (我们是杭州的一家互联网小微企业，做跨境电商，
想融资) or fill in a form. Free text is parsed offline with jieba plus the project's
own small vocabulary (words → profile values, with everyday synonyms), and what was
understood is shown back (`CompanyProfile.to_dict()` / `describe()`) so the user can
correct it; a form sets the same fields directly.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from assistant.errors import ProfileError
from assistant.lexicon.regions import NATIONAL_WORDS, PROVINCES, Level, province_of
from assistant.lexicon.tokenizer import Tokenizer

#: The profile's region value for "any region / the whole country".
NATIONAL = Level.NATIONAL.value

#: Cities (and a few county-level cities) → province. Zhejiang is complete, since its document is
#: in the corpus; elsewhere provincial capitals and large cities, enough to place a company.
CITY_PROVINCE: dict[str, str] = {
    **{c: "浙江" for c in (
        "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水",
        "义乌", "余姚", "慈溪", "诸暨", "海宁", "桐乡", "乐清", "瑞安", "永康", "东阳", "临安", "富阳",
        "萧山", "余杭", "滨江", "千岛湖",
    )},
    **{c: "江苏" for c in ("南京", "苏州", "无锡", "常州", "南通", "扬州", "徐州", "昆山", "镇江")},
    **{c: "广东" for c in ("广州", "深圳", "东莞", "佛山", "珠海", "中山", "汕头")},
    "合肥": "安徽", "福州": "福建", "厦门": "福建", "泉州": "福建", "南昌": "江西", "济南": "山东",
    "青岛": "山东", "烟台": "山东", "郑州": "河南", "武汉": "湖北", "长沙": "湖南", "海口": "海南",
    "三亚": "海南", "成都": "四川", "贵阳": "贵州", "昆明": "云南", "西安": "陕西", "兰州": "甘肃",
    "西宁": "青海", "石家庄": "河北", "太原": "山西", "沈阳": "辽宁", "大连": "辽宁", "长春": "吉林",
    "哈尔滨": "黑龙江", "南宁": "广西", "呼和浩特": "内蒙古", "拉萨": "西藏", "银川": "宁夏",
    "乌鲁木齐": "新疆",
}

#: Profile values and the words that name them (value first; synonyms after).
INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "互联网": ("互联网", "移动互联网", "网络公司", "互联网公司", "APP", "App", "app", "移动应用", "应用开发", "网站"),
    "软件": ("软件", "SaaS", "saas", "工业软件", "嵌入式软件", "信息系统集成", "系统集成", "软件开发"),
    "集成电路": ("集成电路", "芯片", "半导体", "IC设计", "芯片设计", "晶圆", "封装测试"),
    "跨境电商": ("跨境电商", "跨境电子商务", "外贸电商", "跨境贸易"),
    "电子商务": ("电子商务", "电商", "网店", "网商", "网络零售", "淘宝店", "网上商城", "直播带货"),
    "物联网": ("物联网", "传感器", "智能传感"),
    "北斗": ("北斗", "卫星导航", "导航", "位置服务", "地理信息", "测绘"),
    "数字内容": ("数字内容", "动漫", "游戏", "数字出版", "数字音乐", "文化创意", "网络文化", "新媒体", "网络视听"),
    "云计算": ("云计算", "云服务", "云平台"),
    "大数据": ("大数据", "数据中心", "数据服务", "数据分析"),
    "智能终端": ("智能终端", "智能手机", "手机", "智能电视", "平板电脑", "智能家居", "可穿戴", "数字家庭", "消费电子"),
    "通信": ("通信", "电信", "宽带", "移动转售", "虚拟运营商", "运营商", "网络接入"),
    "物流": ("物流", "快递", "仓储", "配送"),
    "支付": ("第三方支付", "支付", "移动支付"),
    "平板显示": ("平板显示", "显示面板", "新型显示"),
    "农业农村": ("农村", "农产品", "合作社", "农业", "涉农", "农民", "乡村"),
    # outside the documents' field: recognised so the user sees they were understood
    "餐饮": ("餐饮", "餐馆", "饭店", "餐厅", "饭馆", "小吃", "奶茶"),
    "制造业": ("制造", "工厂", "加工厂"),
    "零售": ("零售", "超市", "便利店", "商店"),
    "建筑": ("建筑", "施工", "装修"),
}

SIZE_WORDS: dict[str, tuple[str, ...]] = {
    "小微": ("小微", "小微企业", "小企业", "微型", "微企", "小型", "初创", "创业公司", "创业企业", "个体", "个体户",
             "工作室", "小公司", "小团队"),
    "中型": ("中型", "中型企业", "中小企业", "中小"),
    "大型": ("大型", "大型企业", "大企业", "龙头企业", "集团公司", "上市公司"),
}

QUALIFICATION_WORDS: dict[str, tuple[str, ...]] = {
    "高新技术企业": ("高新技术企业", "高新企业", "高企", "国家高新", "高新认定"),
    "软件企业": ("双软", "双软企业", "软件企业认定", "认定的软件企业", "软件企业资质"),
    "集成电路企业": ("集成电路企业认定", "认定的集成电路企业"),
    "创新型企业": ("创新型", "创新型企业", "科技型", "科技型中小企业"),
    "成长型企业": ("成长型", "成长型企业", "高成长", "快速成长"),
    "民营企业": ("民营", "民营企业", "私营", "民企", "民间资本"),
}

NEED_WORDS: dict[str, tuple[str, ...]] = {
    "融资": ("融资", "贷款", "借款", "资金周转", "缺钱", "授信", "担保", "质押", "风投", "风险投资", "天使投资", "股权投资", "找投资", "拉投资"),
    "上市": ("上市", "IPO", "ipo", "挂牌", "创业板", "发债", "债券", "票据"),
    "税收": ("税收", "税收优惠", "减税", "税负", "所得税", "增值税", "加计扣除", "免税", "退税", "税率", "税"),
    "资金": ("补贴", "补助", "专项资金", "财政资金", "扶持资金", "资助", "奖励", "政府资金", "消费券"),
    "用地": ("用地", "土地", "供地", "厂房", "建研发基地", "场地"),
    "采购": ("政府采购", "采购", "政府订单", "政府项目", "政府购买服务"),
    "审批": ("审批", "注册", "设立", "开公司", "办照", "营业执照", "登记", "牌照", "许可", "资质", "准入", "一址多照"),
    "试点": ("试点", "示范", "示范项目", "示范企业"),
}

#: need → the support kind that serves it (eligibility groups matches by kind)
NEED_KINDS: dict[str, str] = {
    "融资": "融资与金融", "上市": "融资与金融", "税收": "税收优惠", "资金": "财政资金与专项",
    "用地": "用地与要素", "采购": "政府采购", "审批": "审批与准入便利", "试点": "试点与示范",
}

INDUSTRIES = tuple(INDUSTRY_WORDS)
SIZES = tuple(SIZE_WORDS)
QUALIFICATIONS = tuple(QUALIFICATION_WORDS)
NEEDS = tuple(NEED_WORDS)
REGIONS = (NATIONAL, *PROVINCES)

_NEGATION = re.compile(r"(不|无|没有|无需|不需要|不用|不想|暂不)[^，。；,;！!？?]{0,2}$")
_SMALL_SHOP = re.compile(r"小(?:餐馆|饭馆|饭店|店|吃店|作坊|超市|工厂)")
_HEADCOUNT = re.compile(r"(\d+)\s*(?:多|余|来)?\s*(?:个)?(?:人|名员工|名职工|位员工|员工)")


@dataclass
class CompanyProfile:
    """What the matcher needs to know about a company. Empty fields mean "not said"."""

    region: str | None = None  # 国家 | a province (浙江) | None
    city: str | None = None  # 杭州 (implies region 浙江)
    industries: list[str] = field(default_factory=list)
    size: str | None = None  # 小微 | 中型 | 大型
    qualifications: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    text: str = ""  # the description it was parsed from, if any

    def __post_init__(self) -> None:
        if self.city and not self.region:
            self.region = CITY_PROVINCE.get(self.city)
        if self.region:
            self.region = _province_name(self.region)
        _check("region", [self.region] if self.region else [], REGIONS)
        _check("size", [self.size] if self.size else [], SIZES)
        _check("qualifications", self.qualifications, QUALIFICATIONS)
        _check("needs", self.needs, NEEDS)
        # industries are open: an unknown one simply matches nothing industry-specific
        self.industries = _unique(self.industries)
        self.qualifications = _unique(self.qualifications)
        self.needs = _unique(self.needs)

    @property
    def province(self) -> str | None:
        """The province whose local measures apply, or None (国家 / not said)."""
        return self.region if self.region and self.region != NATIONAL else None

    @property
    def need_kinds(self) -> list[str]:
        return _unique([NEED_KINDS[n] for n in self.needs])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CompanyProfile":
        known = {k: data[k] for k in ("region", "city", "industries", "size", "qualifications", "needs", "text") if k in data}
        return cls(**known)

    def describe(self) -> str:
        """识别结果 in one line, for the user to check."""
        where = self.region or "未说明"
        if self.city:
            where = f"{self.city}（{self.region}）" if self.region else self.city
        parts = [
            f"地区：{where}",
            f"行业：{'、'.join(self.industries) or '未说明'}",
            f"规模：{self.size or '未说明'}",
            f"资质：{'、'.join(self.qualifications) or '未说明'}",
            f"需求：{'、'.join(self.needs) or '未说明'}",
        ]
        return "；".join(parts)




def _check(name: str, values: list[str], allowed: tuple[str, ...]) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ProfileError(f"无法识别的{name}取值：{'、'.join(bad)}（可选：{'、'.join(allowed)}）")


def _unique(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _province_name(region: str) -> str:
    """浙江省 / 浙江 / 杭州 → 浙江; 全国 / 国务院 → 国家."""
    region = region.strip()
    if region in NATIONAL_WORDS:
        return NATIONAL
    if region in CITY_PROVINCE:
        return CITY_PROVINCE[region]
    return province_of(region) or region


# ---- free-text parsing -------------------------------------------------------------------

_VOCAB: list[tuple[str, str, str]] = sorted(
    [("industry", value, word) for value, words in INDUSTRY_WORDS.items() for word in (value, *words)]
    + [("size", value, word) for value, words in SIZE_WORDS.items() for word in (value, *words)]
    + [("qualification", value, word) for value, words in QUALIFICATION_WORDS.items() for word in (value, *words)]
    + [("need", value, word) for value, words in NEED_WORDS.items() for word in (value, *words)]
    + [("province", p, p) for p in PROVINCES]
    + [("city", city, city) for city in CITY_PROVINCE],
    key=lambda t: len(t[2]),
    reverse=True,
)


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """A tokenizer of its own, taught the profile vocabulary (never the corpus index's)."""
    return Tokenizer(word for _, _, word in _VOCAB if len(word) > 1)


def _mentions(text: str) -> list[tuple[str, str, str, int]]:
    """(slot, value, word, position) for each vocabulary word in `text`, longest reading first.

    jieba (taught the vocabulary) segments the text; each segment is then read against the
    vocabulary longest-word-first, so 跨境电商 is one mention, not 电商 plus noise.
    """
    found: list[tuple[str, str, str, int]] = []
    taken = [False] * len(text)
    pos = 0
    for token in _tokenizer().cut(text):
        start, pos = pos, pos + len(token)
        for slot, value, word in _VOCAB:
            at = token.find(word)
            while at >= 0:
                span = range(start + at, start + at + len(word))
                if not any(taken[i] for i in span):
                    for i in span:
                        taken[i] = True
                    found.append((slot, value, word, start + at))
                at = token.find(word, at + 1)
    return sorted(found, key=lambda f: f[3])


def parse_profile(text: str) -> CompanyProfile:
    """Read a company's self-description into a profile; unknown words are simply ignored."""
    text = (text or "").strip()
    region = city = size = None
    industries: list[str] = []
    qualifications: list[str] = []
    needs: list[str] = []
    for slot, value, word, at in _mentions(text):
        if _NEGATION.search(text[max(0, at - 6):at]):
            continue  # 不需要融资
        if slot == "city":
            city = city or value
        elif slot == "province":
            region = region or value
        elif slot == "industry":
            industries.append(value)
        elif slot == "size":
            size = size or value
        elif slot == "qualification":
            qualifications.append(value)
        elif slot == "need":
            needs.append(value)
    if re.search(r"全国|国家层面|不限地区", text) and not (region or city):
        region = NATIONAL
    if size is None and _SMALL_SHOP.search(text):
        size = "小微"  # 小餐馆 / 小店: the industry word stays free for the industry slot
    if size is None:
        size = _size_from_headcount(text)
    if city and not region:
        region = CITY_PROVINCE[city]
    if "跨境电商" in industries and "电子商务" not in industries:
        industries.append("电子商务")
    if "软件企业" in qualifications and "软件" not in industries:
        industries.append("软件")
    if "集成电路企业" in qualifications and "集成电路" not in industries:
        industries.append("集成电路")
    return CompanyProfile(region=region, city=city, industries=industries, size=size,
                          qualifications=qualifications, needs=needs, text=text)


def _size_from_headcount(text: str) -> str | None:
    """员工30人 → 小微. Thresholds of the 软件和信息技术服务业 standard (<100 小微, <300 中型)."""
    m = _HEADCOUNT.search(text)
    if not m:
        return None
    people = int(m.group(1))
    return "小微" if people < 100 else "中型" if people < 300 else "大型"
