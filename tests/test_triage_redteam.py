"""Red-team messages: no emergency or urgent report may be missed.

Three files: tests/triage/redteam.yml (ours), tests/triage/redteam_independent.yml (written
by someone who never read the matcher) and tests/triage/redteam_heldout.yml (written blind
after the matcher was tuned, measured once, then its misses fixed by concept). The
deterministic triage alone must catch every emergency and urgent message in all three, and
may escalate at most 10% of the routine and non-report messages of each; the live test repeats
the recall check through the trained model's whole NLU pipeline (test_red_team_through_the_model).
"""
from pathlib import Path

import pytest
import yaml

from addons.nlu import red_flags
from redteam_kit import FILES, cases_by_file

from botox_clinic import triage

CASES_BY_FILE = cases_by_file()
CASES = CASES_BY_FILE["redteam.yml"]
RED_FLAGS = [(name, c) for name, cases in CASES_BY_FILE.items() for c in cases
             if c["level"] in (triage.EMERGENCY, triage.URGENT)]
MAX_OVER_ESCALATION = 0.10


def test_the_red_team_file_is_big_and_balanced():
    levels = [c["level"] for c in CASES]
    assert len(CASES) >= 120
    assert {lvl: levels.count(lvl) >= 20 for lvl in ("emergency", "urgent", "routine", "none")} == \
        {"emergency": True, "urgent": True, "routine": True, "none": True}


@pytest.mark.parametrize("name, case", RED_FLAGS, ids=lambda c: c["text"][:60] if isinstance(c, dict) else c)
def test_no_red_flag_is_missed(name, case):
    found = triage.assess(case["text"]).level
    assert triage.RANK[found] >= triage.RANK[case["level"]], \
        f"{name}: {case['text']!r} is {case['level']}, got {found}"


@pytest.mark.parametrize("name", FILES)
def test_over_escalation_is_at_most_ten_percent(name):
    calm = [c for c in CASES_BY_FILE[name] if c["level"] in (triage.ROUTINE, triage.NONE)]
    escalated = [c["text"] for c in calm if triage.RANK[triage.assess(c["text"]).level] >= triage.RANK[triage.URGENT]]
    assert calm and len(escalated) / len(calm) <= MAX_OVER_ESCALATION, f"{name}: escalated {escalated}"


@pytest.mark.parametrize("name", FILES)
def test_every_case_has_a_known_level(name):
    assert {c["level"] for c in CASES_BY_FILE[name]} <= {"emergency", "urgent", "routine", "none"}


@pytest.mark.parametrize("text, level", [
    ("I had Botox yesterday and now I can't swallow", "emergency"),
    ("my eyelid is drooping since my injection", "urgent"),
    ("a small bruise where they injected", "routine"),
    ("no trouble breathing but my eyelid is drooping", "urgent"),
    ("no fever, no rash, just a bit sore", "routine"),
    ("can botox cause trouble swallowing?", "none"),
    ("my mom can't swallow after her botox", "emergency"),
    ("I fainted yesterday but I feel better now", "urgent"),
    ("I can breathe fine, thanks", "none"),
    # regressions: an SMS statement starting with "can't" is not a question
    ("can't breathe", "emergency"),
    ("Cant swallow", "emergency"),
    ("can barely get words out", "emergency"),
    ("is it normal that my eyelid is drooping?", "urgent"),
    ("does botox help with migraines", "none"),
    ("a faint bruise near the injection", "routine"),
    # spelling correction leaves real English words alone: singing is not stinging
    ("I love singing", "none"),
    ("she sings in a choir every sunday", "none"),
    # a leading "no" answers, it does not negate; "not ok" negates how they feel, not the symptom
    ("no no no my lips are swelling", "emergency"),
    ("no I'm not ok, my tongue is swelling", "emergency"),
    ("no, I'm not dizzy", "none"),
    # double negatives cancel out
    ("I wouldn't say I'm not dizzy", "urgent"),
    # resolution stays in its clause
    ("I had hives but they went away, but now my throat is tight", "emergency"),
    ("I had hives but they went away", "routine"),
    # "anymore" after an inability is worse, not better
    ("I can't control my bladder anymore", "urgent"),
    # asked for someone else, or as a hypothetical cause
    ("my mum wants to know if botox can cause a rash", "none"),
    ("is double vision something to watch out for?", "none"),
    # a question that blames the treatment reports the symptom
    ("is it the botox making my eyelid droop?", "urgent"),
    ("temp of 39 since last night", "urgent"),
    ("zero trouble breathing", "none"),
    # clinical words, negated the same way as lay ones
    ("pt dyspnoeic since the neck injections", "emergency"),
    ("new dysphonia, no dysphagia or dyspnea", "urgent"),
    ("minor ecchymosis at the brow", "routine"),
    ("is urticaria a known side effect?", "none"),
    # size words, also through a pronoun for the part named before
    ("my bottom lip is enormous", "emergency"),
    ("my tongue went tingly and now it's doubled in size", "emergency"),
    ("the bump on my forehead, it's getting bigger", "urgent"),  # growing: call the clinic, not reassurance
    # lay descriptions: the world moving, a face that will not move, drunk-sounding speech
    ("the ceiling sways when I sit up", "urgent"),
    ("the right half of my mouth won't move", "urgent"),
    ("I can't move my forehead, love it", "none"),
    ("she sounds drunk and she's had nothing to drink", "emergency"),
    # resolution: adverbs of completeness, "recovered", "sorted", "fully back", the symptom as its subject
    # an emergency that has passed is still one (README, triage table); a faint on an earlier day is urgent
    ("my tongue swelled at lunch but the swelling has totally gone down", "emergency"),
    ("passed out for a minute after my botox, I'm fine now", "emergency"),
    ("I fainted yesterday but I feel better now", "urgent"),
    # pain that worsens, a hard or lasting lump, a head that will not stay up; a flu-ish feeling is routine
    ("the pain where they injected keeps getting worse every day", "urgent"),
    ("there's a firm knot under the skin at one of the spots", "urgent"),
    ("my head won't stay up on its own tonight", "emergency"),
    ("both arms so weak, I can barely lift them", "emergency"),
    ("feeling a little flu-ish since yesterday's botox", "routine"),
    # someone else's story asked about as a possibility is a question, not a report
    ("a coworker said her eyelid drooped after botox, can that really happen?", "none"),
    ("my mom says her throat feels tight since her botox, can that happen?", "emergency"),
    # a passed swallowing or breathing episode stays an emergency (README, "Side-effect triage")
    ("I had trouble swallowing yesterday but it's gone now", "emergency"),
    ("my tongue is swelling, the swelling on my forehead has gone down", "emergency"),
    # ... and so do the distant-spread effects (policy/triage_levels.yml `when_passed`); other symptoms count lower
    ("voice went croaky on Sunday, it's completely back now", "urgent"),
    ("had some hives on Sunday, completely gone now", "routine"),
    ("blacked out on Friday, fully recovered", "urgent"),
    # a question tag after a statement reports it
    ("bit bruised by my eye, is that normal?", "routine"),
    ("is it normal to see double after botox?", "none"),
])
def test_documented_examples(text, level):
    assert triage.assess(text).level == level


def test_clinical_words_are_not_spelling_corrected_from_everyday_words():
    # everyday words close to the clinical vocabulary stay themselves ("distance" is not "disturbance")
    for text in ("the distance to the clinic is far", "I have myasthenia, is botox ok?", "stress at work"):
        assert triage.assess(text).level == "none", text


@pytest.mark.parametrize("word, not_into", [
    ("conscious", "unconscious"), ("bearable", "unbearable"), ("eliquis", "liquids"), ("should", "shoulder")])
def test_everyday_words_never_become_their_clinical_neighbours(word, not_into):
    assert triage.triage()._correct(word) == word != not_into


def test_messages_with_those_words_keep_their_level():
    # "I'm fully conscious" must not read as "unconscious", nor "bearable" pain as "unbearable"
    assert triage.assess("I'm fully conscious, just a bit tired after my botox").level != "emergency"
    assert triage.assess("a little sore but the pain is bearable").level == "routine"


# blind round 5: red flags the rules missed (fixed by concept; written here in other words)
ROUND_5 = [
    ("chest so tight since the shots", "emergency"),
    ("struggling to get my pills down, they stick halfway", "emergency"),
    ("i really can't lift my arms above my head tonight", "emergency"),
    ("my neck is too weak to keep holding my head up", "emergency"),
    ("after the injection i see two picture when i look at the tv", "urgent"),
    ("i can't completely close my left eye", "urgent"),
    ("my smile is not moving the same as the other side", "urgent"),
]


# blind rounds 6 and 7: red flags and questions the rules misread (fixed by concept; written here in other words)
ROUNDS_6_7 = [
    ("a piece of steak got stuck last night and I had to spit it back up, fine now", "emergency"),
    ("i have to swallow several times before the water goes down", "emergency"),
    ("feels like a brick sitting on my chest since the injections", "emergency"),
    ("pressure in the centre of my chest tonight", "emergency"),
    ("my pee only trickles out since the bladder injections", "urgent"),
    ("I can't puff out my cheeks since my crow's feet botox", "urgent"),
    ("the soreness gets worse each day rather than better", "urgent"),
    ("el aire no me llega bien desde el botox", "emergency"),
    ("tengo que tragar varias veces para que baje la comida", "emergency"),
    ("siento que me voy a desmayar y tengo ronchas", "emergency"),
    ("mi ojo izquierdo no cierra completo desde el lunes", "urgent"),
    ("a mi mama le cuesta mucho orinar desde la inyeccion en la vejiga", "urgent"),
    ("la molestia en lugar de bajar esta peor cada dia", "urgent"),
    ("no puedo silbar ni inflar los cachetes desde el botox", "urgent"),
    ("me duele un toquecito donde me pincharon", "routine"),
    ("there's a little blood dot at one of the spots", "routine"),
    # a passed episode of a distant-spread effect is still a call to the clinic
    ("I saw double for a bit yesterday, it went away", "urgent"),
    # questions that report nothing
    ("my neighbor insists botox can make you stop swallowing, is that true?", "none"),
    ("my aunt is scared she'll end up with a droopy eyelid, how often does that happen?", "none"),
    ("my husband is getting botox for his bladder next week, could it end up making him unable to pee?", "none"),
    ("my friend said her cousin couldn't swallow after botox. is that a real thing", "none"),
    ("cuando me ponga el botox me van a salir moretones?", "none"),
    ("si me duele la cabeza despues, puedo tomar un tylenol?", "none"),
]

# blind round 8: Spanish lay metaphors and questions (fixed by concept; written here in other words)
ROUND_8 = [
    ("siento como una banda apretada alrededor del pecho", "emergency"),
    ("es como si tuviera una piedra encima del pecho", "emergency"),
    ("el agua no me baja, la tengo que escupir", "emergency"),
    ("se me junta la saliva y no la puedo pasar", "emergency"),
    ("cuando bebo jugo se me sale por la nariz", "emergency"),
    ("siento la garganta seca y cerrada desde el botox", "emergency"),
    ("se me inflamo la cara y los labios de repente", "emergency"),
    ("las cosas se ven encimadas, como dobles", "urgent"),
    ("cada dia me duele mas y la pastilla no me hace nada", "urgent"),
    ("al sonreir solo se me mueve un lado, el otro lado se queda tieso", "urgent"),
    ("tengo ronchitas en los brazos que pican, pero respiro bien", "urgent"),
    ("¿que pasa si se me cae el parpado y no lo puedo abrir?", "none"),
    ("una vecina me conto que veia doble despues del botox, eso es normal?", "none"),
    ("¿que es comun despues? ¿ardor, moretones?", "none"),
    ("y si no puedo tragar despues del botox?", "none"),
    ("y si no puedo tragar desde anoche?", "emergency"),
    ("what are the odds my brow drops after botox?", "none"),
]

# blind round 9 (fixed by concept; written here in other words)
ROUND_9 = [
    # hives with dizziness is an allergic reaction (policy/triage_levels.yml `combinations`)
    ("hives came up on my neck and the room is spinning", "emergency"),
    ("me salio urticaria en los brazos y ando bien mareada", "emergency"),
    ("hives on my arms, no dizziness at all", "urgent"),
    ("my legs feel like concrete since the injections", "emergency"),
    ("i can barely comb my hair, my arms are so weak", "emergency"),
    ("can't seem to take a deep breath tonight", "emergency"),
    ("nos cuesta un monton respirar a mi mama desde el botox", "emergency"),
    ("a tiny bit of redness where they injected, just wondering if that's normal", "routine"),
    ("como que me va a dar un resfriado, nada fuerte, desde el botox", "routine"),
    ("my neighbor said her sister got a droopy eyelid from botox, how often does that happen", "none"),
    ("watched a video where botox made someone lose bladder control. true?", "none"),
    ("my mom gets botox for her overactive bladder, could it make her leak?", "none"),
    # found by the gate after retraining: the classifier alone had carried it
    ("my words keep coming out jumbled, I know what I mean to say", "emergency"),
    ("it came out wrong, I meant to ask about the price", "none"),
    ("can you go blind from botox?", "none"),
]


ROUND_10 = [
    # a weight on the chest, in lay words
    ("it feels like a brick is pressing down on my chest", "emergency"),
    ("like somebody's standing on my chest since the shots", "emergency"),
    # eyes swelling shut; a swollen face with hives or itching all over (policy/triage_levels.yml `combinations`)
    ("my eyelids are swelling shut tonight", "emergency"),
    ("my face puffed up and I itch all over", "emergency"),
    ("se me hinchó la cara y tengo ronchas en el cuello", "emergency"),
    ("my face is a bit swollen, no rash, no itching", "urgent"),
    # a heavy head that cannot be held up
    ("my head feels so heavy, i can barely hold it up", "emergency"),
    # one side of the mouth: drink dribbling out, only one side moving
    ("tea dribbles out the corner when i sip it", "urgent"),
    ("when i grin only one side goes up", "urgent"),
    # Caribbean '-ao' spellings; a second limb gone floppy; redness that goes on spreading; numbness
    ("tengo la lengua hinchá y los labios hinchaos", "emergency"),
    ("el brazo izquierdo lo siento bien flojo desde el botox", "urgent"),
    ("lo rojo se me va agrandando y esta caliente", "urgent"),
    ("se me adormeció la frente y la tengo dormida desde el martes", "urgent"),
    ("me duele un poko si me aprieto la frente, sin tocarla no siento nada", "routine"),
    # an achy head is a headache
    ("my head's kinda achey this evening after the injections", "routine"),
    # habitual fainting with needles or blood is a history; a faint at the appointment is a report
    ("i always faint when i see needles, will the botox be ok for me?", "none"),
    ("siempre me desmayo cuando me ponen vacunas, el botox duele?", "none"),
    ("i fainted when they gave me the injections", "emergency"),
    ("i faint every time i stand up since the botox", "emergency"),
    # questions: an -ing subject about what is normal; odds with "it makes me"; a feeling after the question
    ("is having a small bruise after the shots a common thing?", "none"),
    ("what are the odds it gives me a droopy brow", "none"),
    ("how likely is a droopy eyelid, booked for next week and im nervous", "none"),
    # a headache as the reason for treatment
    ("i get headaches most days, would botox really help", "none"),
    ("el botox de verdad quita las jaquecas? tengo dolor de cabeza casi diario", "none"),
]


ROUND_11 = [
    # a headache worse by the day, painkillers doing nothing
    ("my head hurts more each day and advil is not helping at all", "urgent"),
    # passed on, then asked: the teller and who was told; "if that happened to me"; "how worried should I be"
    ("my cousin told me she had blurry vision after hers, how likely is that", "none"),
    ("my sister's lid drooped after her shots. if it happens to me, would it go away?", "none"),
    ("my son is scheduled for botox in his calves. I read about breathing problems, should we be worried?", "none"),
    # events after a possessive and a fear of looking weird report nothing; "get it for her migraines"
    ("how common is a droopy brow? my birthday party is saturday and im nervous about looking odd", "none"),
    ("can it stop you swallowing? my dad wants to get it for his headaches", "none"),
    # a treatment still ahead does not hide a symptom reported from the last one; an '-ing' question about
    # what is normal is for routine symptoms only
    ("my daughter is booked for botox next month, and since her last one her eyelid droops", "urgent"),
    ("is getting harder to swallow since the shots, is that normal", "emergency"),
    # ... but the patient who has it too is reporting it
    ("my friend said her eyelid drooped after botox and mine is doing the same since yesterday", "urgent"),
    ("a mi prima se le cayo la ceja y a mi tambien desde el lunes, es comun?", "urgent"),
    # Spanish: a story about a neighbour, something read, a plan and a generic question
    ("a mi cuñada se le hincharon los parpados con el botox, que tan comun es?", "none"),
    ("escuche que a veces la gente ve borroso, es cierto? todavia no me lo pongo", "none"),
    ("me van a poner botox en la vejiga, es verdad que a veces uno no puede orinar?", "none"),
    # Spanish: 'cerra' for cerrada; a hard chest; no pain unless touched
    ("tengo la garganta como cerra", "emergency"),
    ("se me puso bien duro el pecho desde la inyeccion", "emergency"),
    ("solo me duele si me toco la frente, si no me toco no siento nada", "routine"),
    # an eye that stays open in sleep (found by the gate after retraining: the classifier alone had carried it)
    ("her left eye doesn't shut fully while she sleeps, it stays open a crack at night", "urgent"),
    ("he sleeps with his eyelid partly open since the injections", "urgent"),
]


ROUND_12 = [
    # a swollen face the patient says is getting worse is an allergic reaction (`when_worsening`)
    ("both my eyes and my cheeks keep puffing up, it's getting worse by the hour", "emergency"),
    ("se me esta hinchando la cara cada vez mas", "emergency"),
    ("my face is a little swollen but it's not getting worse", "urgent"),
    # a denial of the list just named; a denial that is about something else
    ("the nurse said to watch for double vision or a droopy lid, i don't have any of that, just a bruise", "routine"),
    ("i can't swallow and i don't have any of my allergy pills", "emergency"),
    # "my risk of": a hypothetical
    ("i'm a smoker, does that raise my risk of breathing trouble after botox?", "none"),
    # mushy words with a word between (found when a 911 cap was tried and measured: the classifier alone carried it)
    ("my mom's words keep coming out so mushy tonight", "emergency"),
    # a denied emergency symptom and the classifier's 911 guess: call the clinic (red_flags.decide)
    ("i'm not having any trouble breathing", "none"),
    # a headache after Botox given for headaches is a report, not the reason for treatment (found in review)
    ("had botox for my migraines, now a bad headache that keeps getting worse", "urgent"),
    ("my dad got it for his headaches and now has a pounding one that won't go away", "urgent"),
    ("le pusieron botox para las jaquecas y ahora tiene un dolor de cabeza horrible", "urgent"),
    ("i get awful migraines, would botox help me?", "none"),
]

# round 13: in other words than the blind set's
ROUND_13 = [
    # a seizure, in lay words and in Spanish; a passed one stays an emergency; a seizure long ago asked about is not one
    ("my daughter had a convulsion after her leg injections", "emergency"),
    ("he went stiff and then started jerking, it lasted a minute", "emergency"),
    ("she had a fit and was shaking for a few minutes, she's asleep now", "emergency"),
    ("a mi papa le dio una convulsion hace rato", "emergency"),
    ("se quedo tiesa y sacudiendose, ya se le paso", "emergency"),
    ("i had a seizure as a teenager years ago, is botox still ok for me", "none"),
    ("my boss had a fit about the schedule, can i move my appointment", "none"),
    # too breathless to talk, or to go on: "without" after an inability does not deny
    ("my husband can't get through a sentence, he keeps stopping for breath", "emergency"),
    ("i can't walk to the car without stopping for air", "emergency"),
    ("i can talk without stopping for breath, no issues", "none"),
    # the chest and how it feels, a few words apart
    ("my chest has this weird squeezing going on", "emergency"),
    # weakness everywhere, or limbs listed without "and"
    ("my whole self feels like noodles tonight, everything like jelly", "emergency"),
    # a head that feels strange is an unknown symptom: call the clinic
    ("my head has felt all fuzzy and strange since the shots", "urgent"),
    # a faint earlier today stays an emergency when the injection day is what "yesterday" dates
    ("i blacked out an hour ago but feel ok now, my injections were yesterday", "emergency"),
    ("hace un rato me desmaye pero ya estoy bien, me pusieron botox ayer", "emergency"),
    ("el sabado me desmaye pero ya se me paso", "urgent"),
    # a bladder that will not empty, as texted in Spanish
    ("despues del botox en la vejiga voy al bano y salen unas gotas nomas", "urgent"),
    ("siento que no vacio la vejiga desde la aplicacion", "urgent"),
    # a question on a condition of the treatment, or about a story read online, reports nothing
    ("si me ponen botox en la frente se me puede caer el parpado?", "none"),
    ("vi en tiktok que a un chavo se le cerro la garganta, en serio puede pasar eso?", "none"),
    # a long-ago episode asked about without a "?"
    ("my eyelid dropped in 2021 after my botox, will that happen again", "none"),
]

# round 14: in other words than the blind set's
ROUND_14 = [
    # a mild effect that grows instead of settling is for the clinic (`when_worsening: getting_worse`)
    ("the little lump by my brow is larger than yesterday and redder", "urgent"),
    ("day 4 and the sore spot got even more tender", "urgent"),
    ("a tiny bit of redness, it isn't getting worse", "routine"),
    ("will the swelling get bigger before it goes down?", "none"),
    # someone else's episode long ago is a history; a lasting or returning one is a report
    ("my aunt had a droopy brow from botox a few years ago", "none"),
    ("my brow has drooped ever since last year's botox", "urgent"),
    ("my lid drooped years ago and now it's doing it again", "urgent"),
    # a story passed on under a question about what Botox can cause
    ("could botox affect my voice? my cousin told me hers went hoarse", "none"),
    # Spanish: "no me pasa nada" is "nothing is wrong with me", not food that will not go down; "pura" is not pus
    ("nah no me pasa nada, pura curiosidad nomas", "none"),
    ("no me pasa nada de agua por la garganta", "emergency"),
    # "ni" before a verb of having denies; an inability that starts with its own "ni" does not
    ("solo un moreton, no me falta el aire ni tengo problemas al tragar", "routine"),
    ("ni tengo fiebre ni puedo tragar", "emergency"),
    ("no me duele ni me cuesta tragar", "none"),
    # someone else's story under "does that happen to many people?"
    ("a mi prima se le hincharon los labios con el botox hace años, eso le pasa a mucha gente?", "none"),
]

# found in review of the round-13/14 fixes: recent "in the past" is not long ago; an episode that is back is a
# report; a day said first dates the faint; a denial covers only the words it denies
REVIEW_14 = [
    ("over the past hour my throat has been closing up", "emergency"),
    ("in the past couple of days my brow has started to sag", "urgent"),
    ("i saw double years ago after botox and it's back since this morning", "urgent"),
    ("my lid dropped last year, and it's happening again now", "urgent"),
    ("On Sunday, I passed out. Fine since then", "urgent"),
    ("el domingo, me desmaye. ya me recupere", "urgent"),
    ("the bump isn't worse, but it's larger than yesterday", "urgent"),
    ("the bruise is not getting any worse", "routine"),
    # "back in 2018" is a time, and "if that happened before, could it happen again" asks
    ("my mum's brow dropped back in 2018, it settled. is that common?", "none"),
    ("my voice went hoarse the last time i had it in 2020. if that happened once could it happen again?", "none"),
]

# round 15: in other words than the blind set's
ROUND_15 = [
    # "brought it up" as a topic raised is not swallowing; brought back up is
    ("my neurologist brought it up at my last visit, can bladder botox cause leaking?", "none"),
    ("the pill got stuck and i brought it back up", "emergency"),
    # a brow sitting higher than the other is an uneven brow; asking the clinic to fix it reports it
    ("my right brow sits higher than the left since the shots", "urgent"),
    ("left eyebrow is a lot lower than the right now, can u fix that", "urgent"),
    ("if one brow ends up higher than the other can you fix it?", "none"),
    # someone else's story under "is that common?", from someone not yet treated
    ("my neighbour told me her brow dropped after botox, is that rare? getting mine done in june", "none"),
    # a long-standing headache condition, then a question about treatment in its own sentence
    ("I've suffered from migraines for years. Would botox help?", "none"),
    ("had botox 3 days ago and now a terrible headache. will it help to rest?", "urgent"),
    # Spanish: a little trouble breathing is still trouble breathing
    ("me cuesta un poquito jalar aire desde la mañana", "emergency"),
    # Spanish: eyes rolling back, a fit
    ("a mi mamá se le voltearon los ojos para arriba y se puso tiesa", "emergency"),
    # Spanish: a bruise that keeps growing, or is not improving, is for the clinic; a condition on it is not
    ("la hinchazón no mejora y cada día se ve más grande", "urgent"),
    ("si el moretón no mejora en unos días, les aviso?", "routine"),
    # Spanish: a mild pain only when touched is tenderness
    ("tengo una ligera molestia cuando me toco la frente", "routine"),
    # Spanish: a brow higher than the other
    ("la ceja derecha me quedó más alta que la izquierda desde el lunes", "urgent"),
    ("se me ve un ojo más abajo q el otro", "urgent"),
    # Spanish: how likely, with a treatment still ahead, asks
    ("qué tan fácil es que se me caiga la ceja si me pongo botox en la frente?", "none"),
]

# round 16 (safety-heavy: daily life, what others noticed, caregivers): in other words than the blind set's
ROUND_16 = [
    ("my sentences keep coming out jumbled when I talk to customers", "emergency"),
    ("I can barely grip my toothbrush with either hand and my legs gave out on the stairs", "emergency"),
    ("her eyes rolled up and her arms were jerking for about a minute", "emergency"),
    ("he wasn't responding to us for a minute after the shots", "emergency"),
    ("it's like a band across my chest since lunch", "emergency"),
    ("my tongue feels strange, kinda thick, since the injections", "emergency"),
    ("she's gasping", "emergency"),
    ("little bruise on my temple, not getting any bigger", "routine"),
    ("small bruise on my forehead, what should I put on it?", "routine"),
    # Spanish
    ("mi papá habla todo trabao desde ayer", "emergency"),
    ("se me doblaron las piernas en la cocina y siento los brazos de gelatina", "emergency"),
    ("siento la garganta bien cerrada y me pica", "emergency"),
    ("se quedó tiesa y después empezó a temblar, se mordió la lengua", "emergency"),
    ("mi abuela no reaccionaba cuando la llamábamos", "emergency"),
    ("veía los letreros de la calle borrosos al manejar", "urgent"),
    ("le salen puras gotitas cuando va al baño, le pusieron botox en la vejiga", "urgent"),
    ("la bolita en vez de bajar se está poniendo más roja", "urgent"),
    ("el párpado izquierdo no se me abre completo desde el martes", "urgent"),
    ("al morder se me cansa la mandíbula desde el botox", "urgent"),
    # Spanish: a fear of what might happen asks; a present state inside it reports
    ("me aterra que se me caiga la ceja, ¿eso pasa mucho?", "none"),
    ("me preocupa que se me esté cerrando la garganta, me cuesta tragar", "emergency"),
    # Spanish: a condition on a treatment still ahead asks
    ("me van a poner botox en el cuello, ¿puede pasar que me quede ronca?", "none"),
]

# a review of the round-16 fixes: where they went too far, and where they hid a report
REVIEW_16 = [
    # a fear about what is already happening reports it (indicative verb or a time word); a subjunctive asks
    ("me asusta que mi hijo no puede pasar la saliva desde anoche", "emergency"),
    ("tengo miedo porque me preocupa que se me cae el párpado", "urgent"),
    ("me da pánico que ya no pueda respirar bien, ¿es posible con el botox?", "none"),
    # an everyday cause told with a red flag's own words is not that red flag
    ("chomped my tongue while chewing gum, can I still come in tomorrow?", "none"),
    ("my legs gave out during spin class yesterday lol", "urgent"),
    ("the office phone is not responding, I want to reschedule", "none"),
    ("my forehead lines aren't responding to the tox at all", "none"),
    ("can't carry the groceries with both hands, it's a big load, what do I owe for my visit?", "none"),
    ("everyone at work gasped at how fresh I look", "none"),
    ("se le mordió la lengua masticando la carne, ¿puede venir a su cita?", "none"),
    ("la recepcionista no contesta y necesito cambiar la cita", "none"),
    ("mis patas de gallo no reaccionan al botox", "none"),
    ("vi en mi estado de cuenta que me cargaron doble", "none"),
    ("le salieron unas gotitas de sangre donde la picaron", "none"),
    # ... but the same sign, told as a sign, still counts
    ("my dad wasn't responding and his arms were jerking after his shots", "emergency"),
    ("mi esposo no responde cuando le hablo, le pusieron botox hoy", "emergency"),
    # a headache told as the reason for treatment, and then as the worst ever in another sentence
    ("Migraines most of my life. Tonight's one is the worst I've ever had. Would botox help?", "emergency"),
    ("My migraines come 15 days a month. Would botox help?", "none"),
    ("Got a headache after my shots. the swelling is the worst ever though", "routine"),
    # a trait since birth, a hypothetical fix: asked; a fix asked for what is happening now: reported
    ("I was born with one brow higher than the other, could botox even it out?", "none"),
    ("should my eyelid droop after the shots, would you be able to fix it?", "none"),
    ("supposing my brow drops, can you correct it?", "none"),
    ("when I looked in the mirror my brow had dropped, can you fix it?", "urgent"),
    ("tengo un párpado más caído que el otro de nacimiento, ¿el botox lo arregla?", "none"),
]

