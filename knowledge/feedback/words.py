"""Words users see from the feedback side, one place per language, plus keyword stop lists."""
from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "other_theme": "其他",
        "keyword_sep": "、",
        "positive": "正面",
        "neutral": "中性",
        "negative": "负面",
    },
    "en": {
        "other_theme": "other",
        "keyword_sep": " / ",
        "positive": "positive",
        "neutral": "neutral",
        "negative": "negative",
    },
}


def word(key: str, lang: str) -> str:
    """The user-visible word for key in lang (English when the language is unknown)."""
    return WORDS.get(lang, WORDS["en"])[key]


# Function words carry no theme; kept short on purpose (c-TF-IDF already down-weights
# words spread evenly over clusters).
STOP_EN = frozenset("""
a about above after again against all also am an and any are aren as at be because been before
being below between both but by can could did didn do does doesn doing don down during each even
ever every few for from further get got had has have having he her here hers him his how i if in
into is isn it its itself just let me more most much my no nor not now of off on once one only or
other our ours out over own really same she should so some still such than that the their them
then there these they this those through to too under until up us very was wasn we were weren
what when where which while who whom why will with won would you your yours yet again ever im ive
dont cant didnt wont isnt thats its youre theyre u ur will just amp http https co
ill youll theyll weve youve theyve id youd hed wed guys next last
""".split())

STOP_ZH = frozenset("""
的 了 是 在 我 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 就 都 也 还 又 很 太 非常 特别 真 真的 比较
有 没 没有 不 不是 和 与 及 或 或者 但 但是 而且 然后 因为 所以 如果 就是 一个 一下 一直 已经 可以 可能
会 要 想 说 让 把 被 给 对 从 到 于 吧 吗 呢 啊 呀 哦 哈 嗯 么 什么 怎么 为什么 这么 那么 这样 那样
自己 大家 时候 现在 今天 昨天 一些 一点 还是 只是 之后 以后 之前 以前 而 并 再 才 又 等 等等 着 过 得 地
东西 感觉 觉得 知道 一次 每次 下次 这次 还有 另外 其实 确实 总是 终于 简直 居然 完全 实在
整体 总体 直接 不会 不想 不用 不了 需要 还要 每个 这周 上周 本周 这边 那边 一堆 一大堆 好几次 几次 好多 很多 有点 有些 一样 这种 那种 各种 怎么回事 不知道 为啥 啥 个 些 后 前 里 上
""".split())

# Words about the channel a comment came through (call notes, tickets, reviews), not its topic.
META_ZH = frozenset("客户 用户 顾客 来电 致电 反映 反馈 记录 回访 电话回访 工单 补充 投诉 评价 吐槽 差评 好评 安抚".split())
META_EN = frozenset("caller says fyi pls please logged escalated ticket update note review stars".split())

# Words that may not open or close a label phrase: how often or how suddenly something happened
# ("积分突然" of "积分突然就过期了"), when or how long ("notifications a day", "hours ago"), never what
ADVERBS_ZH = frozenset("突然 老是 经常 竟然 根本 始终 到底 马上 立刻 明明 依然 仍然 反复 一直 总是 还是 已经 居然".split())
TIME_EN = frozenset("""
day days hour hours minute minutes min mins week weeks month months year years ago today yesterday
tomorrow tonight morning evening time times second seconds
""".split())
# an article inside an English label phrase follows a verb ("lost the bag", "cancelled the flight");
# after anything else it is a missing comma between two clauses ("my membership the perks got worse")
ARTICLES_EN = frozenset("the a an".split())
IRREGULAR_VERBS_EN = frozenset("""
lost got gave took made left sent paid broke put told said kept found bought sold brought had
lose get give take make leave send pay break tell say keep find buy sell bring have need want miss
""".split())
# the tokenizer drops apostrophes ("won't" -> "wont"); a label shows them again
CONTRACTIONS_EN = {"wont": "won't", "cant": "can't", "didnt": "didn't", "doesnt": "doesn't", "dont": "don't",
                   "isnt": "isn't", "couldnt": "couldn't", "wasnt": "wasn't", "arent": "aren't", "havent": "haven't",
                   "hasnt": "hasn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "werent": "weren't"}

# Negators may open a label phrase: "不回复" / "never arrived" say more than the bare verb.
NEGATORS_ZH = frozenset("不 没 没有 未 无法 不能".split())
NEGATORS_EN = frozenset("no not never cannot cant couldnt didnt doesnt dont wont isnt".split())
# one-character particles jieba's HMM may glue to the front of an unknown word
GLUED_ZH = frozenset("后 前 的 了 在 和 就 也 都 又 还 用 把 被 让".split())
# words that may sit inside a Chinese label phrase: degree words and negators
BRIDGE_ZH = frozenset("太 很 不 没 没有 都 被 又 还".split())
# English words that end one thought and start another: never inside a label phrase
CLAUSE_EN = frozenset("and but or so because then though although while if when".split())
