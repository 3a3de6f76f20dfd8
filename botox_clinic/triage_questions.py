"""Is a finding only asked about? The general-question and personal analyses of the English triage.

`_general(doc, span, level, symptom)` -> True when the symptom is in a question or information request
("can Botox cause trouble swallowing?"), not a report; `_personal(doc, start, end)` -> True when someone
(the patient or another person) is in the tokens, outside a hypothetical. Cue words and phrases are in
policy/red_flags_en.yml (`words`, `cues`).
"""
from __future__ import annotations

from typing import Set
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import EMERGENCY, LEXICON, ROUTINE
from botox_clinic.triage_presupposed import POSSESSIVES, degree_now, had_now, more_of_it, now_named, remedied
from botox_clinic.triage_interrogative import botox_question, interrogative, question_end
from botox_clinic.triage_statement import (asking_clause, condition_habit, conditional_question, dated_onset,
                                           dropped_it, dropped_subject, example_of_what_if, gerund_question,
                                           going_on_after, habit, hypothetical_fix, judged_if, judged_now, judged_that, noun_asked,
                                           main_after_if, own_worry, owner_asked, passes_on, pointed_at, stated, told_as_now)
from botox_clinic.triage_plans import info_asked, watched_or_planned
from botox_clinic.triage_story import finished_story, lasts_or_back, lifelong_unchanged, long_ago
from botox_clinic.triage_text import TextMixin

W = LEXICON.words
RECENT_WORDS = W["recent_words"]
HEADACHE_FAMILY = {"headache", "severe_headache"}  # not worst_headache: that one is always an emergency
ONSET_WORDS = W["onset_words"]
CHANGED_WORDS = W["onset_words"] | W["still_words"] | W["worse_words"]
TREATED_CONDITIONS = W["treated_conditions"]
TREATMENT_NAME_OPENERS = W["treatment_name_openers"]  # "my eyelid spasm injections", "neck spasm botox"
NAME_ENDS = W["botox_words"] | W["treatment_visit_words"]  # ... "my migraine appointment"
AFTER_WORDS = W["after_words"]  # "after the botox", "since my shots", "post botox"
STILL_WORDS = W["still_words"]
BARE_TAGS = W["bare_tags"]
BARE_TAG_STATEMENT, BARE_TAG_FILLERS = W["bare_tag_statement"], W["bare_tag_fillers"]
GENERIC_PEOPLE = W["generic_people"]
CLAUSE_OPENERS, MEDIA = W["clause_openers"], W["media"]  # media: "saw a tiktok"
BREAKS, NEGATIONS, MODALS = W["breaks"], W["negations"], W["modals"]
FIRST_PERSON, WH_START, AUX_START, BOTOX_WORDS = W["first_person"], W["wh_start"], W["aux_start"], W["botox_words"]
CAUSE_WORDS, TREATMENT_PRONOUNS = W["cause_words"], W["treatment_pronouns"]
PERSONAL = W["personal"]
OTHER_PEOPLE = PERSONAL - W["first_person"]  # "my friend", "she": not the patient
HYPOTHETICAL, ASKING = W["hypothetical"], W["asking"]
POSSIBILITY, BE_NOW = W["possibility_words"], W["be_now"]
WONDERING, STORY_SUBJECTS = W["wondering_verbs"], W["story_subjects"]
CONDITIONAL = W["conditional"]
HABITUAL_FAINT, FAINT_NOW, EVENTS = W["habitual_faint"], W["faint_now_words"], W["events"]


