"""Side-effect triage: how serious is what the patient reports after a Botox treatment?

Pure functions, no Rasa: `assess(text)` returns the level (emergency, urgent, routine or
none), the symptoms found, and the time since treatment when the patient gave one. The
same code runs in the Rasa server (the red-flag NLU component, `addons/nlu/red_flags.py`, on
every message) and in the action server (the triage action), so both agree.

How it decides, deterministically:
- The text is tokenised by the project's spaCy pipeline (blank English + lookup
  lemmatizer). Each token gets a normalised form (`Token.norm_`): spaCy's own norm for
  contractions ("can't" -> can + not), common SMS spellings, a close-match spelling
  correction against the symptom vocabulary (rapidfuzz), then the lemma.
- A spaCy `Matcher` finds symptoms: a body part or function ("swallow", "eyelid") near
  a qualifier ("trouble", "can't", "droopy"), or a standalone phrase ("passed out").
- A finding does not count when it is negated ("no trouble breathing"), or when it sits in
  a general question ("can Botox cause trouble swallowing?"). An explicitly resolved
  finding ("it's gone now") counts at its `when_passed` level (policy/triage_levels.yml). Symptoms of someone else count.
- The level is the highest among findings. Levels follow the Botox prescribing
  information's boxed warning (distant spread of toxin effect) and standard allergy
  guidance; see README, "Side-effect triage".
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from botox_clinic import levels as levels_file
from botox_clinic.levels import check as check_levels, thin_evidence, when_passed
from botox_clinic.triage_context import ContextMixin
from botox_clinic.triage_interrogative import BOTOX_WORDS
from botox_clinic.triage_lexicon import (EMERGENCY, LEXICON, NONE, ROUTINE, URGENT, PolicyError,
                                    public_name as _public_name)
from botox_clinic.triage_matcher import MatcherMixin
from botox_clinic.triage_questions import HEADACHE_FAMILY, QuestionMixin
from botox_clinic.triage_presupposed import recovery_asked
from botox_clinic.triage_text import KEEP, SMS, TextMixin
from botox_clinic.triage_statement import LIP_SWELLING, lip_site_slight, pointed_at
from botox_clinic.triage_story import mine_sentences, others_episode

from botox_clinic.levels import LOWER, RANK, symptom_words  # noqa: E402,F401  (re-exported)
from botox_clinic.records import clean  # noqa: E402,F401  (re-exported)
# An episode of an emergency symptom that has passed still needs emergency care: swallowing and
# breathing problems can be life threatening and may come back (Medication Guide, MG2), and a faint
# or a spell of slurred speech after the injection needs a doctor to see the patient now, even when
# "I'm ok now" (README "Side-effect triage"). Other findings take their `when_passed` level of
# policy/triage_levels.yml when explicitly resolved (the distant-spread effects stay urgent; the rest count
# one level lower), and a faint the patient puts on an earlier day counts one level lower ("I fainted
# yesterday but I feel better now": call the clinic now).
STILL_EMERGENCY_WHEN_PASSED = {EMERGENCY}
EARLIER_DAY = LEXICON.words["earlier_day"]
SAME_DAY, PARTS_OF_DAY = LEXICON.words["same_day"], LEXICON.words["parts_of_day"]  # a faint dated today
DATING_OPENERS, DATING_VERBS = LEXICON.words["dating_openers"], LEXICON.words["dating_verbs"]
ALIASES = LEXICON.aliases  # extra Matcher keys (a second NEAR rule for the same symptom) -> the symptom they report

SPACY_PATH = Path(
    os.environ.get("CLINIC_SPACY_MODEL", Path(__file__).resolve().parent.parent / "build" / "spacy" / "en_clinic")
)
MAX_CHARS = 5000  # a longer message is assessed on its first and last 2,500 characters


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
    habitual: bool = False  # a history, not a question about it: "I faint when I get blood drawn" (also general)
    # a condition had before and apart from the treatment, no side effect: one a question asks Botox to treat ("¿el
    # botox me sirve para el tic del ojo? me tiembla el párpado hace meses") or an illness told before a treatment
    # still ahead ("on antibiotics for an infection, can I still get botox next week?"); had as a habit is (also general)
    before_treatment: bool = False
    not_a_person: bool = False  # said of a pet, a machine or money, or in an idiom ("my wallet can't breathe"): negated

    @property
    def asked(self) -> bool:
        """Only asked about: a general question's, not denied, neither a history nor a condition had before the
        treatment."""
        return self.general and not self.negated and not self.habitual and not self.before_treatment

    @property
    def effective_level(self) -> str:
        if self.negated or self.general:
            return NONE
        return when_passed(self.symptom, self.level) if self.resolved else self.level


@dataclass
class Assessment:
    level: str
    symptoms: List[str]
    findings: List[Finding] = field(default_factory=list)
    time_since_treatment: Optional[str] = None
    someone_reports: bool = False  # a person (I, my, she, my mom ...) outside a hypothetical

    def asked_not_reported(self, level: str) -> bool:
        """Red flags at `level` or above were only asked about, and no one reports anything.

        Only this (or `resolved_only`, `history_only`) may lower a classifier's emergency/urgent guess. A negation
        never does: "no fever, but my eyelid feels funny" must stay urgent even though the matcher
        knows "fever" and not "feels funny".
        """
        return self._all_at_or_above(level, lambda f: f.general) and not self.someone_reports

    def asked_or_denied_only(self, level: str) -> bool:
        """Red flags at `level` or above were found, and every one only asked about or denied (whoever else
        is in the message): "I have asthma, does that raise my risk of breathing problems?", "I'm not having
        any trouble swallowing". The classifier's 911 guess then has no evidence of its own."""
        return self._all_at_or_above(level, lambda f: f.general or f.negated)

    def not_a_person_only(self) -> bool:
        """Every finding is a symptom's words said of a pet, a machine or money, or inside an idiom the rules explain ("my
        dog can't breathe", "my wallet can't breathe after that quote", "almost choked on my tea when she told me"):
        nobody reports anything, whatever a classifier guessed from the words."""
        return bool(self.findings) and all(f.not_a_person for f in self.findings)

    def history_only(self, level: str) -> bool:
        """Every finding at `level` or above is a habit told as history ("I faint when I get blood drawn") or a condition
        had before and apart from the treatment (`Finding.before_treatment`)."""
        return self._all_at_or_above(level, lambda f: f.habitual or f.before_treatment)

    def resolved_only(self, level: str) -> bool:
        """Every finding at `level` or above is explicitly resolved ("it's gone now")."""
        return self._all_at_or_above(level, lambda f: f.resolved)

    def _all_at_or_above(self, level: str, test: Callable[[Finding], bool]) -> bool:
        """There are findings at `level` or above, and `test` holds for every one of them."""
        high = [f for f in self.findings if RANK[f.level] >= RANK[level]]
        return bool(high) and all(test(f) for f in high)



