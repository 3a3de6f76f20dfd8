"""What a question takes for granted: the symptom it asks about is there now.

"is breathing supposed to be this hard after botox" and "how long will my droopy eyelid last?" ask a question, but
only someone who has the symptom asks them that way: they are reports (botox_clinic/triage_questions.py reads these
for the person in a question). The words are policy/red_flags_en.yml's `degree_now_words`, `degree_not_after`,
`activity_subjects`, `activity_now_words`, `now_openers`, `now_between`, `mine_fine`, `owned_symptom_words`,
`recovery_words`, `recovery_future`, `remedy_words`, `condition_verbs`, `remedy_on_words`, `further_words` and
`further_between`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON, QUESTION_START
from botox_clinic.triage_interrogative import ACTIVITY_SUBJECTS as ACTIVITY, IF_WORDS, botox_question

W = LEXICON.words
DEGREE_NOW, OWNED_SYMPTOM = W["degree_now_words"], W["owned_symptom_words"]
ACTIVITY_NOW = W["activity_now_words"]
NOT_AFTER, FINE = W["degree_not_after"], W["mine_fine"]
RECOVERY, FUTURE, REMEDY, CONDITION = (W["recovery_words"], W["recovery_future"], W["remedy_words"],
                                      W["condition_verbs"])
REMEDY_ON, POINTED = W["remedy_on_words"], W["pointed_words"]
POSSESSIVES = {"my", "our", "her", "his", "their"}
OTHERS = W["story_subjects"] | {"you", "u", "ya", "ppl"}  # a sentence with one of these asks about people in general
NOW_OPENERS, NOW_BETWEEN = W["now_openers"], W["now_between"]
FURTHER, FURTHER_BETWEEN = W["further_words"], W["further_between"]


def now_named(doc: Doc, span: Span) -> bool:
    """The symptom comes right after a word of now (`now_openers`) that opens a clause (after "and", "but", "&" or a
    comma), with only `now_between` words between: "had botox monday and now fever, should i call?" tells the fever as
    here, whatever the question after it asks; not "can i get botox now?"."""
    i = span.start - 1
    while i > 0 and doc[i].lower_ in NOW_BETWEEN:
        i -= 1
    return i > 0 and doc[i].lower_ in NOW_OPENERS and doc[i - 1].lower_ in {"and", "but", "&", "n", ","} and \
        not any(t.lower_ in IF_WORDS for t in doc[span.sent.start:i])  # not "what if i get botox and now a fever?"


def degree_now(sent: Span) -> bool:
    """The sentence puts the symptom in the writer's present: "this" right before a word of how it feels
    (`degree_now_words`; not after `degree_not_after`: how others make it "sound this bad"), or "mine is/does" in the
    message ("asking bc mine is"; not before `mine_fine`: "mine is fine"); with an activity as its subject
    (`activity_subjects`) also "that" or "so" before such a word, "like this" or `activity_now_words` ("still",
    "easier"): "is breathing supposed to be that hard after botox", "should swallowing feel like this"; "mine has been"
    too (`mine_told`)."""
    doc, words = sent.doc, [t.lower_ for t in sent]
    activity = any(w in ACTIVITY for w in words)
    degrees = {"this", "that", "so"} if activity else {"this"}
    return any(t.lower_ in degrees and t.i + 1 < sent.end and doc[t.i + 1].lower_ in DEGREE_NOW and
               not (t.i > sent.start and doc[t.i - 1].lower_ in NOT_AFTER) for t in sent) or \
        activity and (any(w in ACTIVITY_NOW for w in words) or
                      any(w == "like" and nxt in {"this", "that"} for w, nxt in zip(words, words[1:]))) or \
        mine_told(doc)


def mine_told(doc: Doc) -> bool:
    """The message says "mine is/does/are/did" or "mine has/'s been", not before `mine_fine`: the writer has what it
    named ("mine has been hanging for 3 days"; not "mine is fine", "mine has been done twice")."""
    return any(t.lower_ == "mine" and _mine_told(doc, t.i + 1) for t in doc)


def _mine_told(doc: Doc, i: int) -> bool:
    """After "mine" at doc[i - 1], "is/does/are/did" or "has/'s been", not before `mine_fine`."""
    if i + 1 < len(doc) and doc[i].lower_ in {"has", "'s", "s"} and doc[i + 1].lower_ == "been":
        i += 1
    elif not (i < len(doc) and doc[i].lower_ in {"is", "does", "are", "did", "s"}):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].lower_ in FINE)


def owned_now(doc: Doc, span: Span) -> bool:
    """The symptom's words start with how it shows (`owned_symptom_words`) right after "my/her/his/our/their": it is
    there now, whatever the question around it ("how long will my droopy eyelid last?"; not "will my eyelid droop?"),
    unless its sentence puts a condition ("... if i get one") or asks what Botox does for it ("can botox fix my droopy
    eyelids?": the reason for treatment)."""
    sent = span.sent
    return span.start > 0 and doc[span.start - 1].lower_ in POSSESSIVES and \
        doc[span.start].lower_ in OWNED_SYMPTOM and not any(t.lower_ in IF_WORDS for t in sent) and \
        botox_question(doc, sent.start, sent.end) is None


def more_of_it(doc: Doc, span: Span) -> bool:
    """Right after the symptom's words, one of `further_words`, or "more" or one of them after one of
    `further_between`: more of a sign that is there is told or kept off ("so my eyelid doesn't droop any further", "my
    lid hasn't dropped any lower", "the swelling isn't any worse"); not "any more", which is "anymore"."""
    i = span.end
    between = i < len(doc) and doc[i].lower_ in FURTHER_BETWEEN
    i += between
    return i < len(doc) and (doc[i].lower_ in FURTHER or
                             between and doc[i].lower_ == "more" and doc[i - 1].lower_ != "any")


def had_now(doc: Doc, span: Span) -> bool:
    """A question takes the symptom for granted: `owned_now`, `recovery_now`, or "my/her/his/our/their ..." symptom
    with `more_of_it` and no condition in its sentence ("what can I do so my eyelid doesn't droop any further?"; not
    "what if my eyelid droops any further than the other")."""
    return owned_now(doc, span) or recovery_now(doc, span) or \
        span.start > 0 and doc[span.start - 1].lower_ in POSSESSIVES and more_of_it(doc, span) and \
        not any(t.lower_ in IF_WORDS for t in span.sent)


def recovery_now(doc: Doc, span: Span) -> bool:
    """A question when or how the symptom goes (`recovery_words`) about "my/her/his ..." symptom, or about "the ..."
    symptom with a future or the writer's own remedy in the sentence (`recovery_future`, `remedy_words`): "how long
    will my eyelid droop last", "when will the blurry vision clear up", "how do i make the droop go away faster". Not
    with a condition before the symptom or of getting it ("does the droop go away if you get one?"), nor with "you",
    people or Botox asked about in the sentence ("does the droopy eyelid from botox go away" stays general)."""
    sent = span.sent
    # whose: the word before the symptom's words, or their own first word when a pattern says it ("will my swallowing
    # get better", "how long until i can swallow normal again": "until" asks about a future like "will")
    first = "will" if span[0].lower_ in {"until", "till", "til"} else span[0].lower_
    before = first if first in POSSESSIVES | {"the", "will"} else \
        doc[span.start - 1].lower_ if span.start > sent.start else ""
    words = [t.lower_ for t in sent]
    if before not in POSSESSIVES | {"the", "will"} or not any(w in RECOVERY for w in words) or \
            any(t.lower_ in IF_WORDS for t in doc[sent.start:span.start]) or \
            any(t.lower_ in IF_WORDS | {"when", "once"} and any(n.lower_ in CONDITION for n in doc[t.i + 1:t.i + 4])
                for t in sent) or botox_question(doc, sent.start, sent.end) is not None:
        return False
    return before in POSSESSIVES | {"will"} or any(w in FUTURE | REMEDY for w in words) and \
        not any(w in OTHERS for w in words)


def recovery_asked(doc: Doc, span: Span) -> bool:
    """`recovery_now` in a question (a "?", a `recovery_future` word, or a `wh_start` or `aux_start` word first): the
    symptom is there, not gone ("will the hives go away on their own?"; "my hives went away" is resolved)."""
    sent = span.sent
    return (any(t.text.endswith("?") or t.lower_ in FUTURE for t in sent) or
            sent[0].lower_ in QUESTION_START) and recovery_now(doc, span)


def remedied(doc: Doc, span: Span) -> bool:
    """A remedy (`remedy_on_words`) named before the symptom in its sentence, and "the/my/this/these/those" right
    before the symptom's words (`pointed_words` between): the patient's own, asked how to treat ("can I put ice on the
    little bruise near my eye?", "is tylenol ok for this mild headache?"); not with a condition before it ("can I take
    advil for the headache if I get one" keeps its "if") nor people in general, what was read or seen (`media`,
    `seen_verbs`), a topic ("this droopy eyelid thing") or Botox asked about; after "the", only
    with the writer in the sentence ("does ice help the swelling after botox?" asks in general)."""
    sent, i = span.sent, span.start - 1
    while i >= sent.start and doc[i].lower_ in POINTED:
        i -= 1
    return i >= sent.start and doc[i].lower_ in POSSESSIVES | {"the", "this", "these", "those"} and \
        (doc[i].lower_ != "the" or any(t.lower_ in W["first_person"] for t in sent)) and \
        any(t.lower_ in REMEDY_ON for t in doc[sent.start:i]) and not any(t.lower_ in IF_WORDS for t in sent) and \
        not any(t.lower_ in OTHERS | W["media"] | W["seen_verbs"] for t in sent) and \
        not (span.end < len(doc) and doc[span.end].lower_ in W["topic_words"]) and \
        botox_question(doc, sent.start, sent.end) is None
