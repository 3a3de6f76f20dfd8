"""Stories and histories in English messages: whether a symptom's clause puts it long ago (`long_ago`) or never
ended (`never_over`), whether the message says an episode lasts or is back (`lasts_or_back`), tells someone else's
episode that is over (`finished_story`) or asked about for people in general (`others_episode`), and where a later
sentence says that what was asked about is the patient's now (`mine_sentences`) (English rules).

The words are clinical policy in policy/red_flags_en.yml (`long_ago`, `never_over`, `continuing_verbs`, `recent_words`,
`story_over`, `story_lasted`, `story_asked`, `story_others`, `story_now`, `story_times`, `story_trail_ok`,
`story_trail_not`, `told_as_mine`, `not_mine_words`, `past_verbs`, `too_words`, `still_words`, `still_not_after`,
`back_not_before`, `still_not_in`); read by botox_clinic/triage.py and botox_clinic/triage_questions.py. No Rasa
imports.
"""
from __future__ import annotations

import re
from typing import List, Set

from spacy.tokens import Doc, Span, Token

from botox_clinic.triage_interrogative import interrogative
from botox_clinic.triage_lexicon import LEXICON, OWN_TIME_WORDS

W = LEXICON.words
IF_WORDS = W["if_words"]
LONG_AGO, RECENT_WORDS, CONTINUING = LEXICON.long_ago, W["recent_words"], W["continuing_verbs"]
AND_WORDS = {"and", "n", "&"}  # what joins the last item of a short list: "hives and stuff", "lips n hives"


def long_ago(doc: Doc, span: Span, clauses: List[int]) -> bool:
    """The symptom's clause (or a short time clause after it; or the clause before, when it goes on with no subject,
    `continuing_verbs`, with "she/he/they" in the past or with "my/her/his" and a part in the past, and says no time of
    its own, `clause_times`) puts it long ago and dates nothing to now: "made my eyebrow
    drop, years ago", "I reacted to Dysport years ago, got hives all over", "my cousin was in the ER back in 2019, she
    couldnt breathe", "I had a reaction to Dysport a few years back, hives and stuff" (a list that ends in one of
    `list_ends`; not "10 yrs ago and yesterday's shots made my eyelid droop"). clauses: TextMixin._clauses."""
    clause = clauses[span.start]
    tokens = [doc[i].lower_ for i in range(len(doc)) if clauses[i] == clause]
    words = [t for t in tokens if t[0].isalnum()]
    # (or a short list that names what the clause before told: "a reaction to Dysport years back, hives and stuff")
    listed = 1 < len(words) <= 5 and words[-1] in W["list_ends"] and words[-2] in AND_WORDS
    # (or a fragment that opens with the sign or lists it, after a reaction told: "a reaction to botox years ago, hives
    # all over", "an allergic reaction last year, swollen lips and hives")
    named = 0 < len(words) <= 5 and (doc[span.start].lower_ == words[0] or span.start > 0 and
                                     doc[span.start - 1].lower_ in AND_WORDS) and any(
        doc[i].lower_ in W["reaction_words"] for i in range(span.sent.start, span.start) if clauses[i] == clause - 1)
    # (after the "and" that joins it: "had botox 2 yrs ago and my brow dropped for a few weeks")
    opened = tokens[1:] if tokens[:1] and tokens[0] in AND_WORDS else tokens
    if opened and (opened[0] in CONTINUING or words[-1:] == ["then"] or listed or named or opened[0] in {
            "she", "he", "they"} and any(t in PAST_VERBS | {"could", "was", "were"} for t in opened) or
            opened[0] in {"my", "her", "his"} and any(t in PAST_VERBS for t in opened[2:4])) and clause > 0 and \
            not any(t in OWN_TIME_WORDS for t in tokens):
        # (a clause that says its own time is not dated by the one before: "years ago I reacted to Dysport, my face broke
        # out in hives this morning", "..., got hives an hour ago")
        # (or "then" ending it, the time of the clause before: "had botox years ago and my eyelid drooped then"; or a
        # part told in the past right after its noun: "... to Dysport a few years ago, my face broke out in hives")
        tokens += [doc[i].lower_ for i in range(span.sent.start, span.start) if clauses[i] == clause - 1]
    # (the next clause with words: "can't whistle, but honestly I never could" has an empty one at the comma)
    following = next((clauses[i] for i in range(span.end, len(doc)) if clauses[i] > clause and not doc[i].is_punct),
                     clause + 1)
    after = [doc[i].lower_ for i in range(span.end, len(doc)) if clauses[i] == following and not doc[i].is_punct]
    # (up to six words in the symptom's sentence, "but tbh i never could lol"; four in the next, not "i cant swallow!!
    # had the same thing ages ago")
    same_sentence = all(doc[i].sent.start == span.sent.start for i in range(span.end, len(doc)) if clauses[i] == following)
    if 0 < len(after) <= (6 if same_sentence else 4) and LONG_AGO.search(" ".join(after)):
        tokens += after
    dated = LONG_AGO.search(" ".join(tokens))
    if dated and "last time" in dated.group(0) and any(t.lower_ in W["last_time_not"] and (
            t.lower_ != "again" or not t.sent.text.rstrip().endswith("?")) and not (
            t.lower_ in {"n't", "nt"} and t.i > 0 and doc[t.i - 1].lower_ in W["last_time_modals"]) for t in doc):
        # "last time my eyelid drooped after the shots, it still is", "... and it's happening again": the last one,
        # not over ("again" in a question asks: "... in 2020. if that happened once could it happen again?"; a modal's
        # "n't" says no state: "... it went away. is that a sign i shouldn't go again?")
        return False
    return bool(dated) and not any(t in RECENT_WORDS for t in tokens)