WORST_SUBJECTS, WORST_ENDS, WORST_GONE, WORST_PRAISE = (
    LEXICON.words[n] for n in ("worst_subjects", "worst_ends", "worst_gone", "worst_praise"))


def combine(findings: List[Finding], text: str = "") -> List[Finding]:
    """`findings` plus one finding for each combination of policy/triage_levels.yml whose symptoms are all
    reported ("itchy welts all over and I'm lightheaded": hives and dizziness report an allergic reaction; a
    symptom with `named_by` words by a finding that names one, and no finding that names a `not_named_with` word:
    "one side of my face won't move and the arm on that side is weak", not "... my arm is weak from the gym"), and
    for each `named_with` combination whose word groups are each named by a different finding. A finding names
    a group by its own words and the next few words of its sentence in `text` (the text its offsets index):
    "couldn't lift my toddler" names an arm's work, "can't lift my leg" names a leg and so no arm, and a finding
    whose words name two groups, or a part of `not_named_with` (an eyelid, the bladder), names none."""
    reported = [f for f in findings if f.effective_level != NONE]

    def named(f: Finding) -> Tuple[Set[str], Set[str]]:
        """The words of `f` and the next few of its clause; and those with the next few of its sentence."""
        rest = text[f.end:f.end + 60] if f.end <= len(text) else ""
        after = re.split(r"[.,;!?]|\b(?:and|but|y|pero)\b", rest)[0]
        words = set(re.findall(r"\w+", f"{f.text} {' '.join(after.split()[:4])}".lower()))
        # (what excludes it may come after an "and": "legs weak and wobbly after leg day at the gym")
        return words, words | set(re.findall(r"\w+", " ".join(re.split(r"[.;!?]", rest)[0].split()[:8]).lower()))

    added = []
    for symptoms, reports, worded, excluded in levels_file.combinations():
        # each symptom by a finding that names its words (`named_by`), if any, and none `not_named_with`
        chosen = [next((f for f in reported if f.symptom == s and (s not in worded or named(f)[0] & worded[s]) and
                        not named(f)[1] & excluded), None) for s in sorted(symptoms)]
        if all(chosen) and reports not in {f.symptom for f in reported}:
            found = sorted((f for f in chosen if f is not None), key=lambda f: f.start)
            added.append(Finding(symptom=reports, level=levels_file.load()[reports], start=found[0].start,
                                 end=found[-1].end, text=" ... ".join(f.text for f in found)))
    for symptom, groups, excluded, reports in levels_file.named_combinations():
        parts = [f for f in findings if f.symptom == symptom and f.effective_level != NONE]
        hits_of = []
        for f in parts:
            words, tail = named(f)
            hits = [i for i, group in enumerate(groups) if words & group]
            hits_of.append(hits[0] if len(hits) == 1 and not tail & excluded else None)
        if all(i in hits_of for i in range(len(groups))) and reports not in {f.symptom for f in reported} and \
                not any(f.symptom == reports for f in added):
            found = sorted((f for f, i in zip(parts, hits_of) if i is not None), key=lambda f: f.start)
            added.append(Finding(symptom=reports, level=levels_file.load()[reports], start=found[0].start,
                                 end=found[-1].end, text=" ... ".join(f.text for f in found)))
    return findings + added


