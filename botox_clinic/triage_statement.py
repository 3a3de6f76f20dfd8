"""Whether a clause states a symptom even when its sentence ends with a question, whether a message dates an onset
after the treatment (`dated_onset`) or tells something as holding now (`told_as_now`), points at
it ("these bumps", `pointed_at`) or drops a subject ("and has bumps", `dropped_subject`; "is droopy since tuesday",
`dropped_it`), and whether the patient named after it only worries (`own_worry`), puts it in a condition that asks
(`conditional_question`: "lets say my lips swell up after, what then") or tells how often a headache or bruise comes
(`habit`: "i already get headaches a couple times a week") (English rules).

"throat feels tight and hard to swallow, probably nothing right?" and "eyelid still drooping 2 weeks later, should i
wait?" report what they name: patients drop the subject ("my"), and the question is about what to do, not about
whether the symptom exists. The words are clinical policy in policy/red_flags_en.yml (`state_words`, `claim_words`,
`state_claim_next`, `dated_words`, `not_patient_words`, with `wh_start`, `if_words`, `hypothetical`, `asking`,
`aux_start`, `modals`, `wondering_verbs`; `worries`, `feelings`, `events`; `condition_opener`, `habit_words`,
`after_words`, `injection_sites`); read by botox_clinic/triage_questions.py. Whether a sentence is a question at all is
read in botox_clinic/triage_interrogative.py; histories and other people's stories in botox_clinic/triage_story.py. No
Rasa imports.
"""
from __future__ import annotations

from typing import AbstractSet, Callable, Iterable, List, Tuple

from spacy.tokens import Doc, Span, Token

from botox_clinic.triage_interrogative import ASKING, AUX_START, BOTOX_WORDS, WH_START
from botox_clinic.triage_lexicon import LEXICON, QUESTION_START

W = LEXICON.words
USUALLY = W["usually_words"]  # "how long do those droops usually last?": in general
STATE_WORDS, IF_WORDS = W["state_words"], W["if_words"]
# what makes the clause a question, a what-if, something heard, or a claim about people in general
NOT_STATED = W["claim_words"] | IF_WORDS | W["hypothetical"] | W["asking"] | W["modals"] | W["wondering_verbs"]
NOT_PATIENT = W["not_patient_words"]  # in the sentence: "my cat has been wheezing since this morning"
DATED_WORDS, DATED_VISITS = W["dated_words"], W["dated_visits"]  # "droopy eyelid since botox?": an onset dated after it
CLAIM_NOT = W["claim_not_words"]  # "things have been blurry": not "is that a thing"
CLAIM_NEXT = W["state_claim_next"]  # "seizures are a contraindication": a classification
RECENT_WORDS = W["recent_words"]
JUDGED_NOW = RECENT_WORDS | {"since", "still"}  # dates the state of an "is it bad if ..." now (`judged_now`)
# what says a condition holds now, from the symptom on ("rn", "still"; not "back", nor a word right after a
# `still_denied_by` one: "nothing happening")
HOLDS_NOW, STILL_DENIED_BY = RECENT_WORDS | (W["still_words"] - {"back"}), W["still_denied_by"]
ROLES, ROLE_VERBS, ROLE_PLACES = W["roles"], W["role_verbs"], W["role_places"]
LIP_SITE_SLIGHT, LIP_SITE_GROWING, LIP_SITE_NOT = W["lip_site_slight"], W["lip_site_growing"], W["lip_site_not"]
LIP_SWELLING = "throat_tongue_lip_swelling"  # the symptom a lip flip's site can be said a little puffy of
DAY_WORDS = W["earlier_day"] | RECENT_WORDS | {"last", "this", "on", "at"}
ASKED_HARM = W["asked_harm"]  # "could I lose my voice": a harm to the asker's own part, asked
WORRIES_OR_EVENTS = W["worries"] | W["feelings"] | W["events"]
CHANGED = W["onset_words"] | W["still_words"] | W["worse_words"]  # the symptom began or changed
FREQUENCY_UNITS = {"day", "days", "week", "weeks", "month", "months", "morning", "mornings", "night", "nights"}
PAST_VERBS = W["past_verbs"]
# passing a question on, seeing the news, a feeling, a worry (`passes_on`)
SEEN_VERBS, SEEN_OBJECTS, MODALS, BREAKS = W["seen_verbs"], W["seen_objects"], W["modals"], W["breaks"]
FEELINGS, WORRIES = W["worries"] | W["feelings"], W["worries"]