def never_over(doc: Doc, clauses: List[int]) -> bool:
    """The message says an episode never ended (`never_over`: "years ago my eyelid drooped after botox and it never
    went back up", "... and it hasn't gone away"), outside a question ("what if it never goes away?"). clauses:
    TextMixin._clauses(doc)."""
    for match in LEXICON.never_over.finditer(doc.text.lower()):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not interrogative([t for t in doc if clauses[t.i] == clauses[span.start]]):
            return True
    return False


# "can I still get botox": a question about treatment; "back in 2019", "back to normal": a time or a recovery
STILL_NOT_AFTER, BACK_NOT_BEFORE = W["still_not_after"], W["back_not_before"]
STILL_NOT_IN, AGAIN_NOT_AFTER = W["still_not_in"], W["again_not_after"]  # "if that happened before, will it happen again?"
STILL_WORDS = W["still_words"]


def lasts_or_back(doc: Doc, clauses: List[int]) -> bool:
    """The message says an episode lasts or is back ("drooping since last year", "it's happening again");
    "can I still get botox" asks about treatment and "will that happen again" asks: neither says it is. clauses:
    TextMixin._clauses(doc)."""
    if never_over(doc, clauses):
        return True  # "... and it never went back up"
    for token in doc:
        if token.lower_ not in STILL_WORDS:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        gone_back = token.lower_ == "back" and doc[max(token.i - 1, 0)].lower_ in {"go", "goes", "went", "gone", "going",
                                                                                 "years", "yrs", "year"}  # years back
        booked = token.lower_ == "again" and token.i > 0 and doc[token.i - 1].lower_ in AGAIN_NOT_AFTER  # "book again"
        if gone_back or booked or following is not None and (token.lower_ == "still" and following.norm_ in STILL_NOT_AFTER or
                                                   token.lower_ == "back" and following.lower_ in BACK_NOT_BEFORE):
            continue  # (and "it took ages to go back": back to normal, not back again)
        if token.lower_ == "since" and LEXICON.lifelong_since.match(doc[token.i:].text.lower()):
            continue  # "since i was a kid", "since before any botox": a trait, not an episode that lasts
        clause = [t for t in doc if clauses[t.i] == clauses[token.i]]
        words = [t for t in clause if not t.is_punct]
        if not interrogative(clause) and not (words and words[0].lower_ in STILL_NOT_IN) and not fine_since(token, clause):
            return True
    return False