# ---------------------------------------------------------------- pipeline
class Triage(TextMixin, MatcherMixin, ContextMixin, QuestionMixin):
    """Holds the spaCy pipeline, the lemma table and the compiled Matcher patterns."""

    def __init__(self, nlp: spacy.language.Language):
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer")
        self._lemmas = lemmatizer.lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
        # English words the lookup table knows (inflected forms and their lemmas): never "corrected"
        # into a symptom ("singing" is not "stinging")
        self._english_lemmas = set(self._lemmas.values())
        self.vocabulary: Set[str] = set()
        self.matcher = Matcher(nlp.vocab)
        self.levels: Dict[str, str] = dict(LEXICON.levels)  # Matcher key -> level (policy/triage_levels.yml)
        for rule in LEXICON.rules:
            if rule.phrases:
                self.matcher.add(rule.name, [self._phrase(p) for p in rule.phrases])
            if rule.near:
                self.matcher.add(rule.name, self._near(rule.near.heads, rule.near.qualifiers,
                                                       rule.near.qualifier_phrases))
        # a rule's `not_when`: its own words in a sense that is not the symptom ("the lower lid", "eye drops")
        self.not_when_matcher = Matcher(nlp.vocab)
        for rule in LEXICON.rules:
            if rule.not_when:
                self.not_when_matcher.add(rule.name, [self._phrase(p, learn=False) for p in rule.not_when])
        # the levels used here must be those of policy/triage_levels.yml, the list a clinician reviews
        check_levels({_public_name(name): level for name, level in self.levels.items()}, str(LEXICON.path))
        self.time_matcher = Matcher(nlp.vocab)
        self.time_matcher.add("time", LEXICON.time_patterns)
        cues = LEXICON.cues
        self.resolved_matcher = self._cue_matcher("resolved", cues["resolved"])
        self.info_matcher = self._cue_matcher("info", cues["info"])
        self.wondering_matcher = self._cue_matcher("wondering", cues["wondering"])
        self.fear_matcher = self._cue_matcher("fear", cues["fear"])
        self.fear_ahead_matcher = self._cue_matcher("fear_ahead", cues["fear_ahead"])
        self.hearsay_matcher = self._cue_matcher("hearsay", cues["hearsay"])
        self.possibility_matcher = self._cue_matcher("possibility", cues["possibility"])
        self.treatment_matcher = self._cue_matcher("treatment", cues["treatment"])
        self.treatment_reason_matcher = self._cue_matcher("treatment_reason", cues["treatment_reason"])
        self.normal_to_have_matcher = self._cue_matcher("normal_to_have", cues["normal_to_have"])
        self.recent_treatment_matcher = self._cue_matcher("recent_treatment", cues["recent_treatment"])
        self.cause_matcher = self._cue_matcher("cause", cues["cause"])
        self.report_matcher = self._cue_matcher("report", cues["report"])
        self.report_matcher.add("onset", [self._phrase(p, learn=False) for p in cues["onset"]])
        self.tag_matcher = self._cue_matcher("tag", cues["tag"])
        self.habitual_matcher = self._cue_matcher("habitual", cues["habitual"])
        self.ahead_matcher = self._cue_matcher("ahead", cues["ahead"])
        self.fix_request_matcher = self._cue_matcher("fix_request", cues["fix_request"])
        self.plea_matcher = self._cue_matcher("plea", cues["plea"])
        self.planned_matcher = self._cue_matcher("planned", cues["planned"])
        self.chronic_matcher = self._cue_matcher("chronic", cues["chronic"])
        self.source_matcher = self._cue_matcher("source", cues["source"])
        self.explained_matcher = self._cue_matcher("explained", cues["explained"])
        self.not_a_person_matcher = self._cue_matcher("not_a_person", cues["not_a_person"])
        self.not_explained_matcher = self._cue_matcher("not_explained", cues["not_explained"])
        self.everyday_matcher = self._cue_matcher("everyday", cues["everyday"])
        self.benign_matcher = self._cue_matcher("benign", cues["benign"])
        self.worst_told_matcher = self._cue_matcher("worst_told", cues["worst_told"])
        self.denies_listed_matcher = self._cue_matcher("denies_listed", cues["denies_listed"])
        self._spelling_vocabulary = sorted(w for w in self.vocabulary if len(w) >= 5 and w.isalpha())

    def _cue_matcher(self, key: str, phrases: Iterable[str]) -> Matcher:
        matcher = Matcher(self.nlp.vocab)
        matcher.add(key, [self._phrase(p, learn=False) for p in phrases])
        return matcher

    @staticmethod
    def _earlier_day(doc: Doc, clauses: List[int], span: Span) -> bool:
        """Whether the clause of `span` dates it to an earlier day ("I fainted on Monday, fine since"), or a short
        clause after it does ("I fainted after my shots, that was on Monday"); a day that dates something else ("I
        fainted an hour ago, had botox yesterday") does not count."""
        own = clauses[span.start]
        # a day said first, set off by a comma, dates the clause after it: "Yesterday, I fainted"
        before = [t for t in doc if clauses[t.i] == own - 1 and not t.is_punct]
        dated = {own} | ({own - 1} if 0 < len(before) <= 3 else set())
        # a short clause after it that dates it: "..., that was 2 days ago" (`dating_openers`, then `dating_verbs`)
        after = [t.lower_ for t in doc if clauses[t.i] == own + 1 and not t.is_punct]
        if 2 < len(after) <= 6 and after[0] in DATING_OPENERS and after[1] in DATING_VERBS:
            dated.add(own + 1)
        # (not a day that dates the treatment when the faint is dated today: "I had botox yesterday and fainted an hour
        # ago" is today's faint; "i fainted after my botox on monday" is Monday's)
        today = any(t.lower_ in SAME_DAY or t.lower_ in PARTS_OF_DAY and t.i > 0 and doc[t.i - 1].lower_ == "this"
                    for t in doc if clauses[t.i] in dated)
        return any(t.lower_ in EARLIER_DAY and not (today and any(w.lower_ in BOTOX_WORDS for w in doc[max(t.i - 2, 0):t.i]))
                   for t in doc if clauses[t.i] in dated)

    # ----- assessment
    def assess(self, text: str) -> Assessment:
        text = (text or "")
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS // 2] + " . " + text[-MAX_CHARS // 2:]
        doc = self.make_doc(text)
        aside: List[Tuple[str, Span]] = []  # matches said of a pet, a machine or money, or in an idiom
        spans = self._symptom_spans(doc, aside)
        if any(s in HEADACHE_FAMILY for s, _ in spans) and not any(s == "worst_headache" for s, _ in spans):
            # "headaches for years. This one came on suddenly and it's the worst ever": the worst headache
            # (not "the bruise is the worst ever": a sentence that names another symptom says it of that one)
            # (a pain score alone is the headache's: "this headache is unreal, 10/10, never felt anything close to it")
            # (nor a pain word inside a headache's own words: "pain in my head")
            heads = [span for s, span in spans if s in HEADACHE_FAMILY]
            others = {span.sent.start for s, span in spans
                      if s not in HEADACHE_FAMILY and not (s == "severe_pain" and not any(t.is_alpha for t in span))
                      and not any(h.start <= span.start and span.end <= h.end for h in heads)}
            # (said of "it", "this one", "mine", opening its sentence or told "never felt anything like it": not "the
            # wait was the worst ever")
            # (and ending there: "the worst I've ever had", not "the worst ever for my wallet"; not when gone now)
            spans += [("worst_headache", doc[s:e]) for _, s, e in self.worst_told_matcher(doc)
                      if doc[s].sent.start not in others and _said_of_headache(doc, s) and
                      (e == len(doc) or doc[e].is_punct or doc[e].lower_ in WORST_ENDS) and
                      not any(t.lower_ in WORST_GONE for t in doc)][:1]
        clauses = self._clauses(doc)
        resolved_clauses = self._resolved_clauses(doc, spans, clauses)
        denied = self._denied_lists(doc)  # once per message, read by _negated for each finding
        mine = mine_sentences(doc)  # where a sentence says what was asked about is the patient's now
        findings = []
        emergencies = sum(self.levels[s] == EMERGENCY and s != LIP_SWELLING for s, _ in spans)  # (other symptoms)
        for symptom, span in spans:
            resolved = clauses[span.start] in resolved_clauses
            # someone else's episode asked about for people in general ("my sisters eyelid drooped after her botox, how
            # often does that happen to ppl"): asked; an emergency one that the other analyses do not read as asked gets
            # "call the clinic now" (`thin_evidence` in the levels file)
            story = others_episode(doc, span, clauses)
            # (not one said to be the patient's after it: "... lips swell? mine are like that right now")
            general = self._general(doc, span, self.levels[symptom], _public_name(symptom))
            told_mine = general and any(start >= span.end for start in mine)
            only_asked = general and not told_mine
            # (asked whether it goes away, then said to be the patient's now: "do those hives go away by themselves?
            # I've got some on my neck now" is not over)
            resolved = resolved and not told_mine
            story = story or lip_site_slight(doc, span, symptom, emergencies)  # (a lip flip's site, said a little puffy)
            thin = thin_evidence(symptom, self.levels[symptom])[0] if story and not only_asked else symptom
            capped, symptom = thin != symptom, thin
            findings.append(Finding(
                symptom=_public_name(symptom),
                level=self.levels[symptom],
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                # "isn't drooping anymore": a resolved symptom, not one that never happened
                negated=self._negated(doc, span, denied) and not resolved,
                # (not one pointed at in a question: "does this numbness go away? its been 3 days" has it now)
                resolved=resolved and not pointed_at(doc, span) and not recovery_asked(doc, span) and (
                    self.levels[symptom] not in STILL_EMERGENCY_WHEN_PASSED or (
                        symptom == "fainting" and self._earlier_day(doc, clauses, span))),
                general=only_asked or story and not capped,
                habitual=self._habitual(doc, span, _public_name(symptom)),
            ))
        findings += [Finding(symptom=_public_name(s), level=self.levels[s], start=span.start_char, end=span.end_char,
                             text=span.text, negated=True, not_a_person=True) for s, span in aside]
        asked = {span.sent.start for (_, span), finding in zip(spans, findings) if finding.general}
        someone_reports = self._someone_reports(doc, asked, bool(findings) and all(f.general for f in findings))
        findings = combine(findings, doc.text)
        level = max((f.effective_level for f in findings), key=RANK.__getitem__, default=NONE)
        symptoms = []
        for f in sorted(findings, key=lambda f: -RANK[f.effective_level]):
            if f.effective_level != NONE and f.symptom not in symptoms:
                symptoms.append(f.symptom)
        times = [doc[s:e] for _, s, e in self.time_matcher(doc)]
        time_text = max(times, key=len).text if times else None
        return Assessment(level=level, symptoms=symptoms, findings=findings, time_since_treatment=time_text,
                          someone_reports=someone_reports)