ROUND_17 = [
    # an everyday cause named with a red flag's words is not that red flag (an idiom or a thing: none; an everyday
    # cause in a harmless message: no 911, but an emergency sign's words still get "call the clinic", urgent) ...
    ("did a HIIT class yesterday and got totally winded, is it ok to work out this soon after botox?", "none"),
    ("laughing so hard I was choking lol, my friend says my frown lines look great", "urgent"),
    ("teared up and got choked up when I saw the results, thank you!", "none"),
    ("chest is sore from pushups, nothing else, can I do my shots tomorrow?", "none"),
    ("the screen on my phone is smashed so the text looks doubled, how do I book?", "none"),
    ("corrí para alcanzar el camión y quedé sin aire, ¿afecta al botox?", "none"),
    ("nos ahogábamos de la risa en la sala de espera jajaja", "urgent"),
    ("tengo el pecho adolorido de las lagartijas de ayer, ¿puedo ir al gym hoy?", "urgent"),
    ("se me hizo un nudo en la garganta de los nervios antes de entrar", "none"),
    # ... but the same words without that cause, or with a real sign beside it, still report it
    ("I get winded just standing up from the couch since the neck botox", "emergency"),
    ("my breaths feel quick and shallow tonight", "emergency"),
    ("my arms and legs are weak and floppy, I couldn't finish my run", "emergency"),
    ("my chest feels tight and heavy since this morning, not from the gym", "emergency"),
    ("can't finish my sentences w/o stopping for air", "emergency"),
    ("everything looks doubled since the shots and no, my screen is fine", "urgent"),
    # a hard lump, bumps that harden, swelling that comes back puffier
    ("there's a firm little marble-size lump at one of the spots", "urgent"),
    ("the bumps are getting harder instead of going away", "urgent"),
    ("swelling went down on day 1 but it's back today and puffier than before", "urgent"),
    # a statement that drops its subject; a video someone watched; a long-standing headache asked about
    ("had my shots at noon and have two tiny bumps by my brow", "routine"),
    ("watched a reel where a woman's eyelid drooped after tox, how long would it last?", "none"),
    ("does botox work for chronic migraine? I'm at 18 headache days a month", "none"),
    # Spanish: the same signs told through daily life
    ("cada sorbo de agua se me va por otro lado y toso", "emergency"),
    ("tengo que agarrar aire cada dos palabras", "emergency"),
    ("no tiene fuerza para nada, ni para agarrar la cuchara", "emergency"),
    ("digo una cosa por otra desde anoche", "emergency"),
    ("veo dos lunas en el cielo desde que me puse el botox", "urgent"),
    ("si cierro un ojo ya veo bien, con los dos veo doble", "urgent"),
    ("siento la frente como si no fuera mía desde el tratamiento", "urgent"),
    ("tengo jaqueca casi todos los días, ¿el botox en serio funciona?", "none"),
]

# a review of the round-17 fixes: an everyday cause beside a real sign never hides the sign
REVIEW_17 = [
    ("jogged to my car and I still can't get my breath back half an hour later", "emergency"),
    ("heart is racing and I'm short of breath since my shots", "emergency"),
    ("I'm out of breath just lying in bed, I haven't been to the gym in ages", "emergency"),
    ("out of breath after my workout and my lips look kind of blue", "emergency"),
    ("trying to catch my breath after every sentence", "emergency"),
    ("I keep choking on my water and I'm so upset I'm in tears", "emergency"),
    ("seeing double, and it's not my screen, I checked on the tv", "urgent"),
    ("my chest has been aching all day and I didn't work out", "emergency"),
    ("saw a video about this, my eyelid has been drooping since monday", "urgent"),
    ("Had migraines for years, now the worst headache ever, could botox be why?", "emergency"),
    ("I had a headache this morning. the traffic was the worst ever", "routine"),
    ("corrí al camión y llevo una hora sin aire, no se me pasa", "emergency"),
    ("me quedé sin aire y eso que no hice nada de ejercicio", "emergency"),
    ("me duele el pecho y me aprieta, y no fue del gimnasio", "emergency"),
    ("me pongo nerviosa y tengo un nudo en la garganta desde el botox, ya no trago bien", "emergency"),
    ("veo doble pero no es por la pantalla, ya la cambié", "urgent"),
    ("me da pánico que ya no trago bien la comida", "emergency"),
    ("siempre he tenido la voz ronca pero hoy se me está cerrando la garganta", "emergency"),
    # a second review: an everyday cause explains a symptom only in a message that shows it is harmless, and
    # never beside a sign ("won't stop", lips that look bluish, an arm, a person who does not respond)
    ("short of breath after spin and it just won't stop", "emergency"),
    ("out of breath after my jog, lips kinda bluish", "emergency"),
    ("my legs gave out during the day and she couldn't get back up", "emergency"),
    ("I called my mom and she isn't responding to me", "emergency"),
    ("le duele el pecho después de entrenar y se le duerme el brazo", "emergency"),
    ("después de la inyección mi tía no reacciona", "emergency"),
    ("se ahogó de la risa y se puso morado", "emergency"),
    ("siempre he tenido el párpado un poco caído pero desde el botox se me cayó más", "urgent"),
    ("out of breath after my run", "emergency"),
    ("out of breath after my run lol, can I still go to pilates tomorrow?", "urgent"),
    # a third review: a sign in another sentence, asking for help, or thanks never make the cause harmless
    ("out of breath after spin class lol. it's been like that for forty minutes now", "emergency"),
    ("my wife is out of breath after her jog, should we call an ambulance?", "emergency"),
    ("thanks for answering, my son is short of breath after soccer practice", "emergency"),
    ("legs gave out after my run and now I can't stand up, can I call you?", "emergency"),
    ("laughing so hard I choked lol. now he's gagging and can't talk", "emergency"),
    ("mi hija se atoró con la comida y no respira bien, ¿puedo darle palmadas?", "emergency"),
    # an idiom (`explained`) is still vetoed by its sentence: the bra band, and the same tightness without it
    ("my sports bra band is tight across my chest", "none"),
    ("my sports bra band is tight across my chest, and it's the same after I took it off", "emergency"),
    ("me quedé sin aire de tanto correr, gracias por contestar, tengo mucho miedo", "emergency"),
]

ROUND_18 = [
    # the condition Botox treats, named after "botox for", is the reason for treatment, not a side effect ...
    ("got tox for my eyelid twitching last week, one tiny bruise by my temple", "routine"),
    ("her neurologist is thinking of botox for her migraines, is it risky for someone with asthma?", "none"),
    ("i'm getting bladder botox for my incontinence next month, what should i expect?", "none"),
    ("le van a poner toxina para el tic del párpado, ¿le puede quedar caído?", "none"),
    ("me recomendaron botox para la incontinencia, ¿duele?", "none"),
    # ... unless it began or changed after, and never an emergency sign
    ("had botox for my twitch and now the twitching is worse", "urgent"),
    ("botox for my jaw clenching yesterday and now food won't go down", "emergency"),
    ("me pusieron botox para la incontinencia y ahora no puedo orinar", "urgent"),
    # a routine effect told as a habit is a history
    ("I usually bruise from any needle, can I take arnica before my appointment?", "none"),
    ("I usually bruise from any needle and now there's a big purple patch spreading", "urgent"),
    # asking how to tell is a question; the sign told beside it is a report
    ("¿cómo puedo saber si el párpado se me está cayendo por el botox?", "none"),
    ("¿cómo sé si es una reacción alérgica? tengo la lengua hinchada", "emergency"),
    # signs of a urinary infection after bladder injections: call the clinic
    ("peeing stings and my urine smells bad since the bladder shots", "urgent"),
    ("there's blood in my urine since the bladder botox", "urgent"),
    ("me quema cuando hago pipí desde que me pusieron botox en la vejiga", "urgent"),
    ("tiene sangre en la orina desde la inyección en la vejiga", "urgent"),
    # small bumps in Mexican Spanish
    ("me salieron chipotes chiquitos en la frente donde me inyectaron", "routine"),
    # breathing or eyesight said to be affected, without a word for how
    ("ever since the shots my breathing has felt off", "emergency"),
    ("the injections changed my eyesight", "urgent"),
    ("would the injections affect my son's breathing?", "none"),
]

ROUND_19 = [
    # a question after "me lo van a poner": the treatment is ahead, so the question asks
    ("se lo van a poner a mi papá para la distonía, ¿le puede afectar la voz?", "none"),
    ("me la van a aplicar en la frente, ¿se me puede caer el párpado?", "none"),
    ("me lo pusieron ayer y se me cayó el párpado, ¿es normal?", "urgent"),
    # a long-standing treated condition asked about as a treatment
    ("my neck has had spasms for years, I read botox treats that?", "none"),
    ("her eyelid has twitched on and off for years, does botox treat that?", "none"),
    ("her eyelid twitched after the botox, does botox treat that?", "urgent"),
    ("my eye started twitching two days after my botox", "urgent"),
    # "is it normal to have ..." after a treatment the message puts in the recent past reports what follows
    ("got my forehead done on friday, is it normal to feel like my lids are heavy?", "urgent"),
    ("had the bladder injections two days ago, is it common to not be able to pee?", "urgent"),
    ("my appointment is next week, is it normal to get a droopy lid after?", "none"),
    # "because" starts a clause of its own: the report after it is not part of the question
    ("can botox make you short of breath cuz i cant catch my breath since noon", "emergency"),
    # an infection elsewhere, red as a thing's colour
    ("finishing antibiotics for an ear infection, ok to come in tuesday?", "none"),
    ("tengo infección en el oído y tomo amoxicilina, ¿puedo ir a mi cita?", "none"),
    ("can I have a glass of red wine tonight?", "none"),
    ("the injection spot is red, warm and oozing", "urgent"),
]

# round 20: drink back out of the nose, itching everywhere, 'will it stay like this' about one's own brow, a bruise twice
# its size, queasiness, a leaflet's warning read out, and in Spanish a child's head not held up (diminutives), air
# that does not fill the lungs, a 'tight' throat
ROUND_20 = [
    ("every time she sips juice it comes out through her nose", "emergency"),
    ("water goes up my nose when I swallow, since the neck shots", "emergency"),
    ("my nose ran all day, the cold is going around the office", "none"),
    ("it comes out my nose when I laugh too hard lol, can I still get botox friday?", "none"),
    ("lips are puffy and I'm itching everywhere since the shots", "emergency"),
    ("I'm itchy everywhere since the injections", "urgent"),
    ("my left brow sits lower than the right, will it stay like this?", "urgent"),
    ("if my brow drops will it stay like this forever?", "none"),
    ("can a droopy brow stay like this for months?", "none"),
    ("the swelling on my forehead has doubled since this morning", "urgent"),
    ("the little lump is now twice the size it was yesterday", "urgent"),
    ("feeling queasy since the botox", "urgent"),
    ("my stomach feels sick and I keep burping since the shots", "urgent"),
    ("the label says something about trouble swallowing, how common is that?", "none"),
    ("the leaflet mentions vision problems, should I worry?", "none"),
    ("I can't swallow properly and the leaflet says that's serious", "emergency"),
    ("a mi hija le pusieron botox y no sostiene la cabeza, se le cae", "emergency"),
    ("respiro profundo pero no me llena el aire", "emergency"),
    ("no lleno los pulmones desde ayer", "emergency"),
    ("tengo la garganta tight desde la inyeccion", "emergency"),
    ("le duele la manita a mi niño y se le ve caido el parpadito", "urgent"),
    ("¿el botox puede hacer que no sostenga la cabeza?", "none"),
]

# a safety review of the round-20 fixes (153 probes): drink out of the nose only as drink or "it" that comes back,
# never laughter, steam or a cold; 'stay like this' only in the symptom's sentence or after one told as a statement;
# what a leaflet says is information unless the patient says it is happening; growth of the mark itself; Spanish
# diminutives, babies who do not hold the head up yet, 'tight' only of the throat
REVIEW_20 = [
    ("droopy eyelid, will it be like this forever?", "urgent"),
    ("eyebrow dropped after the shots, is this permanent?", "urgent"),
    ("droopy brow since friday, how long will it stay this way?", "urgent"),
    ("Will my droopy eyelid stay like this?", "urgent"),
    ("double vision since the injections, is it always going to be like this?", "urgent"),
    ("the aftercare sheet says call 911 for trouble swallowing or breathing", "none"),
    ("The instructions say to watch for drooping eyelids and blurred vision", "none"),
    ("your FAQ page says trouble swallowing can show up weeks later", "none"),
    ("The consent form listed difficulty breathing, loss of bladder control and muscle weakness all over", "none"),
    ("the leaflet says something about losing bladder control", "none"),
    ("the medication guide says trouble speaking and trouble breathing are possible", "none"),
    ("Exactly what the label warns about: drooping eyelid on the left, started yesterday", "urgent"),
    ("The website mentioned blurred vision and that is what's happening, blurry since Monday", "urgent"),
    ("when I drink water some of it comes out of my nostrils", "emergency"),
    ("every time I take a sip it ends up in my nose", "emergency"),
    ("liquid goes up into my nose when I swallow since the neck botox", "emergency"),
    ("stuff comes out my nose when I'm drinking", "emergency"),
    ("it comes out my nose when I try to swallow", "emergency"),
    ("when I drink, it comes out my nose", "emergency"),
    ("my tea keeps going up the back of my nose when I swallow", "emergency"),
    ("whenever I drink something it comes back out my nose", "emergency"),
    ("soda comes out my nose when I swallow now", "emergency"),
    ("I'm itchy pretty much everywhere since the shots", "urgent"),
    ("itching like crazy everywhere after botox", "urgent"),
    ("my whole body itches since this morning", "urgent"),
    ("itchy from head to toe after my appointment", "urgent"),
    ("I itch everywhere since the injections", "urgent"),
    ("I'm so itchy everywhere, arms, legs, back", "urgent"),
    ("she's shaking everywhere and not answering me", "emergency"),
    ("red bumps everywhere on my chest and arms since the injection", "urgent"),
    ("I have an upset stomach since the botox yesterday", "urgent"),
    ("my stomach feels a bit upset since the shots", "urgent"),
    ("feeling kind of sick in the stomach after my injections", "urgent"),
    ("my belly feels off since the injections", "urgent"),
    ("my stomach is churning since this morning's botox", "urgent"),
    ("feel like I'm going to be sick since the botox", "urgent"),
    ("I feel queasy since the botox", "urgent"),
    ("the bruise doubled in size overnight", "urgent"),
    ("the swelling at the injection site is twice as swollen as yesterday", "urgent"),
    ("the lump on my forehead is now 2x the size it was", "urgent"),
    ("the bruise was pea sized monday, now it's the size of a golf ball", "urgent"),
    ("the bruise keeps growing", "urgent"),
    ("the bruise has grown", "urgent"),
    ("bruise is double in size today", "urgent"),
    ("mi mamá no aguanta la cabeza desde el botox en el cuello", "emergency"),
    ("se le cae la cabecita para adelante desde la inyección", "emergency"),
    ("no puedo mantener la cabecita derecha desde ayer", "emergency"),
    ("respiro hondo y siento que no me llena", "emergency"),
    ("tomo aire profundo y no me alcanza", "emergency"),
    ("inhalo y el aire no me llena los pulmones", "emergency"),
    ("los pulmones no se me llenan desde ayer", "emergency"),
    ("siento la garganta tight desde el botox en el cuello", "emergency"),
    ("siento tight la garganta", "emergency"),
    ("se me pone tight la garganta", "emergency"),
    ("tengo la garganta como tight y rara", "emergency"),
    ("tengo los ojillos hinchados desde el botox", "urgent"),
    ("tengo los labitos hinchados desde ayer", "emergency"),
    ("mi lengüita se siente gorda y rara", "emergency"),
    ("se me cayó el parpadito izquierdo", "urgent"),
    ("tengo la pancita revuelta desde el botox", "urgent"),
    ("tengo el estómago revuelto desde ayer que me pusieron botox", "urgent"),
    ("el moretón creció al doble desde ayer", "urgent"),
    ("el chichón está el doble de grande que ayer", "urgent"),
    ("mi mamá no sostiene la cabeza desde el botox en el cuello", "emergency"),
    ("desde ayer no sostiene la cabecita, está como de trapo", "emergency"),
    ("no sostengo mi cabeza desde la inyección", "emergency"),
    ("mi papá no detiene la cabeza desde la mañana", "emergency"),
    ("I laughed so hard the soda came back out my nose lol", "none"),
    ("my son giggled mid-sip and the lemonade came back out his nose", "none"),
    ("Snot comes out of my nose when I drink hot coffee, does that matter for my appointment Friday?", "none"),
    ("steam comes out my nose when I sip hot tea, like a dragon haha", "none"),
    ("I breathe out through my nose while I drink, weird habit, anyway what time do you open?", "none"),
    ("I have a cold and my nose is running, everything comes out of my nose when I drink hot soup. Can I still come Friday?", "none"),
    ("What are the chances of double vision? And is my forehead going to stay like this, smooth?", "none"),
    ("Is trouble swallowing a known side effect? Will it stay like this for a while, my frown lines are gone and I love it", "none"),
    ("How common is hoarseness after neck botox? My neck bands are gone, is it going to remain like this?", "none"),
    ("I have sun spots everywhere on my face, would botox help with those?", "none"),
    ("I'm sick to my stomach about how much I spent, but the results are worth it", "none"),
    ("I get queasy around needles, can someone hold my hand during the injections?", "none"),
    ("the news made me sick to my stomach today, anyway what time do you open?", "none"),
    ("Nervous for tomorrow, my stomach feels upset just thinking about the needles", "none"),
    ("Small bruise on my forehead, but honestly the look has grown on me", "routine"),
    ("mild headache after the shots, but my confidence has grown so much since", "routine"),
    ("Little bruise by my eyebrow. My business has grown since I started looking less tired haha", "routine"),
    ("a little redness at the injection spots, and my eyebrows have grown back in nicely", "routine"),
    ("mi bebé recién nacido todavía no sostiene la cabecita, ¿puedo ponerme botox si estoy amamantando?", "none"),
    ("mi gordito de 2 meses todavía no controla su cabeza, ¿a qué edad la sostienen?", "none"),
    ("mi hija pone boquita de pato en todas las fotos jaja, ¿el lip flip se ve así?", "none"),
    ("ando con la carita caída porque no me dieron cita esta semana", "none"),
    ("con tanto estrés no controlo mi cabeza, pienso en todo", "none"),
    ("dejé de fumar y el humo ya no llena mis pulmones, ¿puedo ponerme botox el lunes?", "none"),
    ("antes de la inyección respiro hondo y no me basta para calmar los nervios, ¿es normal estar tan nerviosa?", "none"),
]

# round 21: food that sat at the top of the throat, itching with words between, too weak to get up, a headache
# "like I've never had" or "never had one like this" (a pain elsewhere like that is severe, not the worst headache),
# a lump hard like a pea, "I've read kids can get ..." as hearsay
ROUND_21 = [
    ("the bread stayed in the middle of my throat at lunch", "emergency"),
    ("itching like crazy everywhere since the shots", "urgent"),
    ("too weak to get out of bed since the injections, arms and all", "emergency"),
    ("she says she's never had a migraine like this, came on all at once", "emergency"),
    ("a headache unlike anything I have ever had", "emergency"),
    ("never had a headache in my life, will botox give me one?", "none"),
    ("never had pain like this in my jaw since the tmj shots", "urgent"),
    ("the spot by my eyebrow is firm like a marble now", "urgent"),
    ("I've heard people can get droopy eyelids from botox, how often does that happen?", "none"),
    ("holding a cup is hard for me since the neck injections", "urgent"),
]

# pain intensity in everyday words is severe pain (call the clinic); the same words about a future or asked pain are not
INTENSITY = [
    ("the spots on my forehead are hurting really bad since this morning", "urgent"),
    ("my neck aches a ton since the shots", "urgent"),
    ("forehead burns like crazy where they injected", "urgent"),
    ("my forehead is so sore I couldn't sleep last night", "urgent"),
    ("me arde un montón donde me pusieron la inyección", "urgent"),
    ("le duele horrible la frente a mi mamá desde el botox", "urgent"),
    ("will the needle hurt a lot?", "none"),
    ("i'm scared it will hurt so much, I hate needles", "routine"),
    ("¿duele mucho la inyección?", "none"),
    ("me duele mucho menos que ayer", "none"),
]

# round 22: "it's happening to me" after a question reports it; dropping to the floor; a crawling feeling under the
# skin; "could it change my voice?" asks about the treatment; a little whistle from the chest; Spanglish that the
# language detector calls English still gets the Spanish rules' red flags
ROUND_22 = [
    ("how do you know if you're having trouble breathing from botox? because it's happening to me", "emergency"),
    # ... but a denial of it is no report, and not knowing what is happening still is one
    ("can botox cause droopy eyelids? I don't think it's happening to me right now", "none"),
    ("can botox make it hard to swallow? I don't know what's happening to me", "emergency"),
    ("she crumpled to the floor in the parking lot after her shots", "emergency"),
    ("I just dropped my phone on the floor lol, can I call instead of texting?", "none"),
    ("feels like ants crawling on my forehead since the injections", "urgent"),
    ("can it give me a droopy eyelid? my appointment is next week", "none"),
    ("would it affect my swallowing? I'm getting it for neck spasms in june", "none"),
    ("could it be my eyelid drooping from the botox?", "urgent"),
    ("cuando respira se le oye un pitidito en el pecho desde la inyección", "emergency"),
    ("so me hice el botox ayer and now siento que el aire no me llena, it's scary", "emergency"),
    ("tengo un little bruise bajo el ojo, no duele, everything else ok", "routine"),
    # someone who cannot be woken (found while auditing the rule shorthand), not a sleepy teenager
    ("my husband won't wake up, he had botox in his neck this morning", "emergency"),
    ("I can't wake my mom up", "emergency"),
    ("my daughter won't wake up for school lol, can I move her appointment?", "none"),
    ("I can't wake up early enough for a 9am appointment", "none"),
    # urine that does not come (a contraction the shorthand could not match before)
    ("nothing comes out when I try to pee since the bladder injections", "urgent"),
    ("his urine doesn't come out, he had bladder botox on monday", "urgent"),
]

# a safety review of the round-21 and round-22 changes (165 probes): waking, dropping to the floor, 'happening to me',
# pain intensity and Spanglish in everyday life; and real reports of the same in other words
REVIEW_22 = [
    ("My husband won't wake up before noon on weekends haha, can I book a Saturday slot at 9?", "none"),
    ("My daughter is napping and she won't wake up, can I bring her sleeping in the stroller?", "none"),
    ("He won't wake up for anything on Sundays lol, so can my appointment be at 2?", "none"),
    ("Mom won't wake up early enough to drive me, can I come at 11 instead?", "none"),
    ("They won't wake up the baby if I bring her to the appointment, right?", "none"),
    ("My phone dropped to the floor and the screen cracked, can I still use the app?", "none"),
    ("My jaw dropped to the floor when I saw my results, thank you!!", "none"),
    ("My heart dropped to the floor when I saw the bill lol", "none"),
    ("I slumped on the floor watching Netflix all day, can I do that after botox?", "none"),
    ("We dropped to the ground for burpees at bootcamp, can I work out after my shots?", "none"),
    ("My earring dropped on the floor during my appointment, did anyone find it?", "none"),
    ("I love Grey's Anatomy, every episode feels like it's happening to me lol. Anyway can botox cause trouble breathing?", "none"),
    ("Can botox make it hard to swallow? Just want to know what will be happening to me during the procedure", "none"),
    ("Can botox cause drooping? I'm scared of that happening to me before my wedding", "none"),
    ("Can botox cause trouble breathing? I want to understand what's happening to my body when I get it", "none"),
    ("could it change my voice? I'm a singer and booked for next month", "none"),
    ("If I get a rash next week, could this be a reaction to my shots?", "none"),
    ("I faint at the sight of blood, can I lie down during the injections?", "none"),
    ("My sports bra is tight around my chest, can I wear it to the appointment?", "none"),
    ("I had a creepy feeling about the parking garage at night, is there another entrance?", "none"),
    ("Horror movies give me a creepy feeling, anyway what are your hours?", "none"),
    ("I have a prickly feeling about this, should I wait to book?", "none"),
    ("Nothing comes out when I try to go to the booking page, is the site down?", "none"),
    ("Should I not wash my hair tonight after botox?", "none"),
    ("I did not do my hair today so excuse the video call lol", "none"),
    ("I usually don't dry my hair with heat, is that ok after treatment?", "none"),
    ("Sorry, I didn't finish my sentence: can I book Friday?", "none"),
    ("My son won't finish a sentence without saying like, lol", "none"),
    ("If I pass out, what should I do? es que me pongo nerviosa con las agujas", "none"),
    ("Can botox make it hard to swallow? it's happening to me rn", "emergency"),
    ("what does it mean if you can't swallow? asking bc it's happening to me", "emergency"),
    ("Can botox cause trouble breathing? Asking because it's happening to my husband right now", "emergency"),
    ("Can botox make it hard to swallow? I don't know what's happening to me", "emergency"),
    ("What does a droopy eyelid look like? I think it's happening to me", "urgent"),
    ("my daughter had botox for her bladder and now she won't wake up", "emergency"),
    ("I can't wake my husband up, he had botox this morning", "emergency"),
    ("I can't get my husband to wake up, he had botox this morning", "emergency"),
    ("My mom is really hard to wake up since her botox", "emergency"),
    ("I can't wake my partner up!!", "emergency"),
    ("my grandma won't wake up after her injections", "emergency"),
    ("I can barely wake her, she's so drowsy", "emergency"),
    ("He won't come round, he's just lying there", "emergency"),
    ("she's not waking up properly, what do I do", "emergency"),
    ("Cant wake her up!!", "emergency"),
    ("No logro despertar a mi esposo", "emergency"),
    ("no se despierta mi hijo, le pusieron botox ayer", "emergency"),
    ("no puedo despertar a mi mamá", "emergency"),
    ("I just dropped to the floor in the shower", "emergency"),
    ("I crumpled onto the bathroom floor after my botox", "emergency"),
    ("He slumped over in his chair and won't answer", "emergency"),
    ("I went down hard on the kitchen floor, legs just went", "emergency"),
    ("She slid off the chair onto the floor", "emergency"),
    ("quedó tendida en el suelo sin moverse", "emergency"),
    ("my head feels too heavy to hold up", "emergency"),
    ("I'm hardly able to brush my hair, my arms are so weak", "emergency"),
    ("I can't move my arms and legs", "emergency"),
    ("tengo un silbidito en el pecho al respirar", "emergency"),
    ("me sale un silbidito cuando respiro", "emergency"),
    ("mi nieto hace un chiflidito en el pecho al respirar", "emergency"),
    ("oigo como un pitidito en el pecho", "emergency"),
    ("me chilla el pecho al respirar", "emergency"),
    ("unable to puff my cheeks since the shots", "urgent"),
    ("it stings while I pee", "urgent"),
    ("nothing comes out when I try to pee", "urgent"),
    ("I try to pee and nothing comes out", "urgent"),
    ("I feel like I need to go but nothing happens when I sit on the toilet", "urgent"),
    ("I haven't peed all day even though I really need to", "urgent"),
    ("can barely get any pee out since the bladder botox", "urgent"),
    ("no me sale nada cuando intento orinar", "urgent"),
    ("quiero hacer pipí y no sale", "urgent"),
    ("my headache won't stop", "urgent"),
    ("could this be a reaction to my shots? my face is all itchy bumps", "urgent"),
    ("weird crawling feeling under my skin where the injections were", "urgent"),
    ("it's like something is crawling under my skin on my forehead", "urgent"),
    ("feels like ants crawling under my forehead", "urgent"),
    ("siento como hormiguitas caminando bajo la piel de la frente", "urgent"),
    ("tengo una sensación rara debajo de la piel donde me inyectaron", "urgent"),
    ("escucho un silbidito en el oído desde el botox", "urgent"),
    ("the injection site is throbbing like crazy", "urgent"),
    ("the pain is killing me where they injected", "urgent"),
    ("my forehead is killing me since the shots", "urgent"),
    ("it hurts so freaking bad where they injected", "urgent"),
    ("hurts sooo bad at the injection site", "urgent"),
    ("the pain is like a 9 since yesterday", "urgent"),
    ("I'm in agony since the injections", "urgent"),
    ("I'm in so much pain after the botox", "urgent"),
    ("me duele un chorro la frente desde el botox", "urgent"),
    ("me está matando el dolor en la frente", "urgent"),
    ("no aguanto el dolor donde me pusieron el botox", "urgent"),
    ("me duele bien cabrón la frente", "urgent"),
    ("me duele un monton where they injected, is that normal", "urgent"),
    ("tengo un silbidito en el pecho when I breathe", "emergency"),
]

# round 23: a head that cannot be held up told as "unable to" or "not able to", and "it keeps falling onto his chest";
# an exploding headache; one eye that looks half asleep or sleepier than the other; itchy bumps on the arms or neck
ROUND_23 = [
    ("my wife is not able to keep her head up since this afternoon", "emergency"),
    ("her head keeps slumping forward, she got botox for her neck on monday", "emergency"),
    ("I'm able to hold my head up fine, just a bit of a sore neck", "routine"),
    ("explosive headache out of nowhere tonight, botox 3 days ago", "emergency"),
    ("my head is exploding with all these wedding plans lol", "none"),
    ("my left eye looks sleepier than the right since the botox", "urgent"),
    ("my eyes look tired, would botox help?", "none"),
    ("itchy spots across my chest and back since this morning", "urgent"),
]

