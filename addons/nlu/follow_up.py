"""The patient's last messages read with the new one: a red flag or routine report that only the conversation shows.

`with_context(current, text, earlier)` -> the assessment of `text` read with `earlier` (the patient's previous
messages, oldest first), or None when the conversation adds nothing. Used by addons/rasa_patches.py, which has the
conversation; the words are clinical policy in policy/follow_up_cues.yml (botox_clinic/follow_up_cues.py).
"""
from __future__ import annotations

import re
from typing import List, Optional

from addons.nlu.red_flags import CUES, assess, says_worse
from addons.nlu.follow_up_topic import asks_only_about_that
from botox_clinic import affirmation, choice_reply, follow_up_cues, levels, triage, triage_es

HEADACHES = {"headache", "severe_headache"}
MAX_PLEA_WORDS = 25  # a plea or pushback after a red flag's answer is short ("what do I do??", "nobody picks up")
MAX_CLARIFYING_WORDS = 10  # a message that only says what a question meant: "o sea como ver doble?"
OPENERS = re.compile(r"^\W*(i mean|i meant)\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")  # pictographs, dingbats, their joiners


def affirmed(text: str, earlier: List[str]) -> Optional[triage.Assessment]:
    """The symptoms the patient asked about (or already told) in one of the last two messages, reported now by a
    message that says they are happening ("that's what's happening to me right now"), at their own level; else None."""
    folded = triage_es.fold(text)
    if not affirmation.affirms(folded):
        return None
    for before in reversed(earlier[-2:]):
        # (or already read as had: "¿es normal tener moretones?" then "es q tengo uno chiquito en la sien")
        asked = [f.symptom for f in assess(before).findings if not f.negated and
                 (f.general or f.effective_level != triage.NONE)]
        if asked:
            named = list(dict.fromkeys(asked))
            level = max((levels.load()[s] for s in named), key=triage.RANK.__getitem__)
            return triage.Assessment(level=level, symptoms=named, someone_reports=True)
    return None


def only_affirms(text: str) -> bool:
    """The message says only that a symptom just asked about is happening (`affirmation.affirming_span`), with no
    word beside it but the follow-up cues' `routine_affirmation_words` ("mine started this morning, pretty mild");
    not "mine started this morning, plus my ear rings"."""
    folded = triage_es.fold(text)
    span = affirmation.affirming_span(folded)
    if span is None:
        return False
    rest = CUES.routine_affirmation_words.sub(" ", CUES.report_places.sub(" ", folded[:span[0]] + " " + folded[span[1]:]))
    return not re.search(r"[^\W\d_]", rest)


def about_last_report(text: str, earlier: List[str]) -> Optional[triage.Assessment]:
    """The earlier messages' most serious report (routine or a red flag), when this message only asks about it ("how
    long does that usually last?", "se quita solo?", "is that normal or should i call", "is that going to be a
    problem?": the follow-up cues' `about_last_report`, `routine_report_faqs` or `anaphoric`, the whole message); else
    None."""
    folded = triage_es.fold(text).strip(" ?!.,¿¡").lower()
    # (after words that only tell how it is going: "i'm fine now, nothing else going on. should i still worry?")
    told, _, asked = folded.rpartition(".") if "." in folded else folded.rpartition(",")
    asked = asked.strip(" ?!.,¿¡")
    # (or two or more such questions in a row: "is that normal? how long till it goes away", "y eso es normal? tengo q
    # ir?")
    questions = [q for q in text.split("?") if q.strip(" ?!.,¿¡")]
    if not earlier or not (asks_only_about_report(text, folded) or
                           len(questions) > 1 and all(asks_only_about_report(q) for q in questions) or
                           told and tells_of_it(told) and CUES.about_last_report.fullmatch(asked)):
        return None
    # (the most serious of the earlier messages: "my eyelid is drooping", "also a little bruising", "should i call?")
    last = max((assess(message) for message in earlier), key=lambda a: triage.RANK[a.level])
    reported = [f.symptom for f in last.findings
                if not f.general and not f.negated and not f.resolved and f.effective_level != triage.NONE]
    if triage.RANK[last.level] < triage.RANK[triage.ROUTINE] or not reported:
        return None
    return triage.Assessment(level=last.level, symptoms=list(dict.fromkeys(reported)), someone_reports=True)


