"""English cue words and the English sentences the planner shows users (one place for en words)."""
from __future__ import annotations

import re

INTENT_CUES: dict[str, tuple[str, ...]] = {
    "sql": ("select ",),
    "explain_metric": ("what does", "what is meant by", "define", "definition", "meaning of", "how is", "how do you calculate",
                       "how do you compute", "how do you define", "how is it calculated", "what is the formula",
                       "formula for", "mean?", "means", "explain the metric", "explain metric", "mean by",
                       "what exactly is", "what's the difference between", "what is the difference between",
                       # ("how do you work out the drop-off rate for a step")
                       "how do you work out", "how is it worked out", "how are they worked out", "how do you measure",
                       "how do you count", "how is it measured", "how do we calculate", "how do we work out"),
    "describe_data": ("what data", "which data", "data do you have", "data coverage", "date range of the data",
                      "describe the data", "what can you answer", "what can i ask", "which journeys", "what journeys",
                      "which touchpoints are there", "what touchpoints", "list the touchpoints", "list touchpoints",
                      "what metrics", "which metrics", "how much data", "dataset"),
    "why": ("why", "what caused", "reason for", "reasons for", "root cause", "drivers of", "driver of", "explain the drop",
            "explain the change", "how come", "what drove", "what's behind", "what is behind", "what was behind",
            "what were the reasons", "what led to", "what made", "caused it", "caused this", "caused that",
            "due to what", "what explains", "what explained", "responsible for the"),
    "experiment": ("experiment", "a/b", "ab test", "a/b test", "variant", "treatment", "control group", "split test"),
    "emotion_curve": ("emotion curve", "emotional curve", "emotion journey", "emotion map", "emotional journey",
                      "sentiment curve", "sentiment along", "sentiment by stage", "sentiment by touchpoint",
                      "how do customers feel", "how customers feel", "mood", "feel the worst", "feel worst",
                      "feel the best", "happiest", "unhappiest"),
    "feedback_search": ("quote", "quotes", "verbatim", "examples of", "example comments", "show me comments",
                        "show me feedback", "show comments", "find comments", "find feedback", "search feedback",
                        "search comments", "what did customers say", "what do customers say", "what do users say",
                        "what are people saying", "comments about", "comments mentioning", "feedback about",
                        "feedback mentioning", "reviews about", "reviews mentioning", "mentioning", "show me some",
                        "said about", "say about", "saying about", "have said", "customers said", "people said",
                        # ("pull up some comments where customers praise our engineers")
                        "pull up", "comments where", "comments in which", "reviews where", "feedback where",
                        "some comments", "a few comments", "some reviews", "a few reviews"),
    "feedback_generic": ("comments", "reviews", "feedback", "comment", "review", "tickets", "voice of the customer"),
    "feedback_themes": ("complain", "complaint", "complaints", "complaining", "pain point", "pain points", "themes",
                        "main issues", "main problems", "top issues", "gripes", "unhappy about", "moan", "grumble", "whinge", "praise", "like most",
                        "like about", "people like", "customers like", "users like", "appreciate", "enjoy",
                        "people say about", "people think about", "customers think about", "users think about",
                        "saying about", "say about", "think about", "think of", "feel about", "opinions on",
                        "opinion of",
                        "love", "topics", "biggest issues", "frustrat", "what problems", "what issues", "any issues",
                        "any problems", "problems with", "issues with", "what went wrong"),
    "path": ("go next", "goes next", "went next", "next after", "do next", "happens after", "happened after",
             "after they", "after users", "after customers", "go after", "went after", "after visiting", "next step after",
             "next touchpoint", "where do users go", "where do customers go", "where did users go", "path", "paths",
             "come from", "came from", "before reaching", "previous touchpoint", "flow after", "lead to"),
    "retention": ("retention", "retain", "repurchase", "repeat purchase", "buy again", "come back", "cohort",
                  "returning rate", "repeat rate"),
    "anomaly": ("anomal", "spike", "spikes", "outlier", "unusual", "sudden", "abnormal"),
    "compare_periods": ("compared to last", "compared with last", "compared to the previous", "vs last", "versus last",
                        "vs the previous", "than last", "than the previous", "period over period", "week over week",
                        "month over month", "year over year", "wow", "mom", "yoy", "compared to", "compared with",
                        "change from", "compare with", "compare to", "compare against"),
    "compare_groups": ("compare", "compared", " vs ", " vs. ", "versus", "difference between", "differ"),
    "funnel": ("funnel", "step by step", "each step", "every step", "step conversion", "conversion by step"),
    "trend": ("trend", "over time", "daily", "weekly", "monthly", "per day", "per week", "per month", "by day", "by week",
              "by month", "day by day", "evolve", "evolution", "timeline", "how has", "changed over"),
    "breakdown": ("by ", "per ", "breakdown", "broken down", "split by", "across", "each ", "which ", "distribution"),
    "dropoff": ("drop off", "drop-off", "dropoff", "lose", "lost", "losing", "loses", "drop offs", "lose the most", "loses the most", "lost the most",
                "lose most", "loses most", "leak", "leaks", "abandon", "churn the most", "users lost", "biggest loss",
                "biggest drop", "fall out", "fall-out", "get stuck", "got stuck", "gets stuck", "getting stuck",
                "without making it to the next", "without ever making it to the next", "never made it to the next"),
    "exits": ("exit", "exits", "leave", "leaving", "leave the journey", "last touchpoint", "bounce"),
}
GRAIN = {"day": ("daily", "per day", "by day", "day by day"), "week": ("weekly", "per week", "by week", "week by week"),
         "month": ("monthly", "per month", "by month", "month by month"),
         "quarter": ("quarterly", "per quarter", "by quarter", "quarter by quarter"),
         "year": ("yearly", "per year", "by year", "year by year", "year over year", "each year", "annual trend")}