def lifelong_unchanged(span: Span) -> bool:
    """The symptom's sentence tells a trait had since childhood or before any Botox (a "since" where `lifelong_since`
    matches) and no change: none of `worse_words`, `recent_words` or `contrasts` in it, and none of `botox_words` or
    "after" unless it says nothing changed (one of `unchanged_words`, or of `change_words` with a negation up to 2 words
    before): "my eyes have been uneven since i was a kid and nothing changed after botox"."""
    sent = span.sent
    doc = span.doc
    if not any(t.lower_ == "since" and LEXICON.lifelong_since.match(doc[t.i:sent.end].text.lower()) for t in sent):
        return False
    if any(t.lower_ in W["worse_words"] | RECENT_WORDS | W["contrasts"] for t in sent):
        return False  # "... but now my other eyelid droops", "... and it's worse today"
    unchanged = any(t.lower_ in W["unchanged_words"] or t.lower_ in W["change_words"] and any(
        u.norm_ in W["negations"] | {"nothing"} for u in doc[max(sent.start, t.i - 2):t.i]) for t in sent)
    return unchanged or not any(t.lower_ in W["botox_words"] | {"after"} for t in sent)


def fine_since(token: Token, clause: List[Token]) -> bool:
    """`token` is a "since" in a clause that says all has been fine (`story_fine`, none of `story_not_fine`): the episode
    is over, not lasting ("years ago as a teen I fainted at a blood draw, totally fine ever since")."""
    return token.lower_ == "since" and any(t.lower_ in W["story_fine"] for t in clause) and \
        not any(t.lower_ in W["story_not_fine"] for t in clause)


STORY_OVER, STORY_LASTED = LEXICON.story_over, LEXICON.story_lasted
STORY_PEOPLE = W["personal"] - W["first_person"] - W["we_words"] - W["they_words"]
STORY_SELF, TOLD_WORDS = W["first_person"] | W["we_words"], W["told_words"]
PRONOUNS_IS, ING_NOUNS = W["contracted_is_subjects"], W["ing_nouns"]
STORY_NOT = W["recent_words"] | W["onset_words"] | W["still_words"] | W["story_now"]
STORY_GOES_ON = W["still_words"] | {"now", "rn", "today", "tonight"}  # later in the message: "... and its still there"
STORY_ASKED, PAST_VERBS, TOO_WORDS = LEXICON.story_asked, W["past_verbs"], W["too_words"]
STORY_TIMES = W["recent_words"] | W["onset_words"] | W["still_words"] | W["earlier_day"] | W["story_times"]
# (a visit told in the past is part of the story: "... and ended up in the ER. how does that even happen")
EPISODE_NOT = STORY_NOT - {"er", "hospital", "doctor", "dr", "911", "emergency", "urgent"}
NOT_MINE = IF_WORDS | W["modals"] | W["worries"] | W["feelings"] | W["negations"] | {"when", "should", "n't", "nt"}


def _duration(doc: Doc, i: int) -> bool:
    """doc[i] ends "for a week", "for 2 days": how long it lasted, not when."""
    return 0 < i < len(doc) and (doc[i - 1].lower_ == "for" or i > 1 and doc[i - 2].lower_ == "for" and (
        doc[i - 1].lower_ in {"a", "an", "one", "about", "like"} or doc[i - 1].like_num))