def stated(doc: Doc, clause_start: int, clause_end: int, span: Span,
           everyday: Callable[[Doc], Iterable[Tuple[int, int, int]]]) -> bool:
    """The clause doc[clause_start:clause_end] (token indexes) of a symptom's words `span` states the symptom: a
    `state_words` word among the symptom's own words, after the clause's first word (not followed by one of
    `state_claim_next`), or a `dated_words` word after them; no question word first, no word of `NOT_STATED` in
    it, no `not_patient_words` word in its sentence, and the symptom not inside an everyday cause (`everyday`: the
    everyday Matcher, run only when the rest holds; "chest is sore from pushups, can I do my shots tomorrow?" stays
    a question)."""
    if any(t.lower_ in NOT_PATIENT for t in span.sent):
        return False
    words = [t for t in doc[clause_start:clause_end] if not t.is_punct]
    # (the state word is one of the symptom's words: "throat feels tight"; not the symptom as a topic, "trouble
    # breathing is extremely unlikely")
    states = [i for i, t in enumerate(words) if i > 0 and span.start <= t.i < span.end and
              (t.lower_ in STATE_WORDS or t.norm_ in STATE_WORDS)]
    dated = any(t.lower_ in DATED_WORDS for t in doc[span.end:clause_end])
    if len(words) < 2 or words[0].lower_ in QUESTION_START or not (states or dated) or \
            any(i + 1 < len(words) and words[i + 1].lower_ in CLAIM_NEXT for i in states):
        return False
    # (a modal with its negation is an inability: "can't swallow"; a visit in the date is no claim: "since the 1st round")
    since = min([t.i - (doc[t.i - 1].lower_ == "ever") for t in words if t.lower_ in DATED_WORDS and t.i >= span.end] +
                [clause_end])
    if any((t.lower_ in NOT_STATED or t.norm_ in NOT_STATED) and not (t.i + 1 < len(doc) and doc[t.i + 1].norm_ == "not")
           and not (t.i >= since and t.lower_ in DATED_VISITS) and t.lower_ not in CLAIM_NOT for t in words):
        return False
    return not any(s <= span.start and span.end <= e for _, s, e in everyday(doc))


def dated_onset(doc: Doc) -> bool:
    """A short sentence of its own, its subject dropped as texts do, that dates an onset after the treatment: "is it
    normal to be leaking pee since botox? started 2 days after" (not "a friend said hers started a day later", "for it to
    start 2 days after", "started a few days after my appointment next week": a sentence that goes on), or a sentence
    that ends "since (my) botox"."""
    for sent in doc.sents:
        words = [t.lower_ for t in sent if not t.is_punct]
        if 2 < len(words) <= 7 and words[0] in {"started", "began"} and words[-1] in {"after", "later"} | BOTOX_WORDS \
                and any(w in {"after", "later"} for w in words[1:]):
            return True
        # ... or a sentence that ends with it: "is it normal to have blurry vision since the botox" (not "since botox is
        # a toxin, is it normal to ...", "since my botox appointment is next week")
        if len(words) > 3 and words[-1] in BOTOX_WORDS and (words[-2] == "since" or words[-3] == "since" and
                                                             words[-2] in {"my", "the", "her", "his", "getting", "having"}):
            return True
    return False


NOT_INABILITY = W["not_inability"]  # "can't afford to ...", "can't wait to ...": no inability