# round 24: speech that runs together, weakness told limb by limb, double vision told by what it does, pets,
# machines and surprise told with a symptom's words, a history long ago, chills as a cold starts
ROUND_24 = [
    ("since lunch his words are all mashed together, he sounds half asleep", "emergency"),
    ("her sentences kind of run together now, hard to follow", "emergency"),
    ("I can't carry my grocery bags anymore and climbing stairs my knees want to buckle", "emergency"),
    ("couldn't hold the hairdryer up this morning and standing in the shower my legs were shaking and weak", "emergency"),
    ("my right arm is weak since the shots in my right shoulder", "urgent"),
    ("can't lift my leg properly since the calf injections for spasticity", "urgent"),
    ("I can barely say a whole sentence on the phone without having to stop for breath", "emergency"),
    ("at night the street lamps each have a twin, gone when I cover one eye", "urgent"),
    ("everything comes into focus so slowly when I look up from my phone, like the lens can't find focus", "urgent"),
    ("the road markings were splitting into two on the way home", "urgent"),
    ("my cat has been coughing and wheezing since this morning, should I take her to the vet?", "none"),
    ("the old vacuum sounds like it's choking lol", "none"),
    ("nearly passed out when I saw how smooth my forehead looks!! when do I book again?", "none"),
    ("I almost choked when I heard what my sister paid for hers lol", "none"),
    ("I almost choked on a sip of water tonight, it went the wrong way", "emergency"),
    ("my dog jumped on me and now my lips are swelling", "emergency"),
    ("I had hives as a child from penicillin, is botox ok for me?", "none"),
    ("my cousin's brow dropped after botox 8 years ago and took months to go back, does that still happen?", "none"),
    ("my eyelid drooped after botox 2 years ago and now it is back again", "urgent"),
    ("feeling a bit shivery tonight, like a cold coming on, botox this morning", "routine"),
    ("shivering and feverish and the spot is hot, like I have the flu", "urgent"),
    ("mi gato esta tosiendo y jadea mucho, que le doy?", "none"),
    ("la lavadora hace un ruido como si se estuviera ahogando jaja", "none"),
    ("mi perro me salto encima y ahora se me hinchan los labios", "emergency"),
    ("se me estan cayendo los vasos de las manos desde el botox", "urgent"),
    ("no puedo abotonarme la blusa, la mano no me responde", "urgent"),
    ("mi papa se ha orinado en la cama dos noches desde el botox en la vejiga", "urgent"),
    ("no alcanza a llegar al restroom, le pusieron botox en la vejiga", "urgent"),
    ("se me caen las tazas y las piernas no me sostienen desde ayer", "emergency"),
    ("hace muchos anos me dio urticaria con una crema, puedo ponerme botox?", "none"),
    ("ando destemplada, como si me fuera a dar un resfriado, el botox fue ayer", "routine"),
    ("tengo escalofrios y calentura, como una gripa, y el piquete esta caliente", "urgent"),
]

# round 25: knees that wobble and arms full of sand, a place told with "where they injected", a condition named as
# the treatment's name, headaches every week asked about, Spanish fears told with an infinitive, "fuera de eso"
ROUND_25 = [
    ("my knees keep wobbling on the stairs and I couldn't lift the laundry basket", "emergency"),
    ("my legs feel like they're packed with sand since the injections", "emergency"),
    ("where they injected my forehead it's more sore every day instead of less", "urgent"),
    ("where did they inject the botox for crow's feet?", "none"),
    ("had my migraine injections on monday and my scalp is a bit tender", "routine"),
    ("my eye twitch injections were yesterday, tiny bruise by my eye", "routine"),
    ("my eye twitch is worse since the injections", "urgent"),
    ("I get migraines every month, would botox help with them?", "none"),
    ("me da panico tener la ceja caida despues, eso es comun?", "none"),
    ("mi hermana se va a poner botox y esta preocupada de quedar con la boca chueca, pasa seguido?", "none"),
    ("tengo ronchas en el cuello que pican, aparte de eso estoy bien", "urgent"),
    ("ya estoy bien, la roncha se quito", "routine"),
]

# round 26: tablets that sit in the throat and are forced down, a body that was jerking, breathless lying flat, speech
# that sounds drunk, a buzzing feeling, pain too bad to bear weight, an eyebrow "lower now??", the lower lid's name
ROUND_26 = [
    ("my tablets keep sitting at the back of my throat since the neck shots", "emergency"),
    ("I have to force every pill down with loads of water now", "emergency"),
    ("her whole body kept jerking for a minute, she's sleepy now", "emergency"),
    ("I can only breathe when I'm propped up on three pillows", "emergency"),
    ("my husband is talking like he's had a few but he's sober, botox yesterday", "emergency"),
    ("weird buzzing sensation in my forehead since tuesday", "urgent"),
    ("can't bear weight on my leg where they injected, the pain is bad", "urgent"),
    ("my left brow is way lower than the right now?? had it done friday", "urgent"),
    # (without "my", and with the sentence split between the two question marks)
    ("One brow sits lower than the other now?? botox tuesday", "urgent"),
    ("a small bruise on my lower eyelid, otherwise fine", "routine"),
    ("could botox make my brow droop now that I'm older?", "none"),
    ("had the migraine protocol on monday, neck is a bit sore", "routine"),
]

# round 27's concepts, in other words: both legs buckling is legs giving way (not after a run, nor at a sight), a bump
# still there a week or more where the needle went (not a mosquito bite's, not day 2), fast or noisy breathing and an
# idiom about a price in Spanish, a question "te puede ...", an appointment still ahead, what the patient was told to
# watch for asked back; and, from the review of these fixes, what stays as it was
ROUND_27 = [
    ("both her legs keep buckling when she walks to the bathroom", "emergency"),
    ("my legs just buckled under me twice on the way to the car", "emergency"),
    ("my knee buckled once on the stairs", "urgent"),
    ("my legs buckled when i saw who was at the door lol", "none"),
    # (an everyday cause, shown harmless: not 911, still a call)
    ("legs kept buckling after my long run this morning haha, can i still get botox friday?", "urgent"),
    ("both his arms went floppy this afternoon, neck botox on monday", "emergency"),
    # (worn out by laughing: the rule's `not_when`, still a call for the arms)
    ("both arms went limp from laughing so hard at my kid", "urgent"),
    ("the knot where the needle went in is still here after 2 weeks", "urgent"),
    # (a bump, not a hard lump: a bug bite's, days on)
    ("the bump from a bug bite on my arm is still there after 3 days, botox ok tomorrow?", "routine"),
    ("bumps where they put the needle still there after 2 days", "routine"),
    ("trouble swallowing is probably normal right?", "none"),
    ("eye twitching botox was 3 days ago and it hasnt stopped", "urgent"),
    ("mi bebé respira rapidísimo y con un ruido raro desde el botox", "emergency"),
    ("mi gatito respira rapidisimo cuando juega jaja, a que hora abren?", "none"),
    ("me da nervios por mi cita de la próxima semana, ¿te puede dar visión doble?", "none"),
    ("desde mi cita del martes no me pasa ni el agua", "emergency"),
    ("casi nos da un infarto con lo que cuesta, cuanto cobran ustedes?", "none"),
    ("casi me da un infarto con lo que cobran, y ahora me duele el pecho desde el botox", "emergency"),
    # what the patient was told to watch for, asked back: information, not a report
    ("I'm supposed to look out for chest tightness now?", "none"),
    ("am i meant to watch for trouble breathing tonight?", "none"),
    ("I was supposed to be fine by now but my chest is tight?", "emergency"),
    # a clause that states the symptom, subject dropped, before a question about what to do (not a general claim)
    ("lips feel puffy and my tongue is thick, probably nothing right?", "emergency"),
    ("brow still sitting low a week later, should i wait for my follow up?", "urgent"),
    ("trouble swallowing after botox is really rare, probably fine right?", "none"),
    # (the symptom as the topic of a sentence, not a part in a state: a question)
    ("droopy lids are temporary right?", "none"),
    ("breathing trouble is pretty much unheard of with forehead tox?", "none"),
    ("mi perro tiene el ojo caido desde ayer, le puede pasar por el calor?", "none"),
    # an onset dated after the symptom's words states it too ("since"), not a "since" that gives a reason
    ("cant breathe right since the neck shots, is that common?", "emergency"),
    ("right brow sagging since tuesday, will it settle?", "urgent"),
    ("can botox cause a droopy lid since it spreads?", "none"),
    # told as the patient's own before a question about a coming treatment; an emergency someone has now whoever asks
    ("my vision is blurry since the shots, im getting botox again next month, is that ok?", "urgent"),
    ("mi esposo no puede respirar bien desde el botox y a mi me toca el lunes, a mi me puede pasar?", "emergency"),
    ("chest is sore from bench press, can I still get my shots tomorrow?", "none"),
    # (with "my": an everyday cause shown harmless, a call, no longer 911)
    ("my chest is sore from bench press, can I still get my shots tomorrow?", "urgent"),
    # a symptom told as someone's since the treatment, then asked about (not a story, not asked for oneself)
    ("mi papa ve doble desde la aplicacion, le puede pasar eso?", "urgent"),
    ("mi prima tiene el parpado caido desde el botox, a mi me puede pasar?", "none"),
    ("tiene ronca la voz desde el botox, se le quitara sola?", "urgent"),
    ("mi hijo respira agitadísimo desde ayer que le pusieron botox", "emergency"),
    ("despues del partido mi hijo respira agitadisimo jaja, a que hora abren?", "urgent"),
]

# still open after round 27, then the concepts of round 28's first run
ROUND_28 = [
    # passing urine made hard (bladder injections), asked about or reported
    ("it's been harder to pee ever since the bladder shots", "urgent"),
    ("having trouble peeing since tuesday", "urgent"),
    ("does bladder botox make it hard to pee?", "none"),
    # a hoarse voice in the diminutive
    ("ando con la voz ronquita desde las inyecciones del cuello", "urgent"),
    ("me quedé ronquita desde ayer", "urgent"),
    # food that will not go all the way down; each bite chased with a drink
    ("my dad says his dinner won't go all the way down since his neck injections", "emergency"),
    ("she's been washing every bite down with juice since thursday's botox", "emergency"),
    ("i chase my vitamins with orange juice every morning, is that ok before botox?", "none"),
    # a clause going on from a date long ago is a history; "did it yesterday" tells the treatment, it asks nothing
    ("had a reaction to filler years back, broke out in hives everywhere. is botox ok for me?", "none"),
    ("a bit of redness on two of the spots, got it done yesterday", "routine"),
    # a part that only says where a bruise or bump is: the pronoun after it is the bruise, worse (a call, not 911)
    ("the little bruise near my eye has doubled since tuesday, it's twice the size now", "urgent"),
    # words read, not said: vision, not speech
    ("since friday i can't focus on the words in my book, they swim", "urgent"),
    # a video, then only a worry about one's own appointment; a question asked for a friend; a fear of what it might do
    ("watched a youtube video where a lady's brow dropped after botox and now i'm nervous about my appt", "none"),
    ("asking for a friend - can the neck injections make it hard to breathe?", "none"),
    ("my sister is terrified the tox for her jaw might make her choke, is that likely?", "none"),
    # Spanish: the treated condition named after "x" (por), worse after the treatment; a lump that does not go down
    ("me puse botox x el bruxismo y tengo un moretoncito en el cachete", "routine"),
    ("desde la inyeccion los espasmos del cuello estan peor", "urgent"),
    ("tengo un bulto duro en la frente desde hace 2 semanas y no baja nada", "urgent"),
]

# the review of round 28's fixes, then the concepts of round 29's first run
ROUND_29 = [
    # more ways food is helped down or will not go down; a "doesn't go down" of food is no denial
    ("since the jaw shots i've had to wash down every mouthful with tea", "emergency"),
    ("my rice doesn't go all the way down, it sits there", "emergency"),
    ("the food doesn't go down the wrong way, just a mild headache", "routine"),
    ("had to force my food down at lunch because i was so anxious about the interview", "none"),
    ("mi papa tiene que bajar la tortilla con agua desde las inyecciones del cuello", "emergency"),
    # struggling to focus on words is vision; a lump described further on is hard; Spanish lumps and swellings that
    # do not go down are a call
    ("really struggling to focus on the words in texts since tuesday", "urgent"),
    ("that knot from the injection on my forehead is still hard", "urgent"),
    ("tengo un chichon en la ceja que no baja nada", "urgent"),
    ("la inflamacion de los parpados no se baja y ya llevo una semana asi", "urgent"),
    # a bruise placed by the eye getting smaller is not an eye getting smaller
    ("el moretón cerca del ojo ya está más chiquito", "routine"),
    # "asking for a friend" with anything after it, no question mark
    ("asking for a friend haha can botox make you lose your voice", "none"),
    ("my sister is asking, do the injections cause double vision", "none"),
    ("the spasms in my neck are worse, does botox ever do that", "urgent"),
    ("asking for my mum does botox make you faint bc she just did", "emergency"),
    ("puedo tomar ibuprofeno? me paso la pastilla con agua y ya", "none"),
    ("cada bocado lo tengo que bajar con agua desde ayer", "emergency"),
    ("her lid covers part of her pupil since friday", "urgent"),
    # trouble swallowing told through meals (caregivers): the rules, not only the classifier
    ("dad coughs and splutters through every meal since his neck injections", "emergency"),
    ("my son keeps gagging on his lunch since the calf shots, and drooling", "emergency"),
    ('he says the water "won\'t go down" since tuesday', "emergency"),
    ("i was coughing at dinner because of my cold", "none"),
    # a strange pressure in the face is a call, in either language (a face that only "feels strange" is asked about)
    ("there's this strange pressure in my forehead since the shots, doesn't hurt", "urgent"),
    ("siento una presión extraña en los cachetes desde ayer", "urgent"),
    ("my forehead feels a bit tight today, day 2", "none"),
    # an eyelid over the pupil; a pink spot at the sites
    ("se le ve el parpado tapando media pupila", "urgent"),
    ("está rosadito en los piquetes nada más", "routine"),
    # examples of what is normal from someone whose treatment is still ahead
    ("like bruising or swelling? not getting it done until june, just researching", "none"),
    ("moretones, hinchazon y asi... me lo hacen hasta junio, nomas estoy averiguando", "none"),
    # (not with a date to now: a report, whatever comes next; an eyelid that covered the pupil years ago is a history)
    ("rojez y un moretón desde anoche, la próxima me la ponen en mayo", "routine"),
    ("hace tiempo el parpado me tapaba la pupila con otra marca, ahora quiero volver a ponerme", "none"),
    # the other limb weak or clumsy after injections for stiffness: a call (not 911 while eating and talking normally)
    ("her left hand has been clumsy since they injected her right leg for the spasticity", "urgent"),
    ("a mi abuelo le pusieron en la pierna y su otra mano esta floja, come y habla bien", "urgent"),
]

# round 30's first run: a story of nobody in particular, then whether it can happen (a relative who tells it, or
# someone who tells the patient about the patient, stays a report)
ROUND_30 = [
    ("my cousin says a lady at her salon ended up unable to swallow after botox. is that possible?", "none"),
    ("my mom says her throat is tight, can that happen?", "emergency"),
    ("someone at work told me my eyelid looks droopy since my botox, can that happen?", "urgent"),
]

# round 31: lower-face weakness told through eating and drinking (urgent, not swallowing), drink coming back
# through the nose, seeing two of each thing, a fit as a simile, a fear of what might happen
ROUND_31 = [
    ("my tea leaks out the left side of my mouth when i drink, swallowing is fine", "urgent"),
    ("bits of food keep pocketing in her right cheek when she chews", "urgent"),
    ("se le junta la comida en el cachete izquierdo al masticar", "urgent"),
    ("se me escapa el agua por un ladito de la boca cuando tomo", "urgent"),
    ("my mouth won't close properly on the left", "urgent"),
    ("se me queda la comida atorada en la garganta", "emergency"),
    ("whenever he drinks, the juice comes back up through his nose", "emergency"),
    ("i'm seeing 2 of every street sign", "urgent"),
    ("veia dos de cada letrero en la carretera", "urgent"),
    ("my husband just had what looked like a fit on the couch", "emergency"),
    ("she's having a fit right now, legs jerking", "emergency"),
    ("my husband will have a fit when he sees the bill", "none"),
    ("the elevator got stuck on the way down so im late", "none"),
    ("it comes out through my nose every time i sneeze", "none"),
    ("will it make my throat close? i'm terrified of suffocating", "none"),
    ("¿puede dar problemas para respirar? me da pavor asfixiarme", "none"),
    ("me da miedo ver que el parpado se me sigue cayendo", "urgent"),
    ("i'm scared, i'm choking on my spit since this morning", "emergency"),
    ("does it ever cause choking? im scared of choking, my throat feels tight", "emergency"),
    ("could it affect my breathing? i have a phobia of suffocation", "none"),
    # ... and three emergencies the classifier alone had caught, which retraining with lower-face examples lost
    ("he can't get his tablets or even his pudding down", "emergency"),
    ("bread keeps catching on its way down since the neck shots", "emergency"),
    ("her knees keep giving way on the stairs", "emergency"),
]

# a review of the round-19 fixes, and a seizure the rules had left to the classifier
REVIEW_19 = [
    ("my neck spasms got worse after the botox, does botox help spasms?", "urgent"),
    ("my eyelid started twitching after the forehead shots, can botox treat twitching?", "urgent"),
    ("se lo van a poner otra vez, ¿es posible que vea borroso desde la primera dosis?", "urgent"),
    ("bladder botox monday and now a kidney infection", "urgent"),
    ("my mom collapsed and had a fit on the living room floor after her shots", "emergency"),
    ("he's shaking all over and not reacting when I talk to him", "emergency"),
    ("she's lying on the ground and won't wake up", "emergency"),
    ("my sister had a fit when she saw the bill lol", "none"),
]

# red flags the rules had left to the classifier (46 blind reports were caught by it alone); in other words
RULES_NOT_CLASSIFIER = [
    # ... and, from a review of their over-escalation, the same words in everyday life are not red flags
    ("grabbed food and the car stopped halfway down the ramp", "none"),
    ("my instructor has us practice breathing through a straw", "none"),
    ("the seat belt across my chest is annoying, can I wear it after botox?", "none"),
    ("the roof is leaking everywhere so I might be late", "none"),
    ("just a few drops of serum at night, is that ok after botox?", "none"),
    ("the blinds were half drawn in the room", "none"),
    ("buzzing from my electric toothbrush, unrelated, when is my appointment?", "none"),
    ("el tráfico está peor hoy, ¿puedo llegar más tarde?", "none"),
    ("el moretón ya se estaba quitando pero hoy está peor", "urgent"),
    ("me levanto el párpado con el dedo para ponerme los lentes de contacto", "none"),
    # ... while these are reports
    ("she's on the kitchen floor and won't wake up", "emergency"),
    ("mi papá está en el suelo y no reacciona", "emergency"),
    ("my chest feels like somebody is sitting on it", "emergency"),
    ("I have to hold my lid up with my finger", "urgent"),
    ("the numbness crept down into my eyelid", "urgent"),
    ('both my arms feel like noodles and my legs as well since the botox', 'emergency'),
    ('his legs stopped holding him up this afternoon', 'emergency'),
    ('the pills sit halfway down and I have to drink a lot to push them', 'emergency'),
    ("it feels like I'm breathing through a straw", 'emergency'),
    ('the street lights split into two when I drive', 'urgent'),
    ('my sight is smudgy like a greasy window', 'urgent'),
    ('my right eyelid has gone lazy since friday', 'urgent'),
    ('my top lid is halfway down over my eye', 'urgent'),
    ("my lips won't seal around a cup", 'urgent'),
    ("I can't drink through a straw since the lip flip", 'urgent'),
    ('my forehead looks heavy and saggy on the left', 'urgent'),
    ('after bladder botox only a trickle comes out', 'urgent'),
    ('since the bladder shots I only peed a tiny bit today', 'urgent'),
    ("the pee won't start since the bladder injections", 'urgent'),
    ('I never feel empty after peeing since the bladder botox', 'urgent'),
    ('my lower belly feels full and tight and I can barely pee', 'urgent'),
    ("I've been leaking a bit of pee since the injections", 'urgent'),
    ('like a vice around my chest since this morning', 'emergency'),
    ('the weakness is moving down into my cheek', 'urgent'),
    ('can botox make your arms feel like jelly?', 'none'),
    ('what should I do if pills get stuck halfway down after botox?', 'none'),
    ('is it normal to cough at every meal after neck botox? asking for my mom who goes next week', 'none'),
    ('can you drink through a straw after a lip flip?', 'none'),
    ('the tv show was so funny', 'none'),
    ('my belt feels tight around my waist after the holidays lol', 'none'),
    ('can bladder botox make you leak?', 'none'),
    ('I got a lazy susan for my kitchen', 'none'),
    ('our house lights split the bill lol', 'none'),
    ('small bruise by my eye, otherwise fine', 'routine'),
    ('does the weakness spread into other muscles?', 'none'),
    ('will I be able to drink through a straw after lip botox', 'none'),
    ('el labio de abajo no me cierra bien', 'urgent'),
    ('se me escurre el agua por un lado de la boca', 'urgent'),
    ('tengo el parpado como persiana a medio bajar', 'urgent'),
    ('tengo que subirme el parpado con el dedo para ver', 'urgent'),
    ('un ojo se me ve mas cerrado que el otro', 'urgent'),
    ('siento la cara dormida del lado izquierdo', 'urgent'),
    ('al reirme se me levanta solo un lado', 'urgent'),
    ('tengo la boca torcida desde el botox', 'urgent'),
    ('me quedé afónica desde el martes', 'urgent'),
    ('me duele el ojo derecho por dentro desde el botox', 'urgent'),
    ('tengo un dolor punzante en la frente', 'urgent'),
    ('¿se puede tomar con popote después del botox en los labios?', 'none'),
    ('¿el botox puede dejar la boca torcida?', 'none'),
    ('mi carro se va de un lado', 'none'),
    ('se me cayo el cafe por un lado de la mesa jaja', 'none'),
    ('¿duele mucho el ojo cuando lo ponen cerca?', 'none'),
]

# a review of the round-18 fixes: the reason for treatment, a habit or "how do I tell" never hides a new sign
REVIEW_18 = [
    ("had tox for my forehead and now double vision", "urgent"),
    ("botox for my forehead and blurry vision", "urgent"),
    ("tox for her bladder and she can't pee at all", "urgent"),
    ("had it for a few days, drooping eyelid and a headache", "urgent"),
    ("used eye drops for my droopy lid, still drooping", "urgent"),
    ("I took pills for my migraine but it's severe and won't go away", "urgent"),
    ("I always get a headache after botox but this time it's getting worse", "urgent"),
    ("I don't normally bruise but there's a bruise by my eye", "routine"),
    ("le pusieron botox el martes y por la tarde ya veía doble", "urgent"),
    ("botox para la migraña y veo borroso", "urgent"),
    ("tratamiento para el sudor no puedo levantar bien los brazos", "emergency"),
    ("¿cómo sé si es grave? se me hinchó la lengua", "emergency"),
    ("como saber si es normal, tengo la ceja caída", "urgent"),
    ("¿cómo sé si mi párpado caído se va a quitar?", "urgent"),
    ("¿cómo me doy cuenta si me está dando una reacción alérgica?", "none"),
    ("me pusieron botox para las arrugas blurry vision", "urgent"),
    ("ay no, se me están hinchando los labios", "emergency"),
    ("I have a history of bladder infections, can I get bladder botox?", "none"),
    ("comí en Chipotle después del botox, ¿está bien?", "none"),
    ("Mine is extremely sore four days after", "urgent"),
]


# round 32: a closing plea for help is not a question; a person seizing; food in the teeth and a laugh through the
# nose are not swallowing; people who do not respond to Botox; "did my X today" is a statement; Spanish resolution
# after a time clause; Spanish flu-like words with the final d dropped
ROUND_32 = [
    ("convulsing right now, arms shaking, what do i do", "emergency"),
    ("my dad is having a seizure what should we do", "emergency"),
    ("jerking all over right now what do i do?", "emergency"),
    ("if she has a seizure what do i do", "none"),
    ("can botox make your throat close what do i do", "none"),
    ("he's seizing on the floor", "emergency"),
    ("hes seizing", "emergency"),
    ("my neck keeps seizing up since the dystonia shots", "none"),
    ("bits of popcorn keep getting stuck between my teeth", "none"),
    ("food keeps getting stuck in my throat and between my teeth", "emergency"),
    ("i sneezed and my water came out my nose lol", "none"),
    ("my water came out my nose when i tried to drink", "emergency"),
    ("do some patients just not respond to it?", "none"),
    ("did my crows feet yesterday, little bruise by my eye", "routine"),
    ("anoche me dio mareo despues de la cena pero hoy ya se me quito", "routine"),
    ("ando engripao desde el botox", "routine"),
]

# round 33 and the review of the round-32 fixes: Spanish lips "inflando"; a denial after the thing denied ("fiebre no
# tengo"); "ay no" is "oh no"; a limb that "se duerme" (numb); a resolution reaches across a time clause only; any
# person seizing, not a muscle or a pet; a pet "engripado"
ROUND_33 = [
    ("se me estan inflando los labios", "emergency"),
    ("tengo la lengua inflada", "emergency"),
    ("fiebre no tengo", "none"),
    ("tengo fiebre, no tengo ganas de nada", "urgent"),
    ("ay no, tengo un moreton chiquito en la frente", "routine"),
    ("se me duerme la mano izquierda desde el botox", "urgent"),
    ("siento dormida la barbilla", "urgent"),
    ("tuve mareo, y la rojez ya se me quito", "urgent"),
    ("anoche tuve mareo pero hoy ya se me quito", "routine"),
    ("my brother is seizing", "emergency"),
    ("my calf muscles are seizing", "none"),
    ("the dog is seizing again", "none"),
    ("mi perro anda engripado", "none"),
    ("estoy medio agripa hoy", "routine"),
]

# round 34 and its review: a long-standing problem before a planned treatment is a history, unless a recent treatment
# changed it; lifting heavy weights; Spanish "fiebre no tengo" closes a denial, a bare "no" does not ("pero la ceja
# caida no" has not gone); reports inside "so if ... and now ..." and a relative's story stay reports
ROUND_34 = [
    ("my mom has had trouble swallowing since her stroke years ago and her doctor wants to try botox, is that safe?", "none"),
    ("my dad has had swallowing issues since his stroke years ago, his doctor wants to try botox, could it make it worse?",
     "none"),
    ("my dads had trouble swallowing since his stroke years ago, worse since yesterdays botox, they want to give more botox",
     "emergency"),
    ("i have had trouble swallowing since my botox yesterday", "emergency"),
    ("can't lift my arms, they feel so heavy", "emergency"),
    ("can botox make my arms weak? i lift really heavy at the gym", "none"),
    ("not sure if this is normal and my eyelid is drooping", "urgent"),
    ("so if i got botox tuesday and now i cant swallow properly should i go to the er?", "emergency"),
    ("my cousin said she cant swallow since her botox this morning, is that common or should she go to the er", "emergency"),
    ("my sister said her eyelid drooped after botox, is that common or was it her injector", "urgent"),
    ("tengo la ceja caida no", "urgent"),
    ("ya se me quito el dolor pero la ceja caida no", "urgent"),
    ("fiebre no tenia pero ahora si", "urgent"),
    ("¿es normal que te duela la cabeza con el botox? todavia no me lo pongo", "none"),
]

# round 35: a Spanish bruise that "era chiquito y ahora está enorme" is getting worse; something crawling on the skin
# is an unknown symptom; "getting migraine botox next month" names the treatment; a picky eater gags on food
ROUND_35 = [
    ("la bolita era pequeña y hoy esta mucho mas grande", "urgent"),
    ("el moreton era chiquito y ya casi no se ve", "routine"),
    ("es como si me anduvieran hormiguitas en la frente", "urgent"),
    ("im getting migraine botox next month, can it make it hard to swallow?", "none"),
    ("got migraine botox yesterday and now i have a headache", "routine"),
    ("my toddler gags on his food when he doesn't like it", "none"),
    ("since the botox my son gags on his food and he doesn't like eating anymore", "emergency"),
]

# a probe set of red flags in fresh lay words (90 Spanish, 50 English) and look-alikes: Spanish choking on saliva with
# "atorar", a wheeze heard as a "ruidito como silbido", "nunca en mi vida me habia dolido asi", lips "como salchicha",
# a weird feeling under the skin, a shoulder "sin fuerza"; English leaking without feeling it, pain "worse than
# yesterday"; look-alikes: "me puedo poner botox" asks, a story from a facebook group, "dont want to end up with",
# pets and a vet, figures of speech
PROBE_36 = [
    ("se atoro con su propia saliva en la cena y tosio un rato", "emergency"),
    ("mi esposo hace un ruidito como silbido cada vez que respira", "emergency"),
    ("me empezo un dolor de cabeza que nunca en mi vida me habia dolido asi", "emergency"),
    ("tiene los labios como salchicha", "emergency"),
    ("siento una sensacion rarisima en la frente", "urgent"),
    ("el brazo de ese lado se le siente sin fuerza", "urgent"),
    ("since her bladder botox shes leaking and doesnt even notice", "urgent"),
    ("the injection spot hurts worse than yesterday", "urgent"),
    ("si tengo asma me puedo poner botox o me puede dar problemas para respirar?", "none"),
    ("a lady on reddit posted that she couldnt swallow after botox, is that real?", "none"),
    ("will it look natural? dont want to end up with a droopy brow", "none"),
    ("my mom cant lift her arms since her botox, is she exaggerating?", "emergency"),
    ("mi gato tiene el ojo hinchado, saben de un veterinario abierto?", "none"),
    ("mi perro me mordio y tengo la mano hinchada, el veterinario dice que no es nada", "routine"),  # not the pet's
    ("me quede sin aire cuando vi el precio jaja", "none"),
]

# round 36, by concept, in other words: a drink or bite right before "went the wrong way" (no "down"); a message with
# an emoji before a wh-word is read both with and without a full stop there, the more serious reading winning ("a
# bruise 😩 how long ..." reports, "my lip 😳 why is it swelling" too); a treated condition before "appointment" names
# the visit; "why does my chest feel tight" asks about what is happening; Spanish: what a leaflet or a page says,
# from someone not yet treated, opens a question; how likely a symptom is to happen, asked in a later clause, is not
# had; a hearsay opener does not hide "pero tengo ..." after it
ROUND_36 = [
    ("my tea went the wrong way at lunch and I coughed for ages", "emergency"),
    ("the appointment went the wrong way, they were late", "none"),
    ("small bruise on my forehead 🙈 how long do these usually take to go", "routine"),
    ("small bruise on my forehead how long do these usually take to go", "none"),
    ("my lip 😳 is swelling up", "emergency"),
    ("can I have a glass of wine before my migraine appointment?", "none"),
    ("had my migraine appointment on monday and now my eyelid is drooping", "urgent"),
    ("la etiqueta dice que puede causar problemas para respirar, eso pasa mucho?", "none"),
    ("en internet dicen que se puede caer el parpado, pero a mi se me cayo desde ayer", "urgent"),
    ("dicen que es normal, pero tengo la garganta cerrada", "emergency"),
    ("me lo puse el lunes y estoy bien, pero que riesgo hay de que me cueste tragar despues?", "none"),
    ("me lo puse el lunes y me cuesta tragar, que probabilidad hay de que empeore?", "emergency"),
    # the safety review's probes that the first version of these fixes got wrong
    ("my lunch date went the wrong way lol but my forehead looks great", "none"),
    ("my cup of tea went the wrong way and spilled all over my desk lol", "none"),
    ("i think the medicine went the wrong way, my left brow is droopy now", "urgent"),
    ("my eyelid 😩 how long will it droop like this", "urgent"),
    ("my chest 😣 what is this tightness", "emergency"),
    ("😩 why does my chest feel tight", "emergency"),
    ("I've been getting headaches session after session", "routine"),
    ("dicen que se quita solo, ya llevo dos dias sin poder tragar bien", "emergency"),
    ("el folleto dice que puede causar problemas para tragar y la verdad si me cuesta tragar", "emergency"),
    ("lei que es normal, dolor de cabeza muy fuerte que empeora", "urgent"),
    ("que probabilidad hay de que la voz ronca sea del botox? tengo 3 dias asi", "urgent"),
    ("me puse botox el lunes, que riesgo hay de que la garganta cerrada sea alergia?", "emergency"),
    ("lei que el botox se puede extender y dar problemas para respirar. tengo cita el jueves, es real?", "none"),
]