def asks_only_about_report(text: str, folded: Optional[str] = None) -> bool:
    """The whole message only asks about the last report: whether it is normal, to call, how long it lasts, what to do
    for it (`asks_about_it`, the follow-up cues' `routine_report_faqs` or `asks_only_about_that`); `folded`: the text
    folded, lower-cased, without its end punctuation, when the caller has it."""
    folded = folded if folded is not None else triage_es.fold(text).strip(" ?!.,¿¡").lower()
    return asks_about_it(text) or any(p.fullmatch(folded) for p in CUES.routine_report_faqs.values()) or \
        asks_only_about_that(text)


def pushes_back(text: str) -> bool:
    """A short message (at most `MAX_PLEA_WORDS` words) that pushes back on the answer just given or fears it (the
    follow-up cues' `pushback`: "you said to call the clinic but im scared", "nadie contesta") and names no Botox
    (`botox_named`: not "can botox help with his jaw, the tmj thing")."""
    folded = triage_es.fold(text)
    return len(text.split()) <= MAX_PLEA_WORDS and bool(CUES.pushback.search(folded)) and \
        not CUES.botox_named.search(folded)


def asks_about_it(text: str) -> bool:
    """The whole message only asks about the last report (the follow-up cues' `about_last_report`, on the folded text
    without its end punctuation): "is that normal or should i call", "what if it gets worse tonight"."""
    return bool(CUES.about_last_report.fullmatch(triage_es.fold(text).strip(" ?!.,¿¡").lower()))


def tells_of_it(told: str) -> bool:
    """The (folded) words before a question about the last report only tell of it: when, where, how strong
    (`only_details`: "i'm fine now, nothing else going on"), or what it is like with no red flag the rules read in them
    (the follow-up cues' `comparison`: "como cuando te ponen una vacuna, nada grave"; or a routine effect named again:
    "you said normal but it looks like i slept on a waffle lol, just a few red dots")."""
    if only_details(told):
        return True
    read = assess(told)
    named = [f for f in read.findings if f.effective_level != triage.NONE or f.general]
    return all(triage.RANK[f.level] <= triage.RANK[triage.ROUTINE] for f in read.findings) and \
        (bool(CUES.comparison.match(told.strip(" ,.!"))) or bool(named))


def faq_for_routine_report(text: str, earlier: List[str]) -> Optional[str]:
    """The FAQ topic ("common_effects") that answers this message, when it only asks about a routine report of the
    earlier messages in words of the follow-up cues' `routine_report_faqs` ("little red bumps on my forehead" then
    "how long do they usually stay"); None after a red flag (that red flag's answer again) or for any other message."""
    reported = about_last_report(text, earlier)
    if reported is None or reported.level != triage.ROUTINE:
        return None
    folded = triage_es.fold(text).strip(" ?!.,¿¡").lower()
    return next((topic for topic, pattern in CUES.routine_report_faqs.items() if pattern.fullmatch(folded)), None)


