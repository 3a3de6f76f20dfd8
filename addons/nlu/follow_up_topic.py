"""A follow-up to the FAQ answer just given, answered on its topic (no Rasa tracker; addons/rasa_patches.py has the
conversation): a short question about "that" ("is that going to mess anything up?", `asks_only_about_that`), one that
swaps one thing into the question just answered ("and for the jaw?") or names its subject again ("worried about the
baby"): `elliptical_topic`; a safety question about the subject the message before named ("my dad has ALS" then "is it
dangerous for him?"), or a message no classifier understood that only names one: `named_subject_topic`; the one
question beside a remark: `the_question`. The words are the follow-up cues of policy/follow_up_cues.yml (`anaphoric`,
`elliptical`, `topic_words`, `swapped_topics`, `feeling_words`, `safety_subjects`, `asks_opener`).
"""
from __future__ import annotations

import re
from typing import List, Optional

from addons.nlu.red_flags import CUES, assess
from botox_clinic import follow_up_cues, triage_es

MAX_LEAD_WORDS = 6  # a clause before a question about "that": "botox is saturday morning, is that ok?"
MAX_REMARK_WORDS = 4  # a remark after a question about "that": "¿de verdad el botox sirve para eso? quiere probar"


def asks_only_about_that(text: str) -> bool:
    """The whole message only asks about "that" (the follow-up cues' `anaphoric`, on the folded, lower-cased text
    without its punctuation): "is that going to mess anything up?", "¿eso afecta el resultado?"; or its question does,
    after a clause of at most `MAX_LEAD_WORDS` words that names no symptom ("botox is saturday morning, is that ok?")
    and before a remark of at most `MAX_REMARK_WORDS` words ("¿de verdad el botox sirve para eso? quiere probar")."""
    folded = triage_es.fold(text).lower()
    if only_that(folded):
        return True
    question, _, remark = folded.partition("?")
    *leads, asked = re.split(r"[,.;:!]", question)
    lead = follow_up_cues.bare(" ".join(leads), keep="'")
    return "?" not in remark and len(follow_up_cues.bare(remark, keep="'").split()) <= MAX_REMARK_WORDS and \
        len(lead.split()) <= MAX_LEAD_WORDS and not (lead and assess(lead).findings) and only_that(asked)


def only_that(folded: str) -> bool:
    """The (folded) text, without its punctuation, only asks about "that" (the follow-up cues' `anaphoric`): "is that
    going to mess anything up?"."""
    return bool(CUES.anaphoric.fullmatch(follow_up_cues.bare(folded, keep="'")))


# the FAQ selector's probability at which a follow-up's own topic is a question of its own ("what about flying?")
OWN_TOPIC_SURE = 0.5
MAX_ELLIPTICAL_WORDS = 14
MAX_NAMING_WORDS = 25  # a follow-up that names the subject of the answer just given again (`topic_words`)
# ... and at which a question beside a routine report, in the same message, is answered too
BESIDE_REPORT_SURE = 0.9


def asked_beside_report(text: str, topic: Optional[str], confidence: float) -> Optional[str]:
    """The FAQ topic ("aftercare_lying_down") a routine report asks about beside it, in a message with a "?" ("can i
    lie down tonight? got a mild headache", "i have a small bruise, can i wear makeup over it?"): the FAQ selector's
    `topic` when it is one of the follow-up cues' `asked_beside_report` read with `BESIDE_REPORT_SURE`; else None."""
    return topic if topic in CUES.asked_beside_report and confidence >= BESIDE_REPORT_SURE and "?" in text else None


