"""Context of a finding, English triage: is it negated ("no trouble breathing"), or resolved ("it's gone now")?

`_negated(doc, span, denied)` -> bool; `_resolved_clauses(doc, spans, clauses)` -> the clause numbers whose
findings are explicitly resolved. The cue words and phrases are in policy/red_flags_en.yml (`words`,
`cues.resolved`).
"""
from __future__ import annotations

from typing import List, Sequence, Set, Tuple

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON, OWN_TIME_WORDS, public_name as _public_name
from botox_clinic.triage_presupposed import more_of_it

W = LEXICON.words
FAMILY = LEXICON.family
NEGATIONS = W["negations"]
NEGATION_EXCEPT_NEXT = W["negation_except_next"]
INTERJECTIONS = W["interjections"]
NEW_CLAUSE_AFTER_NO = W["new_clause_after_no"]
DOUBLE_NEGATION_FRAMES = W["double_negation_frames"]
COMPARED_WITH, COMPARED_VERBS = W["compared_with"], W["compared_verbs"]
LOSS_VERBS, UNTREATED = W["loss_verbs"], W["untreated_words"]
LOST_AMOUNTS, LOST_NOUNS = W["lost_amounts"], W["lost_nouns"]  # "has no strength": a loss
INABILITY = W["inability"]
NEGATION_BREAKS, COMMA_NEW_CLAUSE, CLAUSE_VERBS = W["negation_breaks"], W["comma_new_clause"], W["comma_clause_verbs"]
COMMA_OWN_ITEM = W["comma_own_item"]
LIST_JOINS = {"or", "nor", "and", "&"}  # "no rash, hives or swelling": one list denied
NOT_RESOLVED_BEFORE = W["not_resolved_before"]
NOT_RESOLVED_CONTEXT = W["not_resolved_context"]
AGENT_OBJECTS = W["agent_objects"]
AGENT_VERBS = W["agent_verbs"]
ALL_OF_THEM = W["all_of_them"]
SUBJECT_TO_RESOLUTION = W["subject_to_resolution"]
SUBJECT_DETERMINERS = W["subject_determiners"]
BREAKS = W["breaks"]
INABILITY_WORDS = W["inability_words"]
GO_DOWN_AUX = {"would", "will", "wo", "do", "does", "did", "is", "s"}  # "doesn't go all the way down": food stuck


