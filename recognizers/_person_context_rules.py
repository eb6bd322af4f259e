"""The sentence cues of person_context.py, as data: role nouns a name stands in apposition to, verbs whose subject
is a person, the adverbs allowed between, and capitalised words that are never a person's name. Plain words;
person_context.py compiles them. Written from how reports, memos and tips are phrased, not from any corpus."""

# Nouns for a person's role: "the school counselor, Gun Nilsson,", "Teacher Ifeoma Nwachukwu says".
ROLE_NOUNS = (
    "counselor", "counsellor", "teacher", "principal", "headteacher", "head teacher", "coach", "tutor", "nurse",
    "doctor", "physician", "pediatrician", "paediatrician", "therapist", "psychologist", "psychiatrist", "dentist",
    "social worker", "caseworker", "case worker", "case manager", "advocate", "officer", "detective", "investigator",
    "deputy", "sergeant", "constable", "agent", "lawyer", "attorney", "solicitor", "judge", "pastor", "priest",
    "imam", "rabbi", "minister", "youth leader", "youth worker", "scout leader", "babysitter", "nanny", "carer",
    "caregiver", "foster parent", "foster mother", "foster father", "guardian", "parent", "mother", "father", "mom",
    "mum", "dad", "stepfather", "stepmother", "stepdad", "stepmom", "step dad", "step mum", "step mom",
    "step-dad", "step-mum", "step-mom", "step father", "step mother", "son", "daughter", "brother", "sister",
    "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "niece", "nephew", "husband",
    "wife", "partner", "boyfriend", "girlfriend", "ex-boyfriend", "ex-girlfriend", "ex-husband", "ex-wife",
    "fiancé", "fiancée", "friend", "classmate", "roommate", "flatmate", "neighbor", "neighbour", "landlord",
    "landlady", "tenant", "employer", "boss", "manager", "supervisor", "colleague", "coworker", "co-worker",
    "director", "coordinator", "co-ordinator", "administrator", "secretary", "receptionist", "assistant",
    "volunteer", "donor", "sponsor", "benefactor", "trustee", "treasurer", "chair", "chairperson", "president",
    "reporter", "caller", "tipster", "witness", "victim", "survivor", "suspect", "perpetrator", "offender",
    "abuser", "child", "kid", "boy", "girl", "student", "pupil", "teen", "teenager", "minor", "youth", "patient",
    "client", "applicant", "member", "staffer", "employee", "driver", "owner", "resident", "relative", "sibling",
    "stepbrother", "stepsister", "half-brother", "half-sister", "mentor", "interpreter", "translator", "chaperone",
    "beneficiary", "payee", "recipient", "account holder", "cardholder", "sender", "signatory", "attendee", "guest",
    "honoree", "nominee", "requester", "requestor", "customer", "contact person", "next of kin",
)  # fmt: skip

# Words that close a message, before the writer's name on the same or the next line: "Thanks, Lucky".
SIGN_OFFS = (
    "thanks", "thank you", "many thanks", "regards", "kind regards", "best regards", "warm regards", "best",
    "best wishes", "cheers", "sincerely", "yours sincerely", "yours truly", "yours", "love", "warmly",
    "respectfully", "take care", "with gratitude", "gratefully", "xoxo", "xx",
)  # fmt: skip

