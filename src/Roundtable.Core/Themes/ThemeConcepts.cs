namespace Roundtable.Core.Themes;

// A small thesaurus of what Communities of Practice in health and social care talk about: words
// that, in this domain, point to the same concern though they share no letters ("respite",
// "siblings" and "allowance" all point to family carers). A contribution gets a concept for each of
// its words found here, and concepts are then compared like words (marked with ThemeMeaning's
// ConceptMark). Written by hand from the seed documents' threads and the common concerns of these
// communities, by the same people who wrote the labelled sets in bench/Roundtable.Bench, so figures
// on those sets flatter it. A concept is a hint, never a theme: people choose the themes.
public static class ThemeConcepts
{
    public static readonly IReadOnlyDictionary<string, string[]> Cues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["voice"] = ["lived", "experience", "coproduction", "production", "involvement", "involve", "consulted", "consult", "consultation",
            "advocate", "advocates", "advocacy", "voice", "voices", "chair", "chairing", "lead", "leading", "leader", "leadership", "token",
            "tokenism", "panel", "board", "steering", "partner", "partners", "parity", "expert", "expertise", "survivor",
            "survivors", "peer", "represent", "representative", "reps", "power", "decide", "decides", "decision", "mic",
            "listened"],
        ["identity"] = ["black", "brown", "white", "asian", "ethnic", "ethnicity", "minority", "minorities", "race", "racism", "racist",
            "culture", "cultural", "culturally", "colour", "muslim", "mosque", "church", "faith", "religion", "religious", "gay", "lesbian",
            "lgbtq", "transgender", "trans", "nonbinary", "gender", "women", "girls", "woman", "intersectionality", "intersectional",
            "identity", "identities", "diversity", "diverse", "discrimination", "prejudice", "migrant", "refugee", "asylum", "traveller",
            "travellers", "gypsy", "roma", "interpreters", "translated", "translation", "urdu", "punjabi",
            "polish", "arabic", "bengali", "somali", "poverty", "stigma"],
        ["action"] = ["action", "actions", "nothing", "talk", "talking", "shop", "chat", "promise",
            "promises", "promised", "accountable", "accountability", "deliver", "delivery", "outcome", "outcomes", "progress", "impact",
            "results", "tracker", "update", "updates", "report", "minutes", "deadline", "deadlines", "owner", "owners", "commit",
            "priorities", "priority", "fixed", "fix", "happened", "happen", "follow", "follows", "feedback", "drawer", "ticking",
            "cycle", "dashboard", "vote", "proof", "difference"],
        ["navigation"] = ["directory", "map", "mapping", "signpost", "signposting", "pathway", "pathways", "maze", "navigate",
            "website", "websites", "contacts", "contact", "ring", "helpline", "helplines", "information", "resource", "resources", "organisations", "orgs", "voluntary",
            "charity", "charities", "sector", "council", "partnership", "department", "departments", "criteria", "diagram", "chart", "bounced", "passed", "scattered", "prescribers", "transition"],
        ["access"] = ["easy", "accessible", "accessibility", "captions", "subtitles", "slides", "papers", "advance", "pace", "noisy", "loud", "quiet", "sensory", "overload", "lights", "plain", "jargon", "acronyms", "abbreviations",
            "pictures", "font", "print", "lift", "ramp", "wheelchair", "venue", "zoom", "tablet",
            "camera", "recording", "screen", "reader", "pdf", "hearing", "loop", "deaf", "travel", "complicated", "unheard", "adjustments", "chunks", "anxiety"],
        ["carers"] = ["carer", "carers", "caring", "family", "families", "parent", "parents", "mum", "dad", "son",
            "daughter", "siblings", "sibling", "grandparents", "grandkids", "respite", "exhausted", "exhaustion", "sleep", "breaking", "knees", "coping", "cope", "lifeline",
            "isolating", "isolated", "lonely", "unpaid", "allowance", "die", "juggling", "forum", "blame", "parenting", "supporters"],
        ["waiting"] = ["waiting", "wait", "waited", "lists", "queue", "backlog", "delay", "delays", "months", "years", "weeks",
            "diagnosis", "diagnosed", "referrals", "rejected", "private", "urgent", "crisis", "emergency",
            "weekend", "weekends", "beds", "bed", "hospital", "inpatient", "ward", "admitted",
            "admission", "sectioned", "restrained", "restraint", "discharge", "discharged", "police", "placement", "placements", "treatment", "psychiatrist", "medication", "desperate", "spiral", "999", "meltdown"],
        ["workforce"] = ["staff", "staffing", "workforce", "training", "trained", "train", "awareness", "understand",
            "understanding", "knowledge", "skills", "nurse", "nurses", "doctor", "doctors", "psychiatrists", "dentists", "receptionists",
            "officers", "worker", "workers", "agency", "turnover", "recruitment", "retention", "vacancies", "vacancy",
            "rota", "rotas", "burnout", "stress", "stretched", "staffed", "wellbeing", "supervision",
            "managers", "module", "elearning", "lecture", "teaching", "taught", "development"],
        ["money"] = ["money", "funding", "funded", "budget", "budgets", "cuts", "cut", "afford", "cost", "costs", "benefits", "poverty",
            "payments", "commissioners", "commissioning", "grant", "grants", "bills"],
        ["housing"] = ["housing", "house", "flat", "tenancy", "landlord", "homeless", "homelessness", "accommodation", "supported",
            "living", "residential", "independent"],
        ["transport"] = ["bus", "buses", "taxi", "taxis", "train", "trains", "transport", "travel", "driving", "parking", "journey"],
        ["education"] = ["school", "schools", "college", "university", "teacher", "teachers", "ehcp", "exclusion", "excluded", "sen",
            "senco", "pupils", "education", "classroom"],
        ["employment"] = ["employment", "employer", "employers", "job", "jobs", "apprenticeship", "volunteering", "career", "interview",
            "unemployed", "workplace"],
        ["digital"] = ["digital", "online", "internet", "wifi", "app", "apps", "laptop", "smartphone", "email", "emails", "login", "password"],
        ["belonging"] = ["lonely", "loneliness", "isolated", "isolation", "friends", "friendship", "belong", "belonging", "peer", "group",
            "groups", "together", "connection", "welcome", "welcomed"],
        ["health"] = ["health", "check", "checks", "physical", "dentist", "gp", "screening", "annual", "mortality", "died", "deaths",
            "weight", "diabetes", "epilepsy", "cancer", "vaccination"],
        ["safety"] = ["safeguarding", "abuse", "abused", "neglect", "bullying", "bullied", "harm", "unsafe", "exploitation", "scam",
            "scams", "hate", "crime"],
    };
}
