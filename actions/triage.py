"""Side-effect triage: how serious is what the patient reports after a Botox treatment?

Pure functions, no Rasa: `assess(text)` returns the level (emergency, urgent, routine or
none), the symptoms found, and the time since treatment when the patient gave one. The
same code runs in the Rasa server (the red-flag NLU component, `addons/red_flags.py`, on
every message) and in the action server (the triage action), so both agree.

How it decides, deterministically:
- The text is tokenised by the project's spaCy pipeline (blank English + lookup
  lemmatizer). Each token gets a normalised form (`Token.norm_`): spaCy's own norm for
  contractions ("can't" -> can + not), common SMS spellings, a close-match spelling
  correction against the symptom vocabulary (rapidfuzz), then the lemma.
- A spaCy `Matcher` finds symptoms: a body part or function ("swallow", "eyelid") near
  a qualifier ("trouble", "can't", "droopy"), or a standalone phrase ("passed out").
- A finding does not count when it is negated ("no trouble breathing"), or when it sits in
  a general question ("can Botox cause trouble swallowing?"). An explicitly resolved
  finding ("it's gone now") counts one level lower. Symptoms of someone else count.
- The level is the highest among findings. Levels follow the Botox prescribing
  information's boxed warning (distant spread of toxin effect) and standard allergy
  guidance; see README, "Side-effect triage".
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from rapidfuzz import fuzz, process
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from actions.levels import check as check_levels

EMERGENCY, URGENT, ROUTINE, NONE = "emergency", "urgent", "routine", "none"
RANK = {NONE: 0, ROUTINE: 1, URGENT: 2, EMERGENCY: 3}
LOWER = {EMERGENCY: URGENT, URGENT: ROUTINE, ROUTINE: ROUTINE, NONE: NONE}
# An episode of an emergency symptom that has passed still needs emergency care: swallowing and
# breathing problems can be life threatening and may come back (Medication Guide, MG2), and a faint
# or a spell of slurred speech after the injection needs a doctor to see the patient now, even when
# "I'm ok now" (README "Side-effect triage"). Urgent and routine findings count one level lower when
# explicitly resolved, and so does a faint the patient puts on an earlier day ("I fainted yesterday but
# I feel better now": call the clinic now).
STILL_EMERGENCY_WHEN_PASSED = {EMERGENCY}
EARLIER_DAY = {"yesterday", "days", "week", "weeks", "weekend", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday"}

SPACY_PATH = Path(
    os.environ.get("CLINIC_SPACY_MODEL", Path(__file__).resolve().parent.parent / "build" / "spacy" / "en_clinic")
)
MAX_CHARS = 5000  # a longer message is assessed on its first and last 2,500 characters

# ---------------------------------------------------------------- vocabulary
# Words are written naturally; they are normalised the same way as the patient's tokens.
DIFFICULTY = (
    "trouble troubles difficulty difficult hard hardly barely struggle struggling struggled "
    "unable problem problems issue issues pain painful hurt hurts weird funny strange tough "
    "labored laboured cannot cant impossible stop stopped heavy"
)
CAN_NOT = ("can not", "could not", "not able", "ca not", "wo not", "will not")
SWELL = (
    "swell swelling swollen swelled puffy puff puffed puffing big bigger huge thick thicker fat "
    "blown blowing ballooned ballooning balloon inflated "  # "my face has blown up", "lip ballooning"
    "massive enormous gigantic giant humongous oedema edema oedematous edematous"  # size words, clinical swelling
)
# "a massive difference to my face", "huge thanks": a size word praising a result, not a swelling
SIZE_PRAISED = {"difference", "improvement", "thanks", "thank", "fan", "help", "change", "deal", "relief", "result",
                "results", "success", "compliment", "compliments", "boost", "confidence", "smile", "shout", "love"}
SIZE_WORDS = set(
    "big bigger huge massive enormous gigantic giant humongous".split()
)
# grown to a multiple of its size: "twice the size", "double their normal size", "doubled in size"
SIZE = ("twice|double|triple|treble|2x|3x the|their|its|my|her|his|normal|usual? normal|usual? size",
        "double|doubled|doubling|tripled|trebled in size")
CLOSING = "close closing closed tight tighten tightening tightness squeeze squeezing squeezed constricted"
DROOP = (
    "droop drooping droopy drooped droops sag sagging saggy sagged drop dropped dropping "
    "fall fell falling fallen hang hanging lower low lopsided crooked uneven"
)
SEVERE = (
    "severe terrible awful worst excruciating unbearable bad horrible splitting pounding "
    "intense killing kill killer worse worsening horrendous crippling"
)
WEAK = "weak weakness weaker limp floppy"
JELLY = "jelly jello rubber rubbery noodle noodles spaghetti useless"  # "legs like jelly": no strength
FOOD = (  # what a patient swallows, as one alternation
    "food|water|drink|drinks|pill|pills|tablet|tablets|meds|medicine|medication|liquid|liquids|fluid|fluids|"
    "spit|saliva|anything|bread|soup|juice|tea|coffee|milk"
)
BOTOX = "botox tox injection injections treatment shot shots jab jabs procedure toxin filler"

PHRASE_RULES: Dict[str, Tuple[str, List[str]]] = {
    # symptom: (level, standalone phrases; alternatives with "|", optional words end in "?",
    # "..." stands for up to three words of the same clause, a token starting with "=" is
    # matched as written (not lemmatised: "=gone" is not "went")
    "trouble_breathing": (EMERGENCY, [
        "short|shortness of breath", "out of breath", "gasp|gasping|gasped for air|breath",
        "catch my|her|his|their? breath", "chest tight|tightness", "tight chest",
        "cant|cnt breathe|breath",
        # not getting enough air in: "can't get a proper breath", "struggling to get air in"
        "cant|cnt|struggle|struggling|hard|trouble to? get|getting ... breath|air",
        "can|could not get|getting ... breath|air",
        # clinical words: "dyspnoea on exertion", "pt dyspneic", "breathless"
        "dyspnea|dyspnoea|dyspneic|dyspnoeic|dyspnoeal|breathless|breathlessness|tachypnea|tachypnoea",
        "respiratory distress|compromise",
    ]),
    "trouble_swallowing": (EMERGENCY, [
        "choke|choking|choked", "go|goes|going|went down the? wrong way|pipe",
        "food|water|drink|pill|pills|liquid keep|keeps? get|gets|getting|got stuck", "stuck in my|her|his? throat",
        "cant|cnt swallow",
        # food, drink or pills that will not go down: "can't get my tablets down", "water won't go down"
        # (named, so that "the swelling won't go down" stays a swelling)
        "cant|cnt|struggle|struggling|struggled|hard|trouble|difficult|difficulty|barely|hardly to? get|getting|got "
        "my|her|his|their|the|any|some|a|me? " + FOOD + " down",
        "can|could not get|getting my|her|his|their|the|any|some|a|me? " + FOOD + " down",
        FOOD + " ... will|do|does|did|can|could not go|goes|going|went down",
        FOOD + " ... never go|goes|going|went down",
        "stuck|stick|sticks|sticking|lodged halfway|half way? down",
        "stuck|lodged in my|her|his|their? throat|gullet|chest|oesophagus|esophagus",
        # globus: "like a lump in my throat", "something in my throat when I eat"
        "lump|ball|something stuck? in my|her|his|their|the? throat",
        # nasal regurgitation: "water comes back out my nose"
        "water|drink|drinks|liquid|liquids|fluid|fluids|juice|tea|coffee|milk|food|soup ... "
        "out|through|up of? my|her|his|the? nose",
        "regurgitate|regurgitating|regurgitation",
        # choking on saliva; nothing goes down: "choking on my own spit", "nothing would go down, not even water"
        "choke|choking|choked|gag|gagging|gagged on my|her|his|their? own? spit|saliva|drool",
        "nothing will|would|can|could|wants|want|seems|seemed to? go down", "nothing goes|went down my|her|his|the? throat",
        # clinical words: "dysphagia", "odynophagia" (painful swallowing)
        "dysphagia|dysphagic|odynophagia",
    ]),
    "trouble_speaking": (EMERGENCY, [
        "slur|slurred|slurring", "cant|cnt talk|speak",
        # clinical words; speech that sounds drunk: "sounds drunk", "talking like he's had a few"
        "dysarthria|dysarthric|aphasia|aphasic|dysphasia|dysphasic",
        "sound|sounds|sounding|sounded like? =drunk|=drunken|=tipsy|=intoxicated|=sloshed|=wasted",
        "speech|talk|talking|talks|word|words|voice|speaking ... like ... =drunk|=drunken|=tipsy|=intoxicated|=sloshed",
    ]),
    "wheezing": (EMERGENCY, ["wheeze|wheezing|wheezy|wheezed", "stridor|stridulous|bronchospasm"]),
    # chest pain or tightness after an injection can be an allergic reaction (README, "Side-effect triage")
    "chest_pain": (EMERGENCY, [
        "chest pain|pains|hurt|hurts|hurting|ache|aches|aching|pressure|heavy|heaviness|tight|tightness|tighten|tightening",
        "pain|pains|pressure|tightness|heaviness|weight|elephant in|on my|her|his|the? chest",
        "my|her|his|the chest ... feel|feels|felt|be|is|was|so|really? heavy|tight|crushed|squeezed|painful|sore",
        "angina",
    ]),
    # the worst headache of one's life, a sudden "thunderclap" headache: emergency care
    "worst_headache": (EMERGENCY, [
        "worst headache|headaches|migraine|pain ... life|ever", "worst head pain|ache ... life|ever",
        "worst ... headache|head ... my|her|his|their? life|ever",
        "headache|head ... like nothing|never ... before",
        "thunderclap headache?", "thunder clap",
    ]),
    # named as a diagnosis: "I think this is anaphylaxis", "angioedema of the lips"
    "allergic_reaction": (EMERGENCY, [
        "anaphylaxis|anaphylactic|anaphylactoid", "angioedema|angiooedema|angio-oedema|angio-edema",
        "laryngeal|airway oedema|edema|swelling", "laryngospasm",
    ]),
    "fainting": (EMERGENCY, [
        "faint|fainted|fainting|fainty", "pass|passed|passing out", "black|blacked|blacking out",
        "collapse|collapsed|collapsing", "unconscious", "lose|lost consciousness", "keel|keeled over",
        # the world going dark before a faint: "the room went black", "everything went grey"
        "room|everything|world|vision|eyesight|sight|screen went|go|goes|going|turned|turning "
        "black|dark|grey|gray|white",
        "grey|gray|greyed|grayed|greying|graying|whited out",
        # coming round on the floor: "ended up on the floor", "woke up on the ground", "hit the floor"
        "end|ended|ending|woke|wake|waking|woken|came|come|coming to? up? on the floor|ground",
        "found myself|herself|himself on the floor|ground", "hit|hitting the floor|ground|deck",
        "swoon|swooned|swooning", "nearly|almost went down",
        # clinical words: "syncope", "presyncopal episode", "near-syncope"
        "syncope|syncopal|presyncope|presyncopal|pre-syncope|pre-syncopal",
    ]),
    "weakness_all_over": (EMERGENCY, [
        "weak|weakness all over", "weak|weakness everywhere", "whole|entire body weak|weakness|limp|heavy",
        "body feel|feels|felt? weak|limp|heavy",
        # weakness named with "all over" or the whole body a few words away: "weak and shaky all over"
        "weak|weakness|limp|floppy ... all over|everywhere", "whole|entire|full body ... weak|weakness|limp|floppy",
        "weak|weakness|limp|floppy ... whole|entire body",
        # no strength anywhere: "no strength in my whole body", "arms and legs feel like jelly"
        "no strength|energy|power in my|her|his? whole|entire? body|arms|limbs|anything",
        "arms|arm and|n|& legs|leg ... weak|weakness|limp|floppy|heavy|%s" % JELLY.replace(" ", "|"),
        "limbs|body ... %s" % JELLY.replace(" ", "|"),
        "cant|cnt move|lift my|her|his? arms|arm and|n|& legs|leg",
        "cant|cnt|can|could|not|barely|hardly hold|keep myself|herself|himself|themselves up|upright",
        "no strength|energy|power ... body|anywhere|everywhere",
        # clinical words: "generalised weakness", "asthenia"
        "generalised|generalized|systemic|global|diffuse weakness", "asthenia",
        # the neck cannot hold the head up: "can't hold my head up", "my head feels too heavy to hold up"
        "cant|cnt|can|could|not|barely|hardly hold|keep|lift my|her|his|their? head up|upright",
        "neck ... cant|cnt|not|barely|hardly hold|support ... head",
        "head ... too heavy|so heavy ... hold|lift|neck",
        # the head drops: "my head won't stay up", "can't keep my head from flopping"
        "head wo|will|do|does|did|can|cant|cnt|could not stay|staying|stays up|upright",
        "head keep|keeps flop|flopping|drop|dropping|falling forward|down",
        # both arms too weak to lift: "my arms are so weak I can't lift them"
        "arms ... weak|weakness|heavy|limp =,|=;|=and? ... not|barely|hardly lift|raise|move them",
    ]),
    "drooping": (URGENT, [
        "droop|drooping|droopy|drooped|droops", "bell palsy", "crooked smile", "lopsided", "ptosis",
        "half closed|shut",  # "my eye looks half closed"
        # an eye that will not close: "my eye wont close all the way when i blink"
        "eye|eyes|eyelid|eyelids|lid|lids ... not|cant|cannot close|shut|blink",
        "cant|cannot|not close|shut my|her|his|their|the|one? eye|eyes|eyelid|eyelids|lid|lids",
        # one side of the face or mouth will not move: "half my face won't move", "can't move one side of my mouth"
        "side|half of? my|her|his|their|the? face|mouth|smile|lip|lips ... not|cant|cannot move|moving|work|working|lift",
        "not|cant|cannot move|lift ... side|half of? my|her|his|their|the? face|mouth|smile|lip|lips",
        "side|half of? my|her|his|their|the? face|mouth|smile|lip|lips ... =frozen|paralysed|paralyzed|dead|numb",
        # (not "palsy" or "hemifacial" alone: cerebral palsy and hemifacial spasm are reasons for Botox)
        "facial palsy|paralysis|paresis|weakness|droop|asymmetry",
        "paralysed|paralyzed|paralysis|=frozen ... side|half of? my|her|his|their|the? face|mouth",
    ]),
    "vision_change": (URGENT, [
        "blurry|blurred|blurring|blur", "double vision", "see|seeing|saw double", "fuzzy|hazy vision",
        # not sharp or seen twice: "out of focus", "seeing 2 of everything", "ghost images"
        "out of focus", "cant|cnt focus my|her|his? eye|eyes", "2|two|3|three of everything|everyone|everybody",
        "see|seeing|saw|sees 2|two|3|three of", "see|seeing|saw|sees things|everything twice",
        "ghost|ghosting image|images",
        # clinical words: "diplopia", "visual disturbance"
        "diplopia|diplopic", "visual disturbance|disturbances|changes|problems|blurring",
        # not clear: "my vision is not clear, is like fog", "everything looks foggy"
        "vision|eyesight|sight ... not|nt clear|sharp", "vision|eyesight|sight|everything ... foggy|cloudy|misty|fog",
        "like fog|mist|smoke",
    ]),
    "voice_change": (URGENT, ["hoarse|hoarseness|raspy|croaky|husky", "lose|lost my|her|his? voice",
                              "dysphonia|dysphonic|aphonia|aphonic",  # clinical words
                              "frog in my|her|his|the? throat"]),
    "spreading_weakness": (URGENT, [
        "muscle|muscles weak|weakness", "weak|weaker muscle|muscles", "feel|feels|felt weak",
        "weakness|weak|numbness be? spread|spreading|spreads|spreaded|moving",  # "the weakness is spreading"
    ]),
    "bladder_control": (URGENT, [
        "bladder", "incontinent|incontinence", "pee|peed|peeing|wet|wetting myself|herself|himself",
        "leak|leaking urine|pee", "accident|accidents",
        # not able to pass urine (a known effect of bladder injections): "now i can't pee"
        "can|could|do|does not pee|urinate|wee|empty", "cant|cnt pee|urinate|wee",
        "unable|struggle|struggling to? pee|urinate|wee",
        "trouble|hard|difficult|difficulty|problem|problems peeing|urinating|weeing", "urinary retention",
    ]),
    "hives_or_rash": (URGENT, [
        "hive|hives|rash|rashes|welt|welts", "itchy|itch|itching all over|everywhere",
        # hives described: "itchy red bumps", "blotches all over my arms" (not at the injection sites)
        "itchy|itching ... blotches|blotchy|patches|welts", "bumps|spots|blotches|patches all over|everywhere",
        # clinical words: "urticaria", "urticarial wheals"
        "urticaria|urticarial|wheal|wheals|weal|weals", "generalised|generalized|widespread pruritus|itch|itching",
    ]),
    "infection_signs": (URGENT, [
        "fever|feverish|fevers|chills", "temperature", "pus|ooze|oozing|oozes", "infected|infection|abscess",
        "red streak|streaks", "hot to the? touch",
        # growing or hot: "a lump where they injected that keeps getting bigger and hot"
        "get|getting|gets|grow|growing|grows bigger|larger|hotter", "hot|warm and|& swollen|hard|bigger|growing|red",
        # fever in other words: "running a temp", "shivery", "burning up"
        "temp|temps", "high temp|temperature", "shivery|shivering|shivers|rigors", "burning up",
        # discharge from an injection point: "leaking yellow stuff", "weeping fluid"
        "discharge", "yellow|yellowish|green|greenish|cloudy|smelly stuff|fluid|liquid|goo|gunk|crust|gunge",
        "leak|leaking|leaks|leaked|weep|weeping|seep|seeping|drain|draining stuff|fluid|liquid|goo|gunk|gunge",
        # clinical words: "pyrexia", "febrile", "cellulitis", "purulent"
        "pyrexia|pyrexial|febrile|pyrexic|cellulitis|purulent|rigor",
    ]),
    "severe_headache": (URGENT, ["head kill|killing|pounding"]),
    "dizziness": (URGENT, [
        "dizzy|dizziness|lightheaded|lightheadedness|vertigo|woozy|wooziness", "light headed",
        "room spin|spinning",
        # losing balance: "off balance", "unsteady on my feet", "lost my balance"
        "off balance", "lose|losing|lost|losin my|her|his? balance", "balance be|feels? off|bad|gone|wonky",
        "unsteady|wobbly|shaky on my|her|his? feet|legs", "unsteady",
        # clinical words: "vertiginous", "disequilibrium"
        "vertiginous|disequilibrium|presyncopal",
        # the world moving: "the floor tilts", "the room sways", "like I'm on a boat"
        "floor|room|ground|world|walls|ceiling ... =tilts|=tilting|=tilted|=tilt|=sways|=swaying|=sway|=swayed|"
        "=rocks|=rocking|=rock|=rocked|=lurch|=lurches|=lurching|=lurched|=wobble|=wobbles|=wobbling|=wobbled|"
        "=tips|=tipping|=tipped|=moving|=moves|=spinning|=spins|=spun",
        "like i|im|you|ur|we|she|he ='m|=am|=are|='re|=is|='s|=was|=were? on|in a boat|ship",
    ]),
    # swelling everywhere is not a swelling at the injection site: "puffy all over", "swollen everywhere"
    "face_or_eye_swelling": (URGENT, ["swell|swelling|swollen|puffy|puffed ... all over|everywhere",
                                      "facial|periorbital|orbital swelling|oedema|edema"]),
    # reported symptoms that are not on the routine list: never reassured, "call the clinic" (README)
    "other_symptom": (URGENT, [
        "=numb|=numbness|=numbed|=tingle|=tingling|=tingly", "pins and needles",
        "dry|watery|watering|burning|gritty eye|eyes", "eye|eyes ... dry|watering|burning|burn|gritty|pain|painful|hurt|hurts",
        "eye pain", "pain|ache|aching|pressure|throbbing behind|in|around my|her|his|the? left|right? eye|eyes",
        "ear|ears ... ring|ringing|buzz|buzzing|muffled|blocked|pain|hurt|hurts|weird",
        "nausea|nauseous|nauseated|vomit|vomiting|vomited|puke|puking|puked", "throw|throwing|threw up",
        "palpitation|palpitations", "heart racing|pounding|fluttering", "racing heart",
        "twitch|twitching|twitches|twitchy|spasm|spasms", "=muffled|=tinnitus",
        "buzz|buzzing|ring|ringing in my|her|his|the? ear|ears",
    ]),
    # pain that is severe or getting worse, not better, days after: routine soreness eases within days
    # (Medication Guide MG4; clinic aftercare H2, H10)
    "severe_pain": (URGENT, [
        "pain|hurt|hurts|hurting|sore|soreness|ache|aching|tender|tenderness|throb|throbbing ... ... "
        "get|getting|gets|gotten|got|keep|keeps|grow|growing worse",
        "pain|hurt|hurts|hurting|sore|soreness|ache|aching|throb|throbbing ... worse|worsening|unbearable|excruciating|"
        "agonizing|agonising",
        "worse|worsening|unbearable|excruciating|agonizing|agonising|severe pain|soreness|ache|aching|throbbing",
        "pain|hurt|hurts|sore|soreness|ache|aching ... not|never get|getting|got better",
        "more painful|sore|tender every|each day", "worse and worse", "=8/10|=9/10|=10/10",
    ]),
    # a hard lump, or one that does not go down: the small bumps after injections flatten within hours
    "hard_lump": (URGENT, [
        "hard|firm|solid lump|lumps|bump|bumps|knot|knots|nodule|nodules|ball|marble",
        "lump|lumps|bump|bumps|knot|knots|nodule|nodules ... hard|firm|solid",
        "lump|lumps|bump|bumps|knot|knots|nodule|nodules ... still there|here after|for a|two|three|few|several? =2|=3|=4|=5|=6|=7|=10|=14? "
        "day|days|week|weeks",
    ]),
    # feeling a bit flu-ish: a common, temporary effect (Mayo Clinic, MAYO; label adverse reactions)
    "flu_like": (ROUTINE, [
        "flu =-? like|ish", "flulike|fluish", "like i|im ='m|=am? have|having|get|getting|got a|the? cold|flu|bug",
        "come|coming down with a? cold|flu|bug|something", "under the weather", "run down",
    ]),
    "bruising": (ROUTINE, [
        "bruise|bruising|bruised|bruises", "black and blue", "purple|purplish|bluish|blue mark|marks|patch|spot|spots",
        "ecchymosis|ecchymoses|ecchymotic|haematoma|hematoma|petechiae",  # clinical words
    ]),
    "redness": (ROUTINE, ["red|redness|reddish|pink", "erythema|erythematous"]),
    "tenderness": (ROUTINE, [
        "tender|tenderness|sore|soreness|ache|aching|achy|sting|stinging|stings|hurt|hurts|pain|painful|discomfort",
    ]),
    "bumps": (ROUTINE, ["bump|bumps|bumpy|lump|lumps|lumpy|knot|knots"]),
    "swelling_at_site": (ROUTINE, ["swell|swelling|swollen|puffy|puffiness", "oedema|edema|oedematous|edematous"]),
    "headache": (ROUTINE, ["headache|headaches|migraine|migraines", "head hurt|hurts|aches|ache",
                           "cephalgia|cephalalgia"]),
}

# symptom: (level, heads, qualifiers, qualifier phrases). A head and a qualifier in either
# order, up to four words apart within a clause.
NEAR_RULES: Dict[str, Tuple[str, str, str, Sequence[str]]] = {
    "trouble_breathing": (EMERGENCY, "breathe breath breathing air", DIFFICULTY + " short shortness fast", CAN_NOT),
    # noisy breathing is a wheeze: "a whistling noise when I breathe out", "rattly breathing"
    "wheezing": (EMERGENCY, "breathe breath breathing chest",
                 "whistle whistling whistly rattle rattling rattly squeak squeaky squeaking noisy crackly", ()),
    # drinking or eating makes them cough or choke: "cough every time I drink"
    "trouble_swallowing_meal": (EMERGENCY, "eat eating drink drinking swallow swallowing sip",
                                "cough coughing coughed splutter spluttering gag gagging choke", ()),
    # also a swallow that takes effort or is likened to something: "have to force every swallow",
    # "swallowing feels like getting a marble down"
    "trouble_swallowing": (EMERGENCY, "swallow swallowing", DIFFICULTY + " effort force forcing concentrate",
                           CAN_NOT + ("feel like", "like try", "like get", "like force")),
    "trouble_speaking": (EMERGENCY, "speak speaking speech talk talking word words",
                         DIFFICULTY + " slur slurred slurring garbled mumble mumbling",
                         CAN_NOT + ("=drunk", "=drunken", "=tipsy", "=intoxicated", "=sloshed")),
    "throat_tongue_lip_swelling": (EMERGENCY, "throat tongue lip lips mouth airway", SWELL + " " + CLOSING, SIZE),
    "weakness_all_over": (EMERGENCY, "stand walk", DIFFICULTY + " weak", CAN_NOT),
    "drooping": (URGENT, "eyelid eyelids lid lids eye eyes brow brows eyebrow eyebrows face mouth smile cheek",
                 DROOP + " heavy", ("half closed", "half shut", "smaller than the other")),
    "eye_open": (URGENT, "open", "", CAN_NOT),
    "vision_change": (URGENT, "vision see seeing sight eyesight everything",
                      "blurry blurred double fuzzy hazy foggy trouble hard difficult weird strange funny doubled "
                      "cloudy misty dim disturbed disturbance", CAN_NOT),
    # "things look doubled / out of focus", "my eyes won't focus"
    "vision_look": (URGENT, "thing things look looks looking eye eyes focus focusing",
                    "doubled fuzzy hazy blurry blurred foggy cloudy misty", ("out of focus",)),
    "vision_focus": (URGENT, "focus focusing focussing", "eye eyes vision", ()),
    "voice_change": (URGENT, "voice", "hoarse raspy croaky changed change different weird gone lost lose strange "
                              "funny squeaky weak husky deep nasal nasally cracking cracks quiet", ()),
    # how they sound: "I sound like I have a cold", "sound nasal", "sound like a frog"
    "voice_sound": (URGENT, "sound sounds sounding",
                    "nasal nasally congested stuffy bunged cold flu frog croaky hoarse husky raspy muffled", ()),
    "spreading_weakness": (URGENT, "arm arms leg legs neck hand hands shoulder shoulders grip jaw chew chewing lift hold",
                           WEAK + " heavy " + JELLY, CAN_NOT),
    "infection_signs": (URGENT, "red redness", "spread spreading hot warm streak streaks growing", ()),
    # something coming out of an injection point: "the spot is leaking", "site weeping"
    # a lump or spot that grows or is hot: "a hard lump where they injected, getting bigger and hot"
    "infection_lump": (URGENT, "lump lumps bump bumps knot knots spot spots site sites swelling",
                       "hot warm growing bigger spreading", ("getting bigger", "get bigger", "keeps growing")),
    "infection_discharge": (URGENT, "site sites spot spots injection point points bump lump hole holes mark marks",
                            "leak leaking leaks weep weeping seep seeping drain draining", ()),
    # balance and spinning: "everything's spinning", "my head keeps spinning"
    "dizziness": (URGENT, "spin spinning spins spun whirl whirling", "room head everything world keep keeps", ()),
    "face_or_eye_swelling": (URGENT, "face eye eyes eyelid eyelids whole", SWELL, SIZE),
    # a pronoun for a part named before: "my lips started tingling and now they are twice the size";
    # reported as the swelling of the part it stands for (see PRONOUN_PARTS), dropped if none
    "swelling_pronoun": (URGENT, "it they them theyre its", SWELL, SIZE),
    "severe_headache": (URGENT, "headache headaches head migraine migraines", SEVERE + " worse worsening",
                        ("not go away", "wo not stop")),
}

NEGATIONS = {"no", "not", "never", "without", "nor", "neither", "none", "nothing", "deny", "denies", "nope", "zero"}
NEGATION_EXCEPT_NEXT = {"sure", "certain", "know", "think", "understand", "why", "if", "whether", "only", "just",
                        "longer",  # "no longer drooping" is resolved, not negated
                        # "I'm NOT ok, my throat is swelling": how they feel, not the symptom, is negated
                        "ok", "okay", "fine", "good", "great", "well", "alright", "right", "normal", "myself"}
# "No no no my lip is blowing up", "no I'm not ok": a "no" that answers or exclaims, before a new clause
INTERJECTIONS = {"no", "nope", "nah"}
NEW_CLAUSE_AFTER_NO = {"i", "im", "my", "me", "she", "her", "he", "his", "they", "their", "it", "its", "we", "our",
                       "you", "your", "this", "that"}
# "it's not like I'm not able to breathe", "I wouldn't say I'm not dizzy": two negations around one of
# these words cancel out
DOUBLE_NEGATION_FRAMES = {"like", "that", "say", "saying", "said", "mean", "means", "as", "think", "pretend", "claim"}
LOSS_VERBS = {"move", "moving", "lift", "lifting", "work", "working", "respond", "responding",
              # "my vision is not clear", "breathing isn't normal": a loss, not a denial
              "clear", "sharp", "focused", "focussed", "normal", "right",
              "close", "closing", "shut", "blink"}  # "my eye won't close": a loss
INABILITY = {"can", "could", "ca", "cannot", "wo", "will"}  # "not" after these is an inability, not a negation
BREAKS = {"but", "however", "although", "though", "except", "while", "whereas", "and", "also", "plus"}
# where a clause ends for resolution: "I was dizzy but it's gone now, but today my eyelid is drooping"
CONTRASTS = {"but", "however", "although", "though", "except", "whereas", "yet", "until", "till", "til"}
# "... went away and now my tongue ...", "my lips are swelling and my headache is better"
NEW_EVENT_AFTER_AND = {"now", "today", "tonight", "then", "since", "this", "i", "my", "she", "her", "he", "his",
                       "the", "it", "its", "they", "their", "we", "our"}
AGENT_VERBS = {"stop", "stopped", "settle", "settled", "clear", "cleared", "pass", "passed"}
AGENT_OBJECTS = {"my", "her", "his", "the", "their", "a", "out", "up"}
ALL_OF_THEM = {"all", "both", "everything", "they", "them", "these", "those", "each"}  # "it's all gone": every symptom
GAP_BREAKS = BREAKS - {"and"}
NEGATION_BREAKS = BREAKS | {"just", "only"}  # "no rash, just a bit sore": the soreness is not negated
# an adverb of completeness between the subject and the resolution: "has completely gone down", "is fully back"
DONE = "=completely|=fully|=totally|=entirely|=finally|=already|=all|=now|=since|=just|=right?"
RESOLVED = [
    # "=": as written, since lemmas would make "gone" = "going" ("I'm going to faint") and "better" = "best"
    "go|gone|went|going away", "be|is|are|was %s =gone" % DONE, "=better", "resolve|resolved", "clear|cleared up",
    "=cleared",
    "settle|settled|settling down?", "stop|stopped", "no longer", "not anymore|any more", "back to normal",
    # fine since then: "I've felt fine since", "haven't had any problems since", "nothing since"
    "fine|ok|okay|good|great|normal|better since",
    "not have|had any? problem|problems|issue|issues|trouble|symptom|symptoms since",
    "no problem|problems|issue|issues|trouble|symptom|symptoms since",
    # "it's passed now", "gone by monday", "the swelling has gone down"
    "it|that|this|which 's|has|have|be? %s pass|passed" % DONE, "passed now|off", "=gone|=better|=cleared|=resolved by",
    # (the subject is not part of the cue: "the swelling" is a finding, see _same_symptom_before)
    "it|its|they|which|that? 's|has|have|be|is|are|was %s =gone|=went|=come|=came|=going|=coming down" % DONE,
    "=went|=came down",
    # recovered, sorted, fully back: "fully recovered since", "that's sorted now", "my voice is fully back"
    "=recovered|=recovering|=recover", "'s|is|are|be|been|was|all =sorted|=fixed|=settled",
    "=sorted|=fixed itself|themselves|now", "=completely|=fully|=totally|=entirely back", "=back to =myself|=usual",
    "normal|fine|ok|okay =again",
    "fine|ok|okay|normal now", "disappear|disappeared", "fade|faded", "improve|improved|improving",
    "it|that|this|they 's|is|are|be|was|were %s =gone|=resolved" % DONE, "its %s =gone|=resolved" % DONE,
    "=gone|=better now",
    "anymore", "any more",
]
# the subject of a resolution that refers back to a symptom reported before: "[the swelling] has completely
# gone down", "[the rash] is all gone"
SUBJECT_TO_RESOLUTION = {"has", "have", "'s", "is", "are", "was", "were", "been", "be", "completely", "fully",
                         "totally", "entirely", "finally", "already", "all", "now", "since", "just", "pretty", "much",
                         "mostly", "right"}
SUBJECT_DETERMINERS = {"the", "that", "this", "those", "these", "my", "her", "his", "their", "any", "all", "but"}
FAMILY = {"swelling_at_site": "swelling", "throat_tongue_lip_swelling": "swelling", "face_or_eye_swelling": "swelling",
          "allergic_reaction": "swelling", "headache": "headache", "severe_headache": "headache",
          "spreading_weakness": "weakness", "weakness_all_over": "weakness"}
NOT_RESOLVED_BEFORE = {"not", "never", "no", "nt"}
# a wish, a plan or a question is not a resolution: "make it stop", "hoping it goes away", "will it go away?"
NOT_RESOLVED_CONTEXT = {"make", "want", "need", "please", "pls", "how", "to", "help", "hope", "hopefully", "should",
                        "will", "might", "may", "would", "if", "when", "wait", "until"}
PERSONAL = {
    "i", "my", "me", "mine", "myself", "im", "ive", "we", "our", "us", "she", "her", "he", "his", "him",
    "they", "their", "them", "mom", "mum", "mother", "dad", "father", "wife", "husband", "son", "daughter",
    "friend", "sister", "brother", "partner", "boyfriend", "girlfriend", "kid", "child", "grandma", "aunt",
    "gran", "granny", "nan", "nana", "grandpa", "grandad", "granddad", "uncle", "cousin", "niece", "nephew",
    "bf", "gf", "hubby", "fiance", "fiancee", "mam", "mommy", "mummy", "flatmate", "roommate", "colleague",
}
HYPOTHETICAL = {"if", "will", "would", "might", "may", "could", "can", "should", "gonna", "ever", "do", "does",
                "before", "until", "unless"}  # "... before she books"
# A sentence is a question if it has "?", starts with a wh-word, or starts with an auxiliary
# followed by its subject ("can botox ...", "does it ..."). "can't breathe" and "can barely
# talk" are statements: SMS drops the subject, so an auxiliary alone proves nothing.
WH_START = {"what", "whats", "how", "hows", "why", "which", "who", "where", "wat", "wht"}
WH_ANYWHERE = {"what", "whats", "how", "hows", "why", "wat", "wht"}  # not "where they injected"
AUX_START = {"can", "could", "does", "do", "did", "is", "are", "was", "will", "would", "should", "might", "may",
             "has", "have", "am", "any", "anyone", "anybody", "r", "cn", "wud", "shud", "wil", "dose"}
SUBJECTS = {"i", "you", "u", "it", "botox", "this", "that", "they", "she", "he", "we", "my", "your", "ur", "the",
            "a", "an", "there", "people", "someone", "anyone", "injections", "injection", "treatment", "these",
            "bruising", "swelling", "drooping", "side", "one", "patients", "ppl", "folks"}
INFO_CUES = ["side effect|effects", "risk|risks", "tell me about", "know about", "information|info about",
             "possible|common|normal to", "cause|causes", "what happen|happens if", "what if", "in case",
             "wonder|wondering|wondered if|whether|about", "curious", "just ask|asking", "hypothetically",
             "good|used for", "help|helps with|for", "work|works for|on", "is that true", "heard", "option|options",
             # "is blurry vision something I should watch out for?"
             "watch|look out for", "keep an eye out", "be aware of", "signs|sign of",
             # passed on or weighed up: "she's asking whether hives are a known reaction"
             "ask|asks|asking|asked if|whether|about",
             "known|common|usual|typical|recognised|recognized|rare reaction|reactions|side|risk|complication",
             # Botox as the treatment asked about: "would botox help me", "can it fix my headaches"
             "%s|it would|could|can|will|might help|treat|fix|cure|prevent|stop" % BOTOX.replace(" ", "|"),
             "would|could|can|will|might %s|it help|treat|fix|cure|prevent|stop|reduce|relieve|ease" % BOTOX.replace(" ", "|")]
# asking whether Botox would treat a headache: the headache is the reason for treatment, not a side effect
TREATMENT_CUES = ["%s|it would|could|can|will|might help|treat|fix|cure|prevent|stop|reduce|relieve|ease"
                  % BOTOX.replace(" ", "|"),
                  "would|could|can|will|might %s|it help|treat|fix|cure|prevent|stop|reduce|relieve|ease"
                  % BOTOX.replace(" ", "|"),
                  "%s for|against" % BOTOX.replace(" ", "|")]
HEADACHE_FAMILY = {"headache", "severe_headache"}
# a question tag after a statement reports what the statement says: "bit red and tender, is that normal?"
TAG_CUES = ["be|'s? that|this|it|these|those|thats normal|ok|okay|expected|common|usual|fine|alright|bad|serious|"
            "worrying|concerning|something|anything|dangerous|problem|worry|concern",
            "be|'s? that|this|it|these|those|thats a problem|worry|concern"]
# A symptom that is the object of a hypothetical cause is asked about, whoever asks:
# "my friend said botox can cause droopy eyelids", "my mum wants to know if botox can cause hives"
BOTOX_WORDS = set(BOTOX.split()) | {"botulinum"}
CAUSE_VERBS = "cause|give|make|trigger|bring|lead|affect|change|weaken|damage|harm|mess|ruin|alter"
CAUSE_CUES = [
    "can|could|might|may|will|would the|a? %s|it|this|that|they %s" % (BOTOX.replace(" ", "|"), CAUSE_VERBS),
    "%s|it|this|that|they can|could|might|may|will|would %s" % (BOTOX.replace(" ", "|"), CAUSE_VERBS),
    # "can bladder botox make you leak", "could neck botox affect my voice"
    "can|could|might|may|will|would =bladder|=neck|=forehead|=eye|=face|=lip|=jaw|=armpit|=underarm|=migraine|"
    "=cosmetic|=masseter|=platysma|=crows %s %s" % (BOTOX.replace(" ", "|"), CAUSE_VERBS),
    "%s in|on|around the|my|your? neck|forehead|face|jaw|eyes|lips %s" % (BOTOX.replace(" ", "|"),
                                                                              CAUSE_VERBS.replace("|", "|")),
]
LONG_AGO = re.compile(r"\b(years? ago|last year|a year ago|(few|couple of|several|many) years|when i was (younger|a kid|"
                      r"pregnant)|in the past|once before|back in (19|20)\d\d)\b")
# the message only wonders whether what happened to someone else could happen to them
WONDERING_CUES = ["could|can|will|would|might that|this|it happen to me|you|us|her|him",
                  "=havent|=haven't|not had|got it|them yet", "before my|her|his first"]
# someone else's story passed on, then asked about as a possibility: "my friend said her vision went
# blurry after botox, can that actually happen?" (family members are not here: "my mom says her throat
# is tight, can that happen?" is a report about someone the patient looks after)
HEARSAY_CUES = ["my|a|an|one? friend|friends|cousin|coworker|colleague|neighbor|neighbour|someone|somebody|roommate|bff|"
                "girl|guy|lady|woman|man|people|person ... say|said|says|tell|told|tells|post|posted|claim|claimed",
                "i|ive heard|read|saw|seen ... that|about|online|somewhere"]
POSSIBILITY_CUES = ["can|could|does|do|will that|this|it actually|really|even|ever|truly? happen|occur",
                    "be that|this|it actually|really|even|truly? possible|true|real"]
# ... but a question that blames the treatment, or says when it started, reports the symptom:
# "Is it the botox making it hard to swallow? it started 3 days after", "seeing double, is that the botox"
REPORT_CUES = [
    "be it|this|that from|because|due? of|to? the|my|a? %s" % BOTOX.replace(" ", "|"),
    # a worry about something present: "should I be worried that the injection site is red and oozing?"
    "=worried|=worry|=concerned|=scared that|cause|because the|my|her|his|their",
    "=did|=has|=have|=had the|my? %s cause|caused|make|made|give|gave|do|done" % BOTOX.replace(" ", "|"),
]
ONSET_CUES = ["it|this|that|they|which|mine|symptoms|symptom start|started|began|begun|came|starting on?"]
# a person who only passes the question on: "my mum wants to know", "my friend said", "I should watch out"
ASKING = {"wonder", "wondering", "wondered", "wonders", "heard", "hear", "read", "said", "say", "says", "told",
          "tell", "ask", "asked", "asks", "asking", "should",
          "thinking", "considering", "planning", "deciding"}  # "she's thinking of booking in"
# a worry about what Botox might do, not about a symptom someone has: "my sister is scared botox will close
# her throat" (but "should I be worried that the site is oozing?" reports the oozing)
WORRIES = {"scared", "worried", "afraid", "nervous", "terrified", "anxious", "concerned", "fear", "fears"}
FIRST_PERSON = {"i", "im", "ive", "me", "my", "mine", "myself"}
MODALS = {"will", "would", "might", "may", "could", "can", "gonna"}
PRONOUNS = {"it", "they", "them", "theyre", "its"}
INJECTION_SITES = {"forehead", "brow", "brows", "eyebrow", "eyebrows", "temple", "temples", "chin", "jaw", "cheek",
                   "cheeks", "frown", "crow", "site", "sites", "spot", "spots", "area"}
NOT_AFTER_FAINT = {"bruise", "bruising", "mark", "marks", "line", "lines", "red", "redness", "spot", "scar", "bump",
                   "hint", "purple", "purplish", "blue", "bluish", "yellow", "green", "pink", "brown", "dot", "dots", "trace",
                   "ecchymosis", "ecchymoses", "haematoma", "hematoma", "erythema", "petechiae", "discolouration",
                   "discoloration", "swelling", "mark", "marking", "markings", "tinge", "shadow"}
SMS = {"cnt": "cant", "cannt": "cant", "caint": "cant", "kant": "cant", "ur": "your", "u": "you", "r": "are",
       "im": "i", "ive": "i", "thru": "through", "rn": "now", "b4": "before", "bc": "because", "cuz": "because",
       "eyelids": "eyelid", "eye-lid": "eyelid", "swolen": "swollen", "swollon": "swollen",
       "brethe": "breathe", "breth": "breath", "breathin": "breathing", "swallowin": "swallowing",
       "droopin": "drooping", "droppin": "dropping", "wheezin": "wheezing", "faintin": "fainting", "ppl": "people",
       "hurtin": "hurting", "itchin": "itching", "oozin": "oozing", "swellin": "swelling", "talkin": "talking",
       "breathing": "breathe", "breathed": "breathe", "breathes": "breathe", "swallowed": "swallow", "swallows": "swallow",
       "chocking": "choking", "chocked": "choked", "chockin": "choking"}
# Words close to symptom words that must never be "corrected" into them. Every English word the
# lemma lookup table knows is already left alone (Triage._correct); these are the few it does not
# (found by running _correct over every word of the data, content and tests: "conscious" must not
# become "unconscious", "bearable" not "unbearable", the blood thinner Eliquis not "liquids").
KEEP = {"alive", "bearable", "botox", "bruce", "conscious", "eliquis", "entre", "proper", "really", "seven",
        "should", "slightly", "tallow", "tener", "there", "though"}

TIME_PATTERNS: List[List[Dict[str, Any]]] = [
    [{"LOWER": {"IN": ["yesterday", "today", "tonight", "overnight"]}}],
    [{"LOWER": {"IN": ["last", "this"]}}, {"LOWER": {"IN": ["night", "morning", "afternoon", "evening", "week", "weekend", "month"]}}],
    [{"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "few", "couple", "several"]}, "OP": "?"},
     {"LIKE_NUM": True, "OP": "?"}, {"LOWER": "of", "OP": "?"},
     {"LOWER": {"IN": ["hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk", "wks", "month", "months"]}},
     {"LOWER": {"IN": ["ago", "after", "later", "since", "back"]}}],
    [{"LOWER": {"IN": ["since", "on"]}},
     {"LOWER": {"IN": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"]}}],
]


@dataclass
class Finding:
    symptom: str
    level: str
    start: int  # character offsets in the assessed text
    end: int
    text: str
    negated: bool = False
    resolved: bool = False
    general: bool = False  # inside a general question ("can Botox cause ...?")

    @property
    def effective_level(self) -> str:
        if self.negated or self.general:
            return NONE
        return LOWER[self.level] if self.resolved else self.level


@dataclass
class Assessment:
    level: str
    symptoms: List[str]
    findings: List[Finding] = field(default_factory=list)
    time_since_treatment: Optional[str] = None
    someone_reports: bool = False  # a person (I, my, she, my mom ...) outside a hypothetical

    def asked_not_reported(self, level: str) -> bool:
        """Red flags at `level` or above were only asked about, and no one reports anything.

        Only this (or `resolved_only`) may lower a classifier's emergency/urgent guess. A negation
        never does: "no fever, but my eyelid feels funny" must stay urgent even though the matcher
        knows "fever" and not "feels funny".
        """
        high = [f for f in self.findings if RANK[f.level] >= RANK[level]]
        return bool(high) and all(f.general for f in high) and not self.someone_reports

    def resolved_only(self, level: str) -> bool:
        """Every finding at `level` or above is explicitly resolved ("it's gone now")."""
        high = [f for f in self.findings if RANK[f.level] >= RANK[level]]
        return bool(high) and all(f.resolved for f in high)


# ---------------------------------------------------------------- pipeline
class Triage:
    """Holds the spaCy pipeline, the lemma table and the compiled Matcher patterns."""

    def __init__(self, nlp: spacy.language.Language):
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer")
        self._lemmas = lemmatizer.lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
        # English words the lookup table knows (inflected forms and their lemmas): never "corrected"
        # into a symptom ("singing" is not "stinging")
        self._english_lemmas = set(self._lemmas.values())
        self.vocabulary: Set[str] = set()
        self.matcher = Matcher(nlp.vocab)
        self.levels: Dict[str, str] = {}
        for symptom, (level, phrases) in PHRASE_RULES.items():
            self.levels[symptom] = level
            self.matcher.add(symptom, [self._phrase(p) for p in phrases])
        for symptom, (level, heads, qualifiers, near_phrases) in NEAR_RULES.items():
            self.levels[symptom] = level
            self.matcher.add(symptom, self._near(heads, qualifiers, near_phrases))
        # the levels written here must be those of policy/triage_levels.yml, the list a clinician reviews
        check_levels({_public_name(name): level for name, level in self.levels.items()
                      if name != "swelling_pronoun"}, "actions/triage.py (PHRASE_RULES, NEAR_RULES)")
        self.time_matcher = Matcher(nlp.vocab)
        self.time_matcher.add("time", TIME_PATTERNS)
        self.resolved_matcher = Matcher(nlp.vocab)
        self.resolved_matcher.add("resolved", [self._phrase(p, learn=False) for p in RESOLVED])
        self.info_matcher = Matcher(nlp.vocab)
        self.info_matcher.add("info", [self._phrase(p, learn=False) for p in INFO_CUES])
        self.wondering_matcher = Matcher(nlp.vocab)
        self.wondering_matcher.add("wondering", [self._phrase(p, learn=False) for p in WONDERING_CUES])
        self.hearsay_matcher = Matcher(nlp.vocab)
        self.hearsay_matcher.add("hearsay", [self._phrase(p, learn=False) for p in HEARSAY_CUES])
        self.possibility_matcher = Matcher(nlp.vocab)
        self.possibility_matcher.add("possibility", [self._phrase(p, learn=False) for p in POSSIBILITY_CUES])
        self.treatment_matcher = Matcher(nlp.vocab)
        self.treatment_matcher.add("treatment", [self._phrase(p, learn=False) for p in TREATMENT_CUES])
        self.cause_matcher = Matcher(nlp.vocab)
        self.cause_matcher.add("cause", [self._phrase(p, learn=False) for p in CAUSE_CUES])
        self.report_matcher = Matcher(nlp.vocab)
        self.report_matcher.add("report", [self._phrase(p, learn=False) for p in REPORT_CUES])
        self.report_matcher.add("onset", [self._phrase(p, learn=False) for p in ONSET_CUES])
        self.tag_matcher = Matcher(nlp.vocab)
        self.tag_matcher.add("tag", [self._phrase(p, learn=False) for p in TAG_CUES])
        self._spelling_vocabulary = sorted(w for w in self.vocabulary if len(w) >= 5 and w.isalpha())

    # ----- normalisation
    def norm_word(self, word: str) -> str:
        word = SMS.get(word, word)
        return self._lemmas.get(word, word)

    def _words(self, text: str, learn: bool) -> List[str]:
        words = [self.norm_word(w) for w in text.lower().split()]
        if learn:
            self.vocabulary.update(text.lower().split())
        return words

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

    @lru_cache(maxsize=4096)
    def _correct(self, word: str) -> str:
        """Close-match spelling correction against the symptom vocabulary only (similarity at least 0.84)."""
        if len(word) < 5 or not word.isalpha() or word in KEEP or word in self.vocabulary \
                or word in self._lemmas or word in self._english_lemmas:
            return word
        # rapidfuzz's ratio is difflib's (2 x matching characters / total), computed in C++: on the 1,499
        # candidate words of the data and tests it chose exactly what difflib.get_close_matches chose,
        # 24 times faster (1.7 ms a word in difflib was 15% of the server's time per message)
        close = process.extractOne(word, self._spelling_vocabulary, scorer=fuzz.ratio,
                                             score_cutoff=84)
        return close[0] if close else word

    def make_doc(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for token in doc:
            lower = token.lower_
            if token.norm_ != lower and lower not in SMS:  # spaCy's own norms: n't -> not, ca -> can
                continue
            token.norm_ = self.norm_word(self._correct(SMS.get(lower, lower)))
        self._sentences(doc)
        return doc

    @staticmethod
    def _sentences(doc: Doc) -> None:
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            previous = doc[i - 1]
            token.is_sent_start = previous.text in {".", "!", "?", "…"} or "\n" in previous.whitespace_ + previous.text \
                or (previous.text.endswith(("!", "?")) and not previous.is_alpha)
            if token.lower_ in {"like", "eg", "ie"} and previous.text.endswith("?"):
                token.is_sent_start = False  # "could botox mess with swallowing? like could food get stuck"

    # ----- assessment
    def assess(self, text: str) -> Assessment:
        text = (text or "")
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS // 2] + " . " + text[-MAX_CHARS // 2:]
        doc = self.make_doc(text)
        spans = self._symptom_spans(doc)
        clauses = self._clauses(doc)
        resolved_clauses = self._resolved_clauses(doc, spans, clauses)
        findings = []
        for symptom, span in spans:
            resolved = clauses[span.start] in resolved_clauses
            findings.append(Finding(
                symptom=_public_name(symptom),
                level=self.levels[symptom],
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                # "isn't drooping anymore": a resolved symptom, not one that never happened
                negated=self._negated(doc, span) and not resolved,
                resolved=resolved and (self.levels[symptom] not in STILL_EMERGENCY_WHEN_PASSED or (
                    symptom == "fainting" and any(t.lower_ in EARLIER_DAY for t in doc))),
                general=self._general(doc, span, self.levels[symptom], _public_name(symptom)),
            ))
        level = max((f.effective_level for f in findings), key=RANK.__getitem__, default=NONE)
        symptoms = []
        for f in sorted(findings, key=lambda f: -RANK[f.effective_level]):
            if f.effective_level != NONE and f.symptom not in symptoms:
                symptoms.append(f.symptom)
        times = [doc[s:e] for _, s, e in self.time_matcher(doc)]
        time_text = max(times, key=len).text if times else None
        return Assessment(level=level, symptoms=symptoms, findings=findings, time_since_treatment=time_text,
                          someone_reports=self._personal(doc, 0, len(doc)))

    def _symptom_spans(self, doc: Doc) -> List[Tuple[str, Span]]:
        best: Dict[Tuple[str, int], Span] = {}
        for match_id, start, end in self.matcher(doc):
            symptom = self.nlp.vocab.strings[match_id]
            span = doc[start:end]
            if symptom == "fainting" and end < len(doc) and doc[end].norm_ in NOT_AFTER_FAINT:
                continue  # "a faint bruise"
            if symptom == "fainting" and (end + 1 < len(doc) and doc[end].lower_ in {"by", "around", "at"} and
                                          (doc[end + 1].like_num or doc[end + 1].lower_ in {"midnight", "bedtime"}) or
                                          start > 0 and doc[start - 1].lower_ in {"usually", "normally", "always"}):
                continue  # "i usually pass out by 10": asleep
            if any(t.is_sent_start for t in span[1:]):
                continue
            if symptom == "bladder_control" and span.text.lower() == "bladder" and (
                    end < len(doc) and doc[end].norm_ in BOTOX_WORDS or
                    any(t.norm_ in BOTOX_WORDS for t in doc[max(0, start - 4):start]) and
                    start > 0 and doc[start - 1].lower_ in {"for", "in", "into", "my", "the", "her", "his"}):
                continue  # "bladder botox", "botox in my bladder": where it was injected, not a symptom
            if symptom == "vision_change" and any(t.lower_ == "wait" for t in span):
                continue  # "I can't wait to see the results"
            if symptom == "drooping" and span.text.lower().replace(" ", "") in {"eyedrops", "eyedrop"}:
                continue
            if symptom in {"throat_tongue_lip_swelling", "face_or_eye_swelling", "swelling_pronoun"} and (
                    (doc[start].lower_ in SIZE_WORDS and doc[start + 1].lower_ in SIZE_PRAISED) or
                    (doc[end - 1].lower_ in SIZE_WORDS and end < len(doc) and doc[end].lower_ in SIZE_PRAISED)):
                continue  # "a massive difference to my face", "my lips, huge thanks"
            if symptom == "swelling_pronoun":
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
    def _antecedent(doc: Doc, i: int) -> Optional[str]:
        """The swelling symptom of the body part a pronoun at doc[i] stands for, or None."""
        sent_start = doc[i].sent.start
        stop = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        for j in range(i - 1, stop - 1, -1):
            words = {doc[j].lower_, doc[j].norm_}
            for symptom, parts in PRONOUN_PARTS.items():
                if words & parts:
                    return symptom
            if words & OTHER_PARTS:
                return None
        return None

    def _negated(self, doc: Doc, span: Span) -> bool:
        # negation inside the span's gap ("swallowing isn't a problem"), not an inability ("can't swallow")
        for token in span[1:-1]:
            if token.i + 1 < span.end and doc[token.i + 1].norm_ in LOSS_VERBS:
                continue  # "one side of my mouth doesn't move": a loss of movement, not a denial
            if self._negation_cue(doc, token.i) and not self._double_negative(doc, token.i, span):
                return True
        # a negation cue shortly before, in the same clause ("no trouble breathing", "no fever, rash or hives")
        words = 0
        for i in range(span.start - 1, span.sent.start - 1, -1):
            token = doc[i]
            if token.norm_ in NEGATION_BREAKS or token.text in {".", ";", ":", "!", "?"}:
                return False
            if token.is_punct:
                continue
            if token.norm_ in NEGATIONS:
                return self._negation_cue(doc, i) and not self._double_negative(doc, i, span)
            words += 1
            if words > 4:
                return False
        return False

    def _negation_cue(self, doc: Doc, i: int) -> bool:
        """doc[i] negates what follows: not an inability ("can't"), a doubt ("not sure") or an exclamation ("no!")."""
        return doc[i].norm_ in NEGATIONS and not self._inability(doc, i) and not self._uncertain(doc, i) \
            and not self._interjection(doc, i)

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
            if doc[j].norm_ in NEGATIONS:
                return framed(j + 1, i)
        return False

    @staticmethod
    def _inability(doc: Doc, i: int) -> bool:
        return doc[i].norm_ == "not" and i > 0 and doc[i - 1].norm_ in INABILITY

    @staticmethod
    def _uncertain(doc: Doc, i: int) -> bool:
        return i + 1 < len(doc) and doc[i + 1].norm_ in NEGATION_EXCEPT_NEXT

    @staticmethod
    def _clauses(doc: Doc) -> List[int]:
        """The clause number of every token. A clause ends at a sentence end, a comma or semicolon, a
        contrast ("but", "although") or "and" before a new event ("and now", "and then")."""
        numbers, current = [], 0
        for token in doc:
            if token.i > 0 and (token.is_sent_start or token.norm_ in CONTRASTS or (
                    token.norm_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].norm_ in NEW_EVENT_AFTER_AND)):
                current += 1
            numbers.append(current)
            if token.text in {",", ";"}:
                current += 1
        return numbers

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

    def _general(self, doc: Doc, span: Span, level: str, symptom: str = "") -> bool:
        """A question or information request about side effects, not a report of one."""
        sent = span.sent
        clause_start, clause_end = sent.start, sent.end
        for i in range(span.start - 1, sent.start - 1, -1):
            if doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}:
                clause_start = i + 1
                break
        for i in range(span.end, sent.end):
            if doc[i].norm_ in BREAKS or doc[i].text in {",", ";"}:
                clause_end = i
                break
        if self._blames_treatment(doc):
            return False  # "Is it the botox making it hard to swallow? it started 3 days after"
        if self._conditional_tag(doc, sent, span):
            return True  # "if i get a headache after the shots is that normal"
        if self._long_ago(doc, span) and any(t.text.endswith("?") for t in doc):
            return True  # "I broke out in hives from Dysport a few years ago. Does that mean I can't do Botox?"
        wondering = self.wondering_matcher(doc)
        # "could that happen to me" is a question with or without its "?"
        asked = any(t.text.endswith("?") for t in doc) or any(doc[s].norm_ in MODALS for _, s, _ in wondering)
        if wondering and asked and not any(self._inability(doc, t.i) for t in span):
            return True  # "my friend's eyelid drooped last year, could that happen to me?"
        hearsay = self.hearsay_matcher(doc)
        if hearsay and hearsay[0][1] < span.start and self.possibility_matcher(doc) and \
                any(t.text.endswith("?") for t in doc):
            told = {i for _, s, e in hearsay for i in range(s, e)}
            if not any(t.norm_ in FIRST_PERSON and t.i not in told for t in span.sent):
                return True  # "my friend said her vision went blurry after botox, can that actually happen?"
        if symptom in HEADACHE_FAMILY:
            if any(doc[s].sent.start == sent.start for _, s, _ in self.treatment_matcher(doc)):
                return True  # "my wife has awful tension headaches, would botox help her"
        if any(clause_start <= s and e <= span.start for _, s, e in self.cause_matcher(doc)):
            return True  # "my mum wants to know if botox can cause hives": the object of a hypothetical cause
        info = any(doc[s].sent.start == sent.start for _, s, _ in self.info_matcher(doc))
        sentence_question = any(t.text.endswith("?") for t in sent) or self._interrogative(list(sent)) or \
            self._asking_clause(doc, sent, span)
        clause_question = self._interrogative(list(doc[clause_start:clause_end]))
        personal = self._personal(doc, clause_start, clause_end)
        if not info and not clause_question and self._tagged(doc, span):
            return False  # "bit red and tender at the injection spots, is that normal?"
        if level == ROUTINE:
            # "could botox stop my headaches", "r the injections painful": a question about Botox;
            # "I have a headache, is that normal?": a report with a question after it
            return info or clause_question or (sentence_question and not personal)
        # red flags: only a question or information request with no one reporting it
        return (sentence_question or info) and not personal

    @staticmethod
    def _long_ago(doc: Doc, span: Span) -> bool:
        """The clause of the symptom puts it long ago: "years ago", "last year", "when I was younger"."""
        clauses = Triage._clauses(doc)
        clause = clauses[span.start]
        words = " ".join(doc[i].lower_ for i in range(len(doc)) if clauses[i] == clause)
        return bool(LONG_AGO.search(words))

    def _asking_clause(self, doc: Doc, sent: Span, span: Span) -> bool:
        """A later clause of the sentence asks about it: "... droopy eyebrow last year, can that happen to me"."""
        for i in range(span.end, sent.end - 1):
            if doc[i].text in {",", ";"} or doc[i].norm_ in {"but", "so"}:
                words = [t for t in doc[i + 1:sent.end] if not t.is_punct]
                if len(words) >= 2 and words[0].lower_ in AUX_START and words[1].lower_ in {"that", "this", "it"}:
                    return True
                if words and words[0].lower_ in WH_START | {"which"}:  # "..., which one is better"
                    return True
        return False

    def _conditional_tag(self, doc: Doc, sent: Span, span: Span) -> bool:
        """A hypothetical opening with a tag: "if i get a headache after the shots is that normal"."""
        words = [t for t in sent if not t.is_punct]
        if not words or words[0].lower_ not in {"if", "suppose", "say"}:
            return False
        asks = any(t.text.endswith("?") for t in sent) or any(
            t.lower_ in AUX_START and t.i + 1 < sent.end and doc[t.i + 1].lower_ in {"i", "you", "u", "we", "it"}
            for t in doc[span.end:sent.end])
        return asks or any(span.end <= s < sent.end for _, s, _ in self.tag_matcher(doc))

    def _tagged(self, doc: Doc, span: Span) -> bool:
        """A question tag ("is that normal?") follows the statement that names the symptom, in its sentence,
        as a clause of its own, or right after it with the punctuation left out ("chest pain after botox is
        this normal??")."""
        sent = span.sent
        for _, start, _ in self.tag_matcher(doc):
            if span.end <= start < sent.end and (doc[start - 1].text in {",", "-", "...", "…", ";"} | BREAKS or
                                                 doc[start].lower_ in {"is", "s", "'s"} and
                                                 start + 1 < len(doc) and doc[start + 1].lower_ in {"this", "that"}):
                return True
        return False

    def _blames_treatment(self, doc: Doc) -> bool:
        """The message blames the treatment for a symptom ("is that the botox?") or says when it began
        ("it started 3 days after", outside a question): the symptom is reported, not asked about."""
        for match_id, start, _ in self.report_matcher(doc):
            if self.nlp.vocab.strings[match_id] == "report":
                return True
            sent = doc[start].sent
            if not any(t.text.endswith("?") for t in sent) and not self._interrogative(list(sent)):
                return True
        return False

    @staticmethod
    def _interrogative(tokens: List) -> bool:
        words = [t for t in tokens if not t.is_punct]
        if not words:
            return False
        first = words[0].lower_
        second = words[1].lower_ if len(words) > 1 else ""
        return first in WH_START or (first in AUX_START and second in SUBJECTS) or \
            any(t.lower_ in WH_ANYWHERE for t in words)

    @staticmethod
    def _personal(doc: Doc, start: int, end: int) -> bool:
        """Someone (the patient or another person) in the clause, not in a hypothetical ("if I", "will my")
        and not only passing a question on ("my mum wants to know", "my friend said", "I should watch")."""
        words = [t for t in doc[start:end] if not t.is_punct]
        if words and words[0].lower_ in AUX_START and any(t.lower_ in BOTOX_WORDS for t in words[1:4]):
            return False  # "can botox in the neck change my voice?": the person is in the question
        for i in range(start, end):
            if doc[i].lower_ in PERSONAL or doc[i].norm_ in PERSONAL:
                before = {doc[j].lower_ for j in range(max(start, i - 2), i)}
                conditional = {doc[j].lower_ for j in range(start, i)} & {"if", "will", "would", "gonna"}
                if doc[i].lower_ in {"they", "them", "their"} and any(
                        doc[j].lower_ in {"people", "ppl", "patients", "someone", "folks", "anyone"} for j in range(
                            doc[i].sent.start, i)):
                    continue  # "people died from botox bc they couldnt breathe": nobody in particular
                if not before & HYPOTHETICAL and not conditional and not Triage._passes_on(doc, i, end):
                    return True
        return False

    @staticmethod
    def _passes_on(doc: Doc, i: int, end: int) -> bool:
        """doc[i] (a person) is followed by a verb of asking or telling: "my friend said", "mum wants to know"."""
        for j in range(i + 1, min(end, i + 4)):
            token = doc[j]
            if token.is_punct:
                return False
            if token.lower_ in ASKING or token.norm_ in ASKING:
                return True
            if token.lower_ in WORRIES:
                after = [t.lower_ for t in doc[j + 1:min(end, j + 5)]]
                return any(a in BOTOX_WORDS and b in MODALS for a, b in zip(after, after[1:]))
            if token.norm_ == "want" and j + 2 < len(doc) and doc[j + 1].lower_ == "to" \
                    and doc[j + 2].norm_ in {"know", "ask", "check"}:
                return True
        return False


# "it" / "they" swelling stands for the nearest body part named before it, in the same or the previous
# sentence: the mouth and throat (emergency) or the face and eyes (urgent); any other part (a bump, the
# forehead) or none drops the finding
PRONOUN_PARTS = {
    "throat_tongue_lip_swelling": {"throat", "tongue", "lip", "lips", "mouth", "airway", "gum", "gums"},
    "face_or_eye_swelling": {"face", "eye", "eyes", "eyelid", "lid", "lids"},
}
OTHER_PARTS = {"forehead", "brow", "brows", "eyebrow", "eyebrows", "cheek", "cheeks", "chin", "jaw", "neck", "temple",
               "temples", "arm", "arms", "leg", "legs", "hand", "hands", "site", "sites", "spot", "spots", "bump",
               "bumps", "lump", "lumps", "bruise", "bruises", "area", "skin", "head", "nose", "ear", "ears", "foot",
               "feet", "finger", "fingers", "knee", "back", "stomach", "belly", "tummy", "bill", "price", "cost"}

# extra Matcher keys (a second NEAR rule for the same symptom) and the symptom they report
ALIASES = {
    "eye_open": "drooping", "trouble_swallowing_meal": "trouble_swallowing", "vision_look": "vision_change",
    "vision_focus": "vision_change", "voice_sound": "voice_change", "infection_discharge": "infection_signs",
    "infection_lump": "infection_signs",
}


def _public_name(symptom: str) -> str:
    return ALIASES.get(symptom, symptom)


def build_pipeline() -> spacy.language.Language:
    """The project's pipeline: loaded by path, or built in memory if the build step has not run."""
    if (SPACY_PATH / "meta.json").exists():
        return spacy.load(SPACY_PATH)
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def triage() -> Triage:
    return Triage(build_pipeline())


def assess(text: str) -> Assessment:
    """Assess one patient message. See the module docstring."""
    return triage().assess(text)


def symptom_words(symptoms: Iterable[str]) -> str:
    return ", ".join(s.replace("_", " ") for s in symptoms)


_WS = re.compile(r"\s+")


def clean(text: str) -> str:
    """The patient's words as stored for staff: whitespace folded, at most 2,000 characters."""
    return _WS.sub(" ", text or "").strip()[:2000]