def elliptical_topic(text: str, last_topic: Optional[str], own_topic: Optional[str],
                     own_confidence: float) -> Optional[str]:
    """The FAQ topic ("results_onset") that answers a short follow-up (see the word limits below) to the
    FAQ just answered, or to the patient's previous message, on `last_topic`:
    - one of at most `MAX_NAMING_WORDS` words that names the subject of `last_topic` again (the follow-up cues'
      `topic_words`) and no `feeling_words`, read by the FAQ selector as that topic or with less than
      `OWN_TOPIC_SURE` ("just found out I'm pregnant!!" then "had botox 2 weeks ago for my 11s. nothing wrong, just
      worried about the baby"): `last_topic`;
    - one of at most `MAX_ELLIPTICAL_WORDS` words that only asks about "that" (the follow-up cues' `anaphoric`: "is
      that going to mess anything up?"): `last_topic`; with a clause or a remark beside that question
      (`asks_only_about_that`), only when the FAQ selector reads no topic of its own with `OWN_TOPIC_SURE` ("botox is
      saturday morning, is that ok?", not "I have a flight tomorrow morning, is that ok?");
    - one of at most `MAX_ELLIPTICAL_WORDS` words that only swaps one thing into that question (`elliptical`): its
      own topic (`own_topic`, the FAQ selector's choice for it alone, at `own_confidence`, 0..1) when that is
      another question with at least `OWN_TOPIC_SURE` ("is wine ok tonight?" then "what about flying out tomorrow":
      aftercare_flying), else `last_topic` ("how long till it kicks in?" then "and for the jaw?": results_onset, not
      the injection areas; a topic of the follow-up cues' `swapped_topics` is its own only after another of them:
      "i've heard about migraines" then "what about jaw clenching and TMJ?": therapeutic_uses).
    None when there is no `last_topic`, the message is no such follow-up, or it names a symptom of its own, which makes
    it a question of its own ("cuanto cuesta?" then "y si me sale moreton cuanto tarda en quitarse?": the expected
    effects, not the price again)."""
    folded = triage_es.fold(text).lower().lstrip(" ¿¡.,;:!?-")
    if last_topic is None or len(folded.split()) > MAX_NAMING_WORDS or assess(text).findings:
        return None
    named = CUES.topic_words.get(last_topic)
    # (and no word of a feeling: "worried about the baby, he feels so weak" tells something else)
    if named is not None and named.search(folded) and not CUES.feeling_words.search(folded) and \
            (own_topic == last_topic or own_confidence < OWN_TOPIC_SURE):
        return last_topic  # "just found out I'm pregnant!!" then "nothing wrong, just worried about the baby"
    if len(folded.split()) > MAX_ELLIPTICAL_WORDS:
        return None
    if asks_only_about_that(text):
        # "is that going to mess anything up?": nothing of its own to answer; with a clause or a remark beside the
        # question, its own topic when the selector is sure of it ("I have a flight tomorrow, is that ok?")
        return last_topic if only_that(folded) or own_topic == last_topic or own_confidence < OWN_TOPIC_SURE else None
    if not CUES.elliptical.match(folded):
        return None
    swapped = CUES.swapped_topics  # a part, condition or use swapped in: not a question of its own ...
    if own_topic and own_topic != last_topic and own_confidence >= OWN_TOPIC_SURE and (
            own_topic not in swapped or last_topic in swapped):  # ... unless the question was about one of them too
        return own_topic
    return last_topic