def _said_of_headache(doc: Doc, start: int) -> bool:
    """The "worst" words starting at token `start` open their sentence or a clause after a comma, follow one of
    `worst_subjects` ("it", "this one") within 3 words, or say "never felt anything like it" in a sentence that praises
    nothing (`worst_praise`: not "botox for my migraines worked, never felt anything close to it")."""
    sent = doc[start].sent
    if doc[start].lower_ == "never":
        return not any(t.lower_ in WORST_PRAISE for t in sent)
    return start == sent.start or doc[start - 1].text == "," or \
        any(t.lower_ in WORST_SUBJECTS for t in doc[max(sent.start, start - 3):start])


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


# an emoji right before a wh-word: "a little bruise 😩 how long till it fades"
EMOJI_BEFORE_WH = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff][\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]*\\s*"
                             f"(?=(?:{'|'.join(sorted(LEXICON.words['wh_start']))})\\b)", re.IGNORECASE)


def assess(text: str) -> Assessment:
    """Assess one patient message. See the module docstring.

    An emoji right before a wh-word may end a report ("got a little bruise 😩 how long till it fades": a
    bruise, then a question about it) or sit inside one ("my lip 😳 why is it swelling so much"): the
    message is read both ways, with the emoji as is and as a full stop, and a routine report read with the full
    stop wins over nothing read without it (only then: a general remark before the emoji, "trouble swallowing is
    rare right 🤔 what are the odds", would read as a report). Words run together ("my face is blowingup") are read
    spaced too, and the higher level of both readings is kept."""
    first = triage().assess(text)
    spaced = triage().split_run_together(text or "")
    if spaced != (text or ""):  # words run together ("face blowingup afterbotox"): the higher of both readings
        other = triage().assess(spaced)
        if RANK[other.level] > RANK[first.level]:
            first = other
    split = EMOJI_BEFORE_WH.sub(". ", text or "")
    if split == (text or "") or first.level != NONE:
        return first
    second = triage().assess(split)
    return second if second.level == ROUTINE else first


__all__ = ["Assessment", "Finding", "Triage", "EMERGENCY", "URGENT", "ROUTINE", "NONE", "RANK", "LOWER", "ALIASES",
           "HEADACHE_FAMILY", "KEEP", "SMS", "PolicyError", "assess", "triage", "symptom_words", "clean",
           "build_pipeline", "_public_name", "combine"]