# round 37, by concept, in other words: a corner of the mouth that stays down when smiling is a droop; a lump or bump
# that has not gone down after days is one that does not go down; "have a ..." opening a message is a statement (SMS
# drops the "I") unless it asks ("has a patient ever ..."); pin-prick marks are routine; Spanish: "un mini resfrio" is
# flu-like
ROUND_37 = [
    ("the left corner of my mouth won't go up when i laugh", "urgent"),
    ("she says one side of her mouth doesnt go up anymore", "urgent"),
    ("the food doesn't go down the wrong way, just a mild headache", "routine"),
    ("the bump on my forehead hasnt gone down in 4 days", "urgent"),
    ("the bump hasnt gone down yet, had the shots an hour ago", "routine"),
    ("have a small bruise on my brow, did botox yesterday", "routine"),
    ("have a lot of people had trouble swallowing?", "none"),
    ("tiny pin prick marks on my forehead still", "routine"),
    ("ando con un resfrio leve desde que me puse botox", "routine"),
    ("el ano pasado tuve urticaria y otra vez desde ayer", "urgent"),
    # the safety review's probes that the first version of these fixes got wrong
    ("has a patient ever stopped breathing after botox", "none"),
    ("have a question about droopy eyelids", "none"),
    ("have a swollen tongue and lips", "emergency"),
    ("the swelling on the side of my face didnt go up to my eye just the forehead is puffy", "routine"),
    ("they said the corner of my mouth might not go up as much after a lip flip", "none"),
    ("feels like pin pricks all over my face and arm", "none"),  # not needle marks: the classifier's unknown
    ("se me cayo el parpado como el ano pasado", "urgent"),
    ("el ano pasado me puse botox y no puedo orinar bien", "urgent"),
]

ROUND_38 = [
    ('anoche no me pasaba nada ni el agua, ya estoy bien', 'emergency'),
    ('no le pasa la comida a mi mama desde ayer', 'emergency'),
    ('la bolita de la frente no se ha ido en 10 dias', 'urgent'),
    ('una bolita se me puso dura despues del botox', 'urgent'),
    ('si se pone dificil respirar despues del botox cuanto puede durar', 'none'),
    ('nunca me he puesto botox, los moretones cuanto duran?', 'none'),
    ('a mi hermana le dio vision borrosa hace anos con el botox, eso se quita solo?', 'none'),
    ('mi mama dice que no puede tragar desde el botox, eso puede pasar?', 'emergency'),
    ("my friend says she can't swallow since her botox, can that happen?", 'emergency'),
    ("my cousin couldn't swallow right after botox once, is that a real thing?", 'none'),
    ("my friend's eyelid drooped after her botox and it lasted 2 months, is that normal?", 'none'),
    ('is hoarseness really a side effect? read it on the leaflet they gave me', 'none'),
    # the safety review's probes that the first version of these fixes got wrong
    ('my sister had botox once and her eyelid is drooping, is that normal?', 'urgent'),
    ('my sister had botox once and she fainted at work, is that normal?', 'emergency'),
    ("my wife tried it once and she's having trouble breathing. should i worry?", 'emergency'),
    ('had botox once and eyelid is drooping?? they said its normal, is it?', 'urgent'),
    ('her headache which lasted a month is getting worse, is that normal?', 'urgent'),
    ('mi mama me dijo que no podia tragar, eso es normal despues del botox?', 'emergency'),
    ('mi hermana dice que no pudo respirar y la llevamos a urgencias, es normal?', 'emergency'),
    ('si se hace dificil tragar', 'emergency'),
    ('si se hace dificil tragar despues del botox es normal?', 'emergency'),
    ('tengo la boda el sabado, no quiero verme en la boda asi de hinchada', 'routine'),
    ('no me pasa nada, ni la comida me cae mal, todo bien despues del botox', 'none'),
    ('la bolita no se fue hasta el tercer dia, eso es normal?', 'routine'),
    ("my friend said she couldn't breathe afterwards, can that happen?", 'none'),
    ('mi papa me conto que no podia respirar cuando le pusieron botox hace anos, es normal eso?', 'none'),
    # a relative's reported "no podia" with a doubt and no time: "call the clinic", not 911 (nor a question)
    ('mi tia dice que no podia respirar despues del botox, de verdad puede pasar eso?', 'urgent'),
    ('mi mama dice que no podia respirar anoche, de verdad puede pasar eso?', 'emergency'),
]

ROUND_40 = [
    # a later sentence says what was asked about is the patient's now
    ("does botox ever make your mouth swell up? mine is like that right now", "emergency"),
    ("is tingling in the forehead expected? mine has been like this since the shots on friday", "urgent"),
    ("can it give you a droopy lid? that's exactly what i'm dealing with", "urgent"),
    ("can botox make your lips puff up? mine are swelling as we speak", "emergency"),
    ("can botox make your lips puff up? mine are fine, just curious", "none"),
    ("can botox cause droopy lids? mine was like that after my last round years ago", "none"),
    ("el botox puede hacer que se hinchen los labios? asi los traigo ahorita", "emergency"),
    ("el botox puede dar vision doble? yo traigo eso desde el sabado", "urgent"),
    ("el botox puede dar vision doble? no tengo eso, solo pregunto", "none"),
    # someone else's episode in the past, asked about for people in general
    ("my cousins brow dropped after her tox, how common is that for most people", "none"),
    # (an emergency one gets "call the clinic now": the story may be hers now, and 911 needs more evidence)
    ("my coworker fainted after her botox and they took her to the hospital. how does something like that happen",
     "urgent"),
    ("my cousins brow dropped after her tox yesterday, how common is that", "urgent"),
    ("my cousins brow dropped after her tox, how common is that? i think mine is too", "urgent"),
    # pointing at one's own, a subject dropped after a relative, a symptom named as the subject of a question
    ("do these little red dots go away on their own?", "routine"),
    ("can this cause bruising?", "none"),
    ("my son got botox for sweating this morning and has some tender spots, is that ok?", "routine"),
    ("is droopy since monday, normal?", "urgent"),
    ("los morados del botox cuanto tardan en quitarse?", "none"),
    ("is hoarseness really a side effect? read it on the leaflet they gave me", "none"),
    # the safety review's probes that the first version of these fixes got wrong
    ("my husband got botox and couldnt swallow. how does that even happen? what do i do", "emergency"),
    ("my gf got botox and her lips swelled up, how often does that happen? pls help", "emergency"),
    ("my sister got botox and her face went numb, how common is that? it hasnt gone away", "urgent"),
    ("my friend got botox and cant breathe, how does that even happen", "emergency"),
    ("my mom got botox and passed out, how often does that happen? not waking up", "emergency"),
    ("my son got botox and got hives all over, how common is that? its spreading", "urgent"),
    ("can botox make it hard to swallow? i got it today", "none"),
    ("can botox make your lips swell? mine is tomorrow", "none"),
    ("can botox make your lips swell? mine are perfectly fine lol", "none"),
    ("can botox cause trouble swallowing? i'm like this close to cancelling", "none"),
    ("is trouble breathing a side effect? my asthma is like that already", "none"),
    ("can botox cause drooping? thats what im getting done next week", "none"),
    ("these lip swelling stories on tiktok, are they real?", "none"),
    ("what about those hives people get from botox?", "none"),
    ("el botox puede hinchar los labios?", "none"),
    ("el botox puede dar vision doble? tengo eso en mi lista de preguntas", "none"),
    ("el botox puede dar vision doble? asi la tengo siempre, por mi miopia", "none"),
    ("el botox puede causar que se caiga el parpado? el mio esta programado para el viernes", "none"),
    ("mi amiga se puso botox ayer y no puede respirar, como pasa eso?", "emergency"),
    ("las ronchas del botox se quitan solas? las tengo por todo el cuello", "urgent"),
    # someone else's "no podia" with no time, asked how it happens: "call the clinic now"; hers now: 911
    ("mi vecino no podia tragar despues del botox y acabo en urgencias, como es que pasa eso?", "urgent"),
    ("mi vecino no podia tragar despues del botox, como pasa eso? que hacemos", "emergency"),
    ("mi vecino no puede tragar despues del botox, como pasa eso?", "emergency"),
    ("el botox puede dar vision borrosa? a mi me esta pasando eso", "urgent"),
]

ROUND_41 = [
    # the worst headache told after a comma, a pain score beside it; jerking and shaking together
    ("my head is pounding, 9/10, never had anything close to this in my life", "emergency"),
    ("my son was shaking and jerking on the floor after his shots", "emergency"),
    ("i was shaking and jerking from the cold in the waiting room lol", "none"),
    # examples of a what-if; an -ing subject asked whether it can happen
    ("what if i react badly, like my lips swelling up?", "none"),
    ("is getting blurry vision a thing that can happen with crows feet botox", "none"),
    # the patient's own episode on an earlier treatment, over, asked about before the next one
    ("last time my eyelid drooped for about 2 weeks, will it do that again at my next appt?", "none"),
    ("i still have a droopy lid from last time, can i get more botox?", "urgent"),
    ("my lid has been droopy since last time", "urgent"),
    # someone else's story long ago, or asked whether it is common; reading about it
    ("my grandma had botox years ago and her eyelid drooped for weeks, does that happen to a lot of people?", "none"),
    ("my neighbors brow dropped after her shots, how common is that?", "none"),
    ("my neighbors brow dropped after her shots yesterday, is that common?", "urgent"),
    ("my neighbors brow dropped after her shots, is that common?", "urgent"),  # (may be hers now)
    ("can the shots make u wet yourself?", "none"),
    ("saw something about double vision in the pamphlet, is that real?", "none"),
    ("my throat is tight and i saw something about allergies online", "emergency"),
    ("botox messed with my swallowing, food sticks now", "emergency"),
    # Spanish: speech in everyday words, dry eyes, an earlier treatment, a what-if with "si", a friend's story
    ("me salen las palabras todas trabadas desde ayer", "emergency"),
    ("hablo y mi esposo no me entiende nada", "emergency"),
    ("tengo los ojos super resecos desde el botox", "urgent"),
    ("la vez pasada se me hincho el ojo, me puede volver a pasar?", "none"),
    ("la ultima vez se me cayo la ceja, me puede volver a pasar con la siguiente?", "none"),
    ("si me sale un chichon cuanto dura", "none"),
    ("si se me cae la ceja se quita sola?", "none"),
    ("si, me salio un moreton, es normal?", "routine"),
    ("mi vecina no podia tragar despues del botox, a mi me podria pasar?", "none"),
    ("mi vecina no puede tragar desde ayer, a mi me podria pasar?", "emergency"),
    ("me lo voy a poner el lunes, me puede salir moreton?", "none"),
    # the safety review's probes that the first version of these fixes got wrong
    ("what if this is an allergic reaction, like my throat feels tight?", "emergency"),
    ("idk if its normal, like my tongue feels swollen?", "emergency"),
    ("had botox 4 months ago, then last night i couldnt breathe", "emergency"),
    ("my eyelid drooped like last time, should i come in?", "urgent"),
    ("my wife just got botox and her throat swelled up, how common is that?", "emergency"),
    ("i saw something about my eyelid, its drooping", "urgent"),
    ("hablo y no me entienden bien, pero es por los frenos de mis dientes", "none"),
    ("tengo el parpado caido como la vez pasada", "urgent"),
    ("la vez pasada se me cayo el parpado y sigue asi", "urgent"),
    ("si me sale sangre y pus de donde me inyectaron que hago?", "urgent"),
    ("the shots messed w my swallowing", "emergency"),
    # (and the second review's)
    ("mi amiga no podia tragar y yo tampoco puedo, a mi me podria pasar?", "emergency"),
    ("what if i get a reaction, like my throat closing up? cuz it kinda is rn", "emergency"),
    ("last time my eyelid drooped after the shots, it still is", "urgent"),
    ("last time my eyelid drooped and it hasnt gotten better", "urgent"),
    ("la vez pasada me puse botox, ya llevo 3 dias con el parpado caido", "urgent"),
    ("my dog was shaking and jerking on the couch dreaming lol", "none"),
    # (the gate after the retrain: the classifier's guess had carried this one; now the rules read it)
    ("se me inflaron bastante los labios desde anoche", "emergency"),
]

ROUND_42 = [
    # a question, then a sentence that says the patient has it now
    ("can botox blur your vision? bc i sort of have that rn when i read", "urgent"),
    ("are droopy brows possible after forehead botox? got one now on the right", "urgent"),
    ("is swelling in the lips a thing after botox? i think thats what i have", "emergency"),
    ("can botox make it hard to swallow? got one on the 15th", "none"),
    ("can botox cause wheezing? i have it now n then with my asthma", "none"),
    ("is numbness in the lip normal? started this afternoon", "urgent"),
    ("can botox cause drooping? got one booked at the clinic friday", "none"),
    ("can botox make it hard to breathe? got some in my neck last week", "none"),
    # the worst headache told "never felt anything close to it" with no comma; a pain in the head
    ("this headache since tuesday never felt anything near it", "emergency"),
    ("a pain in my head out of nowhere, never felt anything like it before", "emergency"),
    ("my friend said her headache was crazy, never felt anything like it", "routine"),
    ("my headache is mild, never felt better about my face though", "routine"),
    ("me duele la cabeza como nunca desde el viernes", "emergency"),
    # pain said to be bad
    ("the pain at the injection spot is really bad tonight", "urgent"),
    ("will the pain be bad?", "none"),
    ("the pain isnt that bad", "routine"),
    # a correction that opens with "no wait"
    ("no wait its my tongue thats swollen not my cheek", "emergency"),
    ("no wait, no swelling at all", "none"),
    ("no, lo que tengo inflamado es la lengua, no la frente", "emergency"),
    # Spanish: a chest that whistles, sight that is off, someone else's speech nobody understands
    ("desde hace rato me empezo a silbar el pecho", "emergency"),
    ("veo medio raro desde la aplicacion", "urgent"),
    ("me veo raro con el botox en la frente", "none"),
    ("mi mama habla y no le entendemos casi nada desde el botox", "emergency"),
    ("mi tio habla y no le entiendo nada porque habla muy rapido", "none"),
    ("mi sobrina de 2 anos habla y no le entendemos nada", "none"),
    ("mi novio habla y no le entiendo nada cuando toma", "none"),
    # a friend's episode with another product, asked for the patient's own treatment
    ("my coworker got hives after dysport, should i be worried about my appointment?", "none"),
    ("my sister couldnt swallow after hers, should i be worried about my appointment", "urgent"),
    ("i got hives after dysport, should i worry about botox", "urgent"),
    ("a mi vecina le salieron ronchas con xeomin, me debo preocupar con mi cita?", "none"),
    ("mi prima no podia tragar despues del suyo, de verdad puede pasar?", "urgent"),
    ("mi prima no puede tragar desde el botox, de verdad puede pasar?", "emergency"),
    # the safety review's probes that the first version of these fixes got wrong
    ("tengo el parpado caido, me debo preocupar con el botox?", "urgent"),
    ("me cuesta respirar, deberia preocuparme por el botox?", "emergency"),
    ("me dolia la cabeza como nunca pero ya se me quito", "routine"),
    ("me empezo a silbar el pecho cuando tuve covid hace 2 anos", "none"),
    ("cuando era nina me empezo a silbar el pecho", "none"),
    ("mi abuelo habla y no le entendemos nada desde el derrame hace tiempo", "none"),
    ("botox for my migraines worked, never felt anything close to it", "none"),
    ("can botox cause hives? i have them now and then from allergies", "none"),
    ("can botox make your eyelid droop? got a few in my forehead last time", "none"),
    ("my headache is mild, never felt anything close to the pain people talk about", "routine"),
    ("lo que tengo hinchado es el parpado", "urgent"),
]

ROUND_39 = [
    ("is it normal to have a droopy eyelid since my botox? started 3 days after", "urgent"),
    ("is it normal for my lip to feel numb? it started a day after the shots", "urgent"),
    ("since botox is a toxin, is it normal to get a headache after?", "none"),
    ("me dio un dolor de cabeza espantoso de golpe. el peor que he sentido", "emergency"),
    ("me duele la cabeza un poco? no es el peor que he tenido", "routine"),
    ("lei en un articulo de una chica que no podia respirar despues del botox, eso pasa mucho?", "none"),
    # the safety review's probes that the first version of these fixes got wrong
    ("since botox is a toxin, is it normal to have trouble breathing after it?", "none"),
    ("is it normal for trouble swallowing to start 2 days after?", "none"),
    ("is it normal to feel dizzy? started a few days after", "urgent"),
    ("me duele la cabeza? el peor dia de mi vida fue ayer con mi jefe", "routine"),
    ("dolor de cabeza? el peor que he tenido fue cuando tuve covid, este es leve", "routine"),
    ("vi un video de mi mama de hoy que no puede tragar bien, es normal?", "emergency"),
    # older misses the review found: an onset dated "since (my) botox" at the end of the question
    ("is it normal to have chest tightness since having botox", "emergency"),
    ("is it normal to have blurry vision since the botox", "urgent"),
    ("is it normal to have a droopy eyelid since the treatment? im not getting it until march", "none"),
]

# the second review of round 42 and the probes after it, in my own words
REVIEW_42 = [
    # pain said to be very bad, with a doubled or stretched intensifier; in Spanish said of "el dolor"
    ("the pain at the injection spots is soooo bad", "urgent"),
    ("honestly the pain is really really bad tonight", "urgent"),
    ("el dolor en la frente es horrible desde ayer", "urgent"),
    ("mi dolor esta bien fuerte donde me inyectaron", "urgent"),
    # a "no" that answers, then a denial: the denial stands ("no wait, i mean...")
    ("no wait i mean i dont have any trouble swallowing, just a bruise", "routine"),
    ("no i mean i cant swallow at all", "emergency"),
    # a pet's symptom is not the patient's (not when the patient has it too)
    ("my cat is having trouble breathing, unrelated but does botox leave bruises?", "none"),
    ("my dog has trouble breathing and i cant breathe either since my botox", "emergency"),
    ("mi gatita no puede respirar bien, y el botox deja moretones?", "none"),
    ("mi perro no puede respirar y yo tampoco desde el botox", "emergency"),
]

# round 43's misses, by concept, in my own words
ROUND_43 = [
    # "not like my ..." compares, it denies nothing after it (not "not like wheezing or anything")
    ("this isnt like my usual allergies at all, wheezing and my chest is tight since the shots", "emergency"),
    ("not like wheezing or anything, just a little bruise", "routine"),
    # the risk or the chance of a symptom is asked about; a fear named as one's worst or biggest, asked
    ("with my asthma, am i at a higher risk of breathing trouble after botox?", "none"),
    ("my biggest fear is ending up with a droopy eyelid, how likely is it", "none"),
    ("my biggest fear is a droopy eyelid and now i have one since monday", "urgent"),
    ("mi peor miedo es quedar con la ceja caida, pasa seguido?", "none"),
    ("im worried about not being able to swallow after my neck botox", "none"),
    # what it would do if it spread, asked across an "and"
    ("could the botox spread and make my eyelids droop?", "none"),
    # a relative's story with its past verb before the symptom's clause; "one" names a side, not a time
    ("my sisters brow went weird after her shots, one side way higher. how common is that", "none"),
    # a pet's vomiting is the pet's, unless the patient has it too
    ("my cat has been throwing up all morning, and i have a small bruise from my botox", "routine"),
    ("my cat has been throwing up and so have i since my botox", "urgent"),
    # Spanish
    ("tengo asma de nacimiento pero hoy respiro normal, cero silbido, solo un moreton", "routine"),
    ("vi un video de youtube de una muchacha q no podia respirar, eso sucede de verdad?", "none"),
    ("se hacen moretones con el botox? me lo quiero hacer para mayo", "none"),
    ("me dejo ronca el botox", "urgent"),
    ("el botox me puede dejar ronca? canto en un coro", "none"),
    ("me arde un poquito la frente si la toco", "routine"),
    ("es normal que te duela la cabeza despues del botox?", "none"),
    ("a mi amiga no le bajaba la comida, eso es comun? porque yo tampoco puedo tragar", "emergency"),
    ("me podrian pasar el numero de un veterinario? mi perrita anda tosiendo", "none"),
    # the safety reviews' probes that the first version of these fixes got wrong
    ("its not like my throat is closing or anything, just curious how long it lasts", "none"),
    ("whats the risk of my throat closing up, it feels kinda tight rn", "emergency"),
    ("whats the risk of this rash spreading, i have it on my neck and chest now", "urgent"),
    ("afraid of not being able to breathe, my chest is tight and im wheezing, should i go to the ER?", "emergency"),
    ("sorry for not being able to talk earlier, i was at work", "none"),
    ("my dog cant breathe and honestly neither can i", "emergency"),
    ("my dog is choking on a toy, i was too slow to grab it", "none"),
    ("fui al vet con mi perro y ahorita no puedo respirar", "emergency"),
    ("mi perro no puede respirar, yo tampoco", "emergency"),
    ("respiro y no se q es pero hay un silbido", "emergency"),
    ("es normal q te duela la cabeza y no puedas tragar? me esta pasando", "emergency"),
    ("cuando me duela la cabeza le aviso", "none"),
    ("es normal q me duela la cabeza asi despues del botox?", "routine"),
    # a headache history asked about as the reason for treatment (the live FAQ test found it reassured)
    ("my tension headaches are constant, could botox be something for me?", "none"),
    ("ive had migraines for years, would botox be worth a try?", "none"),
    ("el dolor no es fuerte, estoy bien", "none"),
    ("mi amiga dice q el dolor es horrible", "none"),
    ("el concierto me dejo ronca", "none"),
]

# found by blind round 44 (and the open findings of the last reviews), in my own words
ROUND_44 = [
    # a condition opened by "let's say", "in case", "suppose", asked about after the symptom; a "what do i do if"
    # whose condition holds the symptom across an "and"; not "so if ..." said of what is, nor a condition going on now
    ("let's say my tongue gets swollen at some point, then what", "none"),
    ("let's say my tongue swells up tonight, then what", "emergency"),  # (a time that may be now: reported)
    ("just in case i end up seeing double, who do i call", "none"),
    ("suppose my eyelid droops after, is that a common thing", "none"),
    ("what should i do if i get back from the clinic and i cant swallow", "none"),
    ("so if my lips are swollen and i feel faint do i call 911?", "emergency"),
    ("if my lips are swelling right now what do i do", "emergency"),
    ("what do i do if it gets worse, i cant swallow", "emergency"),
    # a later clause that asks with an auxiliary, no one reporting
    ("i have mild asthma, would that make breathing trouble from botox more likely", "none"),
    # how often a routine effect comes: a history, not a report (not "since" the treatment)
    ("i get headaches like twice a week anyway. are they common after botox?", "none"),
    # (one had every day since the shots lasts days: "call the clinic" since round 65, no longer reassured)
    ("i have had a headache every day since the shots", "urgent"),
    ("siempre me salen moretones con cualquier cosa. con el botox tambien?", "none"),
    ("me duele un poco donde me inyectaron pero ando como siempre", "routine"),
    # someone else's story long ago, or on TV, asked whether it is a thing ("both" of her brows is not "me too")
    ("my cousin did botox years ago and her lip went numb for a bit, is that really a thing", "none"),
    ("saw a movie where a woman had botox and both her eyelids drooped, does that happen in real life?", "none"),
    # a brow that slides, a throat narrow as a straw; not makeup
    ("since the shots my left brow looks like its slipping down", "urgent"),
    ("my throat feels like a coffee stirrer", "emergency"),
    ("mi garganta se siente como una pajita desde ayer", "emergency"),
    ("my brow gel melted in the sun lol", "none"),
    # what was just asked about, said to be the patient's now ("mine is ... rn"); a progressive told after a doubt
    ("can botox make your lips swell? mine are really puffy rn", "emergency"),
    ("de verdad eso pasa? porque a mi se me esta hinchando la lengua", "emergency"),
    # "cero fuerza" is weakness, not a denial
    ("tengo cero fuerza en los brazos desde el botox", "urgent"),
    # Spanish what-ifs and a risk asked about
    ("digamos que se me cae el parpado, que hago", "none"),
    ("soy alergica a muchas cosas, tengo mayor riesgo de que se me hinche la cara?", "none"),
    ("se me hincha la cara, que hago", "urgent"),
    ("mi tia se puso botox en 2016 y le dio una reaccion fuerte", "none"),
    ("mi tia se puso botox en 2016 y no puede tragar", "emergency"),
]

# the safety review of the round-44 fixes: reports phrased like the new question forms keep their level
REVIEW_44 = [
    ("got botox tues, does it usually make swallowing this hard", "emergency"),
    ("just home from the clinic, is it normal the lip is swelling", "emergency"),
    ("botox this am, is it normal the eyelid is drooping", "urgent"),
    ("what do i do if i cant breathe and my lips are swelling", "emergency"),
    ("what do i do if i got botox and my whole face is swollen", "urgent"),
    ("what should i do if i got botox on friday and my lips swelled", "emergency"),
    ("what do i do if my brow dropped and my eye wont open", "urgent"),
    ("supongamos que ya se me esta hinchando la cara, que hago", "urgent"),
    ("en caso de que sirva de algo, no puedo tragar", "emergency"),
    ("i get a headache every morning after my botox", "routine"),
    ("the injection spots ache every night", "routine"),
    ("me duele la cabeza todos los dias despues del botox", "routine"),
    ("tengo mas riesgo de que se me cierre la garganta? ya la siento cerrada", "emergency"),
    ("tengo mas riesgo de que se me caiga el parpado? ya se me esta cayendo", "urgent"),
    ("la hinchazon esta peor", "urgent"),
    ("my friend got botox and her eyelid droops, is that even a thing", "urgent"),
    ("tengo cero fuerza de voluntad con los dulces", "none"),
    ("my eyebrow primer slid all over", "none"),
    # the conversation review: an allergic reaction named without its signs calls the clinic; Spanish stories seen in
    # a clip or the news, and "por si acaso" what-ifs, ask
    ("pretty sure im having an allergic reaction to the shots", "urgent"),
    ("is that an allergic reaction? how do i know", "none"),
    ("vi un reel de una muchacha que no podia respirar con el botox, es verdad?", "none"),
    ("en la tele una actriz se desmayo por el botox, pasa seguido?", "none"),
    ("x si acaso se me cae el parpado, a quien llamo?", "none"),
    ("la ceja la siento rara, ya se me esta cayendo", "urgent"),
    # a condition told as going on, or in the past, with a recent time: a report, not a what-if
    ("what if my tongue is swelling?? got my botox an hour ago", "emergency"),
    ("what should i do if i got botox this morning and cant swallow", "emergency"),
]

# round 45: a question that takes the symptom for granted ("my droopy eyelid", "this hard") reports it; an activity
# after an auxiliary asks ("is swallowing hard after ..."); chewing that tires; a guess at the cause after a statement;
# a pet's lump; how often a headache comes ("15 days a month"); Spanish "el botox de X deja ...?" asks
ROUND_45 = [
    ("when is my droopy lid going to get better", "urgent"),
    ("how long does my swollen tongue take to go down", "emergency"),
    ("how long will my droopy lid last if it happens", "none"),
    ("can botox lift my droopy brows", "none"),
    ("will my brow droop after the forehead shots", "none"),
    ("will my lips swell after a lip flip", "none"),
    ("should swallowing feel this weird two days after neck botox", "emergency"),
    ("is talking harder after a lip flip", "none"),
    ("would breathing get harder after neck botox", "none"),
    ("could blinking be harder after crows feet botox", "none"),
    ("my jaw is so tired after i eat since the masseter shots", "urgent"),
    ("it's hard to chew since friday", "urgent"),
    ("se cansa mi mandibula cuando mastico", "urgent"),
    ("me canso al masticar desde el botox", "urgent"),
    ("cheek feels tingly, probably from the botox?", "urgent"),
    ("lip is a bit numb, maybe from my botox?", "urgent"),
    ("our dog got some bumps on his belly", "none"),
    ("al gato le salieron ronchas en la panza", "none"),
    ("my dog has a rash and i have hives since the botox", "urgent"),
    ("i get migraines 15 days a month, does the botox for that work", "none"),
    ("headache 3 days a week since my botox", "routine"),
    # (a headache lasting three days is past the usual 24-48 hours, fact sheet CC1: "call the clinic" since round 64)
    ("had a headache for 3 days after botox", "urgent"),
    ("el botox de la frente deja dolor de cabeza?", "none"),
    ("provoca ronchas el botox?", "none"),
    ("me provoca ronchas el botox", "urgent"),
]

