"""Side-effect triage: how serious is what the patient reports after a Botox treatment?

Pure functions, no Rasa: `assess(text)` returns the level (emergency, urgent, routine or
none), the symptoms found, and the time since treatment when the patient gave one. The
same code runs in the Rasa server (the red-flag NLU component, `addons/red_flags.py`, on
every message) and in the action server (the triage action), so both agree.

How it decides, deterministically:
- The text is tokenised by the project's spaCy pipeline (blank English + lookup
  lemmatizer). Each token gets a normalised form (`Token.norm_`): spaCy's own norm for
  contractions ("can't" -> can + not), common SMS spellings, a close-match spelling
  correction against the symptom vocabulary (difflib), then the lemma.
- A spaCy `Matcher` finds symptoms: a body part or function ("swallow", "eyelid") near
  a qualifier ("trouble", "can't", "droopy"), or a standalone phrase ("passed out").
- A finding does not count when it is negated ("no trouble breathing"), or when it sits in
  a general question ("can Botox cause trouble swallowing?"). An explicitly resolved
  finding ("it's gone now") counts one level lower. Symptoms of someone else count.
- The level is the highest among findings. Levels follow the Botox prescribing
  information's boxed warning (distant spread of toxin effect) and standard allergy
  guidance; see README, "Side-effect triage".
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

EMERGENCY, URGENT, ROUTINE, NONE = "emergency", "urgent", "routine", "none"
RANK = {NONE: 0, ROUTINE: 1, URGENT: 2, EMERGENCY: 3}
LOWER = {EMERGENCY: URGENT, URGENT: ROUTINE, ROUTINE: ROUTINE, NONE: NONE}

SPACY_PATH = Path(
    os.environ.get("CLINIC_SPACY_MODEL", Path(__file__).resolve().parent.parent / "build" / "spacy" / "en_clinic")
)
MAX_CHARS = 5000  # a longer message is assessed on its first and last 2,500 characters

# ---------------------------------------------------------------- vocabulary
# Words are written naturally; they are normalised the same way as the patient's tokens.
DIFFICULTY = (
    "trouble troubles difficulty difficult hard hardly barely struggle struggling struggled "
    "unable problem problems issue issues pain painful hurt hurts weird funny strange tough "
    "labored laboured cannot cant impossible stop stopped heavy"
)
CAN_NOT = ("can not", "could not", "not able", "ca not", "wo not", "will not")
SWELL = "swell swelling swollen swelled puffy puff puffed puffing big bigger huge thick thicker fat"
CLOSING = "close closing closed tight tighten tightening tightness"
DROOP = (
    "droop drooping droopy drooped droops sag sagging saggy sagged drop dropped dropping "
    "fall fell falling fallen hang hanging lower low lopsided crooked uneven"
)
SEVERE = (
    "severe terrible awful worst excruciating unbearable bad horrible splitting pounding "
    "intense killing kill killer worse worsening horrendous crippling"
)
WEAK = "weak weakness weaker limp floppy"

PHRASE_RULES: Dict[str, Tuple[str, List[str]]] = {
    # symptom: (level, standalone phrases; alternatives with "|", optional words end in "?")
    "trouble_breathing": (EMERGENCY, [
        "short|shortness of breath", "out of breath", "gasp|gasping|gasped for air|breath",
        "catch my|her|his|their? breath", "chest tight|tightness", "tight chest",
        "cant|cnt breathe|breath",
    ]),
    "trouble_swallowing": (EMERGENCY, [
        "choke|choking|choked", "go|goes|going|went down the? wrong way|pipe",
        "food|water|drink|pill|pills|liquid keep|keeps? get|gets|getting|got stuck", "stuck in my|her|his? throat",
        "cant|cnt swallow",
    ]),
    "trouble_speaking": (EMERGENCY, [
        "slur|slurred|slurring", "cant|cnt talk|speak",
    ]),
    "wheezing": (EMERGENCY, ["wheeze|wheezing|wheezy|wheezed"]),
    "fainting": (EMERGENCY, [
        "faint|fainted|fainting|fainty", "pass|passed|passing out", "black|blacked|blacking out",
        "collapse|collapsed|collapsing", "unconscious", "lose|lost consciousness", "keel|keeled over",
    ]),
    "weakness_all_over": (EMERGENCY, [
        "weak|weakness all over", "weak|weakness everywhere", "whole|entire body weak|weakness|limp|heavy",
        "body feel|feels|felt? weak|limp|heavy",
    ]),
    "drooping": (URGENT, ["droop|drooping|droopy|drooped|droops", "bell palsy", "crooked smile", "lopsided"]),
    "vision_change": (URGENT, [
        "blurry|blurred|blurring|blur", "double vision", "see|seeing|saw double", "fuzzy|hazy vision",
    ]),
    "voice_change": (URGENT, ["hoarse|hoarseness|raspy|croaky|husky", "lose|lost my|her|his? voice"]),
    "spreading_weakness": (URGENT, ["muscle|muscles weak|weakness", "weak|weaker muscle|muscles", "feel|feels|felt weak"]),
    "bladder_control": (URGENT, [
        "bladder", "incontinent|incontinence", "pee|peed|peeing|wet|wetting myself|herself|himself",
        "leak|leaking urine|pee", "accident|accidents",
    ]),
    "hives_or_rash": (URGENT, ["hive|hives|rash|rashes|welt|welts", "itchy|itch|itching all over|everywhere"]),
    "infection_signs": (URGENT, [
        "fever|feverish|fevers|chills", "temperature", "pus|ooze|oozing|oozes", "infected|infection|abscess",
        "red streak|streaks", "hot to the? touch",
    ]),
    "severe_headache": (URGENT, ["head kill|killing|pounding"]),
    "dizziness": (URGENT, ["dizzy|dizziness|lightheaded|vertigo", "light headed", "room spin|spinning"]),
    "bruising": (ROUTINE, ["bruise|bruising|bruised|bruises", "black and blue"]),
    "redness": (ROUTINE, ["red|redness|reddish|pink"]),
    "tenderness": (ROUTINE, [
        "tender|tenderness|sore|soreness|ache|aching|achy|sting|stinging|stings|hurt|hurts|pain|painful|discomfort",
    ]),
    "bumps": (ROUTINE, ["bump|bumps|bumpy|lump|lumps|lumpy|knot|knots"]),
    "swelling_at_site": (ROUTINE, ["swell|swelling|swollen|puffy|puffiness"]),
    "headache": (ROUTINE, ["headache|headaches|migraine|migraines", "head hurt|hurts|aches|ache"]),
}

# symptom: (level, heads, qualifiers, qualifier phrases). A head and a qualifier in either
# order, up to four words apart within a clause.
NEAR_RULES: Dict[str, Tuple[str, str, str, Sequence[str]]] = {
    "trouble_breathing": (EMERGENCY, "breathe breath breathing air", DIFFICULTY + " short shortness fast", CAN_NOT),
    "trouble_swallowing": (EMERGENCY, "swallow swallowing", DIFFICULTY, CAN_NOT),
    "trouble_speaking": (EMERGENCY, "speak speaking speech talk talking word words",
                         DIFFICULTY + " slur slurred slurring garbled mumble mumbling", CAN_NOT),
    "throat_tongue_lip_swelling": (EMERGENCY, "throat tongue lip lips mouth airway", SWELL + " " + CLOSING, ()),
    "weakness_all_over": (EMERGENCY, "stand walk", DIFFICULTY + " weak", CAN_NOT),
    "drooping": (URGENT, "eyelid eyelids lid lids eye eyes brow brows eyebrow eyebrows face mouth smile cheek",
                 DROOP + " heavy", ()),
    "eye_open": (URGENT, "open", "", CAN_NOT),
    "vision_change": (URGENT, "vision see seeing sight eyesight everything",
                      "blurry blurred double fuzzy hazy foggy trouble hard difficult weird strange funny", CAN_NOT),
    "voice_change": (URGENT, "voice", "hoarse raspy croaky changed change different weird gone lost lose strange "
                              "funny squeaky weak husky deep", ()),
    "spreading_weakness": (URGENT, "arm arms leg legs neck hand hands shoulder shoulders grip jaw chew chewing lift hold",
                           WEAK + " heavy", CAN_NOT),
    "infection_signs": (URGENT, "red redness", "spread spreading hot warm streak streaks growing", ()),
    "face_or_eye_swelling": (URGENT, "face eye eyes eyelid eyelids whole", SWELL, ()),
    "severe_headache": (URGENT, "headache headaches head migraine migraines", SEVERE + " worse worsening",
                        ("not go away", "wo not stop")),
}

NEGATIONS = {"no", "not", "never", "without", "nor", "neither", "none", "nothing", "deny", "denies", "nope"}
NEGATION_EXCEPT_NEXT = {"sure", "certain", "know", "think", "understand", "why", "if", "whether", "only", "just",
                        "longer"}  # "no longer drooping" is resolved, not negated
INABILITY = {"can", "could", "ca", "cannot", "wo", "will"}  # "not" after these is an inability, not a negation
BREAKS = {"but", "however", "although", "though", "except", "while", "whereas", "and", "also", "plus"}
GAP_BREAKS = BREAKS - {"and"}
NEGATION_BREAKS = BREAKS | {"just", "only"}  # "no rash, just a bit sore": the soreness is not negated
RESOLVED = [
    "go|gone|went|going away", "be|is|are|was gone", "better", "resolve|resolved", "clear|cleared up",
    "settle|settled|settled down", "stop|stopped", "no longer", "not anymore|any more", "back to normal",
    "fine|ok|okay|normal now", "disappear|disappeared", "fade|faded", "improve|improved|improving",
    "it|that|this|they 's|is|are|be|was|were all? gone|resolved", "its all? gone|resolved", "gone|better now",
    "anymore", "any more",
]
NOT_RESOLVED_BEFORE = {"not", "never", "no", "nt"}
PERSONAL = {
    "i", "my", "me", "mine", "myself", "im", "ive", "we", "our", "us", "she", "her", "he", "his", "him",
    "they", "their", "them", "mom", "mum", "mother", "dad", "father", "wife", "husband", "son", "daughter",
    "friend", "sister", "brother", "partner", "boyfriend", "girlfriend", "kid", "child", "grandma", "aunt",
}
HYPOTHETICAL = {"if", "will", "would", "might", "may", "could", "can", "should", "gonna", "ever", "do", "does"}
# A sentence is a question if it has "?", starts with a wh-word, or starts with an auxiliary
# followed by its subject ("can botox ...", "does it ..."). "can't breathe" and "can barely
# talk" are statements: SMS drops the subject, so an auxiliary alone proves nothing.
WH_START = {"what", "whats", "how", "hows", "why", "which", "who", "where", "wat", "wht"}
WH_ANYWHERE = {"what", "whats", "how", "hows", "why", "wat", "wht"}  # not "where they injected"
AUX_START = {"can", "could", "does", "do", "did", "is", "are", "was", "will", "would", "should", "might", "may",
             "has", "have", "am", "any", "anyone", "anybody", "r", "cn", "wud", "shud", "wil", "dose"}
SUBJECTS = {"i", "you", "u", "it", "botox", "this", "that", "they", "she", "he", "we", "my", "your", "ur", "the",
            "a", "an", "there", "people", "someone", "anyone", "injections", "injection", "treatment", "these",
            "bruising", "swelling", "drooping", "side", "one", "patients", "ppl", "folks"}
INFO_CUES = ["side effect|effects", "risk|risks", "tell me about", "know about", "information|info about",
             "possible|common|normal to", "cause|causes", "what happen|happens if", "what if", "in case",
             "wonder|wondering|wondered if|whether|about", "curious", "just ask|asking", "hypothetically",
             "good|used for", "help|helps with|for", "work|works for|on", "is that true", "heard", "option|options"]
NOT_AFTER_FAINT = {"bruise", "bruising", "mark", "marks", "line", "lines", "red", "redness", "spot", "scar", "bump", "hint"}
SMS = {"cnt": "cant", "cannt": "cant", "caint": "cant", "kant": "cant", "ur": "your", "u": "you", "r": "are",
       "im": "i", "ive": "i", "thru": "through", "rn": "now", "b4": "before", "bc": "because", "cuz": "because",
       "eyelids": "eyelid", "eye-lid": "eyelid", "swolen": "swollen", "swollon": "swollen",
       "brethe": "breathe", "breth": "breath", "breathin": "breathing", "swallowin": "swallowing",
       "droopin": "drooping", "droppin": "dropping", "wheezin": "wheezing", "faintin": "fainting", "ppl": "people",
       "hurtin": "hurting", "itchin": "itching", "oozin": "oozing", "swellin": "swelling", "talkin": "talking",
       "breathing": "breathe", "breathed": "breathe", "breathes": "breathe", "swallowed": "swallow", "swallows": "swallow"}
# real words close to symptom words that must never be "corrected" into them
KEEP = {"lives", "alive", "lived", "liver", "breed", "bread", "bruce", "voices", "choice", "wallow", "shallow",
        "follow", "hollow", "tallow", "hallow", "speck", "chose", "chest", "rush", "brash", "trash", "crash",
        "fewer", "sever", "seven", "fainter", "bumper", "played", "dropped", "proper", "drools", "drawn",
        "happen", "having", "talking", "walking", "waking", "taking", "making", "asking", "eating", "sleep",
        "inject", "injected", "injection", "injections", "injecting", "needle", "needles", "treatment", "botox",
        "forehead", "wrinkle", "wrinkles", "appointment", "normal", "really", "little", "slightly", "better"}

TIME_PATTERNS = [
    [{"LOWER": {"IN": ["yesterday", "today", "tonight", "overnight"]}}],
    [{"LOWER": {"IN": ["last", "this"]}}, {"LOWER": {"IN": ["night", "morning", "afternoon", "evening", "week", "weekend", "month"]}}],
    [{"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "few", "couple", "several"]}, "OP": "?"},
     {"LIKE_NUM": True, "OP": "?"}, {"LOWER": "of", "OP": "?"},
     {"LOWER": {"IN": ["hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk", "wks", "month", "months"]}},
     {"LOWER": {"IN": ["ago", "after", "later", "since", "back"]}}],
    [{"LOWER": {"IN": ["since", "on"]}},
     {"LOWER": {"IN": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"]}}],
]


@dataclass
class Finding:
    symptom: str
    level: str
    start: int  # character offsets in the assessed text
    end: int
    text: str
    negated: bool = False
    resolved: bool = False
    general: bool = False  # inside a general question ("can Botox cause ...?")

    @property
    def effective_level(self) -> str:
        if self.negated or self.general:
            return NONE
        return LOWER[self.level] if self.resolved else self.level


@dataclass
class Assessment:
    level: str
    symptoms: List[str]
    findings: List[Finding] = field(default_factory=list)
    time_since_treatment: Optional[str] = None
    someone_reports: bool = False  # a person (I, my, she, my mom ...) outside a hypothetical

    def asked_not_reported(self, level: str) -> bool:
        """Red flags at `level` or above were only asked about, and no one reports anything.

        Only this (or `resolved_only`) may lower a classifier's emergency/urgent guess. A negation
        never does: "no fever, but my eyelid feels funny" must stay urgent even though the matcher
        knows "fever" and not "feels funny".
        """
        high = [f for f in self.findings if RANK[f.level] >= RANK[level]]
        return bool(high) and all(f.general for f in high) and not self.someone_reports

    def resolved_only(self, level: str) -> bool:
        """Every finding at `level` or above is explicitly resolved ("it's gone now")."""
        high = [f for f in self.findings if RANK[f.level] >= RANK[level]]
        return bool(high) and all(f.resolved for f in high)


# ---------------------------------------------------------------- pipeline
class Triage:
    """Holds the spaCy pipeline, the lemma table and the compiled Matcher patterns."""

    def __init__(self, nlp: spacy.language.Language):
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer")
        self._lemmas = lemmatizer.lookups.get_table("lemma_lookup")
        self.vocabulary: Set[str] = set()
        self.matcher = Matcher(nlp.vocab)
        self.levels: Dict[str, str] = {}
        for symptom, (level, phrases) in PHRASE_RULES.items():
            self.levels[symptom] = level
            self.matcher.add(symptom, [self._phrase(p) for p in phrases])
        for symptom, (level, heads, qualifiers, phrases) in NEAR_RULES.items():
            self.levels[symptom] = level
            self.matcher.add(symptom, self._near(heads, qualifiers, phrases))
        self.time_matcher = Matcher(nlp.vocab)
        self.time_matcher.add("time", TIME_PATTERNS)
        self.resolved_matcher = Matcher(nlp.vocab)
        self.resolved_matcher.add("resolved", [self._phrase(p, learn=False) for p in RESOLVED])
        self.info_matcher = Matcher(nlp.vocab)
        self.info_matcher.add("info", [self._phrase(p, learn=False) for p in INFO_CUES])
        self._spelling_vocabulary = sorted(w for w in self.vocabulary if len(w) >= 5 and w.isalpha())

    # ----- normalisation
    def norm_word(self, word: str) -> str:
        word = SMS.get(word, word)
        return self._lemmas.get(word, word)

    def _words(self, text: str, learn: bool) -> List[str]:
        words = [self.norm_word(w) for w in text.lower().split()]
        if learn:
            self.vocabulary.update(text.lower().split())
        return words

    def _alternatives(self, token: str, learn: bool) -> dict:
        optional = token.endswith("?")
        options = sorted({w for part in token.rstrip("?").split("|") for w in self._words(part, learn)})
        spec: dict = {"NORM": {"IN": options}}
        if optional:
            spec["OP"] = "?"
        return spec

    def _phrase(self, phrase: str, learn: bool = True) -> List[dict]:
        return [self._alternatives(tok, learn) for tok in phrase.split()]

    def _near(self, heads: str, qualifiers: str, phrases: Sequence[str]) -> List[List[dict]]:
        head = {"NORM": {"IN": sorted(set(self._words(heads, True)))}}
        gap = {"IS_PUNCT": False, "NORM": {"NOT_IN": sorted(GAP_BREAKS)}, "OP": "?"}
        quals = [[{"NORM": {"IN": sorted(set(self._words(qualifiers, True)))}}]] if qualifiers.strip() else []
        quals += [self._phrase(p) for p in phrases]
        patterns = []
        for qual in quals:
            patterns.append(qual + [gap] * 4 + [head])
            patterns.append([head] + [gap] * 4 + qual)
        return patterns

    @lru_cache(maxsize=4096)
    def _correct(self, word: str) -> str:
        """Close-match spelling correction against the symptom vocabulary only."""
        if len(word) < 5 or not word.isalpha() or word in KEEP or word in self.vocabulary:
            return word
        close = difflib.get_close_matches(word, self._spelling_vocabulary, n=1, cutoff=0.84)
        return close[0] if close else word

    def make_doc(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for token in doc:
            lower = token.lower_
            if token.norm_ != lower and lower not in SMS:  # spaCy's own norms: n't -> not, ca -> can
                continue
            token.norm_ = self.norm_word(self._correct(SMS.get(lower, lower)))
        self._sentences(doc)
        return doc

    @staticmethod
    def _sentences(doc: Doc) -> None:
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            previous = doc[i - 1]
            token.is_sent_start = previous.text in {".", "!", "?", "…"} or "\n" in previous.whitespace_ + previous.text \
                or (previous.text.endswith(("!", "?")) and not previous.is_alpha)

    # ----- assessment
    def assess(self, text: str) -> Assessment:
        text = (text or "")
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS // 2] + " . " + text[-MAX_CHARS // 2:]
        doc = self.make_doc(text)
        spans = self._symptom_spans(doc)
        resolved_sentences = self._resolved_sentences(doc, spans)
        findings = []
        for symptom, span in spans:
            resolved = span.sent.start in resolved_sentences
            findings.append(Finding(
                symptom=_public_name(symptom),
                level=self.levels[symptom],
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                # "isn't drooping anymore": a resolved symptom, not one that never happened
                negated=self._negated(doc, span) and not resolved,
                resolved=resolved,
                general=self._general(doc, span, self.levels[symptom]),
            ))
        level = max((f.effective_level for f in findings), key=RANK.get, default=NONE)
        symptoms = []
        for f in sorted(findings, key=lambda f: -RANK[f.effective_level]):
            if f.effective_level != NONE and f.symptom not in symptoms:
                symptoms.append(f.symptom)
        times = [doc[s:e] for _, s, e in self.time_matcher(doc)]
        time_text = max(times, key=len).text if times else None
        return Assessment(level=level, symptoms=symptoms, findings=findings, time_since_treatment=time_text,
                          someone_reports=self._personal(doc, 0, len(doc)))

    def _symptom_spans(self, doc: Doc) -> List[Tuple[str, Span]]:
        best: Dict[Tuple[str, int], Span] = {}
        for match_id, start, end in self.matcher(doc):
            symptom = self.nlp.vocab.strings[match_id]
            span = doc[start:end]
            if symptom == "fainting" and end < len(doc) and doc[end].norm_ in NOT_AFTER_FAINT:
                continue  # "a faint bruise"
            if any(t.is_sent_start for t in span[1:]):
                continue
            if symptom == "drooping" and span.text.lower().replace(" ", "") in {"eyedrops", "eyedrop"}:
                continue
            key = (symptom, start)
            if key not in best or len(span) < len(best[key]):
                best[key] = span
        # keep the shortest span per symptom and start; drop spans contained in another of the same symptom
        spans = sorted(best.items(), key=lambda kv: (kv[1].start, kv[1].end))
        result: List[Tuple[str, Span]] = []
        for (symptom, _), span in spans:
            if any(s == symptom and o.start <= span.start and span.end <= o.end for s, o in result):
                continue
            result.append((symptom, span))
        return result

    def _negated(self, doc: Doc, span: Span) -> bool:
        # negation inside the span's gap ("swallowing isn't a problem"), not an inability ("can't swallow")
        for token in span[1:-1]:
            if token.norm_ in NEGATIONS and not self._inability(doc, token.i) and not self._uncertain(doc, token.i):
                return True
        # a negation cue shortly before, in the same clause ("no trouble breathing", "no fever, rash or hives")
        words = 0
        for i in range(span.start - 1, span.sent.start - 1, -1):
            token = doc[i]
            if token.norm_ in NEGATION_BREAKS or token.text in {".", ";", ":", "!", "?"}:
                return False
            if token.is_punct:
                continue
            if token.norm_ in NEGATIONS:
                return not self._inability(doc, i) and not self._uncertain(doc, i)
            words += 1
            if words > 4:
                return False
        return False

    @staticmethod
    def _inability(doc: Doc, i: int) -> bool:
        return doc[i].norm_ == "not" and i > 0 and doc[i - 1].norm_ in INABILITY

    @staticmethod
    def _uncertain(doc: Doc, i: int) -> bool:
        return i + 1 < len(doc) and doc[i + 1].norm_ in NEGATION_EXCEPT_NEXT

    def _resolved_sentences(self, doc: Doc, spans: List[Tuple[str, Span]]) -> Set[int]:
        sentence_starts = [s.start for s in doc.sents]
        with_findings = {span.sent.start for _, span in spans}
        resolved: Set[int] = set()
        for _, start, end in self.resolved_matcher(doc):
            if start > 0 and doc[start - 1].norm_ in NOT_RESOLVED_BEFORE | {"not"}:
                continue  # "not better", "hasn't gone away"
            if start > 1 and doc[start - 2].norm_ in {"not", "never"}:
                continue  # "not getting better"
            if doc[start].norm_ in {"stop", "go"} and start > 0 and doc[start - 1].norm_ in {"wo", "will", "not"}:
                continue
            sent_start = doc[start].sent.start
            resolved.add(sent_start)
            index = sentence_starts.index(sent_start)
            if sent_start not in with_findings and index > 0:
                resolved.add(sentence_starts[index - 1])  # "My eyelid drooped. It's fine now."
        return resolved

    def _general(self, doc: Doc, span: Span, level: str) -> bool:
        """A question or information request about side effects, not a report of one."""
        sent = span.sent
        clause_start, clause_end = sent.start, sent.end
        for i in range(span.start - 1, sent.start - 1, -1):
            if doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}:
                clause_start = i + 1
                break
        for i in range(span.end, sent.end):
            if doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}:
                clause_end = i
                break
        info = any(doc[s].sent.start == sent.start for _, s, _ in self.info_matcher(doc))
        sentence_question = any(t.text.endswith("?") for t in sent) or self._interrogative(list(sent))
        clause_question = self._interrogative(list(doc[clause_start:clause_end]))
        personal = self._personal(doc, clause_start, clause_end)
        if level == ROUTINE:
            # "could botox stop my headaches", "r the injections painful": a question about Botox;
            # "I have a headache, is that normal?": a report with a question after it
            return info or clause_question or (sentence_question and not personal)
        # red flags: only a question or information request with no one reporting it
        return (sentence_question or info) and not personal

    @staticmethod
    def _interrogative(tokens: List) -> bool:
        words = [t for t in tokens if not t.is_punct]
        if not words:
            return False
        first = words[0].lower_
        second = words[1].lower_ if len(words) > 1 else ""
        return first in WH_START or (first in AUX_START and second in SUBJECTS) or \
            any(t.lower_ in WH_ANYWHERE for t in words)

    @staticmethod
    def _personal(doc: Doc, start: int, end: int) -> bool:
        """Someone (the patient or another person) in the clause, not in a hypothetical ("if I", "will my")."""
        for i in range(start, end):
            if doc[i].lower_ in PERSONAL or doc[i].norm_ in PERSONAL:
                before = {doc[j].lower_ for j in range(max(start, i - 2), i)}
                if not before & HYPOTHETICAL:
                    return True
        return False


def _public_name(symptom: str) -> str:
    return {"eye_open": "drooping"}.get(symptom, symptom)


def build_pipeline() -> spacy.language.Language:
    """The project's pipeline: loaded by path, or built in memory if the build step has not run."""
    if (SPACY_PATH / "meta.json").exists():
        return spacy.load(SPACY_PATH)
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def triage() -> Triage:
    return Triage(build_pipeline())


def assess(text: str) -> Assessment:
    """Assess one patient message. See the module docstring."""
    return triage().assess(text)


def symptom_words(symptoms: Iterable[str]) -> str:
    return ", ".join(s.replace("_", " ") for s in symptoms)


_WS = re.compile(r"\s+")


def clean(text: str) -> str:
    """The patient's words as stored for staff: whitespace folded, at most 2,000 characters."""
    return _WS.sub(" ", text or "").strip()[:2000]