class ContextMixin:
    """Negation and resolution; the Triage class provides `resolved_matcher` and `denies_listed_matcher`."""

    resolved_matcher: Matcher
    denies_listed_matcher: Matcher

    def _denied_lists(self, doc: Doc) -> List[int]:
        """Token indexes where a denial of what was just listed ends its clause ("the scary ones are X and Y,
        I don't have any of that, just ..."): `_negated` negates the symptoms named before it in its sentence."""
        return [end for _, _, end in self.denies_listed_matcher(doc)
                if end >= len(doc) or doc[end].is_punct or doc[end].norm_ in BREAKS or doc[end].lower_ in {"just", "only"}]

    def _negated(self, doc: Doc, span: Span, denied: Sequence[int] = ()) -> bool:
        """Negated where it stands ("no trouble breathing"), or by a later denial of the list it is in
        (`denied`, from `_denied_lists`)."""
        if any(span.end <= end and doc[end - 1].sent.start == span.sent.start for end in denied):
            return True
        if more_of_it(doc, span):
            return False  # "my eyelid hasn't drooped any further": only more of it is denied, the droop is there
        # negation inside the span's gap ("swallowing isn't a problem"), not an inability ("can't swallow")
        for token in span[1:-1]:
            if token.i + 1 < span.end and (doc[token.i + 1].norm_ in LOSS_VERBS or doc[token.i + 1].norm_ == "go" and (
                    token.i + 2 < span.end and doc[token.i + 2].lower_ == "up" or span[-1].lower_ in {"days", "weeks", "week"})):
                continue  # "one side of my mouth doesn't move / go up", "hasn't gone down in 4 days": a loss, not a denial
            if doc[token.i + 1].lower_ in UNTREATED and token.i + 1 < span.end - 1:
                continue  # "her arm, which was not treated, has become weaker": the part named, the sign not denied
            if token.lower_ in LOST_AMOUNTS and doc[token.i + 1].lower_ in LOST_NOUNS:
                continue  # "his shoulder has no strength": a loss, not a denial
            if token.norm_ == "never" and any(t.lower_ in {"like", "unlike"} for t in doc[max(span.start, token.i - 3):token.i]):
                continue  # "head pain like I've never felt": a comparison, not a denial
            if self._negation_cue(doc, token.i) and not self._double_negative(doc, token.i, span):
                return True
        # a negation cue shortly before, in the same clause ("no trouble breathing", "no fever, rash or hives")
        words = 0
        for i in range(span.start - 1, span.sent.start - 1, -1):
            token = doc[i]
            if token.norm_ in NEGATION_BREAKS or token.text in {".", ";", ":", "!", "?"} or \
                    token.text == "," and (doc[i + 1].lower_ in COMMA_NEW_CLAUSE or
                                           any(t.lower_ in CLAUSE_VERBS for t in doc[i + 1:span.start]) or
                                           self._own_item(doc, i, span)):
                return False
            if token.is_punct:
                continue
            if token.norm_ in NEGATIONS:
                return self._negation_cue(doc, i) and not self._double_negative(doc, i, span)
            words += 1
            if words > 4:
                return False
        return False

    @staticmethod
    def _own_item(doc: Doc, comma: int, span: Span) -> bool:
        """After the comma at doc[comma], the symptom is an item of its own, not one more thing denied: it opens with a
        degree or an article (`comma_own_item`: "no fever, mild swelling at the sites") or says when it began
        ("denies fever, trouble swallowing since this morning"); not "no fever, rash or hives"."""
        if doc[comma + 1].lower_ in COMMA_OWN_ITEM:
            return True
        if any(t.lower_ in LIST_JOINS for t in doc[comma + 1:span.start]):
            return False  # (the end of a list: "no rash, hives or swelling since the botox")
        for token in doc[span.end:span.sent.end]:
            if token.is_punct or token.norm_ in BREAKS or token.lower_ in LIST_JOINS:
                return False  # (a list goes on: "no rash, hives or swelling")
            if token.lower_ in OWN_TIME_WORDS:
                return True
        return False

    def _negation_cue(self, doc: Doc, i: int) -> bool:
        """doc[i] negates what follows: not an inability ("can't"), a doubt ("not sure") or an exclamation ("no!")."""
        return doc[i].norm_ in NEGATIONS and not self._inability(doc, i) and not self._uncertain(doc, i) \
            and not self._interjection(doc, i) and not self._cannot_without(doc, i) and not self._compares(doc, i)

    @staticmethod
    def _compares(doc: Doc, i: int) -> bool:
        """ "this is NOT like my asthma, wheezy and tight": "not like" with `compared_with` after it and a comma or the
        end before any verb compares (not "its not like my throat is closing": a denial)."""
        if not (i + 2 < len(doc) and doc[i + 1].lower_ == "like" and doc[i + 2].lower_ in COMPARED_WITH):
            return False
        for t in doc[i + 3:i + 7]:
            if t.is_punct or t.norm_ in BREAKS:
                return True
            if t.norm_ in COMPARED_VERBS or t.lower_.endswith(("ing", "ed")):
                return False
        return i + 7 >= len(doc)

    def _cannot_without(self, doc: Doc, i: int) -> bool:
        """ "can't finish a sentence without stopping for air": what comes after "without" always happens."""
        if doc[i].norm_ != "without" and doc[i].lower_ != "without":  # "w/o" too (sms)
            return False
        for j in range(i - 1, max(doc[i].sent.start, i - 12) - 1, -1):  # "can't get to the end of a sentence on the phone without"
            if doc[j].text in {".", ";", ":", "!", "?", ","} or doc[j].norm_ in NEGATION_BREAKS:
                return False
            if self._inability(doc, j) or doc[j].lower_ in INABILITY_WORDS | {"barely", "hardly"}:
                # ("can barely say a sentence without having to stop for breath": it always happens; not "can't
                # wait to run a 5k without stopping", "can't believe he ran it without stopping for air")
                return not any(t.lower_ in {"wait", "believe", "imagine"} for t in doc[j + 1:min(j + 3, i)])
        return False

    @staticmethod
    def _interjection(doc: Doc, i: int) -> bool:
        """ "No no no my lip is swelling", "no, I'm not ok": a "no" before a new clause answers, it negates nothing."""
        if doc[i].lower_ not in INTERJECTIONS:
            return False
        if doc[i].lower_ != "no":
            return True
        following = doc[i + 1] if i + 1 < len(doc) else None
        return following is None or following.is_punct or following.lower_ in INTERJECTIONS \
            or following.lower_ in NEW_CLAUSE_AFTER_NO or following.norm_ in NEW_CLAUSE_AFTER_NO

    @staticmethod
    def _double_negative(doc: Doc, i: int, span: Span) -> bool:
        """ "It's not like I'm not able to breathe", "I wouldn't say I'm not dizzy": two negations cancel out."""
        def framed(start: int, end: int) -> bool:
            return any(doc[j].norm_ in DOUBLE_NEGATION_FRAMES or doc[j].lower_ in DOUBLE_NEGATION_FRAMES
                       for j in range(start, end))
        # the cue negates a negated span: "not like I'm [not able to breathe]", "not that I [can't swallow]"
        if i < span.start and framed(i + 1, span.start) and any(t.norm_ in NEGATIONS for t in doc[i + 1:span.end]):
            return True
        # another negation frames the cue: "wouldn't say I'm [not] dizzy"
        for j in range(i - 1, max(span.sent.start, i - 6) - 1, -1):
            if doc[j].is_punct or doc[j].norm_ in NEGATION_BREAKS:
                return False
            if doc[j].norm_ in NEGATIONS:  # (not a "no" that answers: "no wait i mean i dont have trouble breathing")
                return not ContextMixin._interjection(doc, j) and framed(j + 1, i)
        return False

    @staticmethod
    def _inability(doc: Doc, i: int) -> bool:
        # ("wouldn't go down", "doesn't go all the way down" too, of food: not "I wouldn't say I have trouble breathing")
        return doc[i].norm_ == "not" and i > 0 and (doc[i - 1].norm_ in INABILITY or doc[i - 1].lower_ in GO_DOWN_AUX and
                                                    i + 1 < len(doc) and doc[i + 1].norm_ == "go" and
                                                    any(t.lower_ == "down" for t in doc[i + 2:i + 6]) and
                                                    not any(t.lower_ == "wrong" for t in doc[i + 2:i + 8]))

    @staticmethod
    def _uncertain(doc: Doc, i: int) -> bool:
        return i + 1 < len(doc) and doc[i + 1].norm_ in NEGATION_EXCEPT_NEXT

    def _resolved_clauses(self, doc: Doc, spans: List[Tuple[str, Span]], clauses: List[int]) -> Set[int]:
        """Clauses whose symptoms are explicitly resolved. "it's gone now" resolves the symptoms of its own
        clause or, if it has none, of the nearest clause before it (only that one, unless it says "all",
        "both", "they"...); never a clause after it ("... it's gone now, but today my eyelid is drooping")."""
        with_findings = sorted({clauses[span.start] for _, span in spans})
        resolved: Set[int] = set()
        for _, start, end in self.resolved_matcher(doc):
            if start > 0 and doc[start - 1].norm_ in NOT_RESOLVED_BEFORE | {"not"} and doc[start].norm_ != "not":
                continue  # "not better", "hasn't gone away"
            if start > 1 and doc[start - 2].norm_ in {"not", "never"} and doc[start].norm_ != "not":
                continue  # "not getting better"
            if doc[start].norm_ in {"stop", "go"} and start > 0 and doc[start - 1].norm_ in {"wo", "will", "not"}:
                continue
            if doc[end - 1].lower_ == "down" and end < len(doc) and doc[end].lower_ in {"the", "wrong"}:
                continue  # "it went down the wrong way" is choking
            if any(span.start < end and start < span.end for _, span in spans if span.start <= start):
                continue  # part of a symptom: "my breathing stopped", "the headache won't stop"
            if any(doc[j].norm_ in NOT_RESOLVED_CONTEXT or doc[j].lower_ in NOT_RESOLVED_CONTEXT
                   for j in range(max(0, start - 2), start)):
                continue
            if doc[start].lower_ == "better" and start > 0 and doc[start - 1].norm_ in {"would", "have", "had", "'d"}:
                continue  # "I'd better call"
            if doc[start].lower_ == "cleared" and end < len(doc) and doc[end].lower_ in AGENT_OBJECTS:
                continue  # "I cleared my throat"
            if self._agent_did(doc, start):
                continue  # "I stopped the tablets", "she settled down on the sofa"
            clause = clauses[start]
            if doc[start].norm_ in {"anymore", "any"} and any(
                    self._inability(doc, j) or doc[j].norm_ in {"unable", "cannot"}
                    for j in range(start - 1, -1, -1) if clauses[j] == clause):
                continue  # "I can't control my bladder anymore" is worse, not better
            if doc[start].norm_ in {"anymore", "any"} and any(
                    clauses[span.start] == clause and span.end <= start and
                    any(t.norm_ in NEGATIONS | {"cannot", "unable"} for t in span) for _, span in spans):
                continue  # "the side of my smile doesn't lift any more": a loss, not a recovery
            earlier = [c for c in with_findings if c < clause and doc[clauses.index(c)].sent.start >=
                       self._previous_sentence_start(doc, start)]
            if clause in with_findings:
                resolved.add(clause)
                # "My lips swelled up but the swelling has gone down": the symptom named as the subject of
                # the resolution is the one reported before it
                resolved.update(self._same_symptom_before(doc, spans, clauses, clause, start, earlier))
                continue
            if not earlier:
                continue
            cue_words = {doc[j].norm_ for j in range(max(0, start - 2), end)} | \
                {doc[j].lower_ for j in range(start, end)}
            resolved.update(earlier if cue_words & ALL_OF_THEM else earlier[-1:])
        return resolved

    @staticmethod
    def _same_symptom_before(doc: Doc, spans: List[Tuple[str, Span]], clauses: List[int], clause: int, cue: int,
                             earlier: List[int]) -> List[int]:
        """The nearest earlier clause with the same kind of symptom as the bare subject of a resolution
        ("the swelling has completely gone down"); nothing when the subject says where ("the swelling on my
        forehead has gone down") or the tense says it changed again ("the swelling had gone down")."""
        subjects = [(symptom, span) for symptom, span in spans if clauses[span.start] == clause and span.end <= cue]
        if not subjects or len(subjects) != len([1 for _, span in spans if clauses[span.start] == clause]):
            return []
        families = set()
        for symptom, span in subjects:
            if any(doc[j].lower_ not in SUBJECT_TO_RESOLUTION for j in range(span.end, cue)):
                return []
            before = span.start - 1
            if before >= 0 and clauses[before] == clause and doc[before].lower_ not in SUBJECT_DETERMINERS:
                return []
            families.add(FAMILY.get(_public_name(symptom), _public_name(symptom)))
        for c in reversed(earlier):
            if any(clauses[span.start] == c and FAMILY.get(_public_name(symptom), _public_name(symptom)) in families
                   for symptom, span in spans):
                return [c]
        return []

    @staticmethod
    def _agent_did(doc: Doc, start: int) -> bool:
        """A person, not a symptom, stopped, settled, cleared or passed something ("I stopped", "she's settled")."""
        if doc[start].norm_ not in AGENT_VERBS and doc[start].lower_ not in AGENT_VERBS:
            return False
        j = start - 1
        while j >= 0 and doc[j].norm_ in {"have", "be", "'s", "'ve", "just", "finally"}:
            j -= 1
        return j >= 0 and doc[j].lower_ in {"i", "we", "she", "he", "you", "u", "im"}

    @staticmethod
    def _previous_sentence_start(doc: Doc, i: int) -> int:
        """Where the sentence before doc[i]'s sentence starts ("My eyelid drooped. It's fine now.")."""
        sent_start = doc[i].sent.start
        return doc[sent_start - 1].sent.start if sent_start > 0 else 0