# the safety review of the round-45 fixes: the activity asked about as it is now ("like this", "still", "mine is")
# stays a report; a pet needs its owner's word and no "me too"; tough food and a gum-tired jaw are not weakness; a
# Spanish question then "tengo varias" reports; "se me va a caer ...?" and "es normal que cueste ...?" ask
REVIEW_45 = [
    ("should breathing feel like this after my neck shots", "emergency"),
    ("is swallowing still supposed to be hard a week after neck botox", "emergency"),
    ("is chewing meant to be so tiring after jaw botox", "urgent"),
    ("can chewing be harder after jaw botox? asking bc mine is", "urgent"),
    ("does botox make breathing easier for people with asthma", "none"),
    ("will chewing get easier? had jaw botox monday", "urgent"),
    ("our puppy got a rash and i got one too after my botox", "urgent"),
    ("grabbed a hot dog and got hives all over my chest", "urgent"),
    ("mi gata tiene ronchas y yo tambien desde el botox", "urgent"),
    ("that bagel was so hard to chew lol", "none"),
    ("my jaw gets tired when i chew gum all afternoon", "none"),
    ("uno se cansa al masticar con el botox de mandibula?", "none"),
    ("el botox causa moretones? me salieron dos donde me inyectaron", "routine"),
    ("el botox da ronchas? tengo varias dudas", "none"),
    ("me van a salir moretones? tengo una fiesta el sabado", "none"),
    ("se me va a hinchar el parpado con el botox?", "none"),
    ("siento que se me va a cerrar la garganta", "emergency"),
    ("es normal que duela la cabeza despues del botox?", "none"),
    ("es normal que me cueste tragar?", "emergency"),
    ("why do people make it sound this bad, can botox make an eyelid droop?", "none"),
]

# round 46: a question when or how a symptom goes takes it for granted ("my/the ..." with a future or the writer's own
# remedy), a comma opens a new clause a negation does not reach, a faint at another needle long ago is history, a
# head held up by hand, print that stays fuzzy, "not spreading" denies worsening; Spanish: its going asked about
# ("me va a durar", "se me va a quitar lo de ..."), a what-if said with "y si" or asked because read, a relative's
# reaction last year, a wish for fuller lips, "andar" + gerund
ROUND_46 = [
    ("how much longer will my droopy brow last", "urgent"),
    ("when is the double vision going to clear up", "urgent"),
    ("what can i do to make the blurry vision go away", "urgent"),
    ("will my breathing get easier if i stand up", "emergency"),
    ("when will her voice come back, she sounds so hoarse", "urgent"),
    ("how long till i can talk properly again", "emergency"),
    ("does a droopy lid go away on its own if you get one", "none"),
    ("how long does the droop last if you get one", "none"),
    ("no fever, my left eye is droopy", "urgent"),
    ("doesn't itch, the rash is on my neck", "urgent"),
    ("no fever, chills or hives", "none"),
    ("my sunglasses don't help, the text stays blurry", "urgent"),
    ("i nearly passed out at a blood draw years ago, is botox painful", "none"),
    ("i passed out at my flu shot years ago and again tonight after botox", "emergency"),
    ("my head flops forward since the neck shots", "emergency"),
    ("small red bump, not spreading, is that ok", "routine"),
    # (a recovery asked about is not a resolution: hives that "go away" in a question are still there)
    ("will the hives on my neck go away on their own?", "urgent"),
    ("my hives went away", "routine"),
    ("my glasses don't help, print is still blurry", "urgent"),
    ("my eyelid droop- when will it go away", "urgent"),
    ("the numbness in my cheek is spreading", "urgent"),
    ("cuanto me va a durar la ceja caida?", "urgent"),
    ("se me va a quitar lo de respirar?", "emergency"),
    ("cuanto dura la ceja caida?", "none"),
    ("y si despues del botox me falta el aire, que hago?", "none"),
    ("y si me falta el aire desde hoy?", "emergency"),
    ("a mi tia le dio una reaccion alergica con el botox el ano pasado", "none"),
    ("quiero los labios mas gruesos, cuanto cuesta?", "none"),
    ("no puedo andar corriendo al doctor cada semana", "none"),
    ("no puedo andar desde el botox", "emergency"),
    # (and a relative's clause with "she" in the past after one dated long ago; a crooked smile; leaking a little)
    ("my aunt was rushed to the hospital after botox back in 2018, she couldn't swallow", "none"),
    ("my sister had botox years ago, she can't breathe right now", "emergency"),
    ("la sonrisa se me ve chueca desde el botox", "urgent"),
    ("quiero una sonrisa menos chueca", "none"),
    ("leaked a little on the way home since the bladder shots", "urgent"),
    ("my aunt had double vision since getting", "urgent"),
    ("a mi tia la llevaron a urgencias por el botox hace tiempo, no podia tragar", "none"),
    ("me desmaye en un analisis de sangre hace muchos anos, duele el botox?", "none"),
    ("me desmaye en un analisis de sangre hace anos y hoy de nuevo tras el botox", "emergency"),
]

# round 47's concepts, in new words: the eye as the place of a bruise that grows (not a swelling eye); urine that cannot
# be held; a faint dated by a short clause after it ("that was ...", "eso fue ..."), fine since: an earlier day;
# "porque" after a question says why it is asked, and "a mi ... desde" tells it as the patient's
ROUND_47 = [
    ("the mark beside my left eye keeps getting bigger since the shots", "urgent"),
    ("the bruise around my eye is getting larger", "urgent"),
    ("my eye keeps getting bigger and puffier", "emergency"),
    ("i cant control my urine since the bladder injections", "urgent"),
    ("struggling to hold my pee today", "urgent"),
    ("is it common to have trouble holding your pee after bladder botox?", "none"),
    ("I blacked out for a second after the shots, that was on monday, fine since", "urgent"),
    ("I fainted after my botox, it was scary but I'm fine now", "emergency"),
    ("me desmaye al salir de la clinica, eso fue el viernes, ya estoy bien", "urgent"),
    ("me desmaye al salir de la clinica, eso fue horrible, ya estoy bien", "emergency"),
    ("es normal tener la voz ronca despues del botox? pq a mi me pasa desde el lunes", "urgent"),
    ("es normal que se caiga la ceja con el botox? porque a mi se me cayo desde el jueves", "urgent"),
    ("el botox puede causar vision doble? a mi me dijeron desde el principio que no", "none"),
    ("porque me duele la cabeza despues del botox? es normal?", "routine"),
    # (an eyelid that will not lift is a droop, not weakness all over, unless the arms go too; a swelling around the
    # eye that keeps growing; "pero estoy bien" without "ya" does not end hives; control of the bladder lost)
    ("ya no puedo levantar bien el parpado izquierdo", "urgent"),
    ("no puedo levantar el parpado ni los brazos", "emergency"),
    ("la hinchazon alrededor del ojo sigue creciendo, cada vez peor", "emergency"),
    ("tengo ronchas en el cuello desde el botox pero estoy bien, respiro normal", "urgent"),
    ("perdi el control de la vejiga desde las inyecciones", "urgent"),
]

ROUND_48 = [
    # a texted "4"/"2" read as "for"/"to" between words, not before a unit or a count
    ("my dad is getting botox 4 his neck spasms on friday, what should we watch for?", "none"),
    ("is it possible 4 the shots 2 affect how i swallow?", "none"),
    ("headache 4 days now since botox, getting worse every day", "urgent"),
    ("i got 2 bruises from the botox yesterday", "routine"),
    # a temperature said to be normal is no fever
    ("achy and a bit run down since the shots, temperature is normal though", "routine"),
    ("normal temp but the injection spot is leaking yellow stuff", "urgent"),
    # a one-word tag after a statement: a report; after a bare noun phrase: a question
    ("had my botox at noon and now two of the spots are a bit swollen, normal?", "routine"),
    ("headaches after botox, normal?", "none"),
    # a general claim read somewhere, beside the name of who is treated, reports nothing; a statement of one's own
    # across an "and" still does
    ("my son gets botox for cerebral palsy and i read children can get swallowing problems from it, should i worry?", "none"),
    ("i read botox can cause droopy eyelids and my eyelid is drooping now, is that true?", "urgent"),
    ("is it normal for the injections to make your voice hoarse?", "none"),
    # a bruise or mark beside the eye that doubles is a growing bruise, not an eye swelling shut
    ("the bruise next to my eye is double the size this morning", "urgent"),
    ("my eyelid is twice the size it was this morning and puffing shut", "emergency"),
    ("the bruise next to my eye was small on monday but today it's double the size", "urgent"),
    # Spanish: "apenas me duele", "un chin" (a little)
    ("apenas me duele donde me inyectaron", "routine"),
    ("me arde un chin la frente desde el botox", "routine"),
    ("la comisura de la boca se me vino para abajo desde el jueves", "urgent"),
    ("el precio se me fue para abajo, que bueno", "none"),
    # an eye swollen shut is an emergency in Spanish as in English
    ("tengo el parpado tan hinchado que casi no lo puedo abrir", "emergency"),
    # impersonal "se" with the treatment asks in general; "se me ..." tells
    ("¿se salen moretones con las inyecciones?", "none"),
    ("se me salieron moretones con las inyecciones", "routine"),
    # "checked my temp, it's normal" is no fever
    ("took my temperature, it's normal, just sore where the needles went", "routine"),
    # the one asked about, placed on the writer
    ("can you get little bumps from botox? i have a few on my forehead", "routine"),
    # Spanish "¿es normal tener ...?" about a routine effect after the treatment, nobody named: asked, as in English;
    # with a recent treatment told, a red flag, or no treatment named: a report
    ("¿es normal tener moretones después del botox?", "none"),
    ("¿es normal tener dolor de cabeza después del bótox? me lo puse ayer", "routine"),
    ("¿es normal que duela la cabeza? me lo puse ayer", "routine"),
    ("¿es normal tener visión doble después del botox?", "urgent"),
    ("¿es normal tener vision doble? me la puse el lunes", "urgent"),
    ("es normal sentir la garganta tan apretada despues del botox?", "emergency"),
    ("es normal tener un moretoncito entre las cejas al dia siguiente?", "routine"),
]

ROUND_49 = [
    # a worry asked after a statement reports it: "should I be worried?" is a question tag
    ("two little red dots and a bit puffy where they injected, should i be worried?", "routine"),
    ("my eyelid is hanging lower today, do i need to worry?", "urgent"),
    ("can botox make you bruise? should i be worried about that?", "none"),
    # someone else's episode told as over with "once", then asked about; not one still there
    ("my cousin got a droopy brow once after her botox, is that common?", "none"),
    ("my cousin got a droopy brow once after her botox and its still there, is that common?", "urgent"),
    # drops for a dry eye the patient already has: a treated condition, not a drooping lid or a side effect
    ("i always use drops for my dry eyes, is botox ok for me?", "none"),
    ("since the botox i need drops for my dry eyes all day", "urgent"),
    ("my eyelid drops lower every evening since the botox", "urgent"),
    # Spanish: an adjective before the limbs, a side named for the part just asked about
    ("siento debiles los brazos desde la inyeccion", "urgent"),
    ("¿es normal que se caiga la ceja? porque a mi se me cayo la derecha desde el lunes", "urgent"),
    ("can botox make your brow drop? asking bc my right one dropped this morning", "urgent"),
    # Spanish: the effects in general ("los moretones que salen con el botox"), "para despues del botox, si ..."
    ("los moretones que salen con el botox, ¿se quitan solos?", "none"),
    ("los moretones que me salieron con el botox, ¿se quitan solos?", "routine"),
    ("para despues del botox, si me salen moretones ¿que me pongo?", "none"),
    ("para despues del botox, si no puedo respirar ¿les llamo a ustedes?", "none"),
    ("para despues del botox, si no puedo respirar desde anoche ¿les llamo a ustedes?", "emergency"),
]

ROUND_50 = [
    # arms and legs that will not work: weakness all over
    ("since yesterday my arms and legs won't cooperate, i can barely stand", "emergency"),
    ("my arms and legs are not tired, just my forehead is a bit sore", "routine"),
    # someone's story "ages ago" is over
    ("my cousin fainted after botox ages ago, does that happen a lot?", "none"),
    # Spanish: two where there is one; a lid that comes down onto the eye
    ("veo dos agujas en vez de una desde el martes", "urgent"),
    ("desde el botox el parpado derecho se me viene encima cuando leo", "urgent"),
    # Spanish: "qué hago si ... me pasa que ..." is a what-if; "qué molestias son normales" asks in general
    ("¿qué hago si después del botox me pasa que veo doble?", "none"),
    ("¿qué hago si ya no puedo tragar?", "emergency"),
    ("¿cuáles síntomas son normales después del botox?", "none"),
    # (the safety review's: a plea about now, a second symptom, more ways to list the limbs, not-yet-treated)
    ("q hago si me pasa q no puedo tragar!!! ayuda", "emergency"),
    ("que hago si despues del botox me pasa que no puedo tragar? me esta pasando ahorita", "emergency"),
    ("que hago si despues del botox me pasa q no puedo tragar y siento la garganta cerrada?", "emergency"),
    ("que hago si me pasa que no puedo tragar, tengo cita el lunes para el botox", "none"),
    ("both my arms and my legs aren't working right since the shots", "emergency"),
    ("should i not move my arms and legs much after the shots?", "none"),
    ("veo dos citas en lugar de una en mi correo, cual es la buena?", "none"),
    ("years ago my brow dropped after botox, can it happen again? it is right now", "urgent"),
]

ROUND_51 = [
    # a lazy eyelid, a brow that stayed down: drooping; a relative's story with how long it lasted asks
    ("since friday my right eyelid looks kind of lazy and it is staying down", "urgent"),
    ("my mom's brow stayed down for weeks after her botox years ago, how often does that happen", "none"),
    ("i've had a lazy eye since i was a kid, can i still get botox on my forehead?", "none"),
    # everything weak, the limbs listed without "and": weakness all over
    ("since the shots on monday everything feels weak, my arms legs, i can hardly climb the stairs", "emergency"),
    ("my arms legs and back feel weak and shaky since my botox", "emergency"),
    # lips and face swelling named together, and swelling that comes on fast
    ("my tongue and my whole face are swelling since the injections", "emergency"),
    ("her face is swelling up so fast since the botox an hour ago", "emergency"),
    ("se le esta hinchando la cara muy rapido desde la inyeccion", "emergency"),
    # "is it bad if ..." about a state dated now or in the past reports it; one with no date, or ahead, asks
    ("is it bad if my son can't swallow his juice since his botox this morning", "emergency"),
    ("is it normal if my eyelid won't open all the way since yesterday's botox", "urgent"),
    ("is it bad if i get a little headache after botox?", "none"),
    ("is it bad if my eyelid droops after my botox next week?", "none"),
    # a modal, then having the treatment as the subject: a question with or without its "?"
    ("would having my masseters done make it hard to chew, i eat a lot of steak", "none"),
    ("will doing the lip flip change how i talk at all", "none"),
    # "ay no" is an exclamation, not a denial
    ("ay nooo me salio un moretoncito en la frente y mañana tengo fiesta", "routine"),
    ("no, tengo un moreton chiquito nada mas", "routine"),
    # one brow that will not lift is a droop; both brows still is what forehead Botox does; not getting up is weakness
    ("since the botox i can't lift my right eyebrow like the other one", "urgent"),
    ("no puedo subir la ceja derecha desde que me pusieron el botox", "urgent"),
    ("i can't raise my eyebrows at all now lol, is that how it's supposed to be?", "none"),
    ("no puedo levantar las cejas para nada jaja, asi se supone?", "none"),
    ("no me puedo levantar del sillon desde el botox, no tengo fuerzas", "emergency"),
    # the round-51 review, in my own words: Spanish lids gone slack or staying down, everything weak, fast swelling
    ("desde el martes la ceja derecha se me ve floja y se queda abajo", "urgent"),
    ("me siento todo flojo desde la inyeccion, brazos piernas, no aguanto", "emergency"),
    ("se le hinchan los labios muy rapido desde que salio de la clinica", "emergency"),
    ("no puedo arrugar la frente ni levantar las cejas jaja, asi queria", "none"),
    # one of the brows; a routine state judged and dated is a report
    ("since the shots i can't lift one of my brows at all", "urgent"),
    ("is it ok if i have a couple of little bumps since this morning's botox", "routine"),
]

ROUND_52_53 = [
    # a remedy as the subject asks a question, with or without its "?"; a red flag told with it still counts
    ("is motrin or tylenol better if my forehead is sore after", "none"),
    ("is arnica ok if i bruise afterwards?", "none"),
    ("is ice ok? my eyelid has been drooping since tuesday", "urgent"),
    # a diminutive tiredness is the routine, flu-like kind
    ("me siento un poquito cansadita desde ayer que me puse el botox", "routine"),
    # Spanish arms and legs weak with their articles, or "todo el cuerpo" after a comma: weakness all over
    ("tengo las piernas y los brazos sin fuerza desde el botox", "emergency"),
    ("estoy muy debil, todo el cuerpo, desde el martes", "emergency"),
    # a faint put down to a fear of needles in the same sentence is a story; any other sign still counts
    ("my sister passed out at her appointment but it was just because she's scared of needles, is it painful?",
     "none"),
    ("a mi hermana le dio un desmayo cuando la inyectaron pero fue por panico a las agujas", "none"),
    ("she fainted from fear of needles and now her lips are swelling", "emergency"),
    ("my mom fainted after her botox this morning", "emergency"),
    # the last treatment's effect, this one fine: history; the same effect now: a report
    ("previous session my brow dropped for two weeks, this one is fine so far, when does it kick in?", "none"),
    ("last time i had a droopy eyelid and it's happening again since yesterday", "urgent"),
    ("la otra vez se me cayo el parpado, esta vez todo bien", "none"),
    ("la vez pasada se me cayo la ceja y esta vez tambien", "urgent"),
    # trailing dots before a question end a sentence; before anything else they may not
    ("my dad is nervous... will the shots hurt?", "none"),
    ("my right eyelid... drooping since this morning", "urgent"),
    # a limb placed by its side, then weaker: spreading weakness (moved to an FAQ answer by a retrain until the
    # rules read it)
    ("now her left arm on the same side feels weaker than before", "urgent"),
    ("no tengo fuerza ni en los brazos ni en las piernas", "emergency"),
]