WHICH_TIME = {"which day of the week": "weekday", "what day of the week": "weekday", "which weekday": "weekday",
              "what weekday": "weekday", "what hour": "hour", "which hour": "hour", "which day": "day",
              "what day": "day", "which days": "day", "which week": "week", "what week": "week",
              "which month": "month", "what month": "month"}
WHICH = ("which", "what step", "what touchpoint", "where", "what stage", "what part")
DESC = ("most", "highest", "largest", "biggest", "best", "top", "longest", "slowest", "greatest", "ranking", "rank")
ASC = ("least", "lowest", "smallest", "worst", "fewest", "shortest", "fastest", "bottom")
COUNT = ("how many", "number of", "count of", "how much feedback", "volume of", "page views", "views", "visits",
         "clicks", "how often")
TOP_N_PATTERNS = (r"(?:show|give|find|list|pull)\s+(?:me\s+)?(\d+|three|five|ten)\b",r"top\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)",
                  r"(\d+|three|five|ten)\s+(?:worst|best|biggest|largest|highest|lowest|most|least)")
NEGATIVE = ("complain", "complaint", "pain point", "negative", "problem", "issue", "gripe", "unhappy", "frustrat", "bad",
            # colloquial verbs of complaining ("comments moan about waiting fees")
            "moan", "grumble", "whinge", "whine", "rant",
            # the feeling said of the customers ("why are the Wuhan clients so annoyed")
            "annoyed", "angry", "upset", "dissatisfied", "fed up")
POSITIVE = ("praise", "positive", "like most", "love", "happy with", "good things", "like about", "people like",
            "customers like", "users like", "appreciate", "enjoy", "compliment")
# "X orders returned more often": a comparison of one group against the others
COMPARATIVE = ("more often", "more likely", "more frequently", "less often", "less likely", "higher", "lower",
               "more than others", "less than others", "worse", "better")
# a comparison against a named base ("higher than last month") is not one group against the rest
COMPARE_BASE = ("than last", "than the previous", "than before", "than usual", "compared to", "compared with")
# words naming a rate although no metric name is said ("returned" asks for the return rate)
RATE_CUES = {"return_rate": ("returned", "get returned", "returns", "refunded", "sent back")}
FOLLOW_UP = ("what about", "how about", "is that", "was that", "that number", "that figure", "same for", "now for",
             "switch to", "instead", "what if", "for them", "their ", "they ", "those users", "these users", "those customers")
# follow-up words that only lean on the previous turn at the start of the question ("and for android?")
FOLLOW_UP_START = ("and ", "and?", "only ", "just ", "also ", "but ", "then ", "now ", "ok ", "okay ", "same ")
THEY = ("their", "they", "them", "those users", "these users", "those customers", "these customers")
NOT_ENTITIES = ("pain point", "pain points", "touch point", "selling point", "data point", "data points",
                "left out", "leave out", "leaving out",  # (words of exclusion: "cancelled orders left out")
                # how the answer is shown, never the "view" action ("Weekly view - how many orders …")
                "daily view", "weekly view", "monthly view", "quarterly view", "yearly view", "annual view",
                "quick view", "big picture view", "high-level view", "overall view",
                # "on average" says how a number is summarised, never a value called "Average" (a 3-star label)
                "on average", "On average", "on an average", "in average",
                # how a comparison is shown ("as a % change"), never an action or value called "change"
                "% change", "percent change", "percentage change", "relative change", "pct change")
