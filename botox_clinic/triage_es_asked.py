"""Spanish triage, the passes that read whole sentences: which findings are asked about, not had.

Pure Python, no Rasa. `AskedReader.mark_asked(norm, findings, clauses)` marks `Finding.general` (asked, or someone
else's story) or thins (`thin_finding`: an emergency told on someone else's doubtful word is "call the clinic now") the
findings the Spanish rules (policy/red_flags_es.yml, its `cues`) read in one normalised message, from the questions,
hearsay and examples around them; `botox_clinic.triage_es.SpanishTriage` calls it once per message. The cues are the
rules file's; this module only applies them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Tuple

from botox_clinic.levels import thin_evidence
from botox_clinic.triage import EMERGENCY, RANK, ROUTINE, Finding
from botox_clinic.triage_es_text import SpanishReader

FIRST_PERSON_INABILITY = re.compile(r"^no (puedo|pude|podia|logro|aguanto|me)\b")
# a sign the writer sees or feels, so their own: "veo doble desde ayer, ¿a mi me puede pasar eso?" (not "veo que mi
# prima ...")
OWN_SENSE = re.compile(r"(veo|siento|noto)\b(?! (que|q|como)\b)")
# someone else's story told to the patient: "una amiga me dijo que no podia tragar"
HEARSAY = re.compile(r"\b(me |le |nos )?(dijo|dice|dicen|dijeron|conto|cuenta|contaron|comento|comentaron|"
                     r"platico|escribio|paso a) (que|q)\b")


def thin_finding(finding: Finding) -> Finding:
    """The finding with the symptom and level it reports when its evidence is too thin for its level
    (`thin_evidence` in policy/triage_levels.yml: an emergency becomes "call the clinic now")."""
    symptom, level = thin_evidence(finding.symptom, finding.level)
    return replace(finding, symptom=symptom, level=level)


class AskedReader(SpanishReader):
    """The Spanish reader's passes over whole sentences (see the module docstring)."""

    def mark_asked(self, norm: str, findings: List[Finding], clauses: List[Tuple[int, int]]) -> List[Finding]:
        """`findings` (of the normalised message `norm`, whose clauses are `clauses`) with those asked about or told of
        someone else marked `general`, and an emergency on someone else's doubtful word thinned; the same objects where
        unchanged."""
        cues = self.rules.cues
        if cues["wondering"].search(norm) and any(self._is_question(s) for s in self._sentences(norm)):
            # "se me cae el parpado y babeo, ¿eso pasa con el botox?": the signs before it are had
            last = max((f.end for f in findings), default=0)
            cause = cues["asks_cause"].search(norm, last)
            cause_asked = cause is not None and len(norm[last:cause.start()].split()) <= 4  # "izquierdo , ¿"
            for finding in findings:  # "a mi amiga se le cayo la ceja, eso me puede pasar a mi?"
                before, after = norm[:finding.start], cues["wondering"].sub(" ", norm[finding.end:])
                # (or someone else's "no podia", nothing after it the patient's but the question: "mi amiga no podia
                # levantar la cabeza, a mi me podria pasar?", not "... y yo tampoco puedo, a mi me podria pasar?")
                hearsay = HEARSAY.search(before) and not cues["relative_tells"].search(before) or cues["past_inability"].match(
                    finding.text) and cues["others_person"].search(before) and not cues["now"].search(norm) and \
                    not cues["personal"].search(after) and not cues["me_too"].search(norm)
                # (the patient's own too, going on now, before the question: "... y a mi tambien se me esta cayendo,
                # ¿a mi me puede pasar lo mismo?")
                mine_too = cues["me_too_now"].search(re.split(r"[?¿]", norm[finding.start:])[0])
                if (hearsay or not FIRST_PERSON_INABILITY.search(finding.text) and
                        not self._since_told(norm, finding.start, finding.level, clauses) and
                        not cause_asked) and not mine_too:
                    finding.general = True
        sentences = self._worded_sentences(norm)
        if findings and sentences and all(self._is_question(x) or self.only_named(x, (f.text for f in findings))
                                          for x in sentences) and \
                any(self._general_question(x) for x in sentences) and \
                not any(self.rules.cues["personal"].search(x) for x in sentences):
            for finding in findings:  # "¿que es normal despues? ¿moretones, hinchazon, bolitas?": all asked
                finding.general = True
        if findings and sentences and all(self._is_question(x) and re.match(r"\W*(y|o|e)\b", x) and
                                          self.only_named(x, (f.text for f in findings)) for x in sentences):
            for finding in findings:  # "¿y vision doble?": one more sign swapped into the question before, asked
                finding.general = True
        if findings and all(RANK[f.level] <= RANK[ROUTINE] for f in findings) and cues["not_yet_treated"].search(norm) \
                and not cues["personal"].search(norm[:max(f.end for f in findings)]) and not cues["now"].search(norm):
            for finding in findings:  # "tipo hinchazon, rojez, eso... me lo pongo en marzo": examples, nobody has them
                finding.general = True
        if (cues["friend_says"].search(norm) or cues["relative_tells"].search(norm)) and any(
                self._is_question(x) and (cues["asks_how_common"].search(x) or cues["hypothetical"].search(x) or (
                    cues["not_yet_treated"].search(norm) and not cues["retreated"].search(norm)) or
                    # "a mi prima le dio vision doble hace anos, eso se quita solo?": over long ago
                    cues["asks_if_it_passes"].search(x) and cues["lifelong"].search(norm))
                for x in sentences):
            # (a sentence after the question told as the patient's own is hers: "lei en internet que es normal
            # sentir la garganta cerrada, es cierto? porque asi la siento yo y acostada me cuesta respirar")
            own = [s for s in self._sentence_spans(norm) if "?" in norm[:s[0]] and not self._is_question(norm[s[0]:s[1]])
                   and cues["personal"].search(norm[s[0]:s[1]]) and not cues["friend_says"].search(norm[s[0]:s[1]])
                   and not cues["relative_tells"].search(norm[s[0]:s[1]])]
            for finding in findings:  # "mi comadre dice que despues del botox veia todo borroso. ¿eso es comun?"
                # (or a relative's, told as long ago: "mi papa me conto que no podia respirar hace anos, es normal?"; a
                # reported "no podia" alone may be now)
                if any(a <= finding.start < b for a, b in own):
                    continue
                if (cues["friend_says"].search(norm[:finding.start]) or cues["relative_tells"].search(norm[:finding.start]) and
                        cues["past_inability"].match(finding.text) and cues["lifelong"].search(norm)) \
                        and not cues["me_too"].search(norm) and \
                        not cues["now"].search(norm[finding.start:]):
                    finding.general = True
            # a relative's reported "no podia respirar" with "¿de verdad puede pasar eso?" and no time: it may be now, but
            # a doubt that it can happen is no evidence for 911: "call the clinic now"
            findings = [thin_finding(f) if not f.general and cues["doubts"].search(norm) and cues["past_inability"].match(f.text) and
                        cues["relative_tells"].search(norm[:f.start]) and not cues["now"].search(norm) else f for f in findings]
        if (cues["story_asked"].search(norm) or cues["doubts"].search(norm)) and not cues["now"].search(norm):
            # someone else's "no podia respirar", no time, "como pasa eso?" or "de verdad puede pasar?": "call the clinic
            # now", not 911
            # (the patient's own words before it make it hers: the other person named there is not the patient)
            findings = [thin_finding(f) if not f.general and cues["past_inability"].match(f.text) and
                        cues["others_person"].search(norm[:f.start]) and
                        not cues["personal"].search(cues["others_person"].sub(" ", norm[:f.start])) else f
                        for f in findings]
        # "¿el botox puede hinchar los labios? asi los tengo ahorita": asked, then had
        mine = [s for s in self._sentence_spans(norm)
                if cues["told_as_mine"].search(norm[s[0]:s[1]]) and not self._is_question(norm[s[0]:s[1]])]
        for finding in findings:
            finding.general = finding.general and not any(s[0] >= finding.end for s in mine)
        return findings

    def _one_what_if_question(self, norm: str, sentence_start: int, start: int) -> bool:
        """The symptom at `start` comes right after a condition on the treatment (cue `what_if_after_treatment`), in a
        message that is that one question, with no time (`now`) and no plea or second symptom after it (a "!", cue
        `plea_after_what_if`)."""
        cues = self.rules.cues
        return bool(cues["what_if_after_treatment"].search(norm[sentence_start:start])) and \
            len(self._worded_sentences(norm)) == 1 and "?" in norm and \
            not cues["now"].search(norm) and "!" not in norm[start:] and not cues["plea_after_what_if"].search(norm[start:])

    def _asks_later(self, norm: str, sentence: Tuple[int, int], start: int) -> bool:
        """The symptom at `start` comes right after a question about a later time (cue `asks_later`: '¿es posible que
        despues no pueda tragar?'), in a question `sentence` (its span in `norm`), with no time or plea from that
        question on (`now`, a "!") and no sentence after it that tells of someone (`personal`: '... ? ahorita no
        puedo'): a treatment dated before it stays out ('me hice el botox el sabado, ¿puede que luego ...?')."""
        cues = self.rules.cues
        asked = cues["asks_later"].search(norm, sentence[0], start)
        rest = norm[asked.start():sentence[1]] if asked else ""
        return bool(asked) and self._is_question(norm[sentence[0]:sentence[1]]) and not cues["now"].search(rest) and \
            "!" not in rest and not any(cues["personal"].search(norm[a:b]) and not self._is_question(norm[a:b])
                                        for a, b in self._sentence_spans(norm) if a >= sentence[1])

    def _asks_what_to_expect(self, norm: str, sentence: str) -> bool:
        """A routine effect asked about as what to expect after the treatment ('¿es normal tener ... despues del botox?',
        cues `asks_if_normal_to_have` with `botox_named`; 'las bolitas que salen despues de las inyecciones, ¿duran
        mucho?', `effects_in_general`), in a message of questions only, with nobody named (`personal`), no time (`now`)
        and no recent treatment told (`recent_treatment`); or with the treatment still ahead told (`not_yet_treated`), in
        place of Botox named, and not read as someone named or a time: 'me lo ponen en unos dias, es normal tener
        moretones despues?'."""
        cues = self.rules.cues
        ahead = cues["not_yet_treated"]
        asked = cues["asks_if_normal_to_have"].search(sentence) and (
            cues["botox_named"].search(sentence) or ahead.search(norm)) or cues["effects_in_general"].search(sentence)
        rest = ahead.sub(" ", norm)  # (the treatment ahead is neither someone named nor a time)
        return bool(asked) and all(self._is_question(x) and not cues["personal"].search(x)
                                   for x in self._worded_sentences(rest)) and \
            not cues["now"].search(rest) and not cues["recent_treatment"].search(norm)

    def _since_told(self, norm: str, start: int, level: str, clauses: List[Tuple[int, int]]) -> bool:
        """The clause (of `clauses`, the message's) of the finding at `start` says who has it and since when (cue
        `since_told`), and, below an emergency, the message does not go on to ask about the writer (cue
        `asks_for_self`: "mi prima tiene el parpado caido desde el botox, a mi me puede pasar?"; an emergency someone
        has now is one whoever asks; a sign the writer sees or feels is theirs whatever they ask)."""
        cues = self.rules.cues
        clause = next(((a, b) for a, b in clauses if a <= start < b), (0, len(norm)))
        told = norm[clause[0]:clause[1]].lstrip(" ,.;:!?¿¡")
        return bool(cues["since_told"].search(told)) and not (
            level != EMERGENCY and cues["asks_for_self"].search(norm[start:]) and not OWN_SENSE.match(told)) and \
            not cues["friend_says"].search(norm[:start])  # "vi un video de una senora que ...": someone else's story