def others_episode(doc: Doc, span: Span, clauses: List[int]) -> bool:
    """Someone else's episode told in the past with no time at all, then asked about for people in general
    (`story_asked` after the symptom): "my sisters eyelid drooped after her botox, how often does that happen to ppl",
    "my friend got botox and couldnt breathe right and ended up in the ER. how does that even happen". Only with a
    person of the story in the symptom's sentence before it ("my sister", "my moms brow", `story_others`: "my
    coworker"; the patient only as "my" before that person), a past verb (-ed or `past_verbs`) and no `STORY_NOT` word
    in the symptom's clause (a visit may be part of the story: `EPISODE_NOT`), up to the question no "should" and no
    time (`STORY_TIMES`, a number: "... last week, how common is that?" may be hers now; "should" only in the question:
    "... should i worry about botox"), no `too_words` anywhere ("i
    think i have it too"); after the question, nothing but the patient's own plans (`_only_own_plans`: not "is that
    common or was it her injector", "... what do we do"). Read by botox_clinic/triage.py: such an urgent symptom is
    only asked about; an emergency one gets "call the clinic now", not 911 (the story may be hers now)."""
    sent, clause = span.sent, clauses[span.start]
    before = doc[sent.start:span.start]
    people = [t.i for t in before
              if t.lower_ in STORY_PEOPLE | W["story_others"] or t.lower_.rstrip("s'") in STORY_PEOPLE]
    after = doc[span.end:].text.lower()
    asked = next((m for m in STORY_ASKED.finditer(after) if _only_own_plans(after[m.end():])), None)
    cut = span.end_char + asked.start() if asked else len(doc.text)  # (the words up to the question or the worry)
    aside = _fine_aside(doc)  # (that she is fine now, in brackets, ends the story: "... (she's ok now)")
    # (not a possessive "'s": "my coworker's cousin had"; nor "after getting" the treatment)
    in_clause = [t.lower_ for t in doc[sent.start:sent.end] if clauses[t.i] == clause and not t.is_punct and not (
        t.lower_ in {"'s", "’s"} and t.i > 0 and doc[t.i - 1].lower_ in STORY_PEOPLE | W["story_others"] or t.lower_ ==
        "getting" and doc[t.i - 1:t.i].text.lower() in {"after", "from", "since"} and
        doc[t.i + 1:t.i + 2].text.lower() in W["botox_words"]) and t.idx < cut and t.i not in aside]
    # (nor read or heard about after it: "my husband got botox and went online to read about throat swelling"; where
    # the story was seen may come before its people: "saw a movie where a woman ...")
    after_people = [doc[i].lower_ for i in range(people[0], sent.end)
                    if clauses[i] == clause and doc[i].idx < cut and i not in aside] if people else []
    if not people or not asked or any(w in EPISODE_NOT for w in in_clause) or \
            any(w in W["not_dropped_subject"] for w in after_people):
        return False
    told = [t for t in doc if t.idx < span.end_char + asked.end()]  # up to the end of the question
    # (a time long ago is part of the story: "my mom did botox years ago and her voice went raspy for a while")
    # (not "one" alone, "one way higher than the other" names a side; nor a duration: "felt weak for a week"; nor "now"
    # after how she is: "(she's ok now)" ends the story)
    dated = bool({t.lower_ for t in told if not _duration(doc, t.i) and not (
        t.lower_ == "now" and t.i > 0 and doc[t.i - 1].lower_ in W["mine_fine"])} & STORY_TIMES or
                 any(t.like_num and t.lower_ != "one" and not _duration(doc, t.i + 1) for t in told)) and \
        not LONG_AGO.search(doc[sent.start:span.start].text.lower())
    # ("should" only in the question: "... should i worry about botox" asks for the patient's own treatment)
    # ("both" only as "the two of us": not "both her eyebrows dropped")
    if dated or any(t.lower_ == "should" and t.idx < span.end_char + asked.start() for t in told) or \
            any(t.lower_ in TOO_WORDS and not (t.lower_ == "both" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in
                                               {"her", "his", "their", "the", "sides", "eyes", "eyebrows", "brows"})
                and not span.end_char + asked.start() <= t.idx < span.end_char + asked.end()  # "... happen to me too?"
                for t in doc):
        return False
    # (the past verb in the symptom's clause, or in the story's clause before it: "my aunts eyebrow went all spock after
    # her botox, one way higher than the other")
    told_before = in_clause + [t.lower_ for t in doc[sent.start:span.start] if clauses[t.i] != clause]
    past = any(w in PAST_VERBS or len(w) > 4 and w.endswith("ed") and not w.endswith("eed") for w in told_before)
    return past and not any(t.lower_ in STORY_SELF and not (t.lower_ == "my" and any(0 < p - t.i <= 2 for p in people))
                            for t in sent if t.idx < span.end_char + asked.start())