def told_as_now(sent: Span) -> bool:
    """The sentence tells something as holding now: a `recent_words` word ("today", "right now"), "still", an inability
    in the present ("can't", "cannot"), or "since" without a year or "ago" ("she can't swallow since her botox"; not
    "she had trouble swallowing since her botox in 2019", "she couldn't breathe afterwards")."""
    words = [t.lower_ for t in sent]
    dated = any(t.like_num and len(t.text) == 4 for t in sent) or "ago" in words
    # (not what one cannot afford, risk or wait for: "can't afford to sound hoarse")
    return any(w in W["recent_words"] or w == "since" and not dated or (
        w in {"cant", "cannot"} or w == "ca" and i + 1 < len(words) and words[i + 1] in {"n't", "nt"}) and
        not any(v in NOT_INABILITY for v in words[i + 1:i + 3]) or w == "still" for i, w in enumerate(words))


def hypothetical_fix(doc: Doc) -> bool:
    """The message puts its symptom in a condition (`if_words`, "in case", a "should" that opens a clause
    before a subject: "should my brow drop, can you fix that?")."""
    return any(t.lower_ in IF_WORDS or t.lower_ == "case" and t.i > 0 and doc[t.i - 1].lower_ == "in" or t.lower_ == "should"
               and (t.i == 0 or doc[t.i - 1].is_punct or doc[t.i - 1].lower_ in W["clause_openers"]) and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_ in W["should_subjects"] for t in doc)


def going_on_after(doc: Doc, start: int, end: int, be: AbstractSet[str] = W["be_now"]) -> bool:
    """One of the words `be` (forms of "be" in the present, `be_now`) followed by an -ing word, at a token from `start`
    up to `end` (exclusive): "my throat is closing"; with `be` holding "be": "i might be having a reaction"."""
    return any(doc[j].lower_ in be and doc[j + 1].lower_.endswith("ing") for j in range(start, min(end, len(doc) - 1)))


def main_after_if(doc: Doc, start: int, i: int, end: int) -> bool:
    """The subject at token `i` (one of `clause_subjects`) opens the main clause after an "if/when" clause that has its
    own, saying more than `condition_fillers` ("if she lies flat she gets short of breath", "when she drinks she
    chokes"; not "if i get like i cant swallow after"): not joined by "and/or", not a question's subject after its
    auxiliary, and the main clause (to `end`) with no modal of what may come (`modals` other than "can"/"could": "if
    i lie down will i have trouble breathing?")."""
    if i == 0 or doc[i - 1].lower_ in {"and", "or", "&", "n"} or doc[i - 1].norm_ in MODALS | AUX_START:
        return False  # (nor a question's subject after its auxiliary: "if i lie down will i have ...")
    opener = next((k for k in range(i - 1, start - 1, -1) if doc[k].lower_ in IF_WORDS | {"when", "whenever"}), None)
    own = next((p for p in range(opener + 1, i - 1) if doc[p].lower_ in W["clause_subjects"]), None) \
        if opener is not None else None
    return own is not None and any(t.is_alpha and t.lower_ not in W["condition_fillers"] for t in doc[own + 1:i]) and \
        not any(t.norm_ in MODALS - {"can", "could"} or t.lower_ in {"ll", "'ll", "wo"} for t in doc[i + 1:end])


def pointed_at(doc: Doc, span: Span) -> bool:
    """The symptom's words come right after "this", "these" or "those", with at most `pointed_words` between (size,
    colour): "should i worry about these tiny bumps?", "is this bruise normal?" point at the patient's own (not "can
    this cause bruising?": a verb between; nor a topic: a `topic_words` word next, "these lip swelling stories", or
    people, media or "you" in the sentence, "what about those hives people get", "this numbness you mention"; nor "those"
    said of what usually happens, "how long do those droops usually last?")."""
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in W["pointed_words"]:
        i -= 1
    return i >= span.sent.start and doc[i].lower_ in {"this", "these", "those"} and \
        not (doc[i].lower_ == "those" and any(t.lower_ in USUALLY for t in span.sent)) and \
        not any(t.lower_ in {"have", "has", "had", "is", "are", "was", "were"} for t in span) and \
        not (span.end < len(doc) and doc[span.end].lower_ in W["topic_words"]) and \
        not any(t.lower_ in W["story_subjects"] | W["media"] | {"you", "u", "mention", "mentioned"} for t in span.sent)