ROUND_54 = [
    # "since" before someone in a present state means "because", not an onset that keeps a story going
    ("my cousin couldn't swallow after her botox years ago, I'm writing for her since she's at work", "none"),
    ("she can't swallow since she's had the shots", "emergency"),
    # a friend's story told as once ('una vez') is a story in Spanish too
    ("a mi vecina una vez se le cayo la ceja con el botox", "none"),
    ("a mi vecina una vez se le cayo la ceja y hoy a mi tambien", "urgent"),
    # headaches for years, asked whether Botox takes them away: the reason to ask, not a report
    ("sufro de migrañas desde hace años, ¿el botox me las quita?", "none"),
    ("me duele la cabeza desde el botox del lunes", "routine"),
    # a symptom asked about as one of a list just given, and what a relative mentioned, is a question
    ("and is seeing double one of them?", "none"),
    ("ok so is having trouble swallowing one of the side effects? my neighbour mentioned it", "none"),
]
ROUND_55 = [
    # English symptom words written as they sound are respelt (NYSIIS/Metaphone, a short list of symptom words)
    ("got a small bruze on my cheek", "routine"),
    ("she has dubble vison since the shots", "urgent"),
    ("i can hardly swolow my food since yesterday", "emergency"),
    ("on sunday i fainted, fine since then", "urgent"),  # "sunday" is not respelt into "sound"
    # words run together are read spaced too; "overactive" is a word
    ("my lips are swellingup fast afterbotox", "emergency"),
    ("mom has botox for an overactive bladder, could it make her leak?", "none"),
    # Spanish symptom words written as they sound
    ("me siento devil de todo el cuerpo desde ayer", "emergency"),
    ("tengo el parpado inchado y no lo puedo serrar", "urgent"),
    ("me desmallé hace un rato", "emergency"),
    ("es cierto que puede costar tragar?", "none"),  # "cierto" stays "cierto"
    # a thing lifted is not the arms: one weak arm is spreading weakness
    ("tengo el brazo izquierdo flojo, no puedo levantar ni la bolsa", "urgent"),
    ("no puedo levantar los brazos ni pararme", "emergency"),
    # a brow or lid told formally as gone down, or heavy to open
    ("mi parpado izquierdo ha descendido desde el jueves", "urgent"),
    ("me pesa el ojo al abrirlo, digo, me pesa al abrir el ojo", "urgent"),
    # a sign, then whether the treatment causes it: had, not asked; a sign asked of a kind of treatment: asked
    ("veo borroso, eso pasa por el botox?", "urgent"),
    ("la incontinencia pasa tambien con el botox de la frente?", "none"),
    ("no puedo orinar desde ayer", "urgent"),
    ("casi no orino desde la aplicacion", "urgent"),
    # the patient's own story of last year, over, is a story; said again now, or a sign now, it reports
    ("el año pasado tuve visión borrosa después del bótox pero se me quitó sola", "none"),
    ("el año pasado tuve visión borrosa y otra vez la tengo desde ayer", "urgent"),
    ("el año pasado me puse bótox y no puedo orinar bien", "urgent"),
    ("tengo una ceja más alta de nacimiento, después del bótox se me cayó la otra", "urgent"),
    # "x" written as it sounds: redness "estendiendose" is spreading
    ("la rojez se esta estendiendo por toda la mejilla", "urgent"),
]
ROUND_56 = [
    # a drink gone down the wrong way at a bill or a photo is a figure of speech; a real choke keeps its level
    ("nearly spat out my tea, no, I choked on my tea when I read the invoice lol", "none"),
    ("i choked on my water and now i can't swallow anything", "emergency"),
    # busy, not breathless; "can't breathe" is never read as a workload, nor a breath hard since the treatment
    ("so slammed with work I can hardly breathe haha, how long is the appointment?", "none"),
    ("busy week, and I can barely breathe since my shots this morning", "emergency"),
    # crow's feet are not feet: the bruise by them does not keep a figure of speech a symptom
    ("almost choked when I saw the total lol. small bruise near my crow's feet though", "routine"),
    # "I'm" reads as "I am": an eye open in sleep
    ("her eye stays half open when she's asleep", "urgent"),
    # a face strange on one side is a sign on one side (call the clinic); a face that just feels strange is asked about
    ("the left side of my face feels odd since the injections", "urgent"),
    ("tengo la boca rara de un lado desde el martes", "urgent"),
    ("siento la cara rara", "none"),
    # breathless at a result or a price (Spanish figure of speech); breathless since the treatment is not
    ("el precio me dejó sin aliento jaja, ¿aceptan tarjeta?", "none"),
    ("me quedo sin aliento desde que me pusieron el botox", "emergency"),
    # from the round-56 safety review: someone not breathing (it had been read as a denial), in either language; not a
    # breath that is not hard or goes through a blocked nose
    ("my dad isn't breathing, he had botox this morning", "emergency"),
    ("I'm not breathing heavily or anything, just a small bruise", "routine"),
    ("mi hija no está respirando", "emergency"),
    ("se le olvidó... no, dejó de respirar unos segundos", "emergency"),
    ("no respiro por la nariz, la tengo tapada", "none"),
    # the swollen part named after the pronoun; half the face strange; how a side will look, asked ahead
    ("they keep swelling, my lips", "emergency"),
    ("half my mouth feels odd since tuesday", "urgent"),
    ("could one side of my face end up looking different?", "none"),
    # eyes that stream or won't stop running (round 56's full run: the classifier's guess alone had caught it); not eyes
    # that teared up at a result, nor running make-up
    ("both eyes have been streaming since friday's injections", "urgent"),
    ("my eyes teared up at the before and after pics haha", "none"),
]
# Round 58 (tone and register): by concept, in new words
ROUND_58 = [
    # money told with a body's words; not someone who stops breathing beside a wallet
    ("my savings account literally fainted when i saw the quote", "none"),
    ("la billetera ya se murio con esos precios jaja", "none"),
    ("dropped my wallet and then she stopped breathing", "emergency"),
    # faint meaning slight
    ("a faint yellow bruise is left on my temple", "routine"),
    ("i keep feeling faint when i stand up since the shots", "emergency"),
    # a nurse's words
    ("pt afebrile, slight erythema at two sites", "routine"),
    # the news, and a history long ago unless the part says its own time
    ("read an article about a singer whose eyelid drooped after botox, should i worry?", "none"),
    ("ages ago i reacted to xeomin, my lips swelled up. is botox any different?", "none"),
    ("ages ago i reacted to xeomin, my lips swelled up tonight after botox", "emergency"),
    # an item after a comma with its own degree or time
    ("no fever, slight swelling where the needle went in", "routine"),
    ("denies chest pain, speech slurred since noon", "emergency"),
    ("no rash, hives or swelling so far", "none"),
    # a faint at an earlier blood draw, asked before treatment
    ("once when i had labs drawn i fainted, is botox like that?", "none"),
    ("cuando me sacaron sangre la ultima vez casi me desmayo, duele el botox?", "none"),
    ("when i got my shots i fainted", "emergency"),
    ("cuando me pusieron la inyeccion me desmaye", "emergency"),
]
ROUND_59 = [
    # urine that will not pass, in the words non-native writers use
    ("since yesterday he can not pass urine, just a few drop", "urgent"),
    ("trouble passing urine after the bladder injections", "urgent"),
    ("can bladder botox make it hard to pass urine later?", "none"),
    # the worst headache, told in the preterite (Latin American Spanish)
    ("es el peor dolor de cabeza que senti en toda mi vida, empezo de golpe", "emergency"),
    ("el peor dolor de cabeza que tuve fue cuando me dio dengue, el botox da dolor de cabeza?", "none"),
    # a lip flip named as the treatment asked about
    ("could a lip flip make it hard to talk clearly?", "none"),
    ("since the lip flip my words come out slurred", "emergency"),
    # a normal temperature is no fever; a high one or pus still is
    ("checked my temperature, it was 98.4, just a bit sore at the spots", "routine"),
    ("me medi la temperatura y tengo 36,5, solo un poco de moreton", "routine"),
    ("took my temp and it's 102", "urgent"),
    ("temp is 36.7 but the spot has yellow pus", "urgent"),
    # a mild flu-like feeling
    ("little bit like the flu today after yesterday's shots", "routine"),
    # a question passed on without its "to"
    ("I want know: can botox make eyebrow drop?", "none"),
    # a plan after 'ahora' does not date an old reaction to now
    ("hace anos el xeomin me dio ronchas y ahora me quieren poner botox, es seguro?", "none"),
    ("hace anos el xeomin me dio ronchas y ahora me salieron otra vez", "urgent"),
    # the other outcome asked in the same question
    ("¿el botox puede hacer que a uno le duela o que luego no pueda tragar?", "none"),
    # drinking itself hard, and water out of the nose, without 'my'
    ("eating rice is very difficult since the neck botox", "emergency"),
    ("juice come out from nose when I drink", "emergency"),
    ("drinking from a straw is hard after my lip flip", "none"),
    ("beber liquidos se me hace bien dificil desde ayer", "emergency"),
    # the worst headache in other words, and a worst one dated to an old illness
    ("my head is hurting worse than anything ever", "emergency"),
    ("worst headache she ever had was during her pregnancy, can she get botox?", "none"),
    # who the asker is, said to explain the question
    ("could botox in my neck change my voice? i'm a singer", "none"),
    ("can botox make it hard to talk? she teaches school", "none"),
    ("i'm a singer and since the neck botox my voice is hoarse", "urgent"),
    # what a warning or label says is read, not had
    ("read the black box warning about breathing problems, how worried should i be?", "none"),
    # a denial after the word; half of a part numb
    ("fiebre no tengo, solo un moretoncito en la frente", "routine"),
    ("se me adormecio la mitad de la frente desde el botox", "urgent"),
    # years of Botox said before a red flag now is no history ('hace anos que me pongo botox' is a duration)
    ("hace años que me pongo botox y ahora se me esta cerrando la garganta", "emergency"),
    ("hace 4 anos me puse botox por primera vez y hoy me falta el aire", "emergency"),
]
ROUND_60 = [
    # the legs named, then "they" give out
    ("both legs feel like noodles and they gave out on the stairs", "emergency"),
    # "accident" in other senses is not the bladder
    ("I poked the spot by accident and now it's a little red", "routine"),
    ("she keeps having little accidents since the bladder injections", "urgent"),
    # a lip flip's lip, a little puffy, is "call the clinic"; swelling fast or with the tongue stays 911
    ("got my lip flip an hour ago, top lip looks slightly swollen", "urgent"),
    ("got my lip flip an hour ago, top lip slightly swollen and my tongue feels huge", "emergency"),
    ("my top lip is a little swollen", "emergency"),
    ("lip flip yesterday, top lip slightly swollen and it keeps getting bigger", "emergency"),
    ("lip flip today, lip a little puffy and i can't breathe well", "emergency"),
    # a face that cannot move at all, and skin not felt
    ("my whole face looks like a wax statue and i can't make any expressions", "urgent"),
    ("tengo la cara como de muneca, no puedo hacer ningun gesto", "urgent"),
    # breath that does not fill the chest; both arms that cannot be lifted
    ("respiro y no se me llenan los pulmones", "emergency"),
    ("los brazos ya no los puedo levantar, los siento como trapo", "emergency"),
    # a heavy forehead is read as heavy brows
    ("my forehead has felt really heavy since tuesday's shots", "urgent"),
    ("traigo la frente bien pesada desde el botox", "urgent"),
    # a pinch-like pain where they injected
    ("me arde poquito donde me inyectaron", "routine"),
]
ROUND_61 = [
    # a breathing sign told as what the patient's own lung condition sometimes does is a history; now or after Botox,
    # or said with Botox, it is not
    ("is botox safe for me? i have copd and often get short of breath", "none"),
    ("i get wheezy sometimes with my asthma, does that matter for botox", "none"),
    ("i have asthma and sometimes get short of breath but since the shots it wont stop", "emergency"),
    ("i have asthma and right now im short of breath", "emergency"),
    ("my asthma makes me wheeze sometimes, and after the botox today im wheezing a lot", "emergency"),
    ("soy asmatico y seguido me falta el aire, hay problema con el botox?", "none"),
    ("soy asmatico y desde ayer me falta el aire", "emergency"),
    # "like me" is the asker's kind of person, not a report
    ("¿el bótox le puede causar problemas para tragar a gente como yo?", "none"),
    # a little tired, in more words; tired from work is no effect
    ("sort of wiped out this evening after the shots", "routine"),
    ("I'm so tired after work, is friday still ok for my appointment?", "none"),
]
ROUND_62 = [
    # a seizure as dictation writes it, and shaking all over on the floor
    ("my husband had a seize her in the bathroom", "emergency"),
    ("found my mom on the bedroom floor shaking all over", "emergency"),
    ("i was shaking all over from the cold at the bus stop", "none"),
    # hair falling out is no common effect: "call the clinic"
    ("my hair has been coming out in handfuls since my forehead botox", "urgent"),
    ("se me esta cayendo el cabello desde la aplicacion", "urgent"),
    ("does botox make your hair fall out?", "none"),
    # flu-like as dictation writes it
    ("feeling kinda flew like since the shots", "routine"),
    # an emoji between a fear and a question ends the sentence
    ("so nervous 😬 can botox make you stop breathing", "none"),
    ("i cant 😭 breathe", "emergency"),
    # eyes that are dry anyway, beside a question
    ("will botox make my eyes worse? they're always dry from my contacts", "none"),
    # a dated reaction, then a short list of what it was
    ("had a bad reaction to xeomin years ago, swelling and all, is botox different?", "none"),
    # Spanish: a greeting before a question, "que tal si", sleepy told as tired
    ("hola buenas, el botox en la frente puede dar problemas para respirar?", "none"),
    ("oiga me falta el aire desde el botox", "emergency"),
    ("que tal si se me cae el parpado", "none"),
    ("ando cansadita nomas desde ayer que me puse botox", "routine"),
]
ROUND_63 = [
    # a pain or headache scored 7 to 10 of 10 is severe; a date, a review or a worry is not
    ("my forehead aches like a 7 out of 10 since the shots", "urgent"),
    ("migraine is 9/10 today and advil does nothing", "urgent"),
    ("me duele la mandibula un 8 de 10 desde el botox", "urgent"),
    ("my appointment is on 8/10 and I'm 9 out of 10 sure I want it", "none"),
    ("honestly my results are 10/10", "none"),
    # a number inside a Spanish symptom phrase does not break it
    ("dolor de cabeza 9 de 10, el peor de mi vida", "emergency"),
    ("headache is 10/10, the worst of my life", "emergency"),
    # ringing in one ear, an eye left open in sleep
    ("ringing in my right ear since the jaw botox", "urgent"),
    ("my wife says I sleep with my left eye half open since the shots", "urgent"),
    ("el ojo se me queda medio abierto al dormir", "urgent"),
    ("I sleep with one eye open since the baby came lol", "none"),
    # a redness past the line drawn round it; the bruise of always is a bruise now
    ("le marque lo rojo con plumon y ya se salio de la raya", "urgent"),
    ("el mismo moreton de siempre junto al ojo", "routine"),
    # someone else's photo with a question about the asker; the first time still ahead
    ("vi un video de una señora con la ceja caida, si me pasa a mi se quita sola?", "none"),
    ("para mi primera cita quiero saber, ¿es normal la rojez?", "none"),
    # "change my voice"
    ("could botox in my neck change my voice?", "none"),
    ("the neck botox changed my voice, it's all breathy", "urgent"),
]
ROUND_64 = [
    # a remedy asked for "the/this/my" symptom: the patient's own (a report at its level)
    ("can I put some ice on the tiny bruise by my eyebrow?", "routine"),
    ("should I take tylenol for this slight headache or advil?", "routine"),
    ("can i wear concealer over the little red bumps? got my forehead done today", "routine"),
    ("should I ice my droopy eyelid tonight?", "urgent"),
    # ... not with a condition, nor asked in general
    ("can i take advil for the headache if i get one after botox?", "none"),
    ("does ice help the swelling after botox?", "none"),
    # a headache lasting three days or more is no longer the expected one (it usually goes in 24-48 hours)
    ("headache for 4 days now since the shots", "urgent"),
    ("my headache, it's been going for 6 days", "urgent"),
    ("llevo 5 dias con dolor de cabeza desde el botox", "urgent"),
    ("can a headache last 3 days after botox?", "none"),
    # the tongue added to a swelling just told ("y la lengua también"), not a mouth that is just as dry
    ("se me hinchó el labio y la lengua también", "emergency"),
    # (a dry mouth, not on the routine list, is "call the clinic" since round 65)
    ("tengo la frente inflamada y la boca igual de reseca", "urgent"),
    # a score that is a visit's date (July 10 is 7/10), and one that is the pain's
    ("my appointment is 7/10 at 2pm", "none"),
    ("see you 8/10!", "none"),
    ("the pain is 8/10 at night", "urgent"),
    # (the round-63 concepts again, in words the rules before them did not read at this level)
    ("my right eye stays open a little when I sleep", "urgent"),
    ("duermo con un ojo medio abierto desde el botox", "urgent"),
    ("me duele la mandibula un 7 de 10 desde el botox", "urgent"),
    ("my jaw throbs like a 7/10 since the masseter shots", "urgent"),
]
ROUND_65 = [
    # the chest named, then how it feels, after a comma (a correction says where); squeezed ("apachurrado")
    ("no es la garganta, es el pecho, lo tengo apretado desde hace rato", "emergency"),
    ("siento el pecho como si me lo estuvieran aplastando", "emergency"),
    ("me lastime el pecho, lo tengo adolorido del gym", "routine"),
    # a dry mouth or a metal taste: not on the routine list, "call the clinic"; asked, or blamed on a medicine, not
    ("her mouth has been so dry since the bladder shots", "urgent"),
    ("tengo un sabor a metal en la boca desde la aplicacion", "urgent"),
    ("can botox give you a dry mouth?", "none"),
    ("i get a dry mouth from my allergy medicine, is botox still ok?", "none"),
    # a headache had every day since the treatment or a day named (lasting days), not since youth
    ("mild headache, but I've had it every day since the shots", "urgent"),
    ("le duele la cabeza todos los dias desde el martes", "urgent"),
    ("i get migraines every day since i was a teen, could botox help?", "none"),
    # a question announced ("una pregunta") and the treatment put as a condition ("si me pongo el botox")
    ("una pregunta si me hago el botox en el entrecejo me puede dar vision doble", "none"),
    ("una pregunta, tengo la ceja caida desde ayer", "urgent"),
    # a Spock brow feared in Spanish is a fear, had is a report
    ("me da miedo que me quede la ceja como Spock", "none"),
    ("me quedo la ceja de Spock desde el martes", "urgent"),
    # the toxin's travel asked about, however far ("from his arm to the rest of his body and make him weak")
    ("could the toxin travel from her calf up through her body and leave her weak all over?", "none"),
    ("can botox go from his neck into the rest of his body and make him unable to breathe?", "none"),
    # the condition treated named as the treatment's modifier ("her migraine botox"), not one that came after
    ("quiero una cita para mi tia, es para su migraine botox", "none"),
    # "not being able to" is an inability; feared, it is no report
    ("she keeps not being able to swallow her pills since the neck shots", "emergency"),
    ("I'm so afraid of not being able to talk normally after lip flip", "none"),
    ("worried about not being able to breathe, how likely is that with neck botox?", "none"),
]
ROUND_66 = [
    # legs that give out, hedged; food that sticks as it goes down
    ("her legs sort of gave way twice walking to the car", "emergency"),
    ("pills keep sticking when I try to swallow since the neck botox", "emergency"),
    ("do pills stick when you swallow after neck botox?", "none"),
    # "is it ok that there's ..." beside a recent treatment asks about what is there
    ("is it ok that there's a small bruise by my eye? got botox yesterday", "routine"),
    ("is it fine that my eyelid is drooping? had botox on monday", "urgent"),
    # whether something can happen to someone because of a symptom does not make it a question
    ("amamanto y desde el martes veo borroso, ¿le puede pasar algo a mi bebe?", "urgent"),
    # a chat app's time on a forwarded line dates the message, not the faint: one that has passed is still 911
    ("[Yesterday 8:02 PM] Mom: fainted in the bathroom for a sec\n[Yesterday 8:03 PM] Mom: im fine now", "emergency"),
    ("the price sticks in my throat, any discounts?", "none"),
]
ROUND_67 = [
    # one thing seen as two, "instead of one"; a headache that has become pounding
    ("when i look left i see 2 cars instead of 1 since yesterday", "urgent"),
    ("my headache was small this morning but its getting unbearable now", "urgent"),
    # a past-tense statement of what the treatment did is a report, not a question
    ("the botox in my forehead made my left eyelid droop", "urgent"),
    ("does botox in the forehead make eyelids droop?", "none"),
    # the purpose or a dose between the treatment and what it might cause: a question
    ("could xeomin for my migraines mess with my vision?", "none"),
    ("can 40 units for migraine affect your eyesight?", "none"),
    # money that cannot breathe is a joke; the patient who cannot is not
    ("my bank account can't breathe after seeing that price", "none"),
    ("I lost my wallet and now I can't breathe", "emergency"),
    # what a clinician said can happen, asked how common it is
    ("el pediatra nos menciono algo de problemas para tragar, que tan comun es?", "none"),
]
ROUND_68 = [
    # Spanish lips swollen with an amount between; a denial across a perfect tense
    ("se me han hinchado mucho los labios desde anoche", "emergency"),
    ("no se me han hinchado los labios, nada", "none"),
    # a denial denied is the sign
    ("no diria que no me cuesta tragar, si me cuesta un poco", "emergency"),
    # tiny purple or red dots on the legs or the body, away from the injections
    ("little purple specks on my legs since the botox, I didn't bump anything", "urgent"),
    ("le salieron puntitos rojos en las piernas desde el botox", "urgent"),
    # sweating now much more elsewhere; sweating asked about as a reason for treatment is not
    ("now I sweat way more on my chest since the underarm shots", "urgent"),
    ("I sweat a lot on my chest, would botox help?", "none"),
    # migraines counted, or everything tried for them: the reason for treatment
    ("honestly same amount of migraines as before the botox. did it not work?", "none"),
    ("ya probe de todo para las jaquecas, el botox me ayudaria?", "none"),
    # words between the treatment and "da": a general question
    ("el botox a menudo da vision doble?", "none"),
]
ROUND_69 = [
    # a throat or tongue that feels odd, then what it is like after a pause or a time (not "like its not closing")
    ("throat's been funny since my shots, like it's getting tight", "emergency"),
    ("tongue feels odd since this morning, like its kind of swollen", "emergency"),
    ("my throat feels odd, like it's not tight or anything, just dry", "none"),
    ("tengo la garganta extraña desde ayer, como si se me estuviera cerrando", "emergency"),
    # Spanish dictation that splits a symptom word
    ("desde anoche no puedo tra gar ni el agua", "emergency"),
    ("se me cayo el par pado derecho", "urgent"),
    # "I mean" is what a question meant; a "like" sentence with the patient's own state after a question reports
    ("I mean like a droopy eyelid?", "none"),
    ("can botox give you a droopy brow? like mine is drooping rn", "urgent"),
    ("does botox make people dizzy? like i am rn", "urgent"),
    # the food or drink as the subject of how hard it is to get down
    ("since the shots my pills are a struggle to get down", "emergency"),
    # a feeling hard to put into words is no trouble speaking
    ("feel off since the botox, hard to put it into words", "none"),
    ("I can't find the words to describe how weird my face feels", "none"),
    # a new thought after a denial and a comma is not denied with it
    ("nothing wrong, well actually my chest feels tight", "emergency"),
    # someone else's episode, then the patient's worry or own risk asked; not with a time
    ("my coworker ended up with a droopy brow after her botox so im nervous", "none"),
    ("my coworker ended up with a droopy brow after her botox yesterday so im nervous", "urgent"),
    ("my aunt's eyelid dropped after botox (she's fine now). could that happen to me too?", "none"),
    ("mi prima tuvo la vista borrosa por el botox, eso es comun? a mi me lo ponen el viernes", "none"),
    # Spanish: common effects listed as examples between questions; a treatment still ahead said with the day first
    ("que cosas son normales despues del botox? hinchazon, moretones... cuanto duran?", "none"),
    ("los moretones despues del botox son normales? pregunto porque el sabado me lo pongo", "none"),
]
ROUND_70 = [
    # Spanish lips listed first with another part, one plural swelling word for both
    ("tengo los labios y la nariz re hinchados", "emergency"),
    # a Spanish lid lower with its side between; lips too weak for a straw
    ("el parpado derecho se me quedo bajito", "urgent"),
    ("desde el botox no puedo beber con pajita", "urgent"),
    # an inability always so is a trait; a lift put down to an injury is not weakness (but not a denied injury)
    ("I can't whistle, but honestly I never could", "none"),
    ("cant carry my laundry basket rn but its my back, pulled it at the gym", "none"),
    ("can't hold my coffee cup but it's not from the gym, it started after botox", "urgent"),
    # "those" said of what usually happens asks; "these" points at the patient's own
    ("how long do those eyelid droops usually last?", "none"),
    # a Spanish appointment dated ahead: a what-if question
    ("mi cita va a ser el viernes, si despues me salen ronchas que hago?", "none"),
]
ROUND_71 = [
    # one side of the forehead still, the other moving, is an uneven result; one side of the face or mouth is a droop
    ("de un lado ya no se me mueve la frente pero del otro si", "none"),
    ("de un lado ya no se me mueve la cara", "urgent"),
    ("de un lado no se me mueve la boca desde el botox", "urgent"),
]
ROUND_72 = [
    # a Spanish droop with a degree word between
    ("se me bajo un poquito la ceja desde ayer", "urgent"),
    # partly gone is still there
    ("hives came up on my neck last night, they're mostly gone now", "urgent"),
    ("me salio urticaria en el pecho, ya se me quito casi toda", "urgent"),
    # a common effect that starts a week or more after the treatment is not the expected course
    ("it's been 2 weeks since my botox and a new bruise just showed up on my forehead", "urgent"),
    ("a los diez dias me salio un moreton donde me inyectaron", "urgent"),
    # ... one from the first days, still fading at two weeks, is
    ("two weeks after my botox the little bruise is still there but fading", "routine"),
    # a sign denied with "not ... or spreading" is not spreading; the Spanish word for a bruise in English
    ("redness where they injected, it's not warm or spreading", "routine"),
    ("got a small moreton near my eyebrow from the shots", "routine"),
    # a temperature at or above the fever line told as a reading is a fever; below it, asked, or an age is not
    ("38.3 C", "urgent"),
    ("100.4 F", "urgent"),
    ("37.2 C", "none"),
    ("if my temp goes over 38 C should i call?", "none"),
    ("tengo 38 años", "none"),
    # a breath short by a little is short
    ("desde ayer me falta un poco el aire", "emergency"),
]
ROUND_73 = [
    # a person gone all floppy is weakness all over; a part of the face "all floppy" is a droop
    ("my son got hold of the vial and now he's all floppy and sleepy", "emergency"),
    ("mi hijo se puso como aguadito todo flojo despues de picarse con la aguja", "emergency"),
    ("my left eyelid is all floppy since the shots", "urgent"),
    ("la ceja esta toda floja desde el botox", "urgent"),
    # "pee" dictated as "pea"; a "pea sized" bump is still a bump
    ("since the bladder injections i keep leaking pea", "urgent"),
    ("there's a pea sized bump where she injected", "routine"),
    # compared with an old time, a symptom is still now
    ("my eyelid is drooping just like when i was pregnant and had bells palsy", "urgent"),
    # a first-person sentence after a question on what was read is the patient's own
    ("vi en tiktok que es normal que cueste tragar, es cierto? yo no puedo tragar ni el agua", "emergency"),
    # a Spanish question about holding urine; a condition had anyway, asked about
    ("¿es cierto que con el botox uno no aguanta la orina?", "none"),
    # ... asked with an impersonal "uno" is a question, never 911 (round 73 tests); the patient's own is not
    ("¿es cierto que con el botox uno no puede tragar?", "none"),
    ("es cierto que con el botox uno no puede tragar? yo no puedo tragar", "emergency"),
    ("de por si tengo los ojos secos, el botox me los puede resecar mas?", "none"),
]
ROUND_74 = [
    # a denied spread is not getting worse; real spread is
    ("a little tender where they injected my forehead, no swelling spreading, no fever", "routine"),
    ("the redness around the injection spot is spreading down my cheek", "urgent"),
    # a Spanish question listing two effects, after "nothing yet", asks
    ("todavia no tengo nada, pero que hinchazon o moretones son normales?", "none"),
    # a treatment's effect on a part asked with an impersonal "se"; the patient's own is a report
    ("¿el relleno en los labios se inflama mucho?", "none"),
    ("me puse relleno y botox y se me hincharon los labios, no puedo respirar bien", "emergency"),
    # a condition Botox treats, asked about, is the reason; one that started after the treatment is a report
    ("¿el botox me sirve para los espasmos del parpado? me tiembla hace años", "none"),
    ("me tiembla el parpado desde que me pusieron botox", "urgent"),
    # one more sign added to a question with "y" is asked; a bare sign with a question mark still reports
    ("¿y se puede caer el parpado?", "none"),
    ("¿y dificultad para tragar?", "none"),
    ("¿vista borrosa?", "urgent"),
    # a sign answered with a bare "no", as a list item is, is denied (the last note's "- fiebre no"); one taken back
    # after it, or said with "tengo" first, is not
    ("- fiebre no", "none"),
    ("me duele poquito la cabeza desde el botox de ayer, fiebre no", "routine"),
    ("fiebre no... bueno si, 38.2", "urgent"),
    ("tengo fiebre no", "urgent"),
]

ROUND_75 = [
    # body words spelt as they sound, that are other words of the lookup table ("tung", "lipps")
    ("my tung is swolen since the shots", "emergency"),
    ("my lipz feel swollen n my tung is thick", "emergency"),
    ("we finished the deck with tung oil", "none"),
    # a swelling told as big or severe is no mild common effect; a mild one still is
    ("my forehead is massively swollen since this morning's botox", "urgent"),
    ("the swelling between my brows is huge", "urgent"),
    ("tengo el entrecejo super hinchado desde el botox", "urgent"),
    ("tengo un poquito hinchado el entrecejo desde el botox", "routine"),
    # an illness told before a treatment still ahead is no side effect; one after a treatment had is
    ("on antibiotics for a sinus infection, is my botox on friday still ok?", "none"),
    ("tengo fiebre desde ayer, ¿pospongo mi cita de botox del jueves?", "none"),
    ("got botox tuesday and now i have a fever, next appointment in 4 months", "urgent"),
    ("fever and i can't swallow, my botox appointment is tomorrow", "emergency"),
    ("the injection spots are oozing pus, should i cancel my appointment on friday?", "urgent"),
    # ... a sign at a spot, or an illness since an injection, is no illness before the treatment; a first one ahead is
    ("desde que me pincharon tengo calentura, mi cita de botox es el lunes, ¿la cancelo?", "urgent"),
    ("a red hot lump with pus on my chin, can i still do my botox tomorrow?", "urgent"),
    ("i've never had botox before and i'm running a temp of 38.4, should i reschedule my first appointment?", "none"),
    ("tengo gripe y fiebre, ¿pospongo mi cita de botox del martes?", "none"),
    # a red flag told as now in a clause before an unrelated question of its sentence is reported
    ("got my tox on monday and love it, but since last night swallowing is kinda hard, anyway do you do lip flips?",
     "emergency"),
    ("had botox a week ago, now my eyelid is drooping, how much is a touch up?", "urgent"),
    ("if i had trouble swallowing after botox, how much would a touch up cost?", "none"),
    # the patient's own of a part just asked about, changed, is had
    ("¿el botox sirve para los labios hinchados? los míos se hincharon desde ayer", "emergency"),
    # a part said not to be the one is not what "they" stands for
    ("not the injection spots, i meant my lips, they're swelling", "emergency"),
    ("sorry i meant my lips not the spots, they're swelling", "emergency"),
]
ROUND_76 = [
    # a bladder that does not empty after bladder injections (urinary retention) is the bladder red flag
    ("ever since the bladder injections i can only wee a tiny bit and have to strain", "urgent"),
    ("only a trickle comes out when i go, bladder botox was monday", "urgent"),
    ("my bladder still feels full after i go to the bathroom", "urgent"),
    ("me sale poquito al orinar y siento la vejiga llena desde el botox de vejiga", "urgent"),
    ("can bladder botox make it hard to empty your bladder?", "none"),
    # new sweating told as a place dripping, or at night, is a symptom the rules do not know as routine
    ("my face and scalp are dripping with sweat since the underarm botox", "urgent"),
    ("i get night sweats since my tox last week", "urgent"),
    ("sudo a chorros por el pecho en las noches desde el botox", "urgent"),
    ("my hands are sweaty, can botox help with that?", "none"),
    ("sudo a mares por la cara, el botox sirve para eso?", "none"),
    # a head of pus on a bump is an infection sign
    ("the spot between my brows has a little yellow head on it now", "urgent"),
    ("one injection point has a white tip", "urgent"),
    ("el granito del pinchazo tiene la punta amarilla", "urgent"),
    # a question with a two-word treatment name before "botox" is a question
    ("Could the jaw line Botox make it hard to chew?", "none"),
]
ROUND_77 = [
    # a faint on an earlier day told as over, "fine today" too, is "call the clinic"; a day that dates the treatment
    # does not date a faint told today
    ("fainted on saturday at the gym, i feel totally fine today", "urgent"),
    ("me desmaye ayer pero ya estoy bien hoy", "urgent"),
    ("i had my botox yesterday and fainted 20 minutes ago, feel ok now", "emergency"),
    ("got botox monday, fainted at work this morning but im ok now", "emergency"),
    # ... in Spanish too, with the day in the clause its "y" joins; a faint today told over "hoy" stays 911
    ("el sabado me maree y me desmaye en el sauna, ahora estoy bien", "urgent"),
    ("me puse botox ayer y me desmaye hace rato, ya estoy bien", "emergency"),
    ("me desmaye hace rato pero ya estoy bien hoy", "emergency"),
    ("ive had asthma since childhood, breathing is fine today, no wheezing", "none"),
    # a claim told by "she" about people in general, and others seen, are asked
    ("my neighbour says it can paralyze your face, can that really happen?", "none"),
    ("i know girls whose lips swelled up after a lip flip, could that happen to me?", "none"),
    # what one cannot risk or afford is a worry, not a report; one's own sign beside it is
    ("I can't risk a droopy brow before my wedding, how common is that?", "none"),
    ("i cant risk it, my eyelid is drooping since yesterday", "urgent"),
    # a Spanish history opened with "una vez"; "no veo nada" of results; a real loss of sight
    ("una vez me dio urticaria con el xeomin, puedo ponerme botox?", "none"),
    ("todavia no veo nada de resultado, la frente se me mueve igual", "none"),
    ("no veo nada del ojo derecho desde ayer", "urgent"),
    # an infection as what a medicine is for; one at the injection spot is a sign
    ("im on antibiotics for a chest infection", "none"),
    ("the injection spot is infected and im on antibiotics for it", "urgent"),
]
ROUND_78 = [
    # an episode dated years ago in its sentence is a history at any level; a sign of today beside it is a report
    ("years back i had a reaction to a lip filler, my lips ballooned. can i still get botox?", "none"),
    ("years ago my lips swelled from a filler, and right now my tongue is swelling after botox", "emergency"),
    ("hace muchos años con la anestesia del dentista se me hincharon los labios, puedo ponerme botox?", "none"),
    ("hace 3 años me salieron ronchas con el dysport y ahora tengo ronchas otra vez", "urgent"),
    ("hace años que no puedo respirar bien por la nariz y desde el botox me falta el aire", "emergency"),
    # a worry about going or getting something is not a report; a sign told beside a worry is
    ("im in a choir so im worried about going hoarse, how likely is that?", "none"),
    ("im worried, my voice is going hoarse since the neck botox", "urgent"),
    # a Spanish faint over in the next sentence, with clauses between: the day decides
    ("el lunes me desmaye cuando me inyectaban, dijeron que fue la presion. hoy ya estoy bien", "urgent"),
    ("hoy me desmaye mientras me ponian el botox, el doctor dijo que fueron nervios. ya me siento bien", "emergency"),
    # (from the safety review) lips named, then "and" how big they look; a reaction's sign as a fragment after it;
    # a worry about becoming hoarse without a question; Spanish fears of becoming so; a relative's faint years ago
    ("since the shots my lips are itchy and look really huge", "emergency"),
    ("had a reaction to dysport years ago, hives everywhere. can i try botox?", "none"),
    ("i had dysport years ago, hives everywhere now", "urgent"),
    ("worried about going hoarse, i have a big concert next month", "none"),
    ("me daria panico quedar afonica, doy clases todo el dia", "none"),
    ("no me quiero arriesgar a quedarme sin voz, soy locutora. pasa seguido?", "none"),
    ("me quede afonica desde el botox del cuello", "urgent"),
    ("mi tia se desmayo con el botox hace varios años, le dijeron que fue la presion", "none"),
]
ROUND_79 = [
    # lips said to be "doing that", then swelling: swelling lips
    ("my lips are doing it too now, puffing up", "emergency"),
    ("y mis labios estan haciendo lo mismo, re hinchados", "emergency"),
    # a sign told by a show or a document, in a message that asks; the patient's own beside it is a report
    ("in a netflix series a guy couldnt swallow after botox, does that really happen?", "none"),
    ("la hoja de la clinica habla de vision doble, eso es comun?", "none"),
    ("en una novela una actriz se quedaba sin voz por el botox, es real?", "none"),
    ("el consentimiento menciona dificultad para respirar, le pasa a mucha gente?", "none"),
    ("en el folleto dice vision doble y yo veo doble desde ayer, es normal?", "urgent"),
    # a Spanish what-if with "algo tipo"; a real one
    ("si me llega a pasar algo como que se me cierre la garganta, a quien llamo?", "none"),
    ("si despues del botox me da algo tipo que no pueda tragar, voy a urgencias?", "none"),
    ("se me esta cerrando la garganta, a quien llamo?", "emergency"),
    # "no siento nada" of results; of the face
    ("ya pasaron 10 dias y no siento nada, las arrugas siguen igual", "none"),
    ("no siento nada en el labio de arriba desde ayer", "urgent"),
    # (from the safety review) trailing dots end a sentence before the patient's own: a show's claim, then one's own
    ("read in an article botox can cause double vision... my vision is double since this morning, is that it?", "urgent"),
    ("my eyelid... kinda drooping since yesterday", "urgent"),
]

ROUND_80 = [
    # a worry told about what was read is not a sign had (Spanish); a sign had since then still is
    ("lei que el botox puede causar problemas para respirar y desde entonces no duermo pensando en eso, es cierto?", "none"),
    ("me dijeron que puede dar dificultad para tragar y ando bien nerviosa por eso, es verdad?", "none"),
    ("vi en un video que el botox puede causar problemas para respirar, y desde que lo vi no dejo de pensar en eso. es verdad?", "none"),
    ("lei que puede causar problemas para tragar y desde entonces me cuesta tragar, es normal?", "emergency"),
    ("estoy nerviosa, lei que puede dar vision doble y hoy veo doble, es por eso?", "urgent"),
    # booked for next week or next month: a question about what to expect (Spanish); treated last week: a report
    ("es normal que salgan moretones despues? me lo pongo la otra semana", "none"),
    ("la semana que viene me lo ponen, es normal que salgan moretones?", "none"),
    ("me lo pusieron la otra semana y tengo moretones, es normal?", "routine"),
    # a greeting before a past story keeps it a history; a story that goes on is a report
    ("buenas noches, una vez me puse dysport y me salieron ronchas, puedo ser alergica al botox?", "none"),
    ("hola, hace un ano me puse botox y se me cayo el parpado, me puede volver a pasar?", "none"),
    ("hace un ano me puse botox y se me cayo el parpado y sigue asi", "urgent"),
    ("hola, hace un ano se me cayo la ceja con el botox y todavia esta caida", "urgent"),
    # English: long ago, but never over
    ("years ago my eyelid drooped after botox and it never went back up", "urgent"),
    ("a year ago my brow dropped from botox and it hasnt gone away", "urgent"),
    ("years ago my eyelid drooped after botox and went back up after 6 weeks", "none"),
    ("years ago my eyelid drooped after botox, what if it never goes away this time?", "none"),
    # English with a Spanish word is read as English
    ("my abuelita's botox was yesterday and now she can't swallow her pills, they get stuck", "emergency"),
    ("my tía had her neck shots monday and her voice is hoarse today", "urgent"),
    # the safety review's: a side shortened ("izq"); "in a few days" ahead; weak arms, then stairs or a chair hard;
    # what Botox is safe for
    ("desde el jueves tengo la ceja der caida", "urgent"),
    ("oi q el botox baja el parpado, es cierto? porque tengo el ojo izq caido desde ayer", "urgent"),
    ("me lo hacen en unos dias, es normal tener moretones despues?", "none"),
    ("me lo hacen en unos dias pero ya tengo un moreton de antes, es normal tener moretones?", "routine"),
    ("both my arms feel weak and i can hardly climb the stairs since the neck botox", "emergency"),
    ("since the shots my arms feel heavy and its a struggle to get out of bed", "emergency"),
    ("my arms are sore from the gym and i can barely climb the stairs lol", "routine"),
    ("my dad is asking if botox is safe for migraines, he is 70", "none"),
]