# Verbs (and verb phrases) whose subject is a person: "Yadavi Ravel reports that", "Per Abdi first reached out".
SUBJECT_VERBS = (
    "said", "says", "told", "tells", "reports", "reported", "explained", "explains", "stated", "states",
    "disclosed", "discloses", "admitted", "admits", "claimed", "claims", "alleged", "alleges", "confirmed",
    "confirms", "mentioned", "mentions", "recalled", "recalls", "insisted", "insists", "noted", "notes", "added",
    "wrote", "writes", "texted", "texts", "messaged", "emailed", "phoned", "reached out", "contacted", "threatened",
    "threatens", "asked", "asks", "answered", "replied", "whispered", "shouted", "cried", "complained", "worries",
    "worried", "fears", "feared", "believes", "believed", "thinks", "thought", "suspects", "suspected", "denied",
    "denies", "refused", "refuses", "agreed", "agrees", "promised", "apologized", "apologised", "volunteered",
    "donated", "pledged", "visited", "met", "picked up", "dropped off", "moved in", "moved out", "ran away",
    "went missing", "has been informed", "was informed", "has been notified", "was notified", "was interviewed",
    "was contacted", "was seen", "was last seen", "is worried", "is concerned", "is afraid", "is scared",
    "lives with", "lives in", "lives at", "lives near", "lived with", "works at", "works as", "works for",
    "attends", "attended", "goes to", "signed", "wants to", "wanted to", "needs to", "has asked", "had asked",
    "has said", "had said", "has told", "had told", "has reported", "had reported", "will attend", "will call",
    "will follow up", "can be reached", "is the mother", "is the father", "is the girl's", "is the boy's",
    "is the child's", "is her", "is his",
    # What reports say happened to someone: "Jean-Luc was arrested", "Adebayo stays at his grandmother's".
    "was arrested", "was charged", "was convicted", "was cautioned", "was released", "was bailed", "was born",
    "was placed", "was removed", "was taken", "was hurt", "was injured", "was assaulted", "was groomed",
    "was admitted", "was discharged", "was referred", "stays with", "stays at", "stayed with", "stayed at",
    "is staying", "was staying", "arrived", "came home", "ran off",
)  # fmt: skip

# Verbs that are also plural nouns ("Meeting notes", "Police reports"): a verb only before what a verb takes.
NOUN_LIKE_VERBS = frozenset(
    "reports notes states claims texts fears worries thinks believes mentions recalls insists asks tells alleges "
    "confirms explains admits discloses writes".split()
)
VERB_OBJECT_AFTER = r"that|he|she|they|we|i|her|his|him|them|it|to|how|the|a|an|about|police|staff|us|me"

# Adverbs between a subject and its verb: "Per Abdi first reached out", "Ana Ruiz also said".
ADVERBS = (
    "first", "also", "later", "then", "previously", "initially", "now", "still", "never", "allegedly",
    "reportedly", "apparently", "recently", "repeatedly", "often", "again", "finally", "eventually", "only",
    "once", "just", "has", "had", "herself", "himself",
)  # fmt: skip

# Capitalised words that are never a person's name, though they stand where one would.
NOT_NAME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december christmas easter ramadan eid diwali hanukkah thanksgiving halloween
    today yesterday tomorrow tonight morning afternoon evening
    police sheriff department office team staff services service agency authority board committee council unit
    desk management security hotline helpline school district county city state ministry government court
    hospital clinic center centre church mosque temple synagogue company firm bank store shop
    english spanish french german arabic chinese russian portuguese italian polish korean japanese hindi urdu
    somali swahili vietnamese tagalog turkish farsi persian dari pashto hebrew greek dutch
    facebook instagram snapchat tiktok whatsapp discord roblox telegram twitter youtube reddit google apple
    amazon microsoft netflix xbox playstation minecraft fortnite kik signal viber wechat line zoom teams
    god allah jesus christ lord mr mrs ms miss dr sir madam""".split()
)

# Titles a person holds in a firm: "Vidica Zakoč, CEO of Fernandez Inc.", "Ama Owusu, the founder of …".
JOB_TITLES = (
    "CEO", "CFO", "COO", "CTO", "founder", "co-founder", "cofounder", "director", "managing director", "president",
    "vice president", "VP", "chair", "chairman", "chairwoman", "head", "manager", "partner", "managing partner",
    "spokesperson", "spokesman", "spokeswoman", "owner", "secretary", "treasurer", "principal", "dean", "editor",
    "chief executive", "executive director", "program officer", "programme officer", "coordinator",
)  # fmt: skip