def dropped_it(doc: Doc, span: Span) -> bool:
    """The symptom's sentence opens with "is" or "are" right before the symptom's one word, an adjective ("droopy",
    "swollen", "bruised"), and a `dropped_it_next` word (a time) follows it: "is droopy since tuesday normal?" (SMS
    drops the "it"; not "is fainting now considered a side effect?", "are hives still a concern")."""
    first, word = span.sent.start, span[0].lower_
    return span.start == first + 1 and len(span) == 1 and doc[first].lower_ in {"is", "are"} and \
        span.end < span.sent.end and doc[span.end].lower_ in W["dropped_it_next"] and word.endswith(("y", "ed", "en"))


def dropped_subject(doc: Doc, sent: Span, clause_start: int, personal: Callable[[Doc, int, int], bool]) -> bool:
    """The clause at clause_start goes on after "and" with a verb (`dropped_subject_verbs`, an -ed word, a negated
    "can", "could", "does"), dropping the subject of a sentence that names a person before it (`personal`): "my
    daughter got botox today and has small red bumps at the spots, is she ok?", "my friend got botox and cant breathe,
    how does that even happen" (not "can botox make you dizzy and can it ...": a modal asks; nor a clause that goes on
    with asking, worrying, reading or hearing, `not_dropped_subject`: "my mom got botox and is asking how often people
    get trouble swallowing")."""
    if not (sent.start < clause_start < len(doc) - 1 and doc[clause_start - 1].lower_ in {"and", "&", "n"}):
        return False
    first, after = doc[clause_start].lower_, doc[clause_start + 1].lower_
    verb = first in W["dropped_subject_verbs"] or len(first) > 4 and first.endswith("ed") and \
        not first.endswith("eed") or first in {"ca", "could", "does", "did", "is", "wo"} and after in {"n't", "nt", "not"}
    clause = {t.lower_ for t in doc[clause_start:sent.end]}
    return verb and personal(doc, sent.start, clause_start) and not clause & W["not_dropped_subject"]


def example_of_what_if(doc: Doc, sent: Span, i: int, span: Span) -> bool:
    """doc[i], a comma before the symptom, opens examples of a what-if before it: `example_openers` next, "what if"
    or a sentence-opening "if" then a person and one of `what_if_verbs` before, a "?" at the end, and no verb in the
    examples (no `example_not_words`, nothing ending "-ed"): "what if i get an allergic reaction, like my throat closing
    up?" (not "what if this is an allergic reaction, like my throat feels tight?", "idk if its normal, like my tongue
    feels swollen?")."""
    if not (doc[i].text == "," and i + 1 < span.start and doc[i + 1].lower_ in W["example_openers"] and
            sent[-1].text.endswith("?")):
        return False
    asks = any(doc[k].lower_ == "if" and (k == sent.start or doc[k - 1].lower_ == "what") and k + 2 < i and
               doc[k + 1].lower_ in W["first_person"] | {"u", "you", "someone"} and doc[k + 2].lower_ in W["what_if_verbs"]
               for k in range(sent.start, i))
    examples = [t.lower_ for t in doc[i + 1:sent.end] if not t.is_punct]
    # (nor anything after them that holds now: "... like my throat closing up? cuz it kinda is rn")
    return asks and not any(w in W["example_not_words"] or w.endswith("ed") for w in examples) and \
        not any(t.lower_ in W["onset_words"] | W["still_words"] | {"rn"} for t in doc[i:])