ROUND_81 = [
    # symptom words as a phone autocorrects or a patient spells them
    ("i feinted at the pharmacy an hour after my botox", "emergency"),
    ("im weezing and my chest feels tight since the shots", "emergency"),
    ("broke out in highs on my neck and chest after the botox", "urgent"),
    ("the weather says highs in the 80s, can i go to the beach after botox?", "none"),
    ("desde el botox me cuesta tratar la comida, se me queda atorada", "emergency"),
    ("me cuesta tratar la piel seca despues del botox?", "none"),
    ("tengo un moreno en la frente del botox de ayer", "routine"),
    ("vino un moreno en la recepcion a preguntar por el botox", "none"),
    # "fine ever since" ends a long-ago episode; "not fine since" or a new clause that says it lasts does not
    ("years ago as a kid i fainted getting a shot, been fine ever since, should i mention it?", "none"),
    ("years ago my eyelid drooped after botox and it has not been fine since", "urgent"),
    ("a year ago my eyelid drooped after botox, the doctor said it was fine but its been droopy ever since", "urgent"),
    # the face swelling with the lips in it
    ("my face is swelling up around my nose and lips since the injections", "emergency"),
    ("se me esta inflamando la cara y la boca, y los labios tambien", "emergency"),
    ("a mi hermana se le esta hinchando toda la cara y los labios despues del botox", "emergency"),
]
# Round 82: a limb with no strength or that cannot be lifted, named before how it is felt (ES), "no strength" as a loss
# (EN); a chance asked about the future is a question, about what is going on now a report
ROUND_82 = [
    ("siente la pierna del lado que le inyectaron sin fuerza, ya no la puede levantar bien", "urgent"),
    ("la mano izquierda la tengo floja desde el botox del antebrazo", "urgent"),
    ("se le cayo la boca de un lado y el brazo de ese lado lo siente debil", "emergency"),
    ("me dijeron que no levante el brazo en unas horas, es por el botox?", "none"),
    ("her shoulder has no strength since the neck shots", "urgent"),
    ("my whole body has no strength since last night", "emergency"),
    ("my arm has no weakness at all, just a bruise", "routine"),
    ("is there a chance my tongue is swelling? it feels thick", "emergency"),
    ("is there a chance my brow is dropping from the botox?", "urgent"),
    ("is it possible I won't be able to hold my pee after the bladder shots next week?", "none"),
    ("what are the odds my voice will change after the neck botox?", "none"),
    ("hay chance de que me de vision doble despues del botox?", "none"),
]
# Round 83: a drink going the wrong way with "pa/pal", coughing with each drink or bite (not a what-if or a lifelong
# habit); an "if" put on some day
ROUND_83 = [
    ("a mi abuelo todo lo que toma se le va pa otro lado desde el botox del cuello", "emergency"),
    ("se le fue pal otro lado la leche y no paraba de toser", "emergency"),
    ("desde el botox cada vez que toma agua tose y tose", "emergency"),
    ("mi tio siempre tose cuando come, le pueden poner botox?", "none"),
    ("si toso cuando como despues del botox es grave?", "none"),
    ("puedo tomar benadryl si alguna vez me salen ronchas por el botox?", "none"),
    ("si algun dia se me cae el parpado con el botox, que hago?", "none"),
    ("se me fue la pelota pa otro lado", "none"),
    # from the safety review: a relative's droop dated in the clause after the treatment; a cough with every sip (EN)
    ("a mi suegra se le cayo la ceja despues de su botox hace 3 anos, me da miedo", "none"),
    ("a mi suegra se le cayo la ceja despues de su botox hace 3 dias", "urgent"),
    ("my son coughs every time he takes a sip since the neck injections", "emergency"),
    ("the tea keeps going down wrong since my botox", "emergency"),
]
ROUND_84 = [
    # one side of the forehead no longer moving is an uneven result; the face, the mouth or a drooping forehead side is not
    ("de un lado la frente ya no se me mueve y del otro todavia si", "none"),
    ("un lado de mi frente ya no se mueve nada, el otro si, toca retoque?", "none"),
    ("un lado de la cara ya no se me mueve desde ayer", "urgent"),
    ("un lado de la boca no se mueve bien desde el botox", "urgent"),
    ("un lado de la frente se me ve caido desde el martes", "urgent"),
]
ROUND_85 = [
    # a sign only watched for, planned on, or said to be possible is no report; said to be had after, it is
    ("ok got it, i'll call 911 if my throat starts closing", "none"),
    ("will do, if my lid droops i'll text you guys", "none"),
    ("the aftercare sheet says to look out for blurry vision", "none"),
    ("my nurse said a heavy brow can happen for a bit", "none"),
    ("you told me to call if i got hives and i did, all over my arms", "urgent"),
    ("i'll call if this bruise on my forehead gets any bigger", "routine"),
    # a fear of what might come, asked; not a fear of what may be going on now
    ("im terrified i might stop breathing after neck botox, does that happen?", "none"),
    ("scared i might be having a reaction? my lips feel tight", "emergency"),
    # "should I be worried that" / "is it bad that" a state of one's own is a report
    ("is it bad that i have a little bruise under my eye?", "routine"),
    ("should i be worried that botox could give me a bruise?", "none"),
    # a trait had since childhood or before any Botox, unchanged, is a history (English and Spanish)
    ("my right brow has always been lower, since i was a little girl. can i still get botox?", "none"),
    ("tengo un ojo mas chico que el otro desde chiquita y con el botox quedo igual", "none"),
    ("desde nina tengo la ceja mas baja pero desde el botox se me cayo mas", "urgent"),
    # Spanish: the voice that comes out hoarse; a bruise fading day by day; eyes watering
    ("desde el botox del cuello la voz me sale bien rasposa", "urgent"),
    ("el moretoncito cada dia esta mas bajito de color", "routine"),
    ("le lloran mucho los ojos desde la aplicacion", "urgent"),
    ("me puede dar comezon o que me lloren los ojos con el botox?", "none"),
    # a sign told in the main clause after a condition of its own is a report; a sign inside the condition, asked, is not
    ("whenever i swallow my food feels stuck, should i be worried?", "emergency"),
    ("when he eats, the food gets stuck halfway", "emergency"),
    ("if she lies flat she gets short of breath, normal?", "emergency"),
    ("if i lie down will i have trouble breathing after neck botox?", "none"),
    ("if i lay flat i cant catch my breath, do i call?", "emergency"),
    ("if i get like, i cant swallow later on, who do i call?", "none"),
    ("if i get hives will i need benadryl?", "none"),
]
ROUND_86 = [
    # a sign named right after "now" opening a clause is told as here, whatever is asked after it; not in a what-if
    ("got my tox tuesday and now a rash on my neck, do i call you?", "urgent"),
    ("had the shots friday but today fever and chills, is that related?", "urgent"),
    ("what if i get botox today and now a fever, can i still go?", "none"),
    # a routine effect told, then wondering about something else in a later clause, is a report
    ("there's a tiny bruise by my eyebrow, just wondering if arnica works", "routine"),
    ("i had botox yesterday, wondering if bruising is normal", "none"),
    # a bare "normal?" after an amount, a place or a laugh tells a spot of one's own; after a general topic it asks
    ("bit of swelling where they injected haha normal?", "routine"),
    ("headaches after botox, normal?", "none"),
    # a relative passing on someone else's story is hearsay; a relative's own sign is a report
    ("my mom says her coworker couldn't swallow after botox, is that real?", "none"),
    ("my mom says her throat feels tight since her botox, should she worry?", "emergency"),
    # an illness asked "still come?" before a visit is a question; after a treatment had, still a report
    ("got botox yesterday and now i have a fever, do i still come in or reschedule?", "urgent"),
]
ROUND_87 = [
    # Spanish: a brow that falls, with "la" before it, in any tense; a what-if with a cause or a time before its verb
    ("desde ayer siento que se me va cayendo la ceja derecha", "urgent"),
    ("si con el botox de la frente se me llegara a caer la ceja, se quita sola?", "none"),
    ("si algun sabado se me llega a caer el parpado a quien llamo?", "none"),
    ("si, ayer se me llego a caer la ceja", "urgent"),  # an unaccented "yes", then the report
    # English: a symptom that is the subject right after an opening "is"/"are", asked possible or common, "?" left out
    ("is choking on water possible after neck botox", "none"),
    ("are hives common after the shots", "none"),
    ("is my double vision common after botox", "urgent"),
]
ROUND_88 = [
    # a fall with a spell of not waking is a faint, in broken English and in Spanish; not a late alarm
    ("my grandma fall down in kitchen and not wake for few second", "emergency"),
    ("she fell and did not answer me for a moment", "emergency"),
    ("i did not wake up for my alarm today", "none"),
    ("mi abuelo se cayo y no despertaba como por 10 segundos", "emergency"),
    # a pet's part told with how it looks, or its lump after its own vaccine; a person's sign beside a pet stays
    ("our cat has a puffy eye since the weekend", "none"),
    ("the puppy got his shots and has a little lump", "none"),
    ("la perrita trae el hocico hinchado, atienden perros?", "none"),
    ("my dog scratched me and now i have a swollen lip", "emergency"),
    # a film or a show watched is someone else's story
    ("saw an episode where an actress lost her voice after botox, is that real?", "none"),
    # a condition Botox treats followed by "one" names the treatment; not with a time word after it
    ("booking again, it's been 3 months since my last eye twitch one", "none"),
    ("got my headache one hour after the shots", "routine"),
    # Spanish: a treatment ahead said with "ir a", and "puede que luego ..." asked, is a what-if
    ("me van a poner botox, puede q luego no pueda tragar bien?", "none"),
    ("a mi mama le van a poner botox en la vejiga, puede que despues no aguante la orina?", "none"),
    ("me van a poner botox otra vez pero desde ayer no puedo tragar", "emergency"),
    # Spanish: the sign just asked about, felt as a changed part
    ("puede que despues se me caiga la ceja? me lo pusieron el lunes y la siento pesada", "urgent"),
    # Spanish: an old story of a sign is a history; a sign now likened to an old illness is not
    ("se puede ser alergica al botox? hace como 4 anos me dieron ronchas con el dysport", "none"),
    ("se me cayo la ceja como cuando me dio lo de la cara hace como 10 anos", "urgent"),
    # review mends: the patient's own fall in Spanish; the lip named after the swelling and a comma; a what-if with
    # "no" opened by "puede que", from someone not yet treated
    ("me cai en el bano y no volvi en si como por un minuto", "emergency"),
    ("la tengo hinchada, mas que nada el labio de abajo", "emergency"),
    # last read: not a part named before the swelling with another said fine after it, which resolves nothing either
    ("tengo la frente hinchada, la boca bien", "routine"),
    ("tengo el ojo hinchado, los labios estan bien", "urgent"),
    ("me voy a poner el botox el jueves, puede que despues no pueda respirar bien?", "none"),
]
ROUND_89 = [
    # Spanish: a later time asked about ("es posible/puede que despues ..."), from someone treated days ago, is a what-if
    # (a treatment dated before the question is no evidence); not "despues del botox", a time or a telling sentence
    ("me puse el botox el viernes, ¿es posible que mas adelante no pueda tragar?", "none"),
    ("me lo pusieron ayer, puede que luego me de vision doble?", "none"),
    ("me puse el botox el viernes, ¿es posible que despues del botox no pueda tragar?", "emergency"),
    ("me puse el botox el viernes, ¿puede que luego no pueda tragar? ahorita no puedo", "emergency"),
    ("me puse el botox el viernes, ¿es posible que luego no pueda tragar desde hoy?", "emergency"),
    # English: someone else's sign, then "will mine (do that)?" asks for the writer; not when hers is told too
    ("my cousin's eyelid drooped from her botox, could mine?", "none"),
    ("my aunt got botox and her brow fell, would mine do the same?", "none"),
    ("my aunt's brow fell after botox and mine has too, will mine go back up?", "urgent"),
    # Spanish: a reaction years ago told before a plan to try the treatment is a history ("probar", "intentar" plan,
    # not "now"); a present state after "pero" is not part of it
    ("hace años el dysport me dio ronchas y ahora quiero intentar con botox, me puede volver a pasar?", "none"),
    ("hace años el dysport me dio ronchas, ahora quiero probar botox pero tengo los parpados hinchados", "urgent"),
    # ... and the history stays one beside it: no reaction made of old hives and swelling now (review mend)
    ("hace muchos años me salio urticaria con xeomin pero tengo la cara hinchada desde el martes", "urgent"),
    # review mends: a sign after the "and" that joins it to a treatment years ago is part of that history; not with a
    # time of its own
    ("got botox 3 years ago and my eyelid drooped for a month", "none"),
    ("got botox 3 years ago and my eyelid drooped this morning", "urgent"),
    # ... and "again" after booking or coming does the treatment again, it does not bring the sign back
    ("my lid drooped after botox years ago, i'd like to book again", "none"),
    ("my lid drooped after botox years ago and it drooped again", "urgent"),
    # last read: after a Spanish question, the inability asked about told without its verb, or the part fallen a little,
    # is had ("no puede desde anoche", "ya se me bajo tantito"); not another thing the writer cannot do
    ("¿es posible que luego no pueda respirar bien? mi esposo no puede desde anoche", "emergency"),
    ("¿el botox puede hacer que se caiga el parpado? ya se me cayo tantito", "urgent"),
    ("¿el botox puede hacer que uno no pueda tragar? no puedo dormir pensando en eso", "none"),
]
ROUND_90 = [
    # English: choking at what someone said is surprise, and a joke about what would happen is no report; not a choking
    # told after them
    ("almost choked on my water when the receptionist told me the price of a touch-up", "none"),
    ("my husband teased that i'd faint at the needle", "none"),
    ("my brother joked i'd choke, and now since the shots i actually choke on water", "emergency"),
    # English: a brow or lid come down over the eye is drooping; not one said fine
    ("my right brow has come right down over my eye since tuesday", "urgent"),
    ("my brows look fine, nothing has come down over my eyes", "none"),
    # Spanish: a drink gone up the nose ("para la nariz") is a swallowing sign; "inflado" said of the injection points is
    # their routine swelling, of the face or eyes their urgent one
    ("tome agua y se me fue para la nariz, desde el botox del cuello me pasa", "emergency"),
    ("los piquetes de la frente estan medio inflados", "routine"),
    ("tengo los ojos inflados desde ayer", "urgent"),
    # review mends: the same idioms in Spanish; not a choking told after them
    ("mi abuela bromeo que me iba a desmayar con la aguja", "none"),
    ("mi esposo bromeo que me iba a ahogar y desde el botox de verdad me ahogo con el agua", "emergency"),
    # last read: nearly choking with laughter is the same idiom; blood from the nose is no drink gone up it (no rule
    # reads a nosebleed: the fail-safe "call the clinic" answers it)
    ("casi me ahogo de la risa cuando mi hermana me dijo el precio", "none"),
    ("se me sale la sangre por la nariz desde ayer", "none"),
]
ROUND_91 = [
    # a swollen face or eyes with an itching or scratchy throat, in any two places of a message, is a severe allergic
    # reaction (`combinations`); the throat denied, or itching from a cold, is not
    ("se me hincharon los parpados y ahora me raspa la garganta", "emergency"),
    ("me pica la garganta desde la manana. tambien tengo la cara hinchada", "emergency"),
    ("throat's been itchy all morning. now my eyelids are swelling too", "emergency"),
    ("tengo la cara hinchada pero no me pica la garganta", "urgent"),
    ("my eyes look swollen, throat isn't itchy at all", "urgent"),
    ("my eyes look swollen, throat is fine", "urgent"),
    ("me pica la garganta por el resfriado", "none"),
    # Spanish: the face, a comma, then how swollen; weakness told as "flojera" all over or not standing; not even a cup
    ("mirame la cara, bien hinchada desde ayer", "urgent"),
    ("traigo una flojera en todo el cuerpo desde el botox", "emergency"),
    ("hoy no me tengo en pie, me pusieron botox el viernes", "emergency"),
    ("no me tengo en pie de cansancio despues del trabajo", "none"),
    ("no puedo ni agarrar la taza del cafe", "urgent"),
    # Spanish: not wanting to end up with a sign is a fear
    ("no quisiera quedar con la ceja caida para mi graduacion, eso pasa seguido?", "none"),
]
ROUND_92 = [
    # English: fits without an article are a seizure, not fits to come or at a price; the eye that sees two and a double
    # picture are double vision; "cannot to pee" cannot pee
    ("my wife having fits since the afternoon, her arms keep jerking", "emergency"),
    ("he gets fits since the botox in his neck", "emergency"),
    ("my mum will have fits when she sees the bill", "none"),
    ("he had fits about the price of the touch up", "none"),
    ("my left eye see two since yesterday", "urgent"),
    ("everything is double image when i look at the tv", "urgent"),
    ("she could not to pee all night after the bladder injections", "urgent"),
    # Spanish: collapsed ("caído redondo") and seconds without reacting are a faint, not minutes without answering the
    # phone
    ("me he caido redondo en el bano despues del botox", "emergency"),
    ("mi papa estuvo unos segundos sin reaccionar y luego desperto", "emergency"),
    ("estuve unos minutos sin contestar el telefono", "none"),
    # review mends: a what-if followed by "nothing happening" stays a what-if, one followed by "it's happening right now"
    # reports; hay fever is no fever, and an itching throat put down to it or to a cold is no sign
    ("what if my face swells and i cant swallow after the injection? just asking, nothing happening", "none"),
    ("what if my tongue swells up? its happening right now", "emergency"),
    ("my hay fever is bad this week, can i still get botox friday?", "none"),
    ("scratchy throat from my cold since sunday, is my appointment still ok?", "none"),
    # last read: fits of laughter or coughing are no seizure; a baby asleep or a husband in the bathroom, a few minutes
    # without answering, is no faint
    ("my son gets fits of laughter when he sees my frozen forehead", "none"),
    ("el bebe estuvo unos segundos sin moverse dormido", "none"),
    ("mi esposo se quedo unos minutos sin responder porque estaba en el bano", "none"),
]
ROUND_93 = [
    # Spanish: a Brazilian's Portuguese words (portuñol) are read as their Spanish words
    ("agora meu marido tem falta de ar desde o botox", "emergency"),
    ("me chia el peito desde la aplicacion de ayer", "emergency"),
    ("tengo la boca torta desde el botox del viernes", "urgent"),
    ("el cafe se me escapa por el canto de la boca desde ayer", "urgent"),
    ("tengo un roxinho donde me pusieron la aguja", "routine"),
    ("me encanta la torta de chocolate, puedo comer dulce despues del botox?", "none"),
    # diminutives of what is swallowed: "ni la aguita"
    ("mi mama no puede pasar ni la aguita desde el botox", "emergency"),
    # idioms are not signs; a real sign beside one still is
    ("ando ahogada de trabajo, puedo ir el sabado a ponerme botox?", "none"),
    ("ando ahogada de trabajo y ahora me cuesta respirar desde el botox", "emergency"),
    ("se nos cayo la cara de pena cuando llegamos tarde a la cita", "none"),
    ("mi hermana se quedo sin voz cantando en la boda, le pueden poner botox igual?", "none"),
    ("la llanta de la camioneta esta sin aire, llego tarde a mi cita", "none"),
    # a dictated question, a question before going, a treatment ahead
    ("queria preguntarles el doctor me va a poner botox en la frente es cierto que a veces se cae el parpado", "none"),
    ("queria preguntar me pusieron botox ayer y se me cayo el parpado", "urgent"),
    ("una duda antes de ir, es normal que salgan moretones?", "none"),
    ("tengo jaquecas casi diario, el botox sirve tambien para mis jaquecas?", "none"),
    # English: choked up with feeling, a face that fell, a voice lost cheering or cracked with feeling, woozy at needles
    ("choked up seeing my before and after pics, so happy", "none"),
    ("choked up on my water twice since the injections", "emergency"),
    ("her face fell when she saw the price, is there a payment plan?", "none"),
    ("my face fell on one side this morning, two days after botox", "urgent"),
    ("lost my voice shouting at the concert, can I still get my botox friday?", "none"),
    ("my voice broke with happiness when I saw the results", "none"),
    ("blood makes me go all woozy, will I see any at the appointment?", "none"),
    # last read: a drink or a swallow after "choked up" is choking; the injections that "made" one dizzy are a sign
    ("I choked up a little water when I drank this morning after botox", "emergency"),
    ("choked up when I tried to swallow my pills", "emergency"),
    ("the injections made me so dizzy", "urgent"),
    # an idiom beside a real sign never hides the sign
    ("la llanta de mi carro tiene falta de aire y yo tambien tengo falta de aire desde el botox", "emergency"),
    ("me quede sin voz gritando en el partido y ahora no puedo tragar desde el botox", "emergency"),
    ("se me cayo la cara de un lado desde ayer", "urgent"),
    ("my voice cracked when I talk since the botox in my neck", "urgent"),
    ("my face fell on the left side since yesterday, the corner of my mouth droops", "urgent"),
]
# Round 94 (caregivers, logistics, SMS fragments, sarcasm, autocorrect, Caribbean English, Catalan and Galician Spanish):
# by concept, in new words
ROUND_94 = [
    # English: real words an autocorrect puts for a body word; Jamaican "mi"
    ("my husband is gasping, he says he cant get his breadth since the botox", "emergency"),
    ("been trying to sallow a pill for ten minutes and it won't go down", "emergency"),
    ("the breadth of treatment options is impressive, which one do you recommend?", "none"),
    ("does botox help with sallow skin?", "none"),
    # a pill that would not go down, said long after the swallow (not a swelling that will not go down)
    ("tried to swallow my tablet at lunch and twenty minutes on it still won't go down", "emergency"),
    ("i swallowed my vitamins with breakfast and the bump still won't go down", "routine"),
    ("mi yeye dem a droop since di injection", "urgent"),
    # a sign dated from a visit ("since the first round") is told, whatever is asked after it
    ("my eyes have felt blurry ever since the second session, do I need to cancel the next one?", "urgent"),
    ("things have been kinda double since the first time, is my appointment still on?", "urgent"),
    ("is blurry vision common the first time someone gets botox?", "none"),
    # Spanish: Catalan and Galician words, the side in those languages, an autocorrected "parpado" and "caido"
    ("el ull dret se me ha quedado caido desde el botox", "urgent"),
    ("tengo la parpella esquerra caiguda desde el lunes", "urgent"),
    ("el ollo dereito no se me cierra desde la inyeccion", "urgent"),
    ("me han salido dos blaus en la frente, es normal?", "routine"),
    ("el pardo derecho lo tengo cado desde ayer", "urgent"),
    ("cada vez que me lo pongo me sale un moretoncito", "routine"),
    ("tengo los ojos pardos y me queda bien el botox?", "none"),
    # a fear of an outcome named with a verb is a worry; a sign told beside it, or in the next clause, is a report
    ("me preocupa acabar con la ceja caida en la graduacion", "none"),
    ("me preocupa acabar con la ceja caida, y ya la tengo mas baja que la otra", "urgent"),
    ("tengo miedo de no poder tragar, desde el martes me cuesta", "emergency"),
    ("me da miedo no poder respirar bien, ahora casi no puedo", "emergency"),
    ("me da miedo no poder tragar, ya tengo cita para el martes", "none"),
    ("tengo miedo de quedarme ronca, ahora estoy nerviosa por la cita", "none"),
    # a trait of a lifetime is not a sign; one that changed still is, and the worst headache "de toda la vida" is the worst
    ("tengo un ojo mas chico que el otro de toda la vida, me pueden poner botox?", "none"),
    ("tengo un ojo mas chico de toda la vida pero desde el botox se me cerro mas", "urgent"),
    ("el dolor de cabeza mas horrible de toda la vida me empezo hoy despues del botox", "emergency"),
    ("tengo el peor dolor de cabeza de toda la vida desde anoche", "emergency"),
    # Spain's perfect tense: "se me ha quedado caido"
    ("la ceja izquierda se me ha quedado caida desde el martes", "urgent"),
    # the mouth that pulls to one side
    ("la boca se me va para un lado cuando hablo desde ayer", "urgent"),
    ("¿la boca se me va a ir para un lado si me pongo botox en la sonrisa?", "none"),
    ("el peor dia de toda la vida, se me olvido la cita del botox", "none"),
]
# Round 95 (onset, hedging, comparisons, slang, medicines, Caribbean and Rioplatense Spanish, harmless scary words): by
# concept, in new words; each harmless reading beside a real sign that still counts
ROUND_95 = [
    # English: pinkish skin at the sites (and a pink thing); a gym day looked forward to; a back spasm a medicine is for
    ("a little pinkish at the needle spots this morning", "routine"),
    ("the pinkish patch is spreading and hot and there is pus since the botox", "urgent"),
    ("can i wear my pink lipstick after the appointment?", "none"),
    ("arm day can't wait, when can I lift weights after botox?", "none"),
    ("leg day can't wait but since the botox my legs can't hold me up", "emergency"),
    ("on muscle relaxers for a lower back spasm, can I still get botox friday?", "none"),
    ("prescribed baclofen for a back spasm and now my eyelid droops since the botox", "urgent"),
    # Spanish: diminutives in -ico; a price that nearly gave a heart attack; the cold, unless the sentence says more
    ("me salio un bultico en la frente donde me inyectaron", "routine"),
    ("tengo el labio hinchadico y me cuesta respirar", "emergency"),
    ("casi me da un infarto cuando me dijeron lo que cuesta", "none"),
    ("casi me da un infarto cuando me dijeron el precio y ahora me duele el pecho y me falta el aire", "emergency"),
    ("traigo las orejas heladas del viento, a que hora abren?", "none"),
    ("tengo la cara dormida del frio desde el botox de ayer", "urgent"),
    ("tengo los labios entumidos del aire acondicionado y el parpado caido desde ayer", "urgent"),
]