UNSUPPORTED = {
    "forecast": ("forecast", "predict", "prediction", "next month will", "will be next", "next year", "projection",
                 "going to be", "will it", "will lapse", "will churn", "will cancel", "will buy", "will renew",
                 "will leave", "will drop", "will grow", "will increase", "will decrease", "expected next",
                 "tomorrow", "will there be", "is there going to be"),
    "write": ("delete", "drop table", "update the", "insert", "truncate", "remove all", "modify the data", "wipe",
              "change the credit", "change their", "set the limit", "raise the limit", "increase the limit", "cancel the order",
              "cancel this order", "cancel their", "refund the customer", "refund this", "block the card", "unblock"),
    "personal": ("phone number", "phone numbers", "email address", "email addresses", "e-mail address", "contact details",
                 "contact info", "home address", "id number", "id numbers", "id card", "credit card number",
                 "card numbers", "their names and", "names and phone", "personal details", "personal data of"),
    "finance": ("wage", "wages", "hourly rate", "hourly wage", "pay our", "we pay our", "do we pay", "compensation", "bonus", "bonuses", "profit", "profits", "margin", "margins", "commission", "commissions", "cost", "costs", "cac",
                "acquisition cost", "ad spend", "marketing spend", "budget", "payroll", "roi", "return on investment",
                "paid out", "pay out", "payout amount", "payouts", "expenses", "spent on", "spend on"),
    "compose": ("write an email", "write a email", "write me", "write an apology", "write a letter", "draft an email",
                "draft a", "draft an", "compose an email", "write a reply", "reply to the customer", "email to", "apology email",
                "apology letter", "write a poem", "write a report", "translate", "send it to", "send them to",
                "forward it to", "forward them to", "book a meeting", "book a follow-up", "schedule a meeting",
                "schedule a call", "set up a meeting", "set up a call", "call them", "email them",
                # posts and notices to publish ("Write a Xiaohongshu post promoting …")
                "write a post", "write a social", "write a tweet", "write a message", "write a notice", "write a caption",
                "write an announcement", "write a text message", "write an sms", "write a wechat", "write a promo",
                "write promotional", "write some copy", "write marketing copy", "write a xiaohongshu", "write a weibo"),
    "outside": ("market share", "share of the market", "weather", "salary", "salaries", "employee", "stock price",
                # (the rent the company pays for its own premises)
                "shop rent", "store rent", "office rent", "workshop rent", "warehouse rent", "rent for the",
                "competitor", "profit margin", "inventory", "rival", "rivals", "the competition",
                "other companies", "other brands",
                "exchange rate", "lottery", "news", "poem", "joke", "payroll",
                "staff turnover", "employee turnover", "staff attrition", "employee attrition", "resignations"),
}
# "how do our prices compare with other riding clubs in Shanghai": our own business set against others'
OTHER_FIRMS = re.compile(r"\bour\b.{0,80}\b(?:compare[sd]?|vs\.?|versus|than|against)\b.{0,24}\bother\s+(?:[a-z]+\s+){0,2}"
                         r"(?:clubs|companies|brands|chains|gyms|salons|studios|shops|stores|businesses|operators|"
                         r"providers|apps|platforms|centres|centers|venues|hotels|restaurants|schools)\b|"
                         # "what do other roadside assistance companies charge", "附近其他泳池维护公司的年费",
                         # "附近殡仪馆的套餐比我们便宜多少": other firms, never in this company's journey data
                         r"(?<!our )\b(?:other|rival|competing)\s+(?:[a-z\-]+\s+){0,3}"
                         r"(?:companies|firms|brands|providers|operators|businesses|competitors)\b|"
                         r"(?:附近|周边|别的|其他|其它|外面)(?:的)?[\u4e00-\u9fff]{0,8}?(?:公司|品牌|商家|同行)|"
                         r"比我们(?:家|这边)?(?:的)?(?:便宜|贵)|"
                         # "competing CROs", "competitors like Printful", "我们比他们贵还是便宜": firms not this one ("deals
                         # lost to competitors" is a reason the data records: competitors only as firms doing things)
                         r"\bcompeting\s+(?!offers?\b|bids?\b|quotes?\b)[a-z][a-z\-]+|"
                         r"\b(?:competitors?|rivals?)(?:'s?)?\s+(?:like|such as|charge|charges|price|prices|rates?|fees?)\b|"
                         r"(?:竞品|竞争对手|竞对|同行)(?:的)?(?:价格|价钱|收费|定价|卖多少|多少钱)|"
                         r"我们比(?:他们|它们|对方|人家)(?:的)?(?:贵|便宜)|(?:贵还是便宜|便宜还是贵)", re.I)
