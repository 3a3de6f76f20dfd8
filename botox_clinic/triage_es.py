"""Spanish side-effect triage: the red-flag rules of `policy/red_flags_es.yml`, applied to one message.

Pure Python, no Rasa. `assess(text)` returns the same `Assessment` as the English triage
(`botox_clinic.triage`), so the red-flag component and the triage action treat both alike and the
levels are the same: emergency, urgent, routine or none.

The rules are data a clinician can review (policy/red_flags_es.yml); this module only applies them:
1. Normalisation: lower case; accents, ñ and ü folded (á->a, ñ->n); any character other than a
   letter, digit, space or ¿?.,;! becomes a space; a letter repeated three or more times becomes
   one ("nooo" -> "no"); then each word listed under `sms` is replaced ("q" -> "que").
2. Each pattern is a regular expression searched with word boundaries at both ends. A symptom's
   `lemma_patterns` are searched the same way in the message's lemmas, from spaCy's Spanish lookup
   table (spacy-lookups-data): "no pude tragar", "no podía tragar" -> "no poder tragar".
3. A match is negated when a `negation` cue lies in the three words before it, in its clause
   (clauses end at punctuation and at `clause_breaks` words), unless the match itself starts with
   "no" (an inability: "no puedo tragar").
4. A match counts one level lower when a `resolution` cue is in its clause or the next one.
5. A match is a general question, not a report, when its sentence is a question (¿, ?, or an
   `interrogative` start), holds a `hypothetical` cue and no `personal` cue (the hypothetical
   phrases set aside), and the match is not a first-person inability. A headache in a sentence
   with a `treatment` cue ("¿me ayudaría el botox?") is the reason for treatment, not a report.
   The passes over whole sentences (hearsay, lists of signs asked about, a sign told after the question) are
   `botox_clinic.triage_es_asked`.
A bad rules file stops start-up with `PolicyError` naming the file, the entry and the key (the loading and its
checks live in `botox_clinic.triage_es_rules`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from botox_clinic.triage_lexicon import LEXICON
from botox_clinic.triage import (EMERGENCY, HEADACHE_FAMILY, LOWER, NONE, RANK, ROUTINE, Assessment, Finding,
                                 combine)
# the rules file is read and validated by triage_es_rules; its names stay importable from here
from botox_clinic.triage_es_rules import (CUES, LEVELS, PROJECT_ROOT, RULES_PATH,  # noqa: F401
                                          PolicyError, Rule, Rules, fold, load, spanish_lemmas)
# sentences, clauses and questions of a normalised message
from botox_clinic.triage_es_text import normalise  # noqa: F401
# which findings are asked about or someone else's, from the sentences around them
from botox_clinic.triage_es_asked import FIRST_PERSON_INABILITY, HEARSAY, AskedReader, thin_finding

CONDITION_HABIT_SYMPTOMS = LEXICON.words["condition_habit_symptoms"]  # breathing signs a lung condition explains
NORMAL_ASKED = re.compile(r"\bes normal\b")  # "¿es normal ...?": asked about the patient's own when the treatment was recent
WEEKDAYS = "lunes|martes|miercoles|jueves|viernes|sabado|domingo"  # (accents dropped by normalise())
# where the treatment went: 'botox en el cuello', 'las inyecciones de la frente' (a part named so says nothing more
# about an idiom beside it, as in English; not when: 'desde el botox de ayer' dates what is told)
TREATED_PART = re.compile(r"\b(botox|toxina|tratamiento|inyecciones|inyeccion|aplicacion|piquetes?) (en|de|del|para) "
                          r"(?!(ayer|hoy|anoche|antier|anteayer|hace|esta|este|la (semana|tarde|manana|noche)|el (" + WEEKDAYS +
                          r"|dia|mes|otro))\b)(el |la |los |las |mi |su |mis |sus )?\w+")
LAUGHING = re.compile("[\U0001F602\U0001F923]")  # laughing faces (normalise() drops them); not a nervous smile
POSSESSIVE_START = re.compile(r"(mi|mis|su|sus|tu|tus) ")  # "como se si mi ojo caido se va a quitar": has it
EARLIER_DAY = re.compile(r"\b(yesterday|ayer|antier|anteayer|antes de ayer|dias|semana|semanas|finde|fin de semana|" + WEEKDAYS +
                         r")\b")
# a day that dates the treatment, not the faint dated today: "me puse botox ayer y me desmaye hace rato" is today's
SAME_DAY = re.compile(r"\b(hace (un )?rato|hace (un|una|unos|unas|\d+|dos|tres) (horas?|minutos?|ratito)|hoy|esta (manana|tarde|"
                      r"noche)|ahorita)\b")
TREATMENT_DAY = re.compile(r"\b(botox|toxina|inyecciones|inyeccion|inyectaron|inyecte|pusieron|puse|aplicaron|pinchazos|"
                           r"piquetes|cita|tratamiento)\b( \w+){0,3}? " + EARLIER_DAY.pattern)
CONDITIONAL_BEFORE = re.compile(r"\b(y )?si (?![,.;])[a-z ]{0,60}$")
# a clause that only says after which treatment and when: "despues de su botox hace 2 anos"
AFTER_TREATMENT_WHEN = re.compile(r"\s*,?\s*(despues de|despues del|tras|con|por) (su |mi |el |la |sus |mis )?(botox|aplicacion|"
                                  r"tratamiento|inyeccion|inyecciones|toxina|dysport|xeomin)( \w+)? hace [^.?!,;]*")
# a clause that only dates what came before: "eso fue antier", "eso fue hace 2 dias" (not "eso fue horrible")
DATING_CLAUSE = re.compile(r"(eso|esto) (fue|paso) (hace|el|la|los|ayer|antier|anteayer|antes de ayer|anoche)\b(\s+\S+){0,4}$")
TIME_ELAPSED = re.compile(r"\b(ya )?(paso|pasaron|ha pasado|han pasado|van|llevo|lleva) (una|un|dos|tres|cuatro|cinco|"
                          r"\d+|varios|varias|mas de (una|un|\d+)) (semana|semanas|dia|dias|hora|horas|mes|meses|rato)\b")
# a sentence that only says who told it: "me lo dijo una amiga", "eso me contaron en el trabajo"
TOLD_BY = re.compile(r"(eso |esto )?(me|nos|le) (lo |la |eso )?(dijo|dijeron|conto|contaron|comento|comentaron|platico|"
                     r"platicaron|recomendo|recomendaron)( \w+){0,4}")
# a clause that only says when: "pero esta manana", "despues de los pinchazos", "y hoy" (folded, without its punctuation)
TIME_CLAUSE = re.compile(r"(pero |y |e |aunque )?(ya )?(esta (manana|tarde|noche)|hoy|ahora|ahorita|anoche|ayer|en la "
                         r"(manana|tarde|noche)|(despues|luego) (de (la|las|el|los|mi|mis)|del) \w+|al (otro|dia) dia( siguiente)?)")
# a denial after the thing denied: "fiebre no tengo", "ronchas no hay"
# (the thing first, the denial closing its sentence: not "tengo fiebre, no tengo ganas de nada", "fiebre no tenia pero
# ahora si", "la garganta cerrada no tengo ni idea que hacer"; nor a bare "no": "pero la ceja caida no" has not gone)
DENIED_AFTER = re.compile(r" no (tengo|tiene|hay|he tenido|ha tenido)(?=\s*($|[.;!?]))"
                          r"| no(?=\s*[,.]?\s*\d)")  # ... or "no" in a numbered list: "1) fiebre no, 36.8 2) vista bien"
# (not one taken back after it: "fiebre no... bueno si, 38.5", "parpado caido no, creo que si un poquito")
BARE_DENIED = re.compile(r" no(?=\s*($|[,;!]|\.(?!\.)))(?![^?]*\b(si|bueno|aunque|pero|creo que)\b)")
ITEM_START = re.compile(r"(^|[,;:.!\n•*-]|\d[).])\s*$")  # where a list item or a clause after a comma starts
# a denial four words back, across a perfect tense: "no se me han hinchado los labios"
PERFECT_DENIED = re.compile(r"(^|\s)no (se )?(me |le |te |nos )?(ha|han|he|hemos|habia|habian)$")
# the denial was another time's: "la vez pasada no me salio moreton y esta vez si" (had now); the sign was another
# time's: "la otra vez me dolio la cabeza despues de la inyeccion, esta vez no me paso nada" (not had now)
THIS_TIME = r"[^.;!?]{0,40}?[\s,](y |pero |e )?(esta vez|ahora|ahorita|hoy)"  # up to 40 characters after the sign
THIS_TIME_YES = re.compile(THIS_TIME + r" si(?=\s*($|[,.;!?])|\s+(me|le|se|tengo|tiene|hay)\b)")
THIS_TIME_NO = re.compile(THIS_TIME + r" no(?=\s*($|[,.;!?])|\s+(me |le )?(paso|pasa|salio|sale|dio|da|tengo|tiene|hay)( nada)?"
                                      r"\s*($|[,.;!?]))")
# a match that opens with its own verb or pronoun ("tengo fiebre", "me duele"): no denial after it counts
VERB_FIRST = ("tengo ", "tiene ", "tenia ", "tuve ", "tuvo ", "hay ", "me ", "le ", "se ")


def _blanked(text: str, spans: List[Tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by as many spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _inside(finding: Finding, spans: List[Tuple[int, int]]) -> bool:
    """The finding's words lie within one of `spans` ((start, end) offsets in the normalised text)."""
    return any(start <= finding.start and finding.end <= end for start, end in spans)