def conditional_question(doc: Doc, sent: Span, span: Span, tag_starts: Iterable[int]) -> bool:
    """The symptom's sentence puts it in a condition and asks about it, nothing from it on said to hold now (no
    `recent_words`, `still_words` word, but one right after a `still_denied_by` word: "nothing happening"): the sentence
    opens with a condition (`condition_opener`: "if", "suppose", "lets say", "in case") before the symptom and, after
    the symptom, asks (a "?" in it, an auxiliary and its subject, a wh-word, "then", or a question tag starting at one of
    `tag_starts`): "lets say my lips swell up after, what then",
    "in case i get double vision, whats the plan"; or a "what ... do if" question whose condition, a coming or getting
    ahead, holds the symptom, joined to it by nothing but words and "and" ("what am i supposed to do if i get home after
    and cant catch my breath"; not "what do i do if it gets worse, i cant breathe", "what do i do if i got botox and my
    lips swell", nor a condition that says what is ("if this is an allergy"))."""
    if any(t.lower_ in HOLDS_NOW and not (t.i > 0 and doc[t.i - 1].lower_ in STILL_DENIED_BY) for t in doc[sent.start:]):
        return False  # (nor after it: "what if i get a reaction, like my throat closing up? cuz it kinda is rn"; not
        # "... just asking, nothing happening")
    opener = LEXICON.condition_opener.match(sent.text.lower())
    # (not a condition that says what is: "what if this is an allergic reaction, like my throat feels tight?")
    # (not a sign told in the main clause after the condition: "if she lies flat she gets short of breath, normal?",
    # "if i lie down i cant breathe, should i call?")
    # (its subject before the sign or inside its words: "if i lie down i cant breathe" reads "lie down i cant breathe")
    subject = next((t.i for t in reversed(doc[sent.start:span.end]) if t.lower_ in W["clause_subjects"]), None)
    if subject is not None and main_after_if(doc, sent.start, subject, span.end):
        return False
    if opener and sent.start_char + opener.end() <= span.start_char and (opener.group().strip() in {"if", "say"} or not any(
            t.lower_ in W["state_words"] | {"this", "im", "am"} for t in doc[sent.start:span.end])):
        after = doc[span.end:sent.end]
        return any(t.text.endswith("?") for t in sent) or any(s >= span.end for s in tag_starts if s < sent.end) or any(
            t.lower_ in WH_START | {"then"} or t.lower_ in AUX_START and t.i + 1 < sent.end and
            doc[t.i + 1].lower_ in {"i", "you", "u", "we", "it", "that", "this", "there"} for t in after)
    words = [t for t in doc[sent.start:span.start] if not t.is_punct and t.lower_ not in W["clause_openers"]]
    ifs = [t.i for t in words if t.lower_ == "if"]
    cond = [t.lower_ for t in doc[ifs[0] + 1:span.start]] if ifs else []
    # (its condition a coming or getting ahead: "if i get home after and ...", not "if i got botox and my lips swell")
    return bool(words) and words[0].lower_ in WH_START and len(cond) > 2 and cond[1] in {
        "get", "go", "come", "wake", "leave"} and any(t.lower_ == "do" for t in doc[words[0].i:ifs[0]]) and not any(
        w in {",", ";", "just", "this", "im", "am"} | (W["breaks"] - {"and"}) | W["state_words"] | BOTOX_WORDS or
        w in PAST_VERBS or w.endswith("ed") or w[:1].isdigit() for w in cond)


def habit(doc: Doc, span: Span) -> bool:
    """A habit word up to 3 words before the symptom, not after a negation, or how often a headache or a bruise comes in
    the 6 words after it ("times a week", "every day", "daily", "20 days a month"; before a break; in a sentence naming
    no treatment, no "after", no injection site, no "keeps", "this" or "last"), in a message (for how often: a
    sentence) that does not say the symptom began or changed: "I always bruise easily", "i already get headaches a
    couple times a week"."""
    before = [t for t in doc[max(span.sent.start, span.start - 3):span.start] if t.lower_ in W["habit_words"]]
    after = [t.lower_ for t in doc[span.end:min(span.sent.end, span.end + 6)]]
    after = after[:next((k for k, w in enumerate(after) if w in W["breaks"] or w in {",", ";"}), len(after))]
    often = any(w in {"daily", "weekly", "monthly"} or (w in {"times", "x", "every", "most", "twice", "once"} or w.isdigit()
                and after[k + 2:k + 3] in (["a"], ["per"], ["each"])) and  # "20 days a month", not "for 2 days"
                bool(set(after[k + 1:k + 3]) & FREQUENCY_UNITS) for k, w in enumerate(after)) and any(
        t.lower_.rstrip("s") in {"headache", "migraine", "bruise"} for t in span) and not any(
        t.lower_ in BOTOX_WORDS | W["after_words"] | W["injection_sites"] | {"keep", "keeps", "this", "last"} for t in span.sent)
    return bool(before) and not any(doc[t.i - 1].norm_ in W["negations"] for t in before if t.i > 0) and \
        not any(t.lower_ in CHANGED for t in doc) or often and not any(t.lower_ in CHANGED for t in span.sent)