STOP = ("the", "a", "an", "of", "about", "on", "for", "from", "to", "in", "at", "me", "some", "show", "find", "give",
        "what", "which", "did", "do", "does", "is", "are", "was", "were", "customers", "users", "people", "say",
        "said", "saying", "any", "with", "and", "mentioning", "why", "how",
        # (the request's own words: "pull up a few comments from people whose uploads failed")
        "few", "whose", "who", "whom", "where", "pull", "please", "can", "you", "could")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
                "sixty": 60, "ninety": 90, "a": 1, "a couple of": 2, "couple of": 2, "few": 3}
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
          "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
          "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

ALL_TIME = ("in total", "all time", "all-time", "so far", "to date", "ever", "altogether", "overall total", "across all time",
            "all data", "all the data", "all of the data", "whole period", "entire period", "whole dataset", "entire dataset",
            # (the asker's own words for every row kept: "everything we have", "all we've got")
            "everything we have", "everything we've got", "everything we got", "all we have", "all we've got")

# words pointing at something said before ("is this number normal?"): with no conversation, ask back
DEICTIC = ("this number", "that number", "this figure", "that figure", "the other one", "this one", "that one",
           "the same", "this metric", "that metric", "these numbers", "which one",
           "than last time", "compared to last time", "that technician", "that guy", "the java ones", "those ones",
           "this customer", "that customer", "this user", "that user", "this item", "that item", "this product",
           "that product", "this order", "that order", "this member", "this store", "these two", "those two", "the two",
           "both of them", "these three", "those three")
# "what share of X was Y": Y's share of all X (a breakdown's share column)
# ("of buyers who filed a claim, what rate got a decision within 14 days": a bare "what rate" of those who … is a share)
SHARE = ("what share", "what percentage", "what proportion", "what fraction", "what percent", "what %", "what rate got",
         "what rate went", "what rate were", "what rate did",
         "share of the", "percentage of the", "proportion of the", "how much of the", "% of", "fraction of",
         "proportion of", "how many percent",
         # ("which shop had the highest share of contracts with a repair": a ranking of shares)
         "highest share of", "lowest share of", "largest share of", "biggest share of", "smallest share of",
         "higher share of", "lower share of", "highest percentage of", "lowest percentage of")
# words asking for a rate: a count cannot answer them
RATE_WORDS = ("rate", "ratio", "percentage", "proportion",
              # ("which grader marks books as damaged most often, proportionally": a share asked of each group)
              "proportionally", "proportionately", "as a share", "as a percentage")
# how words are to be matched ("any case", "in any form"): every count of words ignores case already
MATCHING = (r"\b(?:in\s+)?(?:any|either|ignoring|ignore|regardless of)\s+(?:letter\s+)?case\b|"
            r"\bcase[- ]insensitive(?:ly)?\b|\bin any (?:form|spelling|capitali[sz]ation)\b|\bupper or lower case\b")
# how a week is counted ("which week (Mon-Sun)"): the calendar week the periods already use
WEEK_COUNTED = r"\(?\bmon(?:day)?\s*(?:-|–|—|to|through|thru)\s*sun(?:day)?\b(?:\s+weeks?)?\)?"
# words saying which rows are in scope, never what comments are about ("All data, all channels", "incl. undated posts")
SCOPE = (r"\b(?:all|any|every)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:data|feedback|comments?|channels?|sources?|platforms?|"
         r"reviews?|posts?|surveys?|tickets?|dates?|time)\b|\bwhatever the (?:channel|source|platform)\b|"
         r"\bacross (?:all|every)\b(?:\s+\w+){0,2}|"
         r"\b(?:incl(?:uding|udes?|\.)?|plus)\s+(?:the\s+)?(?:undated|ones?|those|posts?|comments?|feedback|rows?)\b"
         r"(?:\s+(?:without|with no|missing|that have no|lacking)\s+(?:a\s+)?(?:date|timestamp)s?)?|"
         r"\b(?:undated|dateless)(?:\s+(?:ones?|posts?|comments?|feedback|rows?))?\b|" + MATCHING + "|" + WEEK_COUNTED)