class SpanishTriage(AskedReader):
    """Applies the rules of one rules file (see the module docstring)."""

    def assess(self, text: str) -> Assessment:
        norm = normalise(text or "", self.rules.sms, self.rules.spelling)
        clauses = self._clauses(norm)
        cues = self.rules.cues
        findings: List[Finding] = []
        for rule in self.rules.rules:
            findings += [self._finding(norm, rule, m.start(), m.end(), clauses) for m in rule.pattern.finditer(norm)]
        if self.rules.lemma_rules:
            findings += self._lemma_findings(norm, clauses)
        findings = self._dedupe(findings)
        # "la clinica no contesta": a thing or an idiom, not a symptom
        explained = [m.span() for m in cues["explained"].finditer(norm)]
        # (what a sentence says more is read outside its idioms and the part the treatment went to: the voice of 'me
        # quede sin voz gritando en el partido' is the idiom's own word, the neck of '... me toca botox en el cuello' where
        # the treatment goes)
        rest = _blanked(norm, explained + [m.span() for m in TREATED_PART.finditer(norm)]) if explained else norm
        says_more = bool(cues["not_explained"].search(rest))
        vetoed = [span for span in self._sentence_spans(norm)
                  if cues["not_explained"].search(rest[span[0]:span[1]])] if says_more else []
        everyday = [m.span() for m in cues["everyday"].finditer(norm)] \
            if not says_more and (cues["benign"].search(norm) or LAUGHING.search(text or "")) else []
        # an everyday cause in a harmless message takes away the evidence for 911, not for a call (as in English)
        findings = [thin_finding(f) if _inside(f, everyday) else f for f in findings]
        # "mi perrito esta tosiendo", "el carro ... como si se estuviera ahogando"
        animal = [m.span() for m in cues["not_a_person"].finditer(norm)]
        # an idiom's words (not in a sentence that says more) and a pet's are kept as denied: a classifier's guess on
        # them has no evidence, and the English rules' reading of the same words is denied too (`spanish_reading`)
        findings = [replace(f, negated=True, not_a_person=True) if _inside(f, animal) or _inside(f, explained) and not any(
            a <= f.start < b for a, b in vetoed) else f for f in findings]
        # "la mano ya no me responde": weakness, not someone unresponsive
        findings = [f for f in findings if f.symptom != "fainting" or not
                    cues["limb_subject"].search(norm[max(0, f.start - 40):f.start].rstrip())]
        findings = self.mark_asked(norm, findings, clauses)
        findings = combine(findings, norm)
        level = max((f.effective_level for f in findings), key=RANK.__getitem__, default=NONE)
        symptoms = sorted({f.symptom for f in findings if f.effective_level != NONE})
        # (a fear of what might happen tells no symptom: "me da panico ahogarme")
        # (nor a sentence that only says who told it: "me lo dijo una amiga")
        reports = any(not f.general and not f.negated for f in findings) or any(
            self.rules.cues["personal"].search(s) and not self._is_question(s) and not cues["fear"].search(s) and
            not TOLD_BY.fullmatch(s.strip(" .,;!?¿")) for s in self._sentences(norm))
        if findings and all(f.general or f.negated for f in findings) and cues["not_yet_treated"].search(norm):
            reports = False  # "mi abuelita se va a poner botox y esta preocupada de ver borroso": nobody has it yet
        return Assessment(level=level, symptoms=symptoms, findings=findings, someone_reports=reports)

    def _finding(self, norm: str, rule: Rule, start: int, end: int, clauses: List[Tuple[int, int]]) -> Finding:
        matched = norm[start:end]
        index = next((i for i, (s, e) in enumerate(clauses) if s <= start < e), len(clauses) - 1)
        clause_start = clauses[index][0] if clauses else 0
        # (the three words before it, read with the one before them, so that "ay no tengo un morado" is an exclamation)
        words = norm[clause_start:start].split()
        before = words[-3:]
        window = " ".join(words[-4:])
        # a denial after it: "fiebre no tengo", or a bare "no" after a sign that opens its clause, as a list item
        # answers: "fiebre no", "- vista borrosa no, moretón sí" (not "tengo fiebre, ¿no?")
        denied_after = not matched.startswith(VERB_FIRST) and (bool(DENIED_AFTER.match(norm, end)) or bool(
            ITEM_START.search(norm, 0, start)) and bool(BARE_DENIED.match(norm, end)))
        # a match that starts with its own negation is an inability ("no puedo tragar", "ni puedo tragar",
        # "sin poder tragar"): the words before it do not deny it
        negated = not matched.startswith(("no ", "ni ", "tampoco ", "sin ")) and (bool(before) and any(
            m.start() >= len(window) - len(" ".join(before)) for m in self.rules.cues["negation"].finditer(window)) or
            denied_after or bool(PERFECT_DENIED.search(window))) and not THIS_TIME_YES.match(norm, end) or \
            bool(THIS_TIME_NO.match(norm, end))
        # up to two clauses that only say when, before the resolution: "tuve dolor | despues de los pinchazos | pero esta
        # manana | ya se me ha pasado" (not "tengo mareo | y la rojez | ya se me quito"), "me desmaye | eso fue antier |
        # hoy me siento bien"
        when_only, after = [], index + 1
        while after < len(clauses) and after <= index + 2 and (
                TIME_CLAUSE.fullmatch(clause := norm[clauses[after][0]:clauses[after][1]].strip(" ,;.")) or
                DATING_CLAUSE.match(clause)):
            when_only.append(clause)
            after += 1
        following = clauses[after] if after < len(clauses) else (len(norm), len(norm))
        scope = norm[clauses[index][0]:following[1]] if clauses else norm
        # "ya paso una semana" is time going by, not the symptom going away
        scope = TIME_ELAPSED.sub(" ", scope)
        resolved = bool(self.rules.cues["resolution"].search(scope)) and not re.search(r"\bya no (puedo|puede)\b", scope)
        if rule.symptom == "fainting" and not resolved:
            # a faint is an episode: "ya me siento bien" in its sentence or the next says it is over, whatever clauses
            # come between ("ayer me desmaye mientras me ponian el botox, la enfermera dijo que eran nervios. ya me
            # siento bien"), as the English rules read it
            spans = self._sentence_spans(norm)
            own = next((k for k, (a, b) in enumerate(spans) if a <= start < b), len(spans) - 1)
            resolved = bool(self.rules.cues["resolution"].search(
                TIME_ELAPSED.sub(" ", norm[start:spans[min(own + 1, len(spans) - 1)][1]])))
        # an emergency that has passed is still one ("me desmaye hace un rato, ya estoy bien"), except a
        # faint on an earlier day (the same policy as the English rules, botox_clinic/triage.py)
        # (the day must date the faint, in its own clause: "me desmaye hace rato ... me inyectaron ayer" is today's)
        # (or said first, set off by a comma: "ayer, me desmaye"; or in the clause its "y" joins: "el sabado me maree y me
        # desmaye", as the English rules read one clause)
        joined = norm[clauses[index][0]:clauses[index][1]].lstrip().startswith(("y ", "e ")) if clauses else False
        first = index - 1 if index > 0 and (
            joined or len(norm[clauses[index - 1][0]:clauses[index - 1][1]].split()) <= 3) else index
        clause_text = norm[clauses[first][0]:clauses[index][1]] if clauses else norm
        # (or a short clause after it that dates it: "me desmaye ..., eso fue antier")
        clause_text += "".join(" " + clause for clause in when_only if DATING_CLAUSE.match(clause))
        if rule.level == EMERGENCY and not (rule.symptom == "fainting" and
                                            EARLIER_DAY.search(TREATMENT_DAY.sub(" ", clause_text) if
                                                               SAME_DAY.search(clause_text) else clause_text)):
            resolved = False
        sentence = next((s for s in self._sentence_spans(norm) if s[0] <= start < s[1]), (0, len(norm)))
        sentence_text = norm[sentence[0]:sentence[1]]
        asked_if = ("what_if", "routine_what_if") if rule.level == ROUTINE else ("what_if",)
        # (a question mark opening the next sentence asks this one's "si": "si me duele la cabeza ¿puedo tomar advil?")
        asked = self._is_question(sentence_text) or norm[sentence[1]:sentence[1] + 1] == "¿" and \
            not sentence_text.rstrip().endswith((".", "!"))
        what_if = asked and not self.rules.cues["now"].search(sentence_text) and \
            any(self.rules.cues[cue].search(norm[sentence[0]:end]) for cue in asked_if)
        general = what_if or (self._general_question(sentence_text) and not FIRST_PERSON_INABILITY.search(matched))
        if general and not what_if and self._since_told(norm, start, rule.level, clauses) and \
                not (HEARSAY.search(norm[:start]) and not self.rules.cues["relative_tells"].search(norm[:start])):
            general = False  # "mi mama ve borroso desde la aplicacion, le puede pasar eso?": told as happening since
        if general and not what_if and NORMAL_ASKED.search(sentence_text) and self.rules.cues["recent_treatment"].search(norm):
            general = False  # "¿es normal tener dolor de cabeza? me lo puse ayer": asked about what is happening
        if not general and self._one_what_if_question(norm, sentence[0], start):
            general = True  # "¿que hago si despues del botox me pasa que no puedo tragar?": one what-if question
        if not general and self._asks_later(norm, sentence, start):
            general = True  # "me hice el botox el sabado, ¿es posible que despues no pueda tragar?": later, asked
        if not general and rule.level == ROUTINE and self._asks_what_to_expect(norm, sentence_text):
            general = True  # "¿es normal tener un poco de dolor de cabeza despues del botox?": what to expect, asked
        not_yet_treated = bool(self.rules.cues["not_yet_treated"].search(norm)) and \
            not self.rules.cues["retreated"].search(norm)
        # (a clause ending in "que" opens this one: "me da panico que | ya no pueda respirar", "puede que | despues ...")
        que_start = clauses[index - 1][0] if index > 0 and clauses and \
            norm[clauses[index - 1][0]:clauses[index - 1][1]].rstrip().endswith(" que") else clause_start
        if not general and que_start > sentence[0] and self._is_question(sentence_text) and \
                self._general_question(norm[que_start:sentence[1]]) and not FIRST_PERSON_INABILITY.search(matched) \
                and (not matched.startswith("no ") or que_start < clause_start) and (
                    not_yet_treated or
                    self.rules.cues["botox_named"].search(norm[clause_start:sentence[1]]) or
                    bool(self.rules.cues["nothing_now"].search(norm[:clause_start])) and any(
                        m.start() < start <= m.end() + 1
                        for m in self.rules.cues["asks_likelihood"].finditer(norm, clause_start, end))):
            # "... se me rompio la pantalla, pero en serio, el botox puede causar vision doble?", "me lo van a
            # poner para el blefaroespasmo, ¿me puede causar vision doble?"; not "me lo van a poner otra vez"), or how
            # likely it is ("... no tengo nada, pero que probabilidad hay de que me de vision doble mas adelante?")
            general = True
        conditional = CONDITIONAL_BEFORE.search(norm[sentence[0]:start])
        if self._is_question(sentence_text) and conditional and (not_yet_treated or (conditional.group(1) or self.rules.cues[
                "read_or_heard"].search(norm)) and not self.rules.cues["now"].search(sentence_text)):
            general = True  # "si despues del botox no puedo respirar, llamo al 911? ... todavia no me lo pongo": a what-if
            # from someone not yet treated, "y si ...", or asked because read ("si" alone may be an unaccented "yes")
        if self._is_question(sentence_text) and not_yet_treated and \
                self.rules.cues["generic_question"].search(norm[sentence[0]:start]) and not FIRST_PERSON_INABILITY.search(matched):
            general = True  # "mi urologo quiere ponerme botox, es verdad que a veces uno no puede orinar?"
        if not general and self.rules.cues["read_or_heard"].match(sentence_text.strip(" .,;!").lstrip("¿ ")) and \
                self.rules.cues["can_cause"].search(norm[max(sentence[0], start - 60):start].rstrip()) and \
                self._general_question(sentence_text + " ?") and not FIRST_PERSON_INABILITY.search(matched):
            general = True  # "el folleto dice que el botox se puede extender y causar problemas para tragar..."
        if not general and self.rules.cues["media_told"].search(norm[sentence[0]:start]) and \
                any(self._is_question(s) for s in self._sentences(norm)) and \
                not self.rules.cues["personal"].search(norm[sentence[0]:start]) and \
                not self.rules.cues["now"].search(self.rules.cues["worry_told"].sub(" ", norm)):
            general = True  # "en una serie un actor se quedaba sin voz por el botox, eso es real?": told by a show
            # (a worry told since is no now: "... y desde que lo vi no dejo de pensar en eso")
        fear = self.rules.cues["fear"].search(norm[que_start:start])
        # (what happened to someone else, told inside the fear, is theirs: "... como le paso a mi amiga")
        feared = norm[que_start + fear.end():clauses[index][1] if clauses else len(norm)] if fear else ""
        next_clause = norm[clauses[index][1]:clauses[index + 1][1]] if fear and index + 1 < len(clauses) else ""
        if self.rules.cues["fear_had"].match(next_clause.lstrip(" ,;")):
            feared += next_clause  # "tengo miedo de no poder respirar, ya me cuesta": had
        others = self.rules.cues["others_story"].search(feared)
        feared = feared[:others.start()] + " " if others else feared
        if fear and not self.rules.cues["present_state"].search(norm[que_start:end]) and \
                not self.rules.cues["fear_report"].search(feared):
            general = True  # "me da miedo que se me cierre la garganta": feared, not had
        # (from the sentence's start, after a greeting: "hace 4 anos me puse botox en otro lado y se me cayo el parpado un
        # mes", "hola, una vez me puse dysport y me salieron ronchas")
        # (with the next clause when it only says after what and when: "... se le cayo el parpado despues de su botox hace
        # 2 anos")
        upto = clauses[index][1] if clauses else len(norm)
        if clauses and index + 1 < len(clauses) and AFTER_TREATMENT_WHEN.fullmatch(norm[upto:clauses[index + 1][1]]):
            upto = clauses[index + 1][1]
        lifelong_clause = self.rules.cues["vocative"].sub("", norm[sentence[0] if clauses else 0:upto].lstrip(" ¿¡"), count=1)
        story = self.rules.cues["others_past_story"].search(lifelong_clause.strip(" ,.;:!?¿¡")) or \
            self.rules.cues["own_past_story"].search(lifelong_clause)  # (at any level)
        if story and self.rules.cues["story_goes_on"].search(norm[clauses[index][1] if clauses else len(norm):sentence[1]]):
            story = None  # the rest of its sentence says it goes on: "... y se me cayo el parpado y sigue asi"
        # (a present state told after "pero" is its own, not this one's: "hace anos me dieron ronchas pero tengo los
        # parpados hinchados desde ayer"; told before it, it is a change: "..., pero tengo la cara hinchada")
        present = self.rules.cues["present_after"]
        told_after = present.search(sentence_text, max(0, end - sentence[0]))
        unchanged = self.rules.cues["lifelong_same"].sub(  # ("... y sigue igual": no change)
            " ", sentence_text[:told_after.start()] if told_after else sentence_text)
        changed = self.rules.cues["lifelong_changed"].search(unchanged) or present.search(norm, sentence[0], start)
        if (rule.level != EMERGENCY and self.rules.cues["lifelong"].search(lifelong_clause) and not changed or story) \
                and not self.rules.cues["now"].search(unchanged):
            general = True  # "tengo una ceja mas alta que la otra de nacimiento": a trait, not a report
        cues = self.rules.cues
        if rule.level != EMERGENCY and cues["treated_condition"].search(matched) and \
                (cues["treatment_reason"].search(norm[sentence[0]:start].rstrip()) or
                 cues["treatment_named_after"].match(norm[end:].lstrip())) and \
                not cues["changed"].search(sentence_text):
            general = True  # "me van a poner botox en la vejiga por la incontinencia", "her migraine botox": the reason
        how = [m for m in cues["how_to_tell"].finditer(norm, sentence[0], end) if m.start() < start <= m.end() + 1]
        if how and self._is_question(sentence_text) and not POSSESSIVE_START.match(matched) and \
                not FIRST_PERSON_INABILITY.search(matched) and not matched.startswith("no ") and \
                not cues["personal"].search(norm[end:sentence[1]]):
            general = True  # "¿como sabria yo si me esta dando una reaccion alergica?": how to tell, asked
        habitual = before_treatment = False
        if rule.symptom == "fainting" and cues["habitual"].search(sentence_text) or rule.symptom in HEADACHE_FAMILY | {
                "bruising"} and cues["routine_habit"].search(sentence_text.strip(" ,.;:!?¿¡")) and \
                not cues["headache_onset"].search(sentence_text) or rule.symptom in CONDITION_HABIT_SYMPTOMS and \
                cues["condition_habit"].search(sentence_text.strip(" ,.;:!?¿¡")):
            general = habitual = True  # "me desmayo cuando me sacan sangre", "tengo asma y a veces me falta el aire"
        if rule.symptom in HEADACHE_FAMILY and self.rules.cues["treatment"].search(sentence_text) and \
                (rule.symptom == "headache" or self._is_question(sentence_text)) and not self.rules.cues["headache_onset"].search(sentence_text):
            general = True  # "me dan jaquecas horribles, me ayudaria el botox?": the reason for treatment
        elif (rule.symptom == "headache" or rule.level != EMERGENCY and cues["treated_condition"].search(matched) and
              not cues["changed"].search(sentence_text)) and any(
                self._is_question(s) and self.rules.cues["treatment"].search(s) for s in self._sentences(norm)):
            # "sirve pa la migrana? tengo dolor de cabeza casi todos los dias", "¿el botox me sirve para el tic del ojo?
            # me tiembla el parpado hace meses": the reason for treatment (a condition had, as a habit is: no
            # classifier's guess makes it a report; `Finding.before_treatment`)
            general, before_treatment = True, rule.symptom != "headache"
        return Finding(symptom=rule.symptom, level=rule.level, start=start, end=end, text=matched, negated=negated,
                       resolved=resolved, general=general, habitual=habitual, before_treatment=before_treatment)

    def _lemma_findings(self, norm: str, clauses: List[Tuple[int, int]]) -> List[Finding]:
        """Lemma rules on the message's lemmas ("no pude tragar" -> "no poder tragar"), mapped back to the
        words they cover, so negation, resolution and questions read the message itself."""
        lemmas = self.rules.lemmas or {}
        starts, ends, words, position = [], [], [], 0
        for word in norm.split(" "):
            starts.append(position)
            ends.append(position + len(word))
            words.append(lemmas.get(word, word))
            position += len(word) + 1
        text = " ".join(words)
        offsets = [0]
        for word in words[:-1]:
            offsets.append(offsets[-1] + len(word) + 1)
        found = []
        for rule in self.rules.lemma_rules:
            for match in rule.pattern.finditer(text):
                first = max(i for i, o in enumerate(offsets) if o <= match.start())
                last = max(i for i, o in enumerate(offsets) if o < match.end())
                found.append(self._finding(norm, rule, starts[first], ends[last], clauses))
        return found

    @staticmethod
    def _dedupe(findings: List[Finding]) -> List[Finding]:
        """One finding per symptom and place: the longest match wins, and one inside another of its symptom goes."""
        kept: Dict[Tuple[str, int], Finding] = {}
        for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):  # ("no es que me cueste respirar")
            if (f.symptom, f.start) not in kept and not any(
                    k.symptom == f.symptom and k.start <= f.start and f.end <= k.end for k in kept.values()):
                kept[(f.symptom, f.start)] = f
        return list(kept.values())

@lru_cache(maxsize=1)
def triage() -> SpanishTriage:
    return SpanishTriage(load())


def assess(text: str) -> Assessment:
    """Assess one patient message with the Spanish rules. See the module docstring."""
    return triage().assess(text)


def label(symptom: str, language: str = "es") -> Optional[str]:
    """The symptom's name for staff or patients in `language`, if the rules give one."""
    return (triage().rules.labels.get(symptom) or {}).get(language)


__all__ = ["assess", "load", "normalise", "PolicyError", "SpanishTriage", "LOWER"]