def only_details(text: str) -> bool:
    """The message carries only words that tell when a symptom came, how it is going, where or how strong, or deny a
    fever (the follow-up cues' `report_details` or `report_places`, at least one, `routine_affirmation_words` and
    `detail_fillers`), and no other character but spaces and . , ; : ! (no number, "?" or emoji) once a question on a
    remedy for it is set aside (`remedy_for_it`: "¿le pongo árnica?"): "it showed up wednesday and its already fading",
    "no fever", "mild", "just a small one near my temple", "los dos, desde esta mañana", "igual que ayer, chiquito, no
    ha crecido. ¿le pongo árnica?"; not "it showed up wednesday, and my ear rings", "102", "911?", "no se está
    quitando", "and now"."""
    # (an emoji says nothing more: "👍 they're already going down")
    folded, remedies = CUES.remedy_for_it.subn(" ", EMOJI.sub(" ", triage_es.fold(text).lower()))  # "¿le pongo árnica?"
    folded = re.sub(r"[¿?]", " ", folded) if remedies else folded
    placed = CUES.report_places.sub(" ", folded)
    # (in either order: "noticed it this morning" needs the time words first, "same as yesterday" the details)
    rests = (CUES.report_details.sub(" ", CUES.routine_affirmation_words.sub(" ", placed)),
             CUES.routine_affirmation_words.sub(" ", CUES.report_details.sub(" ", placed)))
    return bool(CUES.report_details.search(folded) or CUES.report_places.search(folded)) and \
        any(not re.search(r"[^\s.,;:!]", CUES.detail_fillers.sub(" ", rest)) for rest in rests)


def details_of_last_report(text: str, earlier: List[str]) -> Optional[triage.Assessment]:
    """The report (routine or a red flag) of one of the last three messages, when this message and any between only
    tell when it came, how it is going, where or how strong (`only_details`): "tiny bit of bruising" then "it showed
    up wednesday and its already fading"; "headache after botox", "mild", "since yesterday, its getting better" (at
    its own level: "veo borroso" then "los dos, desde esta mañana" is still "call the clinic"); the colours of a healing
    bruise alone (`bruise_colours`: "its yellowish now") only after a bruise; else None."""
    # the colours of a healing bruise alone ("its yellowish now"): a detail of a bruise only (on a bump, a yellow head
    # is pus)
    bare = follow_up_cues.bare(triage_es.fold(text), keep="'")
    colour = bool(CUES.bruise_colours.fullmatch(bare))
    # (or beside other details: "better than yesterday but still there, kinda yellowish green now")
    colour = colour or bool(CUES.bruise_colours.search(bare)) and only_details(CUES.bruise_colours.sub(" ", bare))
    if not earlier or not (colour or only_details(text)):
        return None
    for before in reversed(earlier[-3:]):
        last = assess(before)
        if last.level == triage.NONE and 0 < len(before.split()) <= 3 and spliced(before):
            last = assess(f"{before.strip()} {text.strip()}")  # "moretones" then "uno chiquito en la sien nomas"
        reported = [f.symptom for f in last.findings
                    if not f.general and not f.negated and f.effective_level != triage.NONE]
        if reported and triage.RANK[last.level] >= triage.RANK[triage.ROUTINE]:
            if colour and not only_details(text) and set(reported) != {"bruising"}:
                return None
            return triage.Assessment(level=last.level, symptoms=list(dict.fromkeys(reported)), someone_reports=True)
        if not only_details(before):
            return None
    return None


def happened_again(text: str, earlier: List[str]) -> Optional[triage.Assessment]:
    """The symptoms the previous message named (told of an earlier time, asked about or reported; not denied), at their
    own level and as happening now, when this message, not a question, says it came again (the follow-up cues'
    `again`): "la vez pasada me quedó un moretón" then "y esta vez otra vez, igualito, del tamaño de una moneda"
    (routine); "last time my brow dropped" then "this time again" (urgent); not "could that happen again?"; else None."""
    folded = triage_es.fold(text).lower()
    if not earlier or "?" in text or not CUES.again.search(folded):
        return None
    named = [f for f in assess(earlier[-1]).findings if not f.negated]
    if not named:
        return None
    level = max((f.level for f in named), key=triage.RANK.__getitem__)
    return triage.Assessment(level=level, symptoms=list(dict.fromkeys(f.symptom for f in named)), someone_reports=True)