class QuestionMixin:
    """General questions; the Triage class provides `nlp` and the cue matchers."""

    nlp: spacy.language.Language
    wondering_matcher: Matcher
    fear_matcher: Matcher
    fear_ahead_matcher: Matcher
    hearsay_matcher: Matcher
    treatment_reason_matcher: Matcher
    normal_to_have_matcher: Matcher
    recent_treatment_matcher: Matcher
    possibility_matcher: Matcher
    treatment_matcher: Matcher
    cause_matcher: Matcher
    info_matcher: Matcher
    report_matcher: Matcher
    tag_matcher: Matcher
    ahead_matcher: Matcher
    habitual_matcher: Matcher
    fix_request_matcher: Matcher
    plea_matcher: Matcher
    planned_matcher: Matcher
    chronic_matcher: Matcher
    source_matcher: Matcher
    everyday_matcher: Matcher

    def _inability(self, doc: Doc, i: int) -> bool:
        raise NotImplementedError  # ContextMixin

    def _general(self, doc: Doc, span: Span, level: str, symptom: str = "") -> bool:
        """A question or information request about side effects, not a report of one."""
        sent = span.sent
        if symptom == "worst_headache" and any(t.lower_ in ONSET_WORDS for t in sent) or dropped_it(doc, span):
            return False  # "migraines for years, now the worst headache ever, will botox help?": it is here now
        clause_start, clause_end = sent.start, sent.end
        for i in range(span.start - 1, sent.start - 1, -1):
            if (doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}) and not example_of_what_if(doc, sent, i, span):
                clause_start = i + 1
                break
        for i in range(span.end, sent.end):
            if doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}:
                clause_end = i
                break
        if self._habitual(doc, span, symptom):
            return True  # "I faint when I get blood drawn": a history, not a report
        if watched_or_planned(doc, span):
            return True  # "noted, i'll call 911 if i have trouble breathing": a plan, not a report
        if level != EMERGENCY and lifelong_unchanged(span):
            return True  # "my eyes have been uneven since i was a kid and nothing changed after botox": a trait
        if level != EMERGENCY and symptom != "severe_headache" and self._treatment_reason(doc, span):
            return True  # "botox for my eye twitch yesterday": the reason for treatment, not a side effect
        if level == ROUTINE and habit(doc, span) or condition_habit(doc, span, symptom):
            return True  # "i always get a headache", "i have asthma and get short of breath sometimes": a habit
        # long ago and not lasting since, unless treatment is planned ("swallowing issues since his stroke years ago, his
        # neurologist wants to try botox": cue `planned`), or someone else's episode told as over ("she couldn't breathe once")
        clauses = TextMixin._clauses(doc)
        if long_ago(doc, span, clauses) and (not lasts_or_back(doc, clauses) or self._planned(doc)) or \
                finished_story(doc, span, clauses):
            # "I broke out in hives from Dysport a few years ago. Does that mean I can't do Botox?", as texted
            # without the "?" ("had a seizure 2 years ago, can I still get botox"), or a history told on its own
            # ("my sister had a droopy eye from botox years ago", "10 yrs ago my aunt's eyelid drooped after botox", even
            # when blamed on the treatment); not "drooping since last year"
            return True
        if self._blames_treatment(doc, span):
            return False  # "Is it the botox making it hard to swallow? it started 3 days after"
        if self._normal_after_recent_treatment(doc, span):
            return False  # "just had botox, is it normal to have chest pain?": asked about what is happening
        if conditional_question(doc, sent, span, [s for _, s, _ in self.tag_matcher(doc)]):
            return True  # "if i get a headache after the shots is that normal"
        wondering = self.wondering_matcher(doc)
        # "could that happen to me" is a question with or without its "?"
        asked = any(t.text.endswith("?") for t in doc) or any(doc[s].norm_ in MODALS for _, s, _ in wondering)
        # (not one told as the patient's own before the question: "my eyelid is drooping, im getting botox again, cancel?")
        if wondering and asked and not any(self._inability(doc, t.i) for t in span) and not (
                all(s >= clause_end for _, s, _ in wondering) and any(
                    t.lower_ in FIRST_PERSON and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in OTHER_PEOPLE)
                    for t in doc[max(clause_start, span.start - 3):span.end])):
            return True  # "my friend's eyelid drooped last year, could that happen to me?"
        # (asked with or without its "?": "my worst fear is a droopy eye, how often does that happen"; the fear right before
        # the symptom or overlapping it, in its clause: not "afraid of not being able to breathe, my chest is tight")
        # (a worry about becoming so needs no question: "worried about going hoarse, i sing at church sunday")
        fears = self.fear_matcher(doc) if asked or any(self._interrogative(list(s)) for s in doc.sents) else []
        # (not a fear of what may be going on now: "scared i might be having a reaction?")
        fears = [(m, s, e) for m, s, e in fears if not going_on_after(doc, e, e + 1, BE_NOW | {"be"})]
        feared = [(s, e) for _, s, e in fears + self.fear_ahead_matcher(doc) if s < span.start and e <= span.end and
                  doc[s].sent.start == sent.start and not any(t.text in {",", ";"} or t.norm_ in BREAKS
                                                              for t in doc[e:span.start])]
        # (an inability after a fear's own modal is ahead too: "she's afraid she'll not be able to swallow?")
        if feared and (not any(self._inability(doc, t.i) for t in span) or
                       any(doc[e - 1].lower_ in MODALS | {"ll", "'ll", "ill", "wo"} for _, e in feared)) \
                and not told_as_now(sent) and not more_of_it(doc, span):
            return True  # "my sister is scared she'll end up with a droopy brow, how likely is that?"
        hearsay = self.hearsay_matcher(doc)
        if any(s < span.start and doc[s].sent.start == sent.start and any(t.lower_ in MEDIA for t in doc[s:e]) and
               not any(t.text in {",", ";", ":", "-"} or t.norm_ in BREAKS for t in doc[e:span.start])
               for _, s, e in hearsay) and \
                not any(t.norm_ in FIRST_PERSON and not own_worry(doc, t.i, span) for t in doc[sent.start:sent.end]
                        if t.lower_ not in {"i", "ive"} or t.i > sent.start + 1) and \
                not any(t.lower_ in STILL_WORDS | ONSET_WORDS | {"rn", "yesterday", "tonight"} and
                        not own_worry(doc, t.i, span) for t in sent):
            # "saw a tiktok where a girl's eyebrow dropped after botox": someone in a video (not "saw a reel about
            # this exact thing, can't breathe properly rn": the patient, in a clause of their own)
            return True
        if any(t.lower_ in STORY_SUBJECTS for t in doc[sent.start:span.start]) and \
                any(s >= span.end for _, s, _ in self.possibility_matcher(doc)) and not self._personal(doc, sent.start, sent.end):
            return True  # "my aunt says someone died from botox bc they couldn't breathe. can that actually happen??"
        if hearsay and hearsay[0][1] < span.start and (self.possibility_matcher(doc) or self.cause_matcher(doc)) and \
                (any(t.text.endswith("?") for t in doc) or any(self._interrogative(list(s)) for s in doc.sents)) and \
                not told_as_now(sent):  # "my friend says she can't swallow since her botox, can that happen?"
            # the teller and who was told: "my neighbour told me she saw double"
            told = {i for _, s, e in hearsay for i in range(s, e + (e < len(doc) and doc[e].lower_ in {"me", "us"}))}
            # (from the clause the telling opens: "my 14 yo gets botox for spasticity & i read kids can get breathing
            # problems from it": "my" names who is treated, not who has the symptom)
            first = hearsay[0][1]
            opens = max([sent.start] + [t.i + 1 for t in doc[sent.start:first]
                                        if t.text in {",", ";"} or t.lower_ in {"and", "&", "n"} or t.norm_ in BREAKS])
            # (nor the asker of "should i worry?" about a claim on people in general: "i read kids can get ...")
            if any(doc[i].lower_ in GENERIC_PEOPLE for i in told):
                told |= {i for _, s, e in self.possibility_matcher(doc) for i in range(s, e)}
            if not any(t.norm_ in FIRST_PERSON and t.i not in told for t in doc[opens:sent.end]):
                return True  # "my friend said her vision went blurry after botox, can that actually happen?"
        # the treatment asked about in the headache's sentence, or in any sentence when the headache is long-standing
        chronic = any(doc[s].sent.start == sent.start for _, s, _ in self.chronic_matcher(doc))
        treatment = [s for _, s, _ in self.treatment_matcher(doc)
                     if doc[s].sent.start == sent.start or chronic]
        # (a condition that began or changed after Botox is a side effect: "my eye is twitching after the forehead
        # botox, can botox treat that?", "my neck spasms are worse since botox")
        treated = symptom in HEADACHE_FAMILY or level != EMERGENCY and any(t.lower_ in TREATED_CONDITIONS for t in span) \
            and not any(t.lower_ in CHANGED_WORDS for t in doc) and not self._after_treatment(doc)
        if treated and treatment and not any(t.lower_ in ONSET_WORDS for t in sent) and (
                symptom == "headache" or any(t.text.endswith("?") for t in sent) or
                any(self._interrogative(list(doc[s:doc[s].sent.end])) or doc[s].sent[-1].text.endswith("?")
                    for s in treatment)):
            # "my wife has awful tension headaches, would botox help her", "my eye has been twitching for
            # months, I heard botox can treat that?": the reason for treatment; not a headache that came after
            # it ("got it for her migraines and now has a pounding headache")
            return True
        # (or reaching into its clause across an "and": "could it spread and make me see double?"; not across an "and"
        # that opens a statement of the patient's own: "i heard botox can cause blurry vision and my vision is blurry now")
        if any((clause_start <= s or sent.start <= s and clause_start < e) and e <= span.start and not any(
                t.lower_ in {"and", "&", "n"} and t.i + 1 < span.end and doc[t.i + 1].lower_ in FIRST_PERSON
                for t in doc[e:span.end]) for _, s, e in self.cause_matcher(doc)):
            return True  # "my mum wants to know if botox can cause hives": the object of a hypothetical cause
        info = bool(info_starts := info_asked(doc, self.info_matcher(doc), span))
        # (a statement about now said with "??", no modal, "if" or "now that", is a report: "one eyebrow is sitting way
        # lower than the other now and it feels heavy??"; not "hives count as an allergic reaction now?")
        stated_now = "??" in doc.text[sent.start_char:sent.end_char + 2] and not self._interrogative(list(sent)) and \
            any(t.lower_ in {"now", "rn", "currently"} and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that")
                for t in sent) and not any(t.norm_ in MODALS | {"should", "must", "if"} for t in sent)
        extent = botox_question(doc, sent.start, sent.end)  # "asking for a friend(,) does botox make you faint"
        # (to the end of the sentence: not "... does botox make you pass out bc she just did")
        botox_asked = extent is not None and extent[0] < span.start and extent[1] >= sent.end
        q_part = doc[sent.start:question_end(doc, sent, span, self.plea_matcher(doc))]  # not a closing "what do i do"
        sentence_question = any(t.text.endswith("?") for t in q_part) and not stated_now or \
            self._interrogative(list(q_part)) or asking_clause(doc, q_part, span) or botox_asked
        clause_question = self._interrogative(list(doc[clause_start:clause_end])) and not (
            # "got botox this morning and have a couple small bumps": a statement that drops its subject
            clause_start > sent.start and doc[clause_start - 1].lower_ in {"and", "&", "n"} and
            doc[clause_start].lower_ in {"have", "has", "had"} and not any(t.text.endswith("?") for t in sent))
        personal = self._personal(doc, clause_start, clause_end) or dropped_subject(doc, sent, clause_start, self._personal) \
            or degree_now(sent) or now_named(doc, span) or \
            level != ROUTINE and had_now(doc, span)
        if not clause_question and self._tagged(doc, span) and (not info or self._wondering_tag(doc, span)) or \
                pointed_at(doc, span) or remedied(doc, span):
            return False  # "bit red and tender at the injection spots, is that normal?", "do these bumps go away?"
        if gerund_question(sent) and (level == ROUTINE or level != EMERGENCY and
                                      any(t.lower_ in W["gerund_possible_words"] for t in sent)) or noun_asked(sent, span):
            return True  # "is getting a headache after botox a normal thing?", "is seeing double a thing that can happen"
        if level == ROUTINE:
            # "could botox stop my headaches", "r the injections painful": a question about Botox;
            # "I have a headache, is that normal?": a report with a question after it
            # (examples of what is normal, from someone whose treatment is still ahead: "like swelling, redness. not
            # getting it till march")
            # ("is it normal if i have a small bruise since yesterday": a state judged, dated, is a report)
            # ("should i be worried that i have a small bruise by my eye?", "is it bad that there's a bruise by my crow's
            # feet": a state judged after "that", with no modal before the symptom, is a report too)
            that_end = next((t.i + 1 for t in sent if t.lower_ == "that"), sent.start)
            judged = personal and (
                judged_if(doc[sent.start:next((t.i + 1 for t in sent if t.lower_ == "if"), sent.start)]) or
                judged_that(doc[sent.start:that_end]) and that_end <= span.start and
                not any(t.norm_ in MODALS | CONDITIONAL for t in doc[that_end:span.start]))
            # (one wondering in a later clause than the patient's statement asks more: "a bruise by my brow, curious if arnica works")
            info_here = info and not (personal and all(s >= clause_end and doc[s].lower_ in WONDERING for s in info_starts))
            return not judged and (info_here or clause_question or (sentence_question and not personal) or not personal and
                                   bool(self.ahead_matcher(doc)) and not self._personal(doc, sent.start, sent.end))
        # red flags: only a question (its sentence, or a later clause of its own asking what "that" or "it" causes:
        # "..., does that make breathing problems from it more likely"; not "..., does it usually make swallowing this
        # hard") or information request with no one reporting it
        opening = [t for t in doc[clause_start:clause_start + 3]]
        clause_asks = clause_question and sent.start < clause_start and len(opening) == 3 and \
            opening[0].lower_ in AUX_START and opening[1].lower_ in {"that", "it", "this"} and \
            opening[2].norm_ in CAUSE_WORDS | {"raise", "increase"} and \
            not any(t.lower_ in {"this", "so", "now", "rn"} for t in doc[clause_start + 2:sent.end])
        return (sentence_question or clause_asks or info) and not personal and \
            not stated(doc, clause_start, clause_end, span, self.everyday_matcher)

    def _treatment_reason(self, doc: Doc, span: Span) -> bool:
        """The symptom is a condition Botox treats (`treated_conditions`), named as what it treats (cue `treatment_reason`
        ending at most 2 words before it, no break between, in its sentence; Botox named, or a visit opening the cue: "an
        appointment for his eye twitch", not "took them for my headache") and not said to begin or change after."""
        sent = span.sent
        if any(t.lower_ in TREATED_CONDITIONS for t in span) and span.end < len(doc) and doc[span.end].lower_ in NAME_ENDS \
                and not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ in W["name_breaks"]) \
                and any(t.lower_ in TREATMENT_NAME_OPENERS for t in doc[max(sent.start, span.start - 3):span.start]):
            return True  # "my migraine shots", "my migraine appointment" (not "headache botox day 2", "session after session")
        if not any(t.lower_ in TREATED_CONDITIONS for t in span) or any(t.lower_ in CHANGED_WORDS for t in sent):
            return False
        return any(sent.start <= s and e <= span.start <= e + 2 and (
            doc[s].lower_ in NAME_ENDS or any(t.lower_ in BOTOX_WORDS for t in doc)) and not any(
            t.is_punct or t.norm_ in BREAKS or t.lower_ in {"and", "&", "n"} for t in doc[e:span.start])
            for _, s, e in self.treatment_reason_matcher(doc))

    def _normal_after_recent_treatment(self, doc: Doc, span: Span) -> bool:
        """ "is it normal to have ..." (cue `normal_to_have`, before the symptom in its sentence) in a message that
        says the treatment was recent (cue `recent_treatment`) and not that it is still ahead (cue `ahead`)."""
        return any(span.sent.start <= s and e <= span.start for _, s, e in self.normal_to_have_matcher(doc)) and \
            (bool(self.recent_treatment_matcher(doc)) or dated_onset(doc)) and not self.ahead_matcher(doc)

    def _planned(self, doc: Doc) -> bool:
        """A treatment somebody plans (cue `planned`), in a message that says no treatment was recent and nothing got
        worse (a `worse_words` word, not after a cause asked about: "could it make the swallowing worse?")."""
        causes = self.cause_matcher(doc)
        return bool(self.planned_matcher(doc)) and not self.recent_treatment_matcher(doc) and \
            not self._after_treatment(doc) and not any(t.lower_ in W["worse_words"] and not any(
                s < t.i and doc[s].sent.start == t.sent.start for _, s, _ in causes) for t in doc)

    @staticmethod
    def _after_treatment(doc: Doc) -> bool:
        """The message puts something after the treatment: "after|since|from" with a Botox word up to 3 words on."""
        return any(t.lower_ in AFTER_WORDS and any(n.lower_ in BOTOX_WORDS for n in doc[t.i + 1:t.i + 4]) for t in doc)

    def _someone_reports(self, doc: Doc, asked_sentences: Set[int], all_asked: bool) -> bool:
        """Someone (the patient or another person) is in a sentence that does not ask about a symptom, nor opens with a
        `source` cue: "can botox cause drooping? my eye feels funny". Nobody when every symptom is only asked about and
        the treatment is still ahead ("my daughter is booked for botox next month ... how worried should I be?").
        asked_sentences: start tokens of the sentences with a general finding."""
        if all_asked and self.ahead_matcher(doc):
            return False
        # (not a sentence that only says where it was read: "is that a side effect?? saw it on the paper they gave me")
        sources = {s for _, s, _ in self.source_matcher(doc)}
        return any(self._personal(doc, sent.start, sent.end) for sent in doc.sents
                   if sent.start not in asked_sentences and not sources & {sent.start, sent.start + 1})

    def _habitual(self, doc: Doc, span: Span, symptom: str) -> bool:
        """A faint in the present tense with needles or blood after it ("I faint when I get blood drawn"), or in any
        tense at another needle long ago, the cue starting "at"/"during" and no `faint_now_words` in the sentence ("I almost
        fainted at my flu shot last fall"), or after "last time" ("last time I had blood drawn I almost fainted")."""
        not_now = not any(t.lower_ in FAINT_NOW for t in span.sent)
        return symptom == "fainting" and any(doc[s].sent.start == span.sent.start and (s >= span.end and (
            span[0].lower_ in HABITUAL_FAINT or not_now and doc[s].lower_ in {"at", "during"}) or
            s < span.start and not_now and doc[s].lower_ in {"last", "once"}) for _, s, _ in self.habitual_matcher(doc))

    def _tagged(self, doc: Doc, span: Span) -> bool:
        """A question tag ("is that normal?") follows the statement that names the symptom, in its sentence,
        as a clause of its own, after "wondering if", or right after it with the punctuation left out
        ("chest pain after botox is this normal??")."""
        sent = span.sent
        words = [t for t in doc[span.end:sent.end] if t.text not in {"?", "??", "???", "!"}]
        if len(words) >= 2 and words[-1].lower_ in BARE_TAGS and \
                (words[-2].text in {",", "-", "...", "…"} or words[-2].lower_ in BARE_TAG_FILLERS) and \
                sent[-1].text.startswith("?") and any(t.lower_ in PERSONAL | BARE_TAG_STATEMENT or t.norm_ in BARE_TAG_STATEMENT
                                                      for t in doc[sent.start:words[-2].i]):
            return True  # "a couple spots are a little red & puffy, normal?"
        for _, start, _ in self.tag_matcher(doc):
            if span.end <= start < sent.end and (doc[start - 1].text in {",", "-", "...", "…", ";"} | BREAKS or
                                                 self._after_wondering(doc, start) or
                                                 doc[start].lower_ in {"is", "s", "'s"} and
                                                 start + 1 < len(doc) and doc[start + 1].lower_ in {"this", "that"}):
                return True
        return False

    def _wondering_tag(self, doc: Doc, span: Span) -> bool:
        """After the statement, "(just) wondering if that's normal": it asks about what was just said."""
        return any(start > span.end and self._after_wondering(doc, start) for _, start, _ in self.tag_matcher(doc))

    @staticmethod
    def _after_wondering(doc: Doc, start: int) -> bool:
        return start >= 2 and doc[start - 1].lower_ in {"if", "whether"} and doc[start - 2].lower_ in WONDERING

    def _blames_treatment(self, doc: Doc, span: Span) -> bool:
        """The message blames the treatment for a symptom ("is that the botox?"), says when it began
        ("it started 3 days after", outside a question) or asks the clinic to fix it, outside a hypothetical:
        the symptom is reported, not asked about."""
        for match_id, start, end in self.report_matcher(doc):
            if self.nlp.vocab.strings[match_id] == "report":
                happening = next((t.i for t in doc[start:end] if t.lower_ == "happening"), None)
                if happening is not None and any(
                        doc[j].norm_ in NEGATIONS and doc[j + 1].norm_ not in {"know", "sure"}
                        for j in range(max(doc[start].sent.start, happening - 6), happening)):
                    continue  # "I don't think it's happening to me": a denial (not "I don't know what's happening")
                return True
            sent = doc[start].sent
            if sent.start < span.sent.start:
                continue  # an onset told before the symptom's sentence dates something else: "my eyelid droops
                # since tuesday. can botox also stop your breathing?" (not "hard to swallow? since yesterday.")
            if not any(t.text.endswith("?") for t in sent) and not self._interrogative(list(sent)):
                return True
        # "... higher than the other now, can you fix it?" (not "if my brow drops can you fix it?")
        # (in the symptom's own sentence, or after a symptom told as a statement: not "is trouble swallowing a
        # known side effect? will it stay like this, I love my results")
        sent = span.sent
        # (a statement texted with "??" is still told: "one brow is sitting way lower??"; not a sentence about
        # someone else, or what someone read or heard: "My friend's eyelid drooped. Mine looks great, is it gonna
        # stay like this?")
        told = not self._interrogative(list(sent)) and \
            not any(doc[s].sent.start == sent.start for _, s, _ in self.info_matcher(doc)) and \
            not any(doc[s].sent.start == sent.start for _, s, _ in self.hearsay_matcher(doc)) and \
            not any(t.lower_ in OTHER_PEOPLE for t in sent)
        fixes = [s for _, s, _ in self.fix_request_matcher(doc) if doc[s].sent.start == sent.start or told]
        return bool(fixes) and not hypothetical_fix(doc) and not self.cause_matcher(doc)

    _interrogative = staticmethod(interrogative)

    @staticmethod
    def _personal(doc: Doc, start: int, end: int) -> bool:
        """Someone (the patient or another person) in the clause, not in a hypothetical ("if I", "will my")
        and not only passing a question on ("my mum wants to know", "my friend said", "I should watch")."""
        words = [t for t in doc[start:end] if not t.is_punct]
        extent = botox_question(doc, start, end)
        if extent is not None:  # "can botox in the neck change my voice?": the person is in the question; who is
            # after it is not ("asking for my mom does botox make it hard to breathe she cant breathe")
            return extent[1] < end and QuestionMixin._personal(doc, extent[1], end)
        if len(words) > 2 and words[0].norm_ in MODALS and words[1].lower_ in TREATMENT_PRONOUNS and \
                words[2].norm_ in CAUSE_WORDS:
            return False  # "could it change my voice?": the treatment, as a pronoun, in the question
        asked_owner = -1  # the last "I" in a hypothetical ("could I ...")
        for i in range(start, end):
            if doc[i].lower_ in PERSONAL or doc[i].norm_ in PERSONAL:
                if doc[i].lower_ == "i" and doc[i + 1:i + 2].text.lower() in {"mean", "meant"}:
                    continue  # "can botox mess with your eyes? I mean like double vision?": what the question meant
                before = {doc[j].lower_ for j in range(max(start, i - 2), i)}
                # (not a condition said to be going on now, of no treatment, "if my lips are swelling rn what do i do",
                # "what if my throat is closing?? i had botox 2 hrs ago", nor one told in the past with a recent time
                # and no "would": "what do i do if i got botox yesterday and cant swallow")
                dated = any(t.lower_ in {"ago", "yesterday"} or t.lower_ in {"morning", "night", "afternoon"} and
                            doc[t.i - 1].lower_ in {"this", "last"} for t in doc)
                past = i + 1 < end and (doc[i + 1].lower_ in W["past_verbs"] or doc[i + 1].lower_.endswith("ed")) and \
                    not any(t.lower_ in {"would", "could", "might", "wd"} for t in doc[i].sent)
                now = not any(t.lower_ in BOTOX_WORDS for t in doc[start:end]) and any(
                    t.lower_.endswith("ing") for t in doc[i:end]) and (dated or any(t.lower_ in {
                        "rn", "currently", "atm"} or t.lower_ == "now" and doc[t.i - 1].lower_ == "right"
                        for t in doc[i:end])) or past and dated
                now = now or judged_now(doc, i, end, dated)  # "is it bad if i cant swallow since my botox"
                # (or an inability after a condition of its own: "if i lie down i cant breathe, should i call?")
                now = now or main_after_if(doc, start, i, end) and told_as_now(doc[i:end])
                going_on = going_on_after(doc, i + 1, min(end - 1, i + 4))
                chance = set() if going_on else POSSIBILITY  # ("is there a chance my throat is closing?": now)
                conditional = {doc[j].lower_ for j in range(start, i)} & (CONDITIONAL - POSSIBILITY | chance) and not now
                if doc[i].lower_ in {"they", "them", "their"} and any(
                        doc[j].lower_ in {"people", "ppl", "patients", "someone", "folks", "anyone"} for j in range(
                            doc[i].sent.start, i)):
                    continue  # "people died from botox bc they couldnt breathe": nobody in particular
                owned = [doc[j].lower_ for j in range(i + 1, min(end, i + 3))] if doc[i].lower_ in POSSESSIVES else []
                if owned and (owned[0] in CONDITIONAL | {"risk", "risks"} or EVENTS & set(owned)):
                    # "does that raise my risk of breathing problems": a hypothetical; "my wedding is in 3
                    # weeks", "my first appt": a plan, nobody's symptom
                    continue
                if any(doc[j].lower_ == "for" and (doc[j - 1].lower_ in ASKING or doc[j - 1].norm_ in ASKING)
                       for j in range(max(1, i - 2), i)):
                    continue  # "asking for a friend": the question is passed on
                why = i >= 2 and doc[i - 2].lower_ in {"why", "y"} and doc[i - 1].lower_ in {"do", "does", "did", "is", "are"} \
                    and (i - 2 == doc[i].sent.start or not doc[i - 3].is_alpha or doc[i - 3].lower_ in CLAUSE_OPENERS)
                hypothetical = before & (HYPOTHETICAL - POSSIBILITY | chance)  # ("is it possible I won't be able to pee")
                if (why or now or not hypothetical) and not conditional and not passes_on(doc, i, end):
                    if not owner_asked(doc, i, asked_owner):  # "could I lose my voice": "my" is the asker's, as "I"
                        return True  # ("why does my chest feel tight" asks about what is happening)
                elif doc[i].lower_ == "i":
                    asked_owner = i
        return False
