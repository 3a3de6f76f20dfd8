"""The symptom Matcher of the English triage: rules of policy/red_flags_en.yml compiled to spaCy patterns.

The pattern shorthand (documented in the file's header, validated by botox_clinic/triage_lexicon.py) becomes
Matcher token patterns here: "a|b" -> {"NORM": {"IN": [...]}} on the normalised words, "=a|b" ->
{"LOWER": {"IN": [...]}}, a trailing "?" -> "OP": "?", "..." -> three optional words that are not
punctuation or a clause break; a NEAR rule -> head and qualifier with up to four such words between, in
either order. `_symptom_spans(doc)` returns [(Matcher key, Span)], the shortest span per key and start.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Set, Tuple

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from botox_clinic.levels import UNKNOWN_SYMPTOM
from botox_clinic.triage_lexicon import ANTECEDENT, EMERGENCY, LEXICON
from botox_clinic.triage_presupposed import mine_told

W = LEXICON.words
PRONOUN_PARTS = LEXICON.pronoun_parts
OTHER_PARTS = LEXICON.other_parts
PLACE_WORDS = W["place_words"]
GAP_BREAKS = W["gap_breaks"]
NOT_AFTER_FAINT = W["not_after_faint"]
BOTOX_WORDS = W["botox_words"]
SIZE_WORDS = W["size_words"]
SIZE_PRAISED = W["size_praised"]
PRONOUNS = W["pronouns"]
INJECTION_SITES = W["injection_sites"]
# the rules whose pronoun ("it", "they") reports the swelling of the part it stands for
PRONOUN_RULES = {rule.name for rule in LEXICON.rules if rule.reports == ANTECEDENT}


class MatcherMixin:
    """Pattern compilation and symptom spans; the Triage class provides `nlp`, `matcher`, `vocabulary`."""

    nlp: spacy.language.Language
    matcher: Matcher
    levels: Dict[str, str]
    explained_matcher: Matcher
    not_a_person_matcher: Matcher
    not_explained_matcher: Matcher
    not_when_matcher: Matcher
    everyday_matcher: Matcher
    benign_matcher: Matcher
    vocabulary: Set[str]

    def _words(self, text: str, learn: bool) -> List[str]:
        raise NotImplementedError  # TextMixin

    def _alternatives(self, token: str, learn: bool) -> dict:
        optional = token.endswith("?")
        if token.startswith("="):  # as written: "=gone by" is not "went by"
            spec: dict = {"LOWER": {"IN": sorted(w.lstrip("=") for w in token.rstrip("?").split("|"))}}
        else:
            options = sorted({w for part in token.rstrip("?").split("|") for w in self._words(part, learn)})
            spec = {"NORM": {"IN": options}}
        if optional:
            spec["OP"] = "?"
        return spec

    def _phrase(self, phrase: str, learn: bool = True) -> List[dict]:
        pattern: List[dict] = []
        for tok in phrase.split():
            if tok == "...":  # up to three words of the same clause
                pattern += [{"IS_PUNCT": False, "NORM": {"NOT_IN": sorted(GAP_BREAKS)}, "OP": "?"}] * 3
            else:
                pattern.append(self._alternatives(tok, learn))
        return pattern

    def _near(self, heads: str, qualifiers: str, phrases: Sequence[str]) -> List[List[dict]]:
        head = {"NORM": {"IN": sorted(set(self._words(heads, True)))}}
        gap: Dict[str, Any] = {"IS_PUNCT": False, "NORM": {"NOT_IN": sorted(GAP_BREAKS)}, "OP": "?"}
        quals: List[List[Dict[str, Any]]] = \
            [[{"NORM": {"IN": sorted(set(self._words(qualifiers, True)))}}]] if qualifiers.strip() else []
        quals += [self._phrase(p) for p in phrases]
        patterns: List[List[Dict[str, Any]]] = []
        for qual in quals:
            patterns.append(qual + [gap] * 4 + [head])
            patterns.append([head] + [gap] * 4 + qual)
        return patterns

    def _symptom_spans(self, doc: Doc, aside: Optional[List[Tuple[str, Span]]] = None) -> List[Tuple[str, Span]]:
        best: Dict[Tuple[str, int], Span] = {}
        # a thing or an idiom told with a symptom's own words ("the clinic is not responding", "choked up"): cue
        # `explained`, not a symptom ...
        # (none when the writer says they have what it named: "is a swollen throat a known risk? because mine is swollen
        # right now", "... i have it right now")
        explained = [] if mine_told(doc) or LEXICON.told_as_mine.search(doc.text.lower()) else \
            [(s, e) for _, s, e in self.explained_matcher(doc)]
        # ... and a pet or a machine (cue `not_a_person`) never is, whatever the sentence says
        # (not when the patient says they have it too: "my dog has been throwing up and so have i")
        animal = [(s, e) for _, s, e in self.not_a_person_matcher(doc)
                  if not LEXICON.me_too.search(doc[s].sent.text.lower())]
        # ... unless its sentence says more ("still", "for forty minutes", bluish lips: cue `not_explained`) outside
        # the explaining words themselves ("I'm scared of choking" is explained, "I'm scared, he's choking" is not)
        # (nor a part named as where the treatment went: "after my neck botox")
        veto = {doc[s].sent.start for _, s, e in self.not_explained_matcher(doc)
                if not any(x <= s and e <= y for x, y in explained) and not (e < len(doc) and doc[e].norm_ in BOTOX_WORDS)}
        vetoed = {t.i for t in doc if t.sent.start in veto}
        # an everyday cause (cue `everyday`), in a message that shows it is harmless (`benign`) and says nothing
        # more anywhere, takes away the evidence for 911 but not for a call: an emergency finding inside it is an
        # unknown symptom ("call the clinic"), so a sign the rules cannot read beside it ("out of breath after my
        # run and my mouth looks dark lol") still gets a call
        everyday = [(s, e) for _, s, e in self.everyday_matcher(doc)] if not veto else []
        if everyday and not self.benign_matcher(doc):
            everyday = []
        not_when = [(self.nlp.vocab.strings[m], s, e) for m, s, e in self.not_when_matcher(doc)]
        for match_id, start, end in self.matcher(doc):
            symptom = self.nlp.vocab.strings[match_id]
            span = doc[start:end]
            if any(rule == symptom and s <= start and end <= e for rule, s, e in not_when):
                continue  # the rule's `not_when`: "a little bruising on the lower lid" is the lid's name, not a droop
            # an idiom's words (its sentence saying no more) or a pet's, a machine's or money's
            said_aside = any(s <= start and end <= e for s, e in explained) and start not in vetoed or \
                any(s <= start and end <= e for s, e in animal)
            if said_aside:
                if aside is not None and symptom in self.levels and not any(s == symptom for s, _ in aside):
                    aside.append((symptom, span))  # (kept as denied: a classifier's guess on its words has no evidence,
                    # "almost choked on my water when she told me the price"; a pronoun rule has no level of its own)
                continue
            if any(s <= start and end <= e for s, e in everyday) and self.levels.get(symptom) == EMERGENCY:
                symptom = UNKNOWN_SYMPTOM
            if symptom == "fainting" and end < len(doc) and doc[end].norm_ in NOT_AFTER_FAINT:
                continue  # "a faint bruise"
            if symptom == "fainting" and span.text.lower() == "faint" and start > 0 and doc[start - 1].is_punct and \
                    any(t.norm_ in NOT_AFTER_FAINT for t in span.sent):
                continue  # "a bruise on my forehead from Thursday, faint": the bruise is faint
            if symptom == "fainting" and (end + 1 < len(doc) and doc[end].lower_ in {"by", "around", "at"} and
                                          (doc[end + 1].like_num or doc[end + 1].lower_ in {"midnight", "bedtime"}) or
                                          start > 0 and doc[start - 1].lower_ in {"usually", "normally", "always"} and
                                          doc[start].norm_ == "pass"):
                continue  # "i usually pass out by 10": asleep (not "I always faint when ...")
            if any(t.is_sent_start for t in span[1:]):
                continue
            if symptom == "bladder_control" and span.text.lower() == "bladder" and (
                    end < len(doc) and doc[end].norm_ in BOTOX_WORDS or
                    any(t.norm_ in BOTOX_WORDS for t in doc[max(0, start - 4):start]) and
                    start > 0 and doc[start - 1].lower_ in {"for", "in", "into", "my", "the", "her", "his"} or
                    start > 0 and doc[start - 1].lower_ in {"overactive", "neurogenic", "spastic"}):
                continue  # "bladder botox", "botox in my bladder", "for his overactive bladder": the treated, not a symptom
            if symptom in {"throat_tongue_lip_swelling", "face_or_eye_swelling", "swelling_pronoun"} and (
                    (doc[start].lower_ in SIZE_WORDS and doc[start + 1].lower_ in SIZE_PRAISED) or
                    (doc[end - 1].lower_ in SIZE_WORDS and end < len(doc) and doc[end].lower_ in SIZE_PRAISED)):
                continue  # "a massive difference to my face", "my lips, huge thanks"
            if symptom in PRONOUN_RULES:
                if doc[start].norm_ not in PRONOUNS:
                    continue  # the part itself is named ("the lips are massive"): the NEAR rules have it
                antecedent = self._antecedent(doc, start)
                if antecedent is None:
                    continue
                symptom = antecedent
            all_over = doc[end - 1].lower_ in {"over", "everywhere"}
            if symptom in {"face_or_eye_swelling", "hives_or_rash"} and all_over and any(
                    t.norm_ in INJECTION_SITES for t in doc[end:end + 3]):
                continue  # "swelling all over my forehead" is swelling where they injected
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

    @staticmethod
    def _only_places(doc: Doc, j: int, stop: int) -> bool:
        """The part at doc[j] only says where another named thing is: "the bruise by my eye", "a bump under her
        lid", "the bruise next to my eye" (a place word, then at most a determiner or "to", before the part; that thing up
        to 3 words before it)."""
        k = j - 1
        while k > stop and doc[k].lower_ in {"my", "her", "his", "the", "their", "your", "left", "right", "one", "to"}:
            k -= 1
        if k < stop or doc[k].lower_ not in PLACE_WORDS:
            return False
        return any({doc[m].lower_, doc[m].norm_} & OTHER_PARTS for m in range(max(stop, k - 3), k))

    @staticmethod
    def _antecedent(doc: Doc, i: int) -> Optional[str]:
        """The swelling symptom of the body part a pronoun at doc[i] stands for, or None."""
        sent_start = doc[i].sent.start
        stop = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        for j in range(i - 1, stop - 1, -1):
            words = {doc[j].lower_, doc[j].norm_}
            for symptom, parts in PRONOUN_PARTS.items():
                if words & parts:
                    return None if MatcherMixin._only_places(doc, j, stop) else symptom
            # (not a part said not to be the one: "sorry i meant my lips not the spots, theyre swelling up")
            if words & OTHER_PARTS and not MatcherMixin._denied_part(doc, j, stop):
                return None
        return None

    @staticmethod
    def _denied_part(doc: Doc, j: int, stop: int) -> bool:
        """The part at doc[j] is said not to be the one: "not" right before it, or before its determiner ("not the
        spots", "not my forehead")."""
        k = j - 1
        while k > stop and doc[k].lower_ in {"my", "her", "his", "the", "their", "your", "on", "at", "in"}:
            k -= 1
        return k >= stop and doc[k].lower_ in {"not", "no", "nt", "n't"}