def spliced(before: str) -> bool:
    """`before` is a piece of a sentence the next message goes on with, as texts are split: no sentence end, and one
    to three words ("throat" then "feels like its closing") or up to eight that end as no sentence does (the
    follow-up cues' `unfinished_ends`: "desde el botox no puedo" then "aguantar la orina"); never a short thanks (the
    cues' `acknowledgements`: "ok thanks") or what the patient is (`whole_clauses`: "I'm a singer")."""
    words = len(before.split())
    if not 0 < words <= 8 or re.search(r"[.!?]\s*$", before):
        return False
    folded = triage_es.fold(before).lower().rstrip(" ,;:")
    if CUES.acknowledgements.fullmatch(" ".join(re.sub(r"[^\w\s']", " ", folded).split())) or \
            CUES.whole_clauses.fullmatch(" ".join(re.sub(r"[^\w\s]", " ", folded).split())):
        return False  # "ok thanks", "I'm a singer": a whole message
    return words <= 3 or any(m.end() == len(folded) for m in CUES.unfinished_ends.finditer(folded))


def last_sentence(message: str) -> str:
    """What follows the message's last sentence end (". ", "! ", "? "): "had botox on the 3rd. having some trouble"
    -> "having some trouble"; the whole message when it has one sentence."""
    return re.split(r"(?<=[.!?])\s+", message.strip())[-1]


def pieces(earlier: List[str]) -> str:
    """The last one or two earlier messages that are pieces of one sentence with the next (`spliced`), joined: "my
    lips are", "swelling up" -> "my lips are swelling up"; or the last sentence of a longer message when that is the
    piece ("had botox for cervical dystonia on the 3rd. having some trouble", "swallowing" -> "having some trouble
    swallowing"); "" when the last one is not."""
    joined: List[str] = []
    for before in reversed(earlier[-2:]):
        if not spliced(before):
            tail = last_sentence(before)
            if tail != before.strip() and spliced(tail):
                joined.insert(0, tail)
            break
        joined.insert(0, before.strip())
    return " ".join(joined)


def puts_if_it_happens(text: str) -> bool:
    """The message puts the condition that a side effect happens (the follow-up cues' `if_it_happens`: "how long does
    it last if you get one", "y cuanto dura si te da") and reports nothing."""
    return bool(CUES.if_it_happens.search(triage_es.fold(text))) and assess(text).level == triage.NONE


def asks_how_long_it_lasts(text: str) -> bool:
    """The message only asks how long "it" lasts (the follow-up cues' `how_long_it_lasts`: "how long does it normally
    last?", "¿y cuánto dura eso?") and reports nothing."""
    return bool(CUES.how_long_it_lasts.search(triage_es.fold(text))) and assess(text).level == triage.NONE


def asked_if_it_happens(text: str, earlier: List[str]) -> List[str]:
    """The symptoms the previous message only asked about, most serious first, when this message puts the condition
    that it happens (`puts_if_it_happens`): "can botox give you a headache?" then "how long does it usually last if you
    get one" -> ["headache"]; else []."""
    if not earlier or not puts_if_it_happens(text):
        return []
    asked = sorted((f for f in assess(earlier[-1]).findings if f.general and not f.negated),
                   key=lambda f: -triage.RANK[f.level])
    return list(dict.fromkeys(f.symptom for f in asked))