# rows without a date ("how many comments have no timestamp"): what the data holds, per table
# rows without a date asked about ("how many comments have no date", "feedback missing a timestamp", "undated
# reviews", "where the date is blank")
UNDATED = re.compile(r"\bundated\b|\bha(?:ve|s) an? (?:date|timestamp)\b|\b(?:no|without|missing|lacks?|lacking|(?:do|does|did)(?: not|n't|nt) have|"
                     r"ha(?:ve|s|d) no|blank|empty)(?: a| any| the)?\s+(?:dates?|timestamps?|time ?stamps?)\b|"
                     r"\b(?:dates?|timestamps?|time ?stamps?)\s+(?:(?:is|are|was|were)\s+)?(?:blank|empty|missing)\b")
EVALUATIVE = ("better", "worse", "how's it looking", "how is it looking", "how are we looking", "how's it going",
              "how are things going", "how are things", "how is everything", "how are we doing", "how are we", "how is it going", "how did we do", "good or bad",
              "is that good", "is this good", "is it good", "doing well", "performing")

TOTAL = ("in total", "total", "altogether", "combined", "all together", "overall", "in all", "across all")
AVERAGE = ("average", "mean", "averaged")

# the people a company serves, by the names industries give them ("how many students attended")
PEOPLE = ("customers", "users", "people", "accounts", "clients", "persons", "students", "learners", "pupils", "members",
          "passengers", "travellers", "travelers", "guests", "patients", "subscribers", "shoppers", "visitors", "buyers",
          "prospects", "policyholders", "households", "families", "parents", "owners", "riders", "readers", "viewers",
          # (the customers of B2B trades: a franchisor's franchisees and leads, a forwarder's shippers)
          "leads", "franchisees", "shippers", "consignees",
          "players", "applicants", "consumers", "individuals", "homeowners", "tenants", "borrowers", "donors", "fans",
          "citizens", "residents", "callers", "complainants", "petitioners", "taxpayers", "commuters", "diners",
          "investors", "traders", "homebuyers", "renters", "candidates", "recipients", "buyers",
          "participants", "attendees", "holders", "cardholders", "motorists", "drivers", "clients", "shoppers",
          "couples", "newlyweds", "brides", "grooms", "merchants", "sellers", "residents", "seniors", "elders",
          "trainees", "enquirers", "inquirers", "requesters", "claimants", "mums", "moms", "mothers", "mums-to-be",
          "farmers", "growers", "anglers", "exhibitors", "dog owners", "pet owners", "walkers", "dancers",
          "spenders", "big spenders", "listeners", "watchers", "bettors", "gamers",
          # (the businesses a B2B company serves: "how many advertisers", "companies that renewed")
          "businesses", "companies", "advertisers", "firms", "organisations", "organizations", "employers", "brands")



def singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


# one of the people words above, singular or plural (a regex part, derived from the one list)
PERSON_RX = r"(?:%s)" % "|".join(sorted({*PEOPLE, *(singular(p) for p in PEOPLE), "person", "people", "head", "heads",
                                         "payer", "payers"}, key=len, reverse=True))

QUOTES = ("quote", "quotes", "verbatim", "example", "examples", "show me", "show some", "give me some", "pull up",
          "some comments", "a few comments", "some reviews", "a few reviews", "comments where", "reviews where",
          "feedback where")