def _fine_aside(doc: Doc) -> Set[int]:
    """The indexes of the tokens of a parenthesis that says someone is fine now (`story_fine`, none of `story_not_fine`):
    "my friend's voice went hoarse (she's ok now)" -> those of "she's ok now"; not "(it still is)", "(she's not ok)"."""
    aside: Set[int] = set()
    for opening in (t.i for t in doc if t.text == "("):
        closing = next((t.i for t in doc[opening + 1:] if t.text == ")"), None)
        words = {t.lower_ for t in doc[opening + 1:closing]} if closing else set()
        if words & W["story_fine"] and not words & W["story_not_fine"]:
            aside |= set(range(opening + 1, closing or opening))
    return aside


def _only_own_plans(rest: str) -> bool:
    """What follows a story asked about is nothing, or the patient's own plans (a `story_trail_ok` word, no
    `story_trail_not` word): "im getting mine tomorrow should i cancel"; not "what do we do", "shes not waking up"."""
    words = set(re.findall(r"[a-z0-9']+", rest))
    return not words or bool(words & W["story_trail_ok"]) and not words & W["story_trail_not"]


def mine_sentences(doc: Doc) -> List[int]:
    """The token index where a sentence says what was asked about is the patient's (or someone's) now
    (`told_as_mine`; the sentence not a question nor a what-if, a worry, a negation, a time long ago or one of
    `not_mine_words`): "can botox make your lips swell? mine are like that right now", "is it supposed to feel numb and
    tingly? my whole forehead has been like that since the injections", "saw something about droopy lids online and i
    think thats what i have". A symptom asked about before one of them is reported."""
    starts = []
    for sent in doc.sents:
        match = LEXICON.told_as_mine.search(sent.text.lower())
        if not match or sent.text.rstrip().endswith("?") or LONG_AGO.search(sent.text.lower()):
            continue
        # (the words up to its end: "i kinda have it now when i look to the side" is the patient's)
        upto = {t.lower_ for t in sent if t.idx < sent.start_char + match.end()}
        if not upto & (NOT_MINE | W["not_mine_words"]):
            starts.append(next(t.i for t in sent if t.idx + len(t) > sent.start_char + match.start()))
    return starts


def finished_story(doc: Doc, span: Span, clauses: List[int]) -> bool:
    """Someone else's episode told as over, then asked about: "my aunt said she couldn't breathe right after botox
    once, can that really happen??" (`story_over` in the symptom's clause), "my friend's brow dropped after her botox
    and she said it lasted like a month, is that normal?" (`story_lasted`, months, in its sentence). Only with a "?", a
    person in the sentence (a friend, an aunt, she; not they or we), nobody of the patient's side ("I", "we"; not "my
    aunt", "told me", "to me"), and no `STORY_NOT` word in the symptom's clause ("my sister had botox once and her
    eyelid is drooping" reports; so do "... once and she fainted", a clause without the marker). clauses: the clause
    number of each token (TextMixin._clauses)."""
    sent, clause = span.sent, clauses[span.start]
    words = " ".join(doc[i].lower_ for i in range(sent.start, sent.end) if clauses[i] == clause and not doc[i].is_punct)
    if "?" not in doc.text or not (STORY_OVER.search(words) or STORY_LASTED.search(sent.text.lower())) or \
            not any(t.lower_ in STORY_PEOPLE for t in sent):
        return False
    if any(doc[i].lower_ in STORY_NOT and not (doc[i].lower_ == "'s" and doc[i - 1].lower_ not in PRONOUNS_IS) or
           doc[i].lower_.endswith("ing") and doc[i].lower_ not in ING_NOUNS
           for i in range(sent.start, sent.end) if clauses[i] == clause) or \
            any(t.lower_ in STORY_GOES_ON for t in doc[span.end:]):
        return False  # (an -ing word goes on: "her eyelid's drooping"; a possessive "'s" tells nothing: "my friend's";
        # nor the rest of the message: "... once after botox and its still there", "... she got it again 2 days ago")
    return not any(t.lower_ in STORY_SELF and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip("s") in STORY_PEOPLE)
                   and not (t.i > 0 and doc[t.i - 1].lower_ in TOLD_WORDS) for t in sent)