def could_happen_again(text: str, earlier: List[str]) -> List[str]:
    """The symptoms the previous message told, not denied, most serious first, when this message asks whether that
    could happen to the patient (the follow-up cues' `same_could_happen`, the whole last clause, after at most one
    clause, and no symptom named): "last year after my botox my right eyelid drooped for about 3 weeks" then "I'm
    booked for next month, could that happen again?" -> ["drooping"]; "a mi hermana se le cayó la ceja" then "¿a mí
    me puede pasar lo mismo?", or "si eso me llegara a pasar a mí, ¿cuánto tarda en quitarse?" (the first clause of a
    question); else []. A red flag the previous message reported stands (its answer follows)."""
    clauses = [c.strip() for c in re.split(r"[.,;:!?¿¡]+", triage_es.fold(text).lower()) if c.strip()]
    # (or what opens a question that supposes it: "if that happened to me, how long would it take to go away?")
    first = " ".join(clauses[0].split()) if clauses else ""
    opening = CUES.same_could_happen.match(first)
    supposed = "?" in text and opening is not None and first[opening.end():opening.end() + 1] in ("", " ")
    if not earlier or not clauses or len(clauses) > 2 or \
            not (supposed or CUES.same_could_happen.fullmatch(" ".join(clauses[-1].split()))) or assess(text).findings:
        return []
    # (after a report the red flag stands: its answer follows this one, "my sister couldn't breathe after her botox"
    # read as hers now, then "could that happen to me?")
    symptoms = sorted((f for f in assess(earlier[-1]).findings if not f.negated), key=lambda f: -triage.RANK[f.level])
    return list(dict.fromkeys(f.symptom for f in symptoms))


def clarified_question(text: str, earlier: List[str]) -> List[str]:
    """The symptoms the previous message asked about, most serious first, when this message only goes on with that
    question (`follow_up_cues.goes_on`), itself a short question (at most `MAX_CLARIFYING_WORDS` words, a "?"), and the
    two read as one sentence, and each alone, report nothing: "can botox mess with your eyes?" then "I mean like double
    vision?" -> ["vision_change"]; "¿afecta la vista?" then "o sea como ver doble?"; not "like mine is drooping rn?";
    else []."""
    # (itself a short question, as "I mean like double vision?" is; not "like right now water is hard to get down")
    if not earlier or "?" not in text or len(text.split()) > MAX_CLARIFYING_WORDS or \
            not follow_up_cues.goes_on(triage_es.fold(text)):
        return []
    joined = assess(f"{earlier[-1].strip()} {text.strip()}")
    # (nor in either message alone, this one when it names someone or now: "like mine is drooping rn?" reports, "o sea
    # tipo ver doble?" alone is only the words of the question)
    alone = assess(text).findings if CUES.own_or_now.search(OPENERS.sub(" ", triage_es.fold(text).lower())) else []
    if any(not f.general and not f.negated and f.effective_level != triage.NONE
           for f in joined.findings + assess(earlier[-1]).findings + alone):
        return []
    asked = sorted((f for f in joined.findings if f.general and not f.negated), key=lambda f: -triage.RANK[f.level])
    return list(dict.fromkeys(f.symptom for f in asked))


def _worse_form(symptoms: List[str]) -> triage.Assessment:
    """A report of `symptoms` said to be getting worse: each as what it becomes when worse (`when_worsening`: a
    swelling face is an allergic reaction), at least urgent, named so the red flag stands for the session."""
    worse = list(dict.fromkeys(levels.when_worsening(s) or s for s in symptoms))
    level = max([triage.URGENT] + [levels.load()[s] for s in worse], key=triage.RANK.__getitem__)
    return triage.Assessment(level=level, symptoms=worse, someone_reports=True)


def answers_prompt(text: str) -> Optional[triage.Assessment]:
    """A reply of one to three words to the question what the patient is noticing, read in the follow-up cues'
    `prompt_framings` ("Tragar." as "me cuesta tragar", "Borroso." as "veo borroso"): the highest level found, when the
    rules recognise nothing in it alone; else None."""
    words = re.sub(r"[^\w\s]", " ", text).split()
    if not 0 < len(words) <= 3 or assess(text).findings:
        return None
    read = max((assess(frame.format(" ".join(words))) for frame in CUES.prompt_framings),
               key=lambda a: triage.RANK[a.level])
    return read if read.level != triage.NONE else None