def condition_habit(doc: Doc, span: Span, symptom: str) -> bool:
    """A breathing sign (`condition_habit_symptoms`) told as what the patient's own lung condition sometimes does: its
    sentence names one of the `lung_conditions`, a habit word (`condition_habit_words`, `habit_words`) stands within 3
    words of the sign with no "but" between (`condition_habit_contrasts`), the sentence has no "after" or injection site, no treatment right after
    the sign or told as had (`condition_treated_verbs`: "got botox on monday"), and the message no
    `condition_habit_not` word (now, this time, the inhaler, can't, never) and no word that it began or changed:
    "asking bc i have asthma and already get short of breath sometimes" is a history; not "i have copd and normally
    i'm fine but i cant catch my breath rn" (a `condition_habit_contrasts` word between), nor "... got botox on monday
    and i'm struggling to breathe"."""
    sent = span.sent
    habits = W["condition_habit_words"] | W["habit_words"]
    near = [t for t in doc[max(sent.start, span.start - 3):min(sent.end, span.end + 3)] if t.lower_ in habits]
    between = {t.lower_ for h in near for t in doc[min(h.i, span.start):max(h.i, span.end)]}
    # the treatment right after the sign ("i often wheeze with botox") or told as had ("got botox on monday")
    had = W["condition_treated_verbs"]
    treated = any(t.lower_ in BOTOX_WORDS for t in doc[span.end:min(sent.end, span.end + 3)]) or any(
        t.lower_ in BOTOX_WORDS and any(w.lower_ in had for w in doc[max(sent.start, t.i - 3):t.i]) for t in sent)
    return symptom in W["condition_habit_symptoms"] and any(t.lower_ in W["lung_conditions"] for t in sent) and \
        bool(near) and not between & W["condition_habit_contrasts"] and not treated and \
        not any(t.lower_ in W["after_words"] | W["injection_sites"] for t in sent) and \
        not any(t.lower_ in CHANGED | W["condition_habit_not"] for t in doc)


def _after_openers(sent: Span) -> List[Token]:
    """The sentence's words, punctuation left out, from its first one that is no `gerund_question_openers` word ("and
    is leaking urine one of them?", "ok so is ...")."""
    words = [t for t in sent if not t.is_punct]
    while words and words[0].lower_ in W["gerund_question_openers"]:
        words = words[1:]
    return words


def gerund_question(sent: Span) -> bool:
    """The sentence asks whether an -ing subject is normal: "is getting a headache after botox normal",
    "is having a bruise a common thing", "and is leaking urine one of them?" (a `gerund_question_openers` word, then an
    auxiliary, an -ing word, then a `gerund_question_words` word)."""
    words = _after_openers(sent)
    return len(words) > 2 and words[0].lower_ in AUX_START and words[1].lower_.endswith("ing") and \
        any(t.lower_ in W["gerund_question_words"] for t in words[2:])


def noun_asked(sent: Span, span: Span) -> bool:
    """The sentence asks whether the symptom, its subject right after an opening "is", "are" or "r" (after a
    `gerund_question_openers` word), is possible or common (a `noun_asked_words` word after it), with no `personal`
    word in it: "is trouble swallowing possible after botox", "are hives common after the shots" (its "?" left out)."""
    words = _after_openers(sent)
    return len(words) > 2 and words[0].lower_ in {"is", "are", "r"} and words[1].i == span.start and \
        any(t.lower_ in W["noun_asked_words"] for t in sent.doc[span.end:sent.end]) and \
        not any(t.lower_ in W["personal"] for t in sent)