MSG = {
    "period": "period: {text}",
    "period_default_long": "no period given: using the {days} days ending {as_of} ({start} .. {end})",
    "period_default": "no period given: using the 30 days ending {as_of} ({start} .. {end})",
    "baseline": "baseline: {start} .. {end}",
    "journey_inferred": "computed on the journey '{name}' (the journey this touchpoint belongs to)",
    "journey_chosen": "computed on the journey '{name}'",
    "journey_acquiring": "no step named: computed on '{name}', the journey from first contact to purchase (also in your data: {others})",
    "metric_default": "no metric named: using '{name}'",
    "top_n_default": "showing the top {n}",
    "follow_up": "kept the {what} of the previous question",
    "filters": "filters: {text}",
    "no_show": "'{rate}' read as the share of those who reached '{before}' and never got to '{step}'",
    "show_up": "'{rate}' read as the share of those who reached '{before}' and went on to '{step}'",
    "step_in_topic": "no comment is filed at the step '{step}'; it is searched for as part of the topic in every comment",
    "comments_by_channel": "no comment is filed at the step '{step}'; the comments that came in through '{channel}' are used",
    "candidates_all": "ranked every value, since '{listed}' are not all values of one column",
    "step_not_in_part": "{steps} is not one of the two steps timed: it describes whom the time is asked for, not where it is measured",
    "statuses_counted": "as you defined it: every order except the statuses left out (statuses counted: {statuses})",
    "why_of_a_defined_rate": "{name} is a rate the question defines: shown here is its change against the period before; its drivers are not broken down (ask for it by channel, shop and so on to see where it moved)",
    "left_out_not_paid": "{steps} left out: only paid orders are counted (orders do not record steps)",
    "one_set": "{values} counted together, as one group",
    "refunds_as_recorded": "money refunded = the total of your {table}' column {column} (what was paid back, partial refunds included), not the amount of the refunded orders",
    "clarify_slower_threshold": "“{word}” needs a time limit: how long between which two steps counts as too slow? For example “took more than 2 hours from order to delivery”.",
    "fuzzy": "read '{surface}' as '{name}'",
    "group_vs_rest": "compared with the other groups: broken down by {dim}",
    "clarify_name": "“{word}” could mean more than one thing in your data; which one?",
    "clarify_what": "What would you like to look at? For example:",
    "clarify_journey": "Which journey do you mean?",
    "clarify_experiment": "Which A/B test do you mean?",
    "clarify_metric": "Which metric do you mean?",
    "clarify_touchpoint": "Which touchpoint do you mean?",
    "clarify_dimension": "You asked which one ranks first, but I could not tell which groups to rank. Rank by which of these?",
    "clarify_groups": "Which two groups should I compare?",
    "unsupported_forecast": "I can only analyse what has already happened; I cannot forecast.",
    "unsupported_write": "I can only read the data; I cannot change or delete it.",
    "unsupported_exit_rate_slice": "The exit rate is computed per touchpoint (customers whose last event was there, out of those who reached it) by ranking every touchpoint; it cannot be given for one slice, period comparison or trend. Ask e.g. “which touchpoint do customers leave from most?”",
    "unsupported_outside": "That is outside the customer-journey data; the workspace holds nothing about it.",
    "unsupported_unknown": "I could not tell which journey data this question is about.",
    "unsupported_ratio_side": "I read a rate you defined, but “{side}” names no step, value or count in your data, so I cannot count that side. Name the steps or values to count on each side (for example “failed payments / all payment attempts”).",
    "unsupported_outcome_elsewhere": "The rate you asked for ({name}) counts the outcome {value}, but no event of {steps} ever records it: it is recorded at {held}. As asked the rate would be 0 % by construction, so I give no number. Ask for it as two counts, for example “{name} = {held} / {steps}”, or ask about {held} on its own.",
    "unsupported_ratio_ask": "I can compute the rate you defined ({name}) as one value, by a grouping, over time, for two groups or against an earlier period, but not as this kind of answer. Ask for one of those.",
    "unsupported_median": "You asked for a median, but {what} is defined as an average (mean) here and I do not compute medians of it, so an average would answer another question. Ask for the average {what}, or for the median time between two steps.",
    "unsupported_money_unanswered": "You asked for an amount of money, but I could not tell which amount (paid orders, or which money column) to add up, so {what} would answer another question. Ask e.g. “revenue of paid orders in 2025” or name the amount column.",
    "unsupported_duration_unanswered": "You asked for a length of time, but I could not tell from which step to which (or which duration column) to time it, so {what} would answer another question. Ask e.g. “median days from <a step> to <a later step>”.",
    "unsupported_share_part": "You asked for a share, but nothing in the question names a part of {what} that your data records (a step, a value of a column, a segment), so a total of {what} would answer another question. Ask for the share of something the data holds, e.g. “what share of {what} came from <a channel or segment>”, or for {what} in total.",
    "unsupported_individuals": "I rank groups of customers (by segment, channel, region or any column of your data), not individual customers one by one, so a total would answer another question. Ask e.g. “which segment spent the most in 2025”.",
    "unsupported_unknown_term": "Your data has nothing called “{terms}” (it is not a touchpoint, journey, metric, segment or any value in your data), so I will not answer for everyone instead. Ask again without it, or ask what data there is.",
    "comments_of_channel": "“{step}” read as the comments collected that way (channel = {channel}), including those filed under other steps",
    "reason_ranked": "the reason read as the {dim} the data records, ranked by the events of the step that records it",
    "value_as_people": "“{word}” read as the customers counted, not {dim} = {value} (the rows counted do not record it)",
    "outcome_said_as": "“{word}” read as the step's own outcome {value}",
    "outcome_own_step": "the share of {value} read at the step that records it ({step})",
    "said_of_step": "“{word}” read as describing the step itself, not as a slice of the orders",
    "touchpoint_as_orders": "“{touchpoint}” read as the {table} it records (that table has no touchpoints)",
    "family_steps": "“{name}” read as the cases with an event at any of its steps (the touchpoints named “{name} …”)",
    "statuses_read": "“{word}” read as orders with status {values}",
    "top_n_capped": "you asked for the top {asked}; the first {n} are listed",
    "min_group": "only groups with at least {n} rows are ranked; smaller ones are left out",
    "slower_than": "counted: those whose time from {a} to {b} was longer than {limit} ({seconds:,.0f} s)",
    "step_pair": "time from {a} to {b}: each customer's first {a} in the period to their first {b} at or after it (each {a} to the {b} of the same id when the data's own id ties the two), over those that reached {b}; no journey window, steps between not required",
    "column_elsewhere": "{column} is recorded on other steps' events, not on {steps}: computed over every event that has it; {steps} only says what is measured",
    "journey_part": "measured on {journey} from {a} to {b}: customers who reached {a} in the period, followed to {b} within the journey's window",
    "comments_not_step": "“{word}” counted as customer comments on the topic, not as the step {step}",
    "translated": "“{word}” read as {name}",
    "others_of": "the other values of {dim} than {values}, taken together",
    "slice_as_topic": "comments record no {dim}: it is searched for in what they say",
    "complaint_log": "every comment in the data is a complaint ticket: complaints count all tickets, whatever their tone",
    "verb_not_slice": "'{word}' describes the {what}; it is no slice of them",
    "orders_at_step": "counted as the events at {touchpoint} (orders are not recorded at a step)",
    "orders_from_events": "your data has no orders table: {metric} counted from the events at {touchpoint}",
    "mixed_currencies": "your orders are kept in several currencies ({codes}): amounts added up in {code}, from {column} (each order converted in your data)",
    "converted_currency": "amounts in {code}: every row's {column}, its amount converted to {code} in your data",
    "currency_rows": "amounts in {code}: the rows kept in {code}, summed as recorded (nothing converted)",
    "local_currency": "amounts in {code}: the total of {column}, each row's amount in its own currency, over the rows in {code} (nothing converted)",
    "currency_reported": "amounts in {said}, the currency every amount is kept in: all rows, not only those charged in {said}",
    "step_of_outcome": "'{value}' is recorded only at {step}: measured there",
    "currency_unit": "amounts summed as the data records them (the data says nothing of a currency; nothing converted to {said})",
    "outcome_of_step": "counted the {step} records whose outcome is {value}",
    "outcome_at_other_step": "{value} is recorded at '{step}', not at '{said}'; counted {value} at '{step}'",
    "action_at_step": "the step records '{said}' as {value}; counted {value}",
    "first_try": "first tries only ({column} = 1)",
    "action_is_step": "read '{action}' as reaching the step (journey analyses follow customers from step to step, not single actions)",
    "path_through": "the conversion from the first step named to the last, through the steps between ({steps})",
    "thing_of_the_steps": "“{word}” is what your steps handle ({steps}): it slices nothing",
    "journey_completed": "counted the people who reached the journey's last step, {step}, in the period",
    "outcome_at_step": "the outcome is recorded at {step}, the step that decides on {named}: those records are counted",
    "cases_are_sessions": "{noun} counted as sessions: in this data each session id is one case, and a customer can have many",
    "cases_are_customers": "{noun} counted as the customers of the data: in this log each customer row is one case",
    "paid_at_step": "paid = reached the step “{step}” (the events record no order status)",
    "pointed_group": "“that one” = {value}, first in the previous answer",
    "sold_paid": "sold = orders that were paid, refunded ones included (cancelled or unpaid orders were not sold)",
    "column_in_step_words": "“{words}” read as the {dim} recorded at that step, its values ranked by the step's events",
    "verb_of_the_step": "“{word}” read as doing the step itself (its events record one outcome only)",
    "value_as_step": "“{words}” read as reaching the step “{step}”, not as a slice",
    "window_said": "the later step counted only when reached within {days} days of the first",
    "value_of_grouping": "“{words}” read as {value}",
    "per_case": "counted per case (the id both steps carry), not per person",
    "every_row_has_not": "“{word}” is no channel the {table} record: it slices nothing",
    "every_row_has": "every record in your data has {dim} = '{word}': it slices nothing",
    "topic_by_group": "the comments about the topic are counted per group (every comment checked by meaning and keyword), not all of each group's comments",
    "share_of": "the share of {value} among all of them (breakdown share column)",
    "period_all_undated": "including the {n} comments that have no date",
    "customers_on_record": "counted from the customer list as it stands (every customer on record, whatever their activity or sign-up date)",
    "period_all_data": "period: all data ({start} .. {end})",
    "unsupported_personal": "I do not hand out customers' personal details (phone numbers, e-mails, IDs, cards); I can answer aggregate questions about them, e.g. how many complained and about what.",
    "unsupported_finance": "Your data holds no costs, margins, commissions or spend (the journey data has events, orders, feedback and customers), so I cannot compute that. I can answer about revenue, orders, conversion and what customers say.",
    "unsupported_not_applicable": "{dim} is recorded on {where}, but {what} is counted from {table}, so I cannot slice it that way. Ask about {where} instead, or drop {dim}.",
    "unsupported_compose": "I answer questions from your journey data; I do not write emails, letters or other texts.",
    "unsupported_journey_on_orders": "Orders record no journey, and no value of theirs is named like “{journey}”, so I will not answer with all orders instead. Ask for the conversion, drop-off or people of “{journey}”, or split the orders by one of their columns ({columns}).",
    "unsupported_no_table": "Your data has no {table} table, so I cannot compute {metric}. I can answer questions about {have}.",
    "unsupported_out_of_coverage": "Your {table} data covers {start} .. {end}; the period you asked about ({period}) has none. Ask about a period inside that range.",
    "unsupported_no_touchpoint_data": "Your data has no {what}, so I cannot answer this about {name}.",
    "table_events": "events", "table_orders": "orders", "table_feedback": "feedback", "table_customers": "customers",
    "table_experiments": "experiments", "table_journeys": "journeys",
    "period_default_data": "no period given: the data this question needs ({table}) ends {end}; using the 30 days ending then ({start} .. {end})",
    "period_all_feedback": "no period given: using all feedback ({n} comments have no date)",
    "suggest": ("Which touchpoint loses the most users?", "What was the payment step conversion last month?",
                "What are customers complaining about at customer service?", "What data do you have?"),
    "what_metric": "metric", "what_period": "period", "what_slice": "filters", "what_touchpoint": "touchpoint",
}