ROUND_96 = [
    # English: "would/will it be ok if" is "is it ok if", a state judged, dated now by "still" too (not ahead)
    ("would it be weird if my injection spots still feel a little sore when i touch them?", "routine"),
    ("will it be ok if my vision has been doubled since this morning?", "urgent"),
    ("would it be weird if i get a bruise after?", "none"),
    # Spanish: a droop of age is a trait, not when asked which; the subjunctive after "es normal que"; not treated yet
    ("quiero levantar las cejas caidas que tengo de la edad, ¿tienen cita el martes?", "none"),
    ("se me cayó el párpado, ¿es por la edad o por el botox?", "urgent"),
    ("tengo los párpados caídos por la edad pero desde el botox del viernes uno está mucho más caído", "urgent"),
    ("¿es normal que todavía me duela un poco donde me inyectaron?", "routine"),
    ("¿es normal que me duela la cabeza muy fuerte desde el botox?", "urgent"),
    ("¿es normal que duela un poco después?", "none"),
    ("¿es normal tener moretones después? todavía no me lo hice", "none"),
    # autocorrect and dictation: 'parado' (párpado) beside its droop, a 'dripping' lid, a 'bro' with its side, 'horse'
    ("tengo el parado izquierdo caído desde el lunes", "urgent"),
    ("estaba parado en la fila y se me cayó el teléfono", "none"),
    ("my left lid is dripping since the shots", "urgent"),
    ("my eyelids are dripping with sweat after spin class", "none"),
    ("one eye is halfway shut since this morning", "urgent"),
    ("my left bro sits way lower since tuesday", "urgent"),
    ("my bro dropped me off at the clinic", "none"),
    ("her voice is so horse since the neck shots", "urgent"),
    ("we went horse riding yesterday, can i still come in?", "none"),
    ("me salieron ronchar en el pecho desde el botox", "urgent"),
    # signs the classifier alone had caught: leaking, a cold's voice, no pee all day, a headache worse each day
    ("since the botox she keeps leaking when she coughs", "urgent"),
    ("hablo como si estuviera resfriado desde el botox", "urgent"),
    ("la voz se me ha quedado rara desde la inyeccion", "urgent"),
    ("¿el botox puede hacer que hable gangosa?", "none"),
    ("mi mama no ha hecho pipi desde la manana, le pusieron botox en la vejiga", "urgent"),
    ("me sigue doliendo la cabeza bien fuerte desde el botox, cada vez peor", "urgent"),
    ("desde el botox se me está debilitando también el brazo", "urgent"),
    # a real sign beside each new reading still counts: an appointment day, sweat on a lid, a treatment still ahead
    ("tengo las cejas caídas de la edad, pero desde el botox del lunes una está más caída; tengo cita para el jueves",
     "urgent"),
    ("my eyelids are dripping with sweat but the left one also droops since the botox", "urgent"),
    ("mi hermana todavía no se lo hizo, yo sí y desde ayer veo doble", "urgent"),
    # more signs only the classifier had caught: a mouth's corner, a drink out of one side, an eye that will not stay
    # open or will not close in a blink, the other limb weaker, a lid over about half the eye
    ("se me cae la comisura de la boca desde el botox", "urgent"),
    ("el agua se me escurre por un lado de la boca desde ayer", "urgent"),
    ("el café se me chorreó por un lado de la taza jaja", "none"),
    ("no puedo mantener abiertos los ojos, se me cierran solos", "urgent"),
    ("el ojo derecho se queda abierto cuando parpadeo", "urgent"),
    ("mi bebé se queda con el ojo abierto cuando duerme, ¿es normal?", "none"),
    ("le pusieron botox en el brazo derecho y el izquierdo también lo tiene más débil", "urgent"),
    ("my lid is covering almost half my eye since tuesday", "urgent"),
    # each of the other new readings once on its own: a parado that falls, a leak named by what leaks, a voice gone
    # nasal, 'rancias'
    ("se me está cayendo el parado derecho desde el botox", "urgent"),
    ("her pee just dribbles out since the bladder botox", "urgent"),
    ("hablo un poco gangosa desde el botox", "urgent"),
    ("me salieron unas rancias en el cuello desde el botox y me pican", "urgent"),
]
# Round 97 (treatment areas, severity, several people, regional Spanish): by concept, in new words
ROUND_97 = [
    # English: arms and legs in either order, either arm, up only with help (not after an operation); the head hard to
    # hold up is the neck's weakness (urgent), not in class
    ("both her legs and her arms went floppy this afternoon", "emergency"),
    ("my legs and my arms are weak since the neck botox", "emergency"),
    ("both my legs and my arms ache after leg day", "routine"),
    ("he can't lift either arm to comb his hair since friday", "emergency"),
    ("she can't lift either of her arms since the neck shots", "emergency"),
    ("i can't lift either of these grocery bags lol", "urgent"),
    ("she couldn't get out of bed without my brother helping this morning", "emergency"),
    ("my dad cant get out of bed without help since his hip surgery, is botox still ok for his migraines?", "none"),
    ("my dad cant get out of bed without help since his hip surgery and now his voice is hoarse since the botox",
     "urgent"),
    ("she is having trouble holding her head up since the neck injections", "urgent"),
    ("i can barely keep my head up in class lol", "none"),
    ("is it hard to keep your head up after neck botox?", "none"),
    # a limb named as untreated is not a denial; brows raised to see (not to check a result); one brow up, the other low
    ("his right leg, which was not injected, is getting weaker", "urgent"),
    ("the left side, which was not treated, looks totally fine", "none"),
    ("I need to raise my eyebrows to read since the botox", "urgent"),
    ("do I need to raise my eyebrows to see how it worked?", "none"),
    ("one eyebrow jumped up and the other sits lower and heavy since tuesday", "urgent"),
    # Spanish: brows raised to see, 'se ve mas caido que el otro', a likelihood with the treatment named (a real sign
    # beside it still counts), 'veo/noto/siento ... desde' before '¿eso pasa?'
    ("tengo que levantar la frente para poder ver desde el botox", "urgent"),
    ("tengo que levantar las cejas para ver como quedo?", "none"),
    ("el ojo izquierdo se ve mas caido que el otro desde el lunes", "urgent"),
    ("mi hija se ve mas alta que la otra en la foto", "none"),
    ("¿que probabilidad hay de que el botox en la frente me deje los parpados caidos?", "none"),
    ("¿que probabilidad hay de que el botox me deje sin poder tragar? desde ayer me cuesta tragar", "emergency"),
    ("noto la voz ronca desde el botox, ¿eso pasa?", "urgent"),
    ("siento los parpados pesados desde ayer, ¿eso pasa?", "urgent"),
    # routine pain in the points and pink needle dots (a severe headache there still calls), 'hacer pee', forearms
    ("me duelen las axilas justo en los piquetes, poquito", "routine"),
    ("me duele la cabeza horrible justo en los puntos del botox", "urgent"),
    ("me quedaron puntitos rosados de las agujas en la frente", "routine"),
    ("desde el martes no puedo hacer pee y me duele la panza", "urgent"),
    ("¿el botox en la vejiga puede hacer que no pueda hacer pee?", "none"),
    ("tengo debiles los antebrazos desde el botox en las manos", "urgent"),
    # the safety review's mends: an idiom of sleep beside a real sign, the limb they didn't inject, a sign seen or felt
    # before '¿a mi me puede pasar?', up only with help since an operation (a sign dated by the botox beside it undoes
    # the explanation), pink dots where they injected
    ("i can barely keep my head up in class lol but since the botox my eyelid droops", "urgent"),
    ("I can't hold my head up at work since the neck botox", "emergency"),
    ("the arm they didn't inject is getting weaker by the day", "urgent"),
    ("noto la voz ronca desde el lunes, ¿a mí me puede pasar eso?", "urgent"),
    ("veo que mi prima tiene el parpado caido desde el botox, ¿a mi me puede pasar?", "none"),
    ("desde mi cirugia de cadera no me puedo levantar sin ayuda, ¿me pueden poner botox?", "none"),
    ("desde mi cirugia de cadera no me puedo levantar sin ayuda, y desde el botox veo doble", "emergency"),
    ("tengo puntitos rosados donde me inyectaron, nada mas", "routine"),
    # the last read's: low spirits at work are no weak neck, a botox-dated sign beside an accident's still counts, a
    # denial beside an untreated arm still denies, brows kept lifted to read, a chest that looks lower
    ("honestly struggling to keep my head up with all this work", "none"),
    ("since my car accident i've had trouble holding my head up, and since the botox my voice is hoarse", "urgent"),
    ("my arm is not weak, they didn't inject it", "none"),
    ("i keep lifting my brows to read since tuesday", "urgent"),
    ("el pecho se ve mas caido que el otro desde que adelgace", "none"),
]
ROUND_98 = [
    # English: a visit booked for a condition Botox treats (a twitch that began after, or a droop, still calls); a look
    # wished for (a swelling or a sign told beside it still counts); aftercare advice quoted before a sign (not the
    # advice's own words, nor what a leaflet lists); a "last time" history asked with a modal's "n't"
    ("I'd like to book an appointment for my father for his eyelid twitching next Tuesday", "none"),
    ("need an appt for my eye twitch, it started after the botox", "urgent"),
    ("can I get an appointment for my drooping eyelid", "urgent"),
    ("do you do lip filler? I want my lips swollen like an influencer lol", "none"),
    ("i want my lips swollen lol but now my throat is closing", "emergency"),
    ("I want my lips to stop being swollen", "emergency"),
    ("the sheet said not to, it's drooping now", "urgent"),
    ("the leaflet said don't lie down, it's drooping now", "urgent"),
    ("rubbed my forehead last night even tho the sheet said not to, it's a bit pink and tender", "routine"),
    ("the leaflet says not to worry about small bumps", "none"),
    ("the leaflet says don't put weight on the treated side tonight, so I'll sleep on my back", "none"),
    ("last time I had botox I got double vision for a week, it went away fine. is it ok to go again or is that a sign I "
     "shouldn't?", "none"),
    ("last time I had botox my eyelid drooped and it hasn't gone back up", "urgent"),
    # ... and less from one day to the next lowers a sign one level (not a sign on a later day)
    ("day 1 I had a really bad headache, day 2 less, today only a mild ache left", "routine"),
    ("day 1 really bad headache, day 2 less, day 3 my eyelid is drooping", "urgent"),
    # Spanish: a look wished for ('quiero los labios hinchados', a sign beside it still counts); 'no siento nada raro'
    # denies (not 'no siento nada, tengo la cara dormida'); less day by day, almost nothing left (not 'ya casi no siento
    # la cara', nor a sign on a later day)
    ("¿hacen relleno de labios? quiero los labios bien hinchados jaja", "none"),
    ("quiero los labios hinchados pero ahora no puedo tragar", "emergency"),
    ("quiero saber por que tengo los labios hinchados", "emergency"),
    ("me sobe la frente, no siento nada raro", "none"),
    ("no siento nada, tengo la cara dormida", "urgent"),
    ("dia 1 me dolio bastante la cabeza, dia 2 menos, hoy solo un dolorcito leve", "routine"),
    ("dia 1 me dolio bastante la cabeza, dia 2 menos, dia 3 no puedo tragar", "emergency"),
    ("el lunes me dolio mucho la cabeza, hoy ya casi nada", "routine"),
    ("ya casi no siento la cara", "urgent"),
    # blind red flags only the classifier had caught, now read by the rules, each beside a look-alike: Caribbean "cyah"
    # and an eye that won't close all the way, a heart that flutters or skips beats (not at a price or a person), the
    # Spanish 'patatus' in English (not 'almost had a patatus when I saw the bill'), an eye that feels
    # weird (not its makeup), 'sumbido', something wrong since the botox or in the face (not with an appointment)
    ("my right eye cyah close all de way since de botox", "urgent"),
    ("the door won't close all the way", "none"),
    ("heart's been fluttering and skipping beats since yesterday's botox", "urgent"),
    ("my heart skipped a beat when I saw the bill lol", "none"),
    ("my heart flutters whenever he texts", "none"),
    ("my tia had a patatus in the parking lot right after her botox", "emergency"),
    ("my mom almost had a patatus when she saw my bill", "none"),
    ("eye weird since the botox", "urgent"),
    ("my eye makeup looks weird", "none"),
    ("de sde el botox tengo un sumbido en el oido derecho", "urgent"),
    ("algo anda mal desde el botox", "urgent"),
    ("algo anda mal con mi cita de mañana", "none"),
    ("siento que algo no esta bien en la cara desde ayer", "urgent"),
    # the second review's mends: vague Spanish signs in other words (not about a phone or a price), a heart idiom whose
    # classifier guess no longer stands alone, and beside it a real sign still counts
    ("algo no anda bien con mi ojo desde el botox", "urgent"),
    ("desde los piquetes siento que algo no esta bien en mi cachete", "urgent"),
    ("siento algo raro en la cara desde que me pusieron el botox", "urgent"),
    ("ya no siento igual la frente desde ayer", "urgent"),
    ("algo no anda bien con mi celular", "none"),
    ("algo no esta bien con el precio que me dieron", "none"),
    ("my heart skipped a beat when the nurse said I was her favorite patient lol", "none"),
    ("my heart skipped a beat when I saw the bill, and since the botox my eyelid droops", "urgent"),
    ("since the injections my heart keeps doing this racing pounding thing", "urgent"),
    ("my heart was racing when I saw the bill lol", "none"),
    ("desde el tratamiento el corazon se me acelera y siento que se salta latidos", "urgent"),
    ("mi corazon se acelera cuando lo veo jaja", "none"),
    ("my abuela had a desmayo right after her botox, she's on the floor", "emergency"),
    ("my eye feels kinda off since the botox yesterday", "urgent"),
    ("my eye makeup came off", "none"),
    # readings that had no case of their own: beats skipped with no heart named, unwell since the botox, a severe
    # headache now almost gone
    ("it keeps skipping beats since yesterday's botox", "urgent"),
    ("no me siento bien desde el botox", "urgent"),
    ("el dolor de cabeza fue horrible, ya casi no me duele", "routine"),
    # a real sign beside each new suppression still counts (a denial of anything strange, a visit for a twitch, a heart
    # or fainting idiom, a leaflet's reassurance)
    ("no siento nada raro, pero tengo el parpado caido desde ayer", "urgent"),
    ("appointment for his eye twitching please, and since the botox his eyelid droops", "urgent"),
    ("mi corazon se acelera cuando lo veo jaja, pero desde el botox no puedo tragar", "emergency"),
    ("my mom almost had a patatus when she saw my bill, and now she can't swallow", "emergency"),
    ("the leaflet says not to worry about small bumps, but my eyelid is drooping", "urgent"),
    # nothing goes down, not even water (not what customs lets through)
    ("TENGO 80 AÑOS NO PUEDO PASAR NADA NI EL AGUA DESDE AYER", "emergency"),
    ("no puedo pasar nada por la aduana", "none"),
]

ROUND_99 = [
    # English: pills and water hard to get down, two things named; both brows that will not lift (one brow, or a limb
    # beside them, still counts); a look or an outcome to be prevented (a droop told beside one still counts)
    ("Headache since yesterday, took 2 tylenol, but now I'm also struggling to get pills and even water down", "emergency"),
    ("she is having trouble getting her meds and her water down", "emergency"),
    ("my forehead feels tight, like i can't lift my brows anymore", "none"),
    ("i cant lift my brows or my arms since the botox", "urgent"),
    ("i can't lift my brows or my eyelids since the botox", "urgent"),
    ("i can't lift my left brow since the botox", "urgent"),
    ("how do they make sure I don't end up with that arched Spock eyebrow or a heavy forehead?", "none"),
    ("my eyelid is drooping, how do i make sure it doesnt end up worse", "urgent"),
    ("do u guys do lip filler too? i want that swollen pouty look lol", "none"),
    ("i want this swollen look on my lips gone", "emergency"),
    ("i'd love that plump swollen lip look", "none"),
    ("i'd love that plump swollen lip look but now my throat is closing", "emergency"),
    ("i want that swollen look gone, my lip is swollen after botox", "emergency"),
    # Spanish: a chest that keeps whistling; a faint with two letters swapped; autocorrect's "paparazzi" for the eyelid;
    # lips wished swollen, named first (a swollen lip not wanted still counts)
    ("ya use mi inhalador 2 veces y el pecho me sigue silbando desde el botox", "emergency"),
    ("me desamyé dos veces hoy, tengo botox desde el sabado", "emergency"),
    ("se me cayo el paparazzi de arriba del lado izquierdo", "urgent"),
    ("hacen relleno de labios? los quiero bien hinchados jaja", "none"),
    ("me puse botox y tengo el labio hinchado, no lo quiero asi", "emergency"),
    # a droop kept from going further is had (the "no" of the purpose denies nothing); keeping one from happening asks
    ("¿qué hago para que no se me caiga más el párpado?", "urgent"),
    ("¿qué hago para evitar que se me caiga más el párpado?", "urgent"),
    ("¿qué hacen para evitar que me quede la ceja caída?", "none"),
    ("¿como evito que se me caiga el parpado con el botox?", "none"),
    ("que hacen para que no se me caiga la ceja?", "none"),
]

ROUND_100 = [
    # English: choking on a drink from laughing is a figure of speech, with the worry it left too (a breath or a swallow
    # still hard after it counts; "later" as written still says more, not "open late"); a near-faint at the last blood
    # test is history (not one at today's Botox)
    ("nearly choked on my drink laughing at a cat video, anyway know any good pizza places open late?", "none"),
    ("my nan choked on her tea laughing and now im worried", "none"),
    ("i choked on my water laughing and now i can't breathe", "emergency"),
    ("choked on my coffee when i saw the bill, and it's still hard to swallow later", "emergency"),
    ("does it hurt? I'm a total wimp with needles, nearly fainted at my last blood test", "none"),
    ("i nearly fainted at my last botox appointment today", "emergency"),
    # Spanish: a seizure as another saw it; choking or dying of laughter (a breath still short after it counts); a
    # relative's relative's story from years ago
    ("mi hijo me vio ponerme tiesa en el sofa y temblar toda, no le contestaba", "emergency"),
    ("jajaja casi me ahogo de la risa con un video, ¿cuánto cobran por la frente?", "none"),
    ("me ahogue de risa y ahora no puedo respirar bien", "emergency"),
    ("mi prima dice que a su suegra se le escapaba el pipí después del botox hace años, ¿eso es posible?", "none"),
    ("a mi suegra se le escapa el pipi desde el botox", "urgent"),
    # review: a seizure seen by a husband, the limbs named after "went stiff"; words choked on laughing; old stories
    # put in a decade ("back in the 2000s", "decades ago", "hace décadas"), not one back now; a near-faint at the last
    # flu shot (the flu shot is no flu; a faint again today counts)
    ("My husband says I went stiff and my arms were jerking on the couch after my Botox", "emergency"),
    ("she went rigid and her legs started shaking", "emergency"),
    ("I choked on my words laughing when the nurse asked my age lol. Small bruise at one injection site", "routine"),
    ("My aunt used to say her eyelid drooped after Botox back in the 2000s. Is that still common these days?", "none"),
    ("My grandma's friend tells a story about her face drooping after injections decades ago. Does that still happen?",
     "none"),
    ("my eyelid drooped back in the 2000s and it's drooping again now", "urgent"),
    ("Mi abuela contaba que a su hermana se le hinchaba la cara con unas inyecciones hace décadas. ¿El botox es seguro?",
     "none"),
    ("Casi me desmayo en mi última vacuna de la gripe, me dan miedo las agujas. ¿El botox duele mucho?", "none"),
    ("casi me desmayo en mi ultima vacuna y hoy otra vez despues del botox", "emergency"),
    ("me siento como con gripe desde el botox", "routine"),
    # a Spanish prevention asked is no report, but one that did not work tells what happened ("no evitó que se me
    # hinchara": the "no" denies nothing)
    ("el hielo no evito que se me cayera el parpado, que hago?", "urgent"),
    ("¿por qué el hielo no evitó que se me hinchara el labio?", "emergency"),
    ("me estoy ahogando de risa con tu respuesta jaja", "none"),
]
ROUND_101 = [
    # English: a recovery awaited or a worsening of "the" swallowing is had (a what-if stays a question); the head that
    # cannot "really" be held up is weakness all over (held up "fine" is no sign); more of a sign kept off or denied
    # tells it is there ("any further", "any lower"), not with "if", and "any more" is "anymore"; "until it stops
    # drooping" takes the droop for granted; "mine has been" after a question is the writer's own (not "mine has been
    # done")
    ("when will the swallowing feel normal again? still choking on bread", "emergency"),
    ("the breathing got harder since lunch", "emergency"),
    ("what if the breathing gets harder after neck botox?", "none"),
    ("cant even hold my head up properly today", "emergency"),
    ("i can hold my head up fine, just a sore neck", "routine"),
    ("any tips so my brow doesn't drop any lower before the wedding?", "urgent"),
    ("how do i make sure my eyelid won't droop if i get botox next month?", "none"),
    ("how do i make sure my eyelid won't droop any further?", "urgent"),
    ("im scared my brow will drop even more", "urgent"),
    ("she doesn't have trouble breathing any more, it was the pollen", "emergency"),
    ("when will her eyelid stop drooping", "urgent"),
    ("is blurry vision common after botox? mine has been blurry since tuesday", "urgent"),
    ("is blurry vision common after botox? mine has been done twice without it", "none"),
    # a pet's drooping eyelid is no report, the patient's own beside it is
    ("any vet open sunday? my kitten's lid is drooping", "none"),
    ("my dog's eyelid is drooping and mine is too since the botox", "urgent"),
    # Spanish: "amanecer" tells a state like "estar"; a part that should not drop more is dropped; relief after a
    # remedy (not numbness in a part); a relative's old change of voice; a pet the sign happens to (not with a person)
    ("la ceja amanecio mas caida hoy", "urgent"),
    ("¿cómo hago para que la ceja no se me caiga más? ya me pesa", "urgent"),
    ("¿cómo hago para que la ceja no se me caiga cuando me ponga botox?", "none"),
    ("me tome un paracetamol por el dolor de cabeza y ya casi no siento nada", "routine"),
    ("ya casi no siento nada en la mejilla desde el botox", "urgent"),
    ("a mi tia hace años se le fue la voz después del botox, ¿es normal?", "none"),
    ("a mi prima hace dos años se le puso la voz ronca, y hoy yo también estoy ronca desde el botox", "urgent"),
    ("a mi gata se le hinchó el ojo, ¿conocen un veterinario?", "none"),
    ("a mi gata se le hinchó el ojo y yo tengo la boca hinchada", "emergency"),
    # review: the patient's own beside a pet's in other words ("I've got one too"); a pet's face "looks" lopsided; "la
    # mia lleva ... asi" after a question; "todavia" between a part and its droop; a gap of words never spans a
    # denial ("la garganta no se me cierra"), but "no se por que" (I don't know) may, and a real sign beside one counts
    ("my cat has a swollen eye and ive got one too since my botox", "urgent"),
    ("my kitten's face looks crooked, is there an animal hospital near you?", "none"),
    ("¿se quita solo el ojo caído? el mío lleva tres días igual", "urgent"),
    ("¿cuánto dura la ceja caída? la mía lleva cuatro días perfecta", "none"),
    ("el ojo lo tengo todavia mas caido hoy", "urgent"),
    ("la garganta no se me cierra, solo me preocupa", "none"),
    ("la garganta no se por que se me esta cerrando", "emergency"),
    ("la garganta no se me cierra pero no puedo tragar nada", "emergency"),
]
ROUND_102 = [
    # English: a sign named as a risk warned of or listed is a topic (one had beside it still counts); dictation's
    # "past out" after a person is a faint ("in the past, out of ..." is not); a head that will not lift off the pillow
    ("my GP warned me about the ptosis risk, should I still book?", "none"),
    ("is dyspnea listed as a complication in the leaflet?", "none"),
    ("is trouble breathing listed as a risk? because i can't breathe right now", "emergency"),
    ("the nurse warned me about dysphagia risk and now I can't swallow my pills", "emergency"),
    ("my husband almost past out at the gym tonight after his botox", "emergency"),
    ("in the past, out of curiosity, i asked about botox for sweating", "none"),
    ("she can't lift her head off the bed this morning", "emergency"),
    # Spanish: the difference between two signs asked (one had beside it counts); air that does not fill; a fear a
    # doctor ruled out (not a sign still had); a denial of another time taken back ("esta vez si", "ahora si")
    ("¿cuál es la diferencia entre ptosis y blefaroespasmo? es para una tarea", "none"),
    ("¿qué diferencia hay entre hinchazón y alergia? tengo la lengua hinchada", "emergency"),
    ("desde anoche no me basta el aire al caminar", "emergency"),
    ("pensé que era una alergia pero el doctor me checó y no era nada", "none"),
    ("creí que era alergia pero la doctora me revisó y todo bien, aunque sigo sin poder tragar", "emergency"),
    ("la primera vez no me dolió la cabeza pero ahora sí", "routine"),
    ("la vez pasada no vi doble y esta vez sí", "urgent"),
    ("no tengo moretón, y esta vez sí quiero probar el labio", "none"),
    # review: "kind of past out"; a sign "a known risk" asked (one had beside it counts); a fear a doctor ruled out, in
    # English too (a droop now beside it counts); a Spanish sign of another time, denied for this one ("y esta vez
    # no"), not a denial of the time after ("y ahora no puedo abrir el ojo")
    ("she kind of past out at the pharmacy after her botox", "emergency"),
    ("my grandpa past out in the garden after his neck shots", "emergency"),
    ("in the past out of curiosity i looked up botox for sweating", "none"),
    ("for my pharmacology quiz: is diplopia a known complication of botulinum toxin?", "none"),
    ("is trouble breathing a known risk? i can't breathe", "emergency"),
    # (last read: no sign named is explained away when the writer says they have it: "mine is", "i have it right now")
    ("is a swollen throat a known risk? because mine is swollen right now", "emergency"),
    ("is dysphagia a known risk? i have it right now", "emergency"),
    ("I thought I was having a stroke but the ER doctor checked me and said all is fine", "none"),
    ("I thought I was getting Bell's palsy but the doctor said everything is normal, now my lip droops though", "urgent"),
    ("la primera vez me salieron ronchas, esta vez no", "none"),
    ("tengo el párpado caído y ahora no puedo abrir el ojo", "urgent"),
]
# Red flags of the blind sets that only the classifier's guess had caught (43 single messages; a retrain can move such
# a guess, as round 56's did twice), read by the rules since round 56 (the last 3 of them since round 57), in new words,
# by concept
CLASSIFIER_ONLY = [
    ("my speech keeps coming out all weird and thick since this morning", "emergency"),
    ("the words just won't come out right and my tongue feels clumsy", "emergency"),
    ("he keeps gasping", "emergency"),
    ("i have to stop every few steps on the stairs to breathe", "emergency"),
    ("i keep gasping at the price lol", "none"),
    ("cant even get my own saliva down", "emergency"),
    ("her whole body went rigid and her legs were jerking", "emergency"),
    ("leaking more than ever since the bladder shots, soaked through already", "urgent"),
    ("the roof is leaking everywhere again", "none"),
    ("its barely a dribble since the bladder injections", "urgent"),
    ("sigo sintiendo la vejiga llena y solo me sale un chorrito", "urgent"),
    ("the eyelid on the left side is sagging since tuesday", "urgent"),
    ("my brow on the right side is sitting nicely now", "none"),
    ("siento pesados los parpados desde el botox", "urgent"),
    ("mi ojo derecho se ve medio cerrado desde ayer", "urgent"),
    ("the numbness seems to be creeping into my lip", "urgent"),
    ("siento la pierna y el brazo de ese lado mas debiles", "urgent"),
    ("chewing steak wears me out since the masseter botox", "urgent"),
    ("me canso masticando desde el botox", "urgent"),
    ("my voice has gotten deeper and rough since the neck shots", "urgent"),
    ("ando ronquisima desde el lunes", "urgent"),
    ("the clock looks like two clocks side by side", "urgent"),
    ("can't feel my bottom lip properly since the lip flip", "urgent"),
    ("i couldn't feel the needle at all", "none"),
    ("a goose egg came up where she injected", "urgent"),
    ("me salio un huevito duro en la frente", "urgent"),
    ("my right eye keeps watering constantly since thursday", "urgent"),
    ("my mouth keeps watering all day lol", "none"),
    ("my nose keeps streaming all day with this cold", "none"),
    ("now my other arm, which they didn't touch, is getting weak", "urgent"),
    ("el parpado me tape la mitad del ojo desde ayer", "urgent"),
    # the eye emoji for the word, and a dropped d, in Spanish
    ("desde el viernes tengo el 👁️ caido", "urgent"),
    ("tengo la boca torcia y un lao caio", "urgent"),
    # the last of them, read since round 57: lips that cannot round, brows that move apart, "tragar" spelt as it sounds
    ("since tuesday she cant form an o with her lips", "urgent"),
    ("her brows are doing 2 different things since the injections", "urgent"),
    ("mi mama no puede trajar nada desde ayer", "emergency"),
]
# Round 57 (medicines, caregivers, dictation): by concept, in new words
ROUND_57 = [
    # a remedy that failed does not deny what comes after it
    ("the antihistamine didnt help, now his tongue is swelling", "emergency"),
    ("ice didn't work then suddenly i couldnt swallow", "emergency"),
    ("the cream isnt helping, my eyelid still droops", "urgent"),
    ("no swelling, no bruising, all good", "none"),
    # the worst headache, said after the headache
    ("her migraine is the worst she has had in her life", "emergency"),
    ("this headache has been the absolute worst ever", "emergency"),
    ("my headache isn't the worst ever, just annoying", "routine"),
    # blisters are not a routine bump
    ("tiny blisters came up on the injection spots", "urgent"),
    ("le salieron ampollas en la frente donde la inyectaron", "urgent"),
    ("i have a blister on my heel from my running shoes", "none"),
    # what insurance pays for, asked
    ("is botox for my daughters chronic migraines covered by medicare", "none"),
    # a harm to the asker's own part, asked ahead
    ("can I hurt my eyes if botox goes too close to them?", "none"),
    ("could I be losing my voice? it's been hoarse since the shots", "urgent"),
    ("should I worry my throat feels tight", "emergency"),
    # Spanish questions passed on, and after "y"
    ("mi tia pregunta si el botox le puede dar vision doble, ella es maestra", "none"),
    ("mi tia dice que ve doble desde el botox, ella es maestra", "urgent"),
    ("¿es normal hincharse un poco? y cuanto dura la hinchazon", "none"),
]

@pytest.mark.parametrize("text, level", ROUND_5 + ROUNDS_6_7 + ROUND_8 + ROUND_9 + ROUND_10 + ROUND_11 + ROUND_12 +
                         ROUND_13 + ROUND_14 + REVIEW_14 + ROUND_15 + ROUND_16 + REVIEW_16 +
                         ROUND_17 + REVIEW_17 + ROUND_18 + REVIEW_18 + ROUND_19 + REVIEW_19 + ROUND_20 + REVIEW_20 + ROUND_21 + INTENSITY + ROUND_22 + REVIEW_22 + ROUND_23 + ROUND_24 + ROUND_25 + ROUND_26 + ROUND_27 +
                         ROUND_28 + ROUND_29 + ROUND_30 + ROUND_31 + ROUND_32 + ROUND_33 + ROUND_34 + ROUND_35 + PROBE_36 + ROUND_36 + ROUND_37 + ROUND_38 + ROUND_39 + ROUND_40 + ROUND_41 + ROUND_42 + REVIEW_42 + ROUND_43 +
                         ROUND_44 + REVIEW_44 + ROUND_45 + REVIEW_45 + ROUND_46 + ROUND_47 + ROUND_48 + ROUND_49 + ROUND_50 + ROUND_51 + ROUND_52_53 + ROUND_54 + ROUND_55 + ROUND_56 + ROUND_57 + ROUND_58 + ROUND_59 + ROUND_60 + ROUND_61 + ROUND_62 + ROUND_63 + ROUND_64 + ROUND_65 + ROUND_66 + ROUND_67 + ROUND_68 + ROUND_69 + ROUND_70 + ROUND_71 + ROUND_72 + ROUND_73 + ROUND_74 + ROUND_75 + ROUND_76 + ROUND_77 + ROUND_78 + ROUND_79 + ROUND_80 + ROUND_81 + ROUND_82 + ROUND_83 + ROUND_84 + ROUND_85 + ROUND_86 + ROUND_87 + ROUND_88 + ROUND_89 + ROUND_90 + ROUND_91 + ROUND_92 + ROUND_93 + ROUND_94 + ROUND_95 + ROUND_96 + ROUND_97 + ROUND_98 + ROUND_99 + ROUND_100 + ROUND_101 + ROUND_102 + CLASSIFIER_ONLY +
                         RULES_NOT_CLASSIFIER)
def test_concepts_from_the_blind_rounds(text, level):
    # red_flags.assess reads English and Spanish as the served component does
    assert red_flags.assess(text).level == level


REVIEW_PROBES = yaml.safe_load((Path(__file__).resolve().parent / "triage" / "review_probes.yml").read_text(
    encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", REVIEW_PROBES, ids=[c["text"][:60] for c in REVIEW_PROBES])
def test_review_probes_keep_their_level(case):
    # a safety review's and a probe writer's messages, English and Spanish (tests/triage/review_probes.yml)
    assert red_flags.assess(case["text"]).level == case["level"]


def test_time_since_treatment_is_extracted():
    assert triage.assess("I had Botox 3 days ago and my eyelid droops").time_since_treatment == "3 days ago"
    assert triage.assess("since yesterday I see double").time_since_treatment == "since yesterday"


@pytest.mark.parametrize("text, level", [
    ("hace un rato me desmaye, ya estoy bien", "emergency"),
    ("ayer me desmaye pero ya estoy bien", "urgent"),
    ("me duele cada dia mas donde me inyectaron", "urgent"),
    ("tengo una bolita dura donde me pincharon y no se quita", "urgent"),
    ("ando como con gripita desde el botox", "routine"),
    ("una amiga me dijo que no podia tragar despues del botox, eso puede pasar?", "none"),
    ("y si se me cae el parpado, que hago?", "none"),
    ("se me cae el parpado desde el botox, que hago?", "urgent"),
    ("mi papa respira raro, como con un silbido", "emergency"),
    ("tengo un bulto duro en la frente, ya paso una semana y sigue igual", "urgent"),
    ("le pitan los oidos a mi mama desde el botox", "urgent"),
    ("la ceja izquierda no se mueve igual que la otra", "urgent"),
    ("se le cansan rapido las piernas a mi hija desde las inyecciones del brazo", "urgent"),
    ("esta hinchado, caliente y cada vez mas rojo", "urgent"),
    ("noto la mano derecha medio sin fuerza", "urgent"),
])
def test_spanish_policy_examples(text, level):
    from botox_clinic import triage_es
    assert triage_es.assess(text).level == level


@pytest.mark.parametrize("text, reports", [
    # in Spanish, who reports is read by the Spanish rules ("me" is an English word too): a fear tells no
    # symptom, so the classifier's guess of a report is lowered for a question; a feeling told beside it stays
    ("es cierto q puede costar tragar? me da panico ahogarme", False),
    ("puede causar vision borrosa? me siento rara desde ayer", True),
])
def test_someone_reports_in_spanish_is_read_by_the_spanish_rules(text, reports):
    assert red_flags.assess(text).someone_reports is reports