def own_worry(doc: Doc, i: int, span: Span) -> bool:
    """doc[i] (the patient, or "now"), after the symptom's words `span`, only worries or has an event ahead: "... and
    now I'm scared for my appointment next week" (a `worries`, `feelings` or `events` word in the next 3 words)."""
    return i >= span.end and any(t.lower_ in WORRIES_OR_EVENTS for t in doc[i + 1:min(i + 4, span.sent.end)])


def passes_on(doc: Doc, i: int, end: int) -> bool:
    """doc[i] (a person) is followed by a verb of asking or telling, a feeling or a worry about the treatment, or a
    look at the news, before `end` (a token index): "my friend said", "mum wants to know", "I saw a headline that ...",
    "... and im paranoid"; not "I saw double"."""
    for j in range(i + 1, min(end, i + 4)):
        token = doc[j]
        if token.is_punct:
            return False
        if token.lower_ in ASKING or token.norm_ in ASKING:
            return True
        if token.lower_ in SEEN_VERBS and j + 1 < end and doc[j + 1].lower_ in SEEN_OBJECTS:
            return True  # "I saw a headline that ...", not "I saw double"
        if token.lower_ in FEELINGS and (j + 1 >= end or doc[j + 1].is_punct or doc[j + 1].norm_ in BREAKS or
                                         doc[j + 1].lower_ in {"of", "about"} and j + 2 < end and
                                         doc[j + 2].lower_.endswith("ing")):
            return True  # "... and im paranoid", "I'm scared of looking weird": a feeling, no symptom
        if token.lower_ in WORRIES:
            after = [t.lower_ for t in doc[j + 1:min(end, j + 5)]]
            return any(a in BOTOX_WORDS and b in MODALS for a, b in zip(after, after[1:]))
        if j == i + 1 and _tells_role(doc, j, end):
            return True  # "can botox change my voice? I am (a) teacher", "she sings in a choir": why they ask
        # "mum wants to know", and without its "to" as non-native writers put it: "I want know: ..."
        k = j + 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "to" else j + 1
        if token.norm_ in {"want", "wanna"} and k < len(doc) and doc[k].norm_ in {"know", "ask", "check"}:
            return True
    return False


def _tells_role(doc: Doc, j: int, end: int) -> bool:
    """doc[j:end], right after a person, only says who they are or the work they do (`roles`, `role_verbs`,
    `role_places`): "am a teacher", "'m teacher", "sing in a choir", "work as a presenter" (not "am weak", "work out and
    cant lift my arms": a role word must follow and the sentence end within a few words)."""
    words = [t for t in doc[j:end] if not t.is_punct]
    if not words or len(words) > 5:
        return False
    if words[0].norm_ == "be" or words[0].lower_ in {"am", "'m", "m", "is", "'s"}:
        rest = [t.lower_ for t in words[1:] if t.lower_ not in ROLE_PLACES]
        return len(rest) == 1 and rest[0] in ROLES
    verb = words[0].lower_ in ROLE_VERBS or words[0].norm_ in ROLE_VERBS
    return verb and any(t.lower_ in ROLES | ROLE_PLACES - {"a", "an", "the"} for t in words[1:])


def lip_site_slight(doc: Doc, span: Span, symptom: str, emergencies: int) -> bool:
    """A lip said to be a little puffy, in a message that names a lip flip (Botox in the lip, so the lip is the injection
    site) and no other emergency sign: "had a lip flip this morning and my upper lip is a tiny bit puffy" (policy words
    `lip_site_slight`; never with a `lip_site_not` part such as the tongue, nor with `lip_site_growing` words in the
    sentence: "swelling up fast"). Thin evidence for 911. emergencies: the number of the message's other emergency-level spans (of other
    symptoms); each span of a lip, tongue or throat swelling is judged on its own."""
    words = {t.lower_ for t in span}
    flip = any(t.lower_ == "flip" and t.i > 0 and doc[t.i - 1].lower_ in {"lip", "lips"} for t in doc)
    sentence = {t.lower_ for t in span.sent}
    return symptom == LIP_SWELLING and emergencies == 0 and flip and bool(words & {"lip", "lips"}) and \
        not words & LIP_SITE_NOT and bool(sentence & LIP_SITE_SLIGHT) and not sentence & LIP_SITE_GROWING