def named_subject_topic(text: str, earlier: List[str], selected: Optional[str], understood: bool) -> Optional[str]:
    """The FAQ topic of the subject that changes whether Botox is safe for a person (a nerve-muscle condition, a
    pregnancy: the follow-up cues' `safety_subjects`, named by their `topic_words`) that the patient named, for a
    message that reports nothing (no finding of the red-flag rules):
    - a message no classifier understood (`understood` False: out of scope or the fallback) that names one topic's
      subject ("my dad has ALS", "mi mamá tiene miastenia"): that topic;
    - a message that names one topic's subject, not named in `earlier` (whose answer was then given), and asks whether
      the person may have it (`allowed_asked`: "just found out I'm 8 weeks pregnant, is it still okay to get my usual
      20 units?"): that topic;
    - a question answered on safety in general (`selected`, the FAQ topic chosen, one of the cues' `safety_topics`) or
      asking whether the person may have it (`allowed_asked`: "will I be able to get botox or is that a bad idea?"),
      that names no subject of its own, right after a message that named one topic's subject and reported nothing
      (`earlier`, the patient's messages before, oldest first: "mi papá tiene ELA" then "él quiere ponerse botox en la
      frente, ¿es peligroso para él?"): that topic, whose answer says what that subject changes.
    None otherwise (also when two topics' subjects are named)."""
    if assess(text).findings:
        return None
    own = _named_topics(text)
    if not understood:
        return own[0] if len(own) == 1 else None
    asks_allowed = bool(CUES.allowed_asked.search(triage_es.fold(text).lower()))
    if len(own) == 1 and asks_allowed and selected != own[0] and not any(own[0] in _named_topics(e) for e in earlier):
        return own[0]  # "just found out I'm 8 weeks pregnant, is it still okay to get my usual 20 units?"
    if own or selected not in CUES.safety_topics and not asks_allowed or not earlier or assess(earlier[-1]).findings:
        return None
    before = _named_topics(earlier[-1])
    return before[0] if len(before) == 1 else None


def _named_topics(text: str) -> List[str]:
    """The `safety_subjects` FAQ topics whose subject (the follow-up cues' `topic_words`) the message names, in the
    file's order."""
    return [topic for topic in follow_up_cues.topics_named(CUES.topic_words, triage_es.fold(text).lower())
            if topic in CUES.safety_subjects]


def the_question(text: str) -> Optional[str]:
    """The one question of a message that also holds a remark that is no question, as written: the text up to its only
    "?" when words follow it ("what can go wrong with botox? my boyfriend keeps sending me horror stories"), or the text
    after the last words that open a question (the follow-up cues' `asks_opener`: "... quedó divina, así que quería
    preguntar cuánto cuesta el botox en la frente"); None when there is no such pair (a second "?", nothing beside)."""
    question, mark, remark = text.partition("?")
    if mark and "?" not in remark and remark.strip(" .!") and question.strip(" ¿"):
        return question + mark
    folded = triage_es.fold(text).lower()
    if len(folded) != len(text):  # (offsets of the folded text must be those of the message)
        return None
    openers = list(CUES.asks_opener.finditer(folded))
    opener = openers[-1] if openers else None
    if opener is None or not folded[:opener.start()].strip(" ,.;:!") or len(text[opener.end():].split()) < 2:
        return None
    return text[opener.end():].strip(" ,.;:")


def treated_topic(text: str, earlier: List[str]) -> Optional[str]:
    """The FAQ topic on Botox as a treatment for what the message before told (`follow_up_cues.treatment_target` of it:
    "headaches" for a headache, "therapeutic_uses" for a twitch or sweating), when this message only asks whether Botox
    treats it (the follow-up cues' `treats_told`: "i get tension headaches all the time" then "can botox stop them?");
    or the topic the message before asked Botox to treat (`treats_it`), when this message names the same condition and
    the rules read every sign in it as general, a history and the reason to ask ("¿sirve el botox para la migraña?"
    then "tengo como 15 días al mes con dolor de cabeza desde hace años"); else None."""
    if not earlier:
        return None
    before, folded = triage_es.fold(earlier[-1]).lower(), triage_es.fold(text).lower()
    if CUES.treats_told.fullmatch(follow_up_cues.bare(folded)):
        return None if assess(text).findings else follow_up_cues.treatment_target(before)
    target = follow_up_cues.treatment_target(before) if CUES.treats_it.search(before) else None
    if target is None or follow_up_cues.treatment_target(folded) != target:
        return None
    read = assess(text)  # (only then: the rules' reading, general signs only)
    return target if read.findings and all(f.general and not f.negated for f in read.findings) else None
