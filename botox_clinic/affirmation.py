"""Whether a message says that a symptom just asked about is happening: "that's what's happening to me right now",
"eso es lo que me está pasando", "my mom has that since yesterday" (and not "got it, thanks", "I have that question
too", "no, I don't have that"). Pure Python regular expressions on text folded by `botox_clinic.triage_es.fold`;
read by addons/nlu/follow_up.py (`affirmed`) with the earlier messages of the conversation.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

# the patient says that a symptom they just asked about is happening to them: "can botox make it hard to swallow?"
# then "asking bc thats whats happening to me rn"; "does botox cause bruising?" then "i've got a small one". One
# alternative per way of saying it (text folded: no accents, any apostrophe a non-word character):
AFFIRMS = re.compile(r"\b(" + "|".join([
    # "that's what's happening to me", "it's actually going on with my mom"
    r"(that|this|it|which)\W*(s|is)?\W*(exactly )?(what\W*s|what is|what)?\W*(is\W*)?((actually|really|literally|also|now) )?"
    r"(happening|going on) (right now |now )?(to|with) (me|her|him|us|my)",
    # "that's exactly what I have", "this is what she's dealing with"
    r"(that|this|it)\W*s? (exactly )?what (i|she|he|we)\W*(m|s|am|is|are)? ?(have|has|having|got|experiencing|dealing with)",
    # "that's me", "that's her" (not "that's me being paranoid", "that's me asking")
    r"(that|thats|that's|that is) (me|her|him|us)\b(?! (to|about|being|asking|overthinking|worrying)\b)",
    # "I think I have that", "my mom has it", "I've got a tiny one" (not "I have it booked", "I have that question
    # too", "I got it, thanks")
    r"(i|i\W*ve|im|i\W*m|she|he|she\W*s|he\W*s|we|my \w+)( (do|does|actually|really|kinda|kind of|think i|might|may|also|"
    r"already|definitely|literally))* (have|has|got|having|experiencing) (that|it|this|those|these|them|that exact thing|"
    r"(a |one )?((small|little|tiny|big|huge|bad|mild|slight|light) )?(one|ones)|"
    # ... how many, with where: "i have 2 little ones on my forehead" (not "i have 2 little ones at home": children)
    r"(\d+|two|three|four|a couple( of)?|a few|some)( (small|little|tiny|mild|slight|light))?( ones)?"
    r"(?= (on|in|at|around|between|near|under|over|above|by) (my|the|her|his) (?!(house|home|place|way|family)\b)\w))"
    r"(?! (done|booked|scheduled|planned|fixed|tomorrow|next|every|once|twice|before|yet|coming|for|sometimes|often|"
    r"a lot|when|whenever|all the time|since (i was|birth|childhood|forever)|because|cause|bc|"
    r"on (mon|tue|wed|thu|fri|sat|sun|the \d)|at \d|at (home|work|school|the house)|"
    r"in (a|an|\d|two|three|few|couple)|question|questions|concern|worry|fear|doubt|appointment|appt|info|"
    r"information|article|link|number|page|covered))\b",
    # "got a small one by my eyebrow": a small one had, the subject left out at the start of the text (a size word
    # says it is the symptom: not "got one question")
    r"^\W*((and|but|bc|because|yeah|yes|well|ok|okay)\W+)*(got|have|getting) (a |one )?(small|little|tiny|mild|slight|light) "
    r"(one|ones)\b",
    # "got them now", "yeah have it rn": had now, the subject left out (not "got it, thanks": no time said)
    r"(got|have|having) (them|one|those|these)( too| as well)? (right now|now|rn|atm|as we speak|today)",
    # "mine started this morning", "hers showed up last night", "mine started to droop today": an onset with a recent
    # time (not "mine started working on day 3", "his started in january", "mine kicked in after 4 days": the effect)
    r"(mine|hers|his)( (just|also|actually|finally))? (started|began|begun|came on|showed up|appeared|popped up)"
    r"( to (droop|drop|sag|fall|swell|bruise|hurt|ache|show|itch|blur)| (drooping|dropping|sagging|falling|swelling|"
    r"bruising|hurting|aching|showing|itching))? "
    r"(this (morning|afternoon|evening)|today|tonight|last night|yesterday|an hour ago|a few hours ago|right after)",
    # "because it happened to me twice last night", "that happened to my mom yesterday": had lately (not "it happened
    # to me years ago", a history: a recent time or a count is said; nor "if that happened to me again": a what-if)
    r"(?<!\bif )(?<!\bwhen )(?<!\bcase )(that|this|it|which)\W*(s )?(exactly |just |also )?(what )?(happened|has happened|"
    r"kept happening) (to|with) "
    r"(me|her|him|us|my \w+)( \w+){0,2} (twice|three times|\d+ times|a few times|a couple( of)? times|last night|"
    r"yesterday|today|tonight|this (morning|afternoon|evening)|earlier|again|just now)\b",
    # Spanish: "eso es lo que me esta pasando", "me esta pasando ahorita"
    # (not asked of people in general: "¿eso le pasa a mucha gente o es raro?")
    r"(eso|esto)( es)?( (justo )?lo que)? (me|le|nos) (esta |estan )?(pasando|pasa|sucede|sucediendo|ocurre|ocurriendo)"
    r"(?! a (mucha|muchas|muchos|la|las|los|toda|todas|todos|cualquier\w*|alguien|uno|una|gente|personas|otr[oa]s)\b)",
    r"(me|le|nos) (esta|estan) (pasando|sucediendo|ocurriendo)",
    # "a mi me paso eso anoche, dos veces" (not "me paso hace anos": a recent time or a count is said)
    r"(me|le|nos) (paso|pasaron|sucedio|ocurrio|ha pasado|acaba de pasar)( eso| esto| lo mismo)?( \w+){0,2} (ayer|anoche|"
    r"hoy|esta (manana|tarde|noche)|hace (un rato|unas horas|rato)|dos veces|tres veces|\d+ veces|varias veces|otra vez|"
    r"de nuevo|ahorita)\b",
    # "yo tengo eso", "mi mama tiene eso", "tengo uno chiquito", "tengo 2 chiquitos en la frente" (not "tengo una boda",
    # "tengo una pregunta", "tengo 2 chiquitos en la casa")
    r"(yo |ella |el )?(ya )?(tengo|tiene|siento|siente) (eso|justo eso|uno (chiquito|pequeno|chico)|"
    r"una (chiquita|pequena|chica)|(\d+|dos|tres|unos|unas|un par de) (chiquit[oa]s|pequen[oa]s|chic[oa]s)"
    r"(?= (en|entre) (la|el|mi|mis|los|las) (?!(casa|escuela|guarderia)\b)\w| de (hoy|ayer|anoche))|"
    r"(uno|una)(?= *($|[.,;!?]| y | pero | (ahorita|ahora|desde|aqui|tambien|igual\w*|en)\b)))",
    # "el mio empezo hoy", "el mio se empezo a caer hoy" (not "el mio empezo a hacer efecto")
    r"(el|la) (mio|mia|suyo|suya) (ya |tambien |apenas )?(se )?(me |le )?(empezo|comenzo|aparecio|salio|inicio)"
    r"( a (?!funcionar|hacer|servir|notar|ver)\w+)? (hoy|anoche|ayer|esta (manana|tarde|noche)|hace (un rato|unas horas))",
    # "a mi me empezo leve", "mine started mild": the asked symptom began in the patient (or the one cared for)
    # (not the treatment's effect: "a mi me empezo a funcionar", "me empezo leve el efecto", "a mi me salio caro",
    # "mine started small, my results i mean")
    r"(a mi|a ella|a el) (me|le|se me|se le) (empezo|comenzo|inicio|salio)\b(?! (a \w+|bien|mal|caro|barato|perfect[oa]|"
    r"genial|muy bien))(?!.{0,40}\b(efecto|resultados?|tratamiento|botox|cita)\b)",
    r"(me|le) (empezo|comenzo) (leve|suave|poquito|poco|despacio|ligero|ligerito)\b"
    r"(?!.{0,40}\b(efecto|resultados?|tratamiento|botox)\b)",
    r"(mine|hers|his) (started|began)( out)? (mild|small|slight|light|faint|tiny)\b(?!.{0,40}\b(results?|effects?)\b)",
    # "mine is mild, started this afternoon": how strong the asked symptom is in the patient (not "mine is mild
    # compared to my sister's results")
    r"(mine|hers|his)( is|'s| are)( (really|pretty|kinda|kind of|just|only|a bit|a little|very|super))? (mild|slight|"
    r"light|faint|tiny|small|minor|dull)\b(?!.{0,40}\b(results?|effects?|naturally)\b)",
    # "el mio esta mas abajo", "mine looks droopier": the patient's own part, as the symptom asked about leaves it
    # (not as it always was, or in old photos: "mine is lower naturally", "el mio esta mas abajo de nacimiento")
    r"(el|la) (mio|mia|suyo|suya) (ya |tambien |si )?(esta|se ve|se me ve|se le ve|quedo|se quedo|se (me |le )?puso)"
    r"( mas| bien| muy| medio| un poco| algo)* (abajo|bajo|caid[oa]|colgad[oa]|chuec[oa]|hinchad[oa]|inflamad[oa]|"
    r"borros[oa]|ronc[oa])\b(?!.{0,40}\b(nacimiento|siempre|natural|fotos?|anos)\b)",
    # ("bc mine are super dry and burning since my botox last week", after "can botox make your eyes dry?")
    r"(mine|hers|his)( is|'s| are| look| looks| seem| seems| feel| feels)( (a bit|a little|kinda|way|slightly|definitely|"
    r"totally|so|super|really|very|pretty|all))? "
    r"(lower|droopier|droopy|drooping|hanging|heavier|swollen|puffy|blurry|raspy|hoarse|dry|burning|watery|watering|"
    r"itchy|gritty|numb|tingly|weak)\b"
    r"(?!.{0,40}\b(naturally|natural|always|pics?|photos?|pictures?|dentist|old)\b)"
    # (a time long past, unless the state is had since then: "since my botox last week")
    r"(?!(?:(?!\bsince\b).){0,40}\b(ago|last (week|month|year))\b)",
    # "asking because mine kinda is right now": the symptom asked about, had now, the verb standing for it (not "mine is
    # fine now": the time right after the verb)
    r"(mine|hers|his)( (kinda|kind of|sorta|sort of|actually|really|literally|def|definitely|already|also|totally))* "
    r"(is|are|does|did)( (too|as well))? (right now|rn|now|atm|as we speak|today|tonight|this morning)\b",
    # "asi estoy yo", "igual se siente ella", "yo la traigo asi desde el jueves" (the part asked about, had so)
    r"(asi|igual) (estoy|esta|me siento|se siente)( yo)?",
    r"(la|lo|las|los) (traigo|tengo|trae|tiene|siento|siente|noto|nota) (asi|igual)\b|"
    r"(asi|igual) (la|lo|las|los) (traigo|tengo|trae|tiene|siento|siente)\b",
]) + r")", re.IGNORECASE)
# a short answer that is the whole message, right after a question about a symptom: "is it normal to have trouble
# swallowing after botox?" then "bc i do"; "what if my throat closes" then "it is closing"; "can botox cause a droopy
# eyelid?" then "yeah mine is"; "se puede caer el parpado?" then "a mi ya se me cayo" (not "what do i do", "i do not",
# "it is what it is": the whole message must be one of these, with only fillers and a time around it)
SHORT = re.compile(
    r"\W*((yes|yeah|yep|ya|well|honestly|actually|and|but|so|bc|because|cause|cuz|coz|asking|lol|si|pues|bueno|creo que|"
    r"i think|i guess)\W+)*"
    r"(i (do|am|did|can\W*t|cant|cannot)|im|i (kinda|kind of|actually|really|def|definitely) (do|am|did|can\W*t|cant|have)|"
    r"(it|mine|hers|his)( really| actually| already| def| definitely)? (is|s|does|did|has|are)( \w+(ing|ed))?|"
    r"i (got|have|ve got) (some|one|them|it|that|those|all of them)|"
    r"(a mi|a ella|a el) (si|tambien|ya( se)? (me|le) \w+)|(ya|ahorita) (se )?(me|le) (esta |estan )?\w+(o|ando|endo)|"
    r"(yo )?(lo|la|los|las) tengo|tengo (eso|todos|todas|uno|una)|(pues |ya )?(me|le) (paso|cambio|salio|salieron|dio))"
    r"( (now|rn|right now|already|too|as well|lol|haha|ya|ahorita|ahora|tambien|jaja\w*))*\W*",
    re.IGNORECASE)
# "I got it, thanks", "got that, ok": understood, not had
UNDERSTOOD = re.compile(r"\bgot (it|that)\Z", re.IGNORECASE)
THANKS = re.compile(r"\W*((thanks|thank you|thx|ty|ok|okay|cool|great|perfect|makes sense)\b|\W*\Z)", re.IGNORECASE)
# a denial in the words just before the confirming phrase, or inside it: "I don't think that's what's happening to
# me", "no me esta pasando eso" (not "that's what's happening to me, no one believes me": a denial after it)
# (words joined by spaces or apostrophes only: "not sure, but that's what's happening to me" is no denial)
NEGATIONS = r"do\W*n\W*t|does\W*n\W*t|did\W*n\W*t|is\W*n\W*t|not|never|no|nunca|ni|tampoco"
DENIAL_BEFORE = re.compile(r"\b(" + NEGATIONS + r"|nothing like)( [\w']+){0,3} *\Z", re.IGNORECASE)
# sayings with a "no" that deny nothing: "not sure but i think i have that", "ni modo, eso me esta pasando"
FILLERS = re.compile(r"\b(not sure|not gonna lie|not going to lie|no lie|no joke|no kidding|not kidding|not even joking|"
                     r"not making this up|no really|no seriously|don\W*t laugh|don\W*t panic|i don\W*t know why|ni modo|no se|"
                     r"no manches|no mames|no way|no te miento|no es broma|no inventes|no exagero)\b( but| pero)?",
                     re.IGNORECASE)
# a denial reaches the confirming words only within its clause: "don't laugh but that's what's happening to me"
CLAUSE_BREAK = re.compile(r".*\b(but|pero|though|aunque)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(" + NEGATIONS + r")\b", re.IGNORECASE)


def affirming_span(folded: str) -> Optional[Tuple[int, int]]:
    """(start, end) character offsets in the folded message of the first words that say a symptom is happening
    (`AFFIRMS`) and that no denial before them covers; None if there are none."""
    for match in AFFIRMS.finditer(folded):
        if UNDERSTOOD.search(match.group(0)) and THANKS.match(folded[match.end():]):
            continue
        if DENIAL_BEFORE.search(CLAUSE_BREAK.sub(" ", FILLERS.sub(" ", folded[:match.start()]))) or \
                NEGATION.search(match.group(0)):
            continue
        return match.span()
    return None


def affirms(folded: str) -> bool:
    """The folded message says a symptom is happening (`AFFIRMS`), in words no denial before it covers, or is only a
    short answer that says so (`SHORT`: "bc i do", "mine is", "a mi ya se me cayo")."""
    return affirming_span(folded) is not None or bool(SHORT.fullmatch(folded.strip()))