def judged_now(doc: Doc, i: int, end: int, dated: bool) -> bool:
    """doc[i] (a person) is in the condition of an "is it bad if ..." question (`judged_if`) that dates the state in the
    past or now (`dated`: "this morning", "ago"; or "since", "still", a `recent_words` word, up to `end`) and looks at
    nothing ahead (`condition_ahead`): "is it bad if my daughter cant swallow her water after her botox this morning", "is
    it normal if i cant close my eye since my botox", "would it be weird if my forehead still feels tender" report it;
    "is it bad if i get a headache after" asks."""
    sent = doc[i].sent
    return judged_if(doc[sent.start:i]) and (dated or any(t.lower_ in JUDGED_NOW for t in doc[i:end])) \
        and not any(t.lower_ in W["condition_ahead"] for t in doc[i:sent.end])  # (not the frame's own "will it be ok if")


def judged_if(tokens: Span) -> bool:
    """The tokens are "is it bad if", "was that normal if", "would it be weird if" (`judged_if_words`)."""
    words = [t.lower_ for t in tokens if not t.is_punct]
    if words[:1] in (["would"], ["will"]) and words[2:3] == ["be"]:
        words = ["is"] + words[1:2] + words[3:]  # "would it be weird if": "is it weird if"
    return len(words) in (4, 5) and words[0] in {"is", "was", "isnt"} and words[1] in {"it", "that", "this"} and \
        words[-2] in W["judged_if_words"] and words[-1] == "if"


def judged_that(tokens: Span) -> bool:
    """The tokens are a judgment or a worry asked before "that": "is it bad that", "should i be worried that", "do i
    need to worry that" (at most 6 words, opening with "is", "was", "should", "do" or "must", one of `judged_if_words`
    or `worries` or "worry" in them, "that" last)."""
    words = [t.lower_ for t in tokens if not t.is_punct]
    return 3 <= len(words) <= 6 and words[0] in {"is", "was", "isnt", "should", "do", "must"} and words[-1] == "that" \
        and bool(set(words[1:-1]) & (W["judged_if_words"] | WORRIES | {"worry"}))


def asking_clause(doc: Doc, sent: Span, span: Span) -> bool:
    """A later clause of the sentence asks about the symptom: "... droopy eyebrow last year, can that happen to me"."""
    for i in range(span.end, sent.end - 1):
        if doc[i].text in {",", ";"} or doc[i].norm_ in {"but", "so"}:
            words = [t for t in doc[i + 1:sent.end] if not t.is_punct]
            if len(words) >= 2 and words[0].lower_ in AUX_START and words[1].lower_ in {"that", "this", "it"} and \
                    not (words[0].lower_ == "did" and words[2:] and words[2].lower_ in DAY_WORDS):  # did it today
                return True
            if words and words[0].lower_ in WH_START | {"which"}:  # "..., which one is better"
                return True
    return False


def owner_asked(doc: Doc, i: int, asked_i: int) -> bool:
    """doc[i] is "my" in a question that an "I" (index asked_i, -1 for none) asks in a hypothetical: right after
    a verb of harm (`asked_harm`: "could I lose my voice from botox?", not "should I worry my throat feels tight"), or
    naming where the treatment goes ("... from botox in my neck?")."""
    if doc[i].lower_ != "my" or asked_i < 0:
        return False
    site = i >= 2 and doc[i - 1].lower_ in {"in", "into", "on"} and \
        any(t.lower_ in BOTOX_WORDS for t in doc[max(asked_i, i - 4):i - 1])
    return site or i == asked_i + 2 and doc[i - 1].lower_ in ASKED_HARM