def with_context(current: triage.Assessment, text: str, earlier: List[str],
                 prompted: bool = False) -> Optional[triage.Assessment]:
    """The assessment of the last two earlier messages and this one read together, when together they
    show a red flag (urgent or emergency) that no message shows alone ("I have a headache", then
    "honestly it's the worst of my life"), the symptom the previous message asked about, in its worse form, when this
    one says "it" is getting worse (`said_of_it`: "is a headache normal?" then "its worse today than yesterday"), the
    symptoms of an earlier question when this message says
    they are happening (`affirmed`, at any level, routine included), the previous message's report when
    this one only asks about it (`about_last_report`: "how long does that usually last?"), or the previous
    message's red flag when this one is a short plea after it ("what do I do??"), the report of one of the last two
    messages when this one only tells when it came, how it is going, where or how strong (`details_of_last_report`),
    the symptoms the previous message told of an earlier time when this one says they came again (`happened_again`),
    or a red flag of the previous one or two messages and this one read as one sentence, when they are pieces of a
    sentence (`pieces`: "throat" then "feels like its closing"); with `prompted` (the assistant just asked what the
    patient notices), a reply of one to three words read as what is hard or seen (`answers_prompt`); otherwise None."""
    if not earlier:
        return None
    if prompted and (answer := answers_prompt(text)) is not None:
        return answer  # "me siento rara desde el botox" -> "¿Qué está notando?" -> "Tragar."
    chosen = [read for word in choice_reply.both_alternatives(text, earlier[-1]) if (read := answers_prompt(word))]
    if chosen:  # "no sé si es para tragar o para respirar" then "los dos": both are had
        level = max((a.level for a in chosen), key=triage.RANK.__getitem__)
        return triage.Assessment(level=level, symptoms=sorted({s for a in chosen for s in a.symptoms}), someone_reports=True)
    if CUES.superlative.search(text) and not CUES.not_superlative.search(text) and \
            any(HEADACHES & set(assess(t).symptoms) for t in earlier[-2:]):
        return triage.Assessment(level=triage.EMERGENCY, symptoms=["worst_headache"], someone_reports=True)
    # (not "what if it gets worse tonight": a question about the last report, `about_last_report`)
    if triage.RANK[current.level] < triage.RANK[triage.URGENT] and says_worse(text) and not asks_about_it(text):
        # (and the previous message read with the piece of a sentence before it: "having some trouble", "swallowing")
        start = pieces(earlier[:-1])
        said = earlier[-2:] + ([f"{start} {earlier[-1].strip()}"] if start else [])
        earlier_symptoms = [f.symptom for t in said for f in assess(t).findings
                            if not f.general and not f.negated and f.effective_level != triage.NONE]
        if earlier_symptoms:  # "I have a headache" ... "it's getting worse and nothing helps"
            return _worse_form(earlier_symptoms)
        # a symptom asked about, then said to be getting worse, not asked: it is the patient's ("es normal q duela la
        # cabeza despues del botox?" then "hoy esta peor q ayer")
        just_asked = [f.symptom for f in assess(earlier[-1]).findings if f.general and not f.negated]
        # (said of "it", with no subject or a time first: not "ok thanks, my acne is worse today", "traffic is worse")
        if just_asked and "?" not in text and CUES.said_of_it.match(triage_es.fold(text).lower()):
            return _worse_form(just_asked)
    reported = affirmed(text, earlier) if triage.RANK[current.level] < triage.RANK[triage.EMERGENCY] else None
    if reported is not None and says_worse(text):
        # "¿cuánto dura el dolor de cabeza?" then "a mí me empezó leve pero cada día está peor": its worse form
        reported = _worse_form(reported.symptoms)
    if reported is not None and triage.RANK[reported.level] > triage.RANK[current.level]:
        return reported
    asked = about_last_report(text, earlier) if current.level == triage.NONE else None
    if asked is not None:
        return asked  # "slight headache today" then "how long does that usually last?"
    # (one whose detail words read as a routine effect too: "temp 98.6 so no fever, and it's not hot or spreading,
    # just pink" after "the injection spot is red")
    detailed = details_of_last_report(text, earlier) if current.level in (triage.NONE, triage.ROUTINE) else None
    if detailed is not None:
        # (or, higher, the earlier pieces of a sentence read with it: "my lips are", "swelling up", "this morning")
        start = pieces(earlier)
        joined = assess(f"{start} {text.strip()}") if start else None
        if joined is not None and triage.RANK[joined.level] > triage.RANK[detailed.level]:
            return joined
        return detailed  # "tiny bit of bruising" then "it showed up wednesday and its already fading"
    again = happened_again(text, earlier) if current.level == triage.NONE else None
    if again is not None:
        return again  # "la vez pasada me quedó un moretón" then "y esta vez otra vez, igualito, en el mismo lugar"
    if current.level == triage.NONE and len(text.split()) <= MAX_PLEA_WORDS and (
            CUES.plea.search(triage_es.fold(text)) or pushes_back(text)):
        previous = max((assess(t) for t in earlier[-2:]), key=lambda a: triage.RANK[a.level])
        if triage.RANK[previous.level] >= triage.RANK[triage.URGENT]:
            # (or the whole read together, when higher: a story asked about, then "what do we do", is hers now)
            joined = assess(". ".join(t.rstrip(" .") for t in earlier[-2:] + [text]))
            return joined if triage.RANK[joined.level] > triage.RANK[previous.level] else previous
    alone = max([current.level] + [assess(t).level for t in earlier[-2:]], key=triage.RANK.__getitem__)
    if follow_up_cues.goes_on(triage_es.fold(text)):  # "my throat feels weird since the botox", "like its closing up"
        joined = assess(f"{earlier[-1].strip().rstrip('.!')} {text.strip()}")
        if triage.RANK[joined.level] >= triage.RANK[triage.URGENT] and triage.RANK[joined.level] > triage.RANK[alone]:
            return joined
    start = pieces(earlier)
    if start:  # "throat" then "feels like its closing": one sentence split over texts
        joined = assess(f"{start} {text.strip()}")
        if triage.RANK[joined.level] >= triage.RANK[triage.URGENT] and triage.RANK[joined.level] > triage.RANK[alone]:
            return joined
    # each message its own sentence: "booked for my neck bands" + "what are the chances it makes me hoarse"
    # stays a question (and a message whose every finding is only asked about is not made a report by the story
    # before it: "mi hermana ... quedó con la boca como globo jajaja" then "¿con el botox puede pasar eso? ¿q se te
    # hinchen los labios?")
    together = assess(". ".join(t.rstrip(" .") for t in earlier[-2:] + [text]))
    # (nor by a question what to do if it happens: "is double vision possible" then "when that happens to me, ER?")
    asked_only = bool(current.findings) and all(f.general or f.negated for f in current.findings) or \
        bool(asked_if_it_happens(text, earlier))
    if triage.RANK[together.level] >= triage.RANK[triage.URGENT] and triage.RANK[together.level] > triage.RANK[alone] \
            and not asked_only:
        return together
    return None


def illness_after_treatment(read: triage.Assessment, earlier: List[str]) -> Optional[triage.Assessment]:
    """The illness a message told before a treatment still ahead (`Finding.before_treatment` of a follow-up cues'
    `before_treatment_signs` symptom, botox_clinic/whole_message.py), at its own level, as a report, when one of the
    last three messages told a treatment had (`follow_up_cues.tells_treatment_had`): "me hice el botox el
    sábado" then "ahora tengo fiebre, mi cita de control es mañana, ¿la cancelo?" is an infection sign after a
    treatment, "call the clinic"; else None."""
    told = [f for f in read.findings if f.before_treatment and f.symptom in CUES.before_treatment_signs]
    if not told or not any(follow_up_cues.tells_treatment_had(triage_es.fold(t).lower()) for t in earlier[-3:]):
        return None
    level = max((f.level for f in told), key=triage.RANK.__getitem__)
    return triage.Assessment(level=level, symptoms=list(dict.fromkeys(f.symptom for f in told)), someone_reports=True)