# the baseline is the usual level ("compared with a normal day"): the 28 days before the period
USUAL = ("normal day", "a normal", "usual", "typical day", "average day", "ordinary day")

# English nouns made from the verbs column names use ("cancel_reason" is the cancellation reason)
# other words people use for a column's word ("job" is asked about as "occupation"): general vocabulary
SYNONYMS_EN = {"job": ("occupation", "profession"), "occupation": ("job", "profession"), "sex": ("gender",),
               "gender": ("sex",), "salary": ("income",), "income": ("salary",), "marital": ("marriage",),
               "latency": ("ping", "lag"), "duration": ("length",), "balance": ("account balance",),
               "zip": ("postcode", "postal code"), "postcode": ("zip code",), "tenure": ("customer age", "months with us"),
               # (a place the company serves from, whatever the trade calls it: "which salon", "which studio")
               "store": ("shop", "outlet", "salon", "studio", "branch"), "shop": ("store", "outlet"),
               "salon": ("store", "shop"), "studio": ("store", "shop"), "venue": ("outlet", "store", "branch", "site"),
               "outlet": ("store", "shop", "venue", "branch"), "branch": ("store", "outlet"),
               # (a company with one branch per city says "which branch" of its city column; a hospital group or a
               # school with one campus per city, "which campus")
               "city": ("branch", "campus"), "campus": ("branch", "site", "store"), "site": ("campus",),
               # (what went wrong, whatever the column calls it: "type of problem" of issue_type)
               "issue": ("problem", "fault"), "problem": ("issue", "fault"), "fault": ("issue", "problem"),
               # (who sells, carries or supplies for the company, as the trade says it: "which marketplace" of platform)
               "platform": ("marketplace",), "marketplace": ("platform",), "courier": ("carrier",),
               "carrier": ("courier",), "supplier": ("vendor",), "vendor": ("supplier",),
               "insurer": ("insurance company", "payer", "funder"), "payer": ("insurer", "funder"), "funder": ("payer", "insurer"),
               "lab": ("laboratory",), "physician": ("doctor",), "doctor": ("physician",)}
DERIVED_EN = {"cancel": ("cancellation", "cancelation"), "renew": ("renewal",), "deliver": ("delivery",),
              "pay": ("payment",), "register": ("registration",), "subscribe": ("subscription",),
              "refund": ("refunds",), "complain": ("complaint",), "return": ("returns",), "signup": ("sign-up", "sign up"),
              "apply": ("application",), "approve": ("approval",), "churn": ("churned",), "fail": ("failure",)}
# and back: the verb of such a noun ("Auto-renewal" is what "auto-renewed" did)
VERB_OF = {n: v for v, ns in DERIVED_EN.items() for n in ns if n.isalpha() and not n.startswith(v + "s")}
