"""The red-flag NLU component: red flags override whatever the classifiers chose."""
import pytest

from addons.nlu import red_flags
from rasa.shared.nlu.training_data.message import Message

from botox_clinic import triage
from addons.nlu.red_flags import RedFlagDetector, decide


def message(text, intent, confidence=0.9, ranking=None):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    m.set("intent_ranking", ranking or [{"name": intent, "confidence": confidence}], add_to_output=True)
    m.set("entities", [], add_to_output=True)
    return m


@pytest.fixture(scope="module")
def detector():
    return RedFlagDetector()


@pytest.mark.parametrize("text, classified, expected", [
    ("does it hurt? also I can't breathe", "faq", "report_emergency"),
    ("hi there, my eyelid is drooping", "greet", "report_urgent"),
    ("cnt swalow rn", "nlu_fallback", "report_emergency"),
    ("my mom passed out after her botox", "out_of_scope", "report_emergency"),
    ("a small bruise where they injected", "faq", "report_routine"),
    ("my eyelid is drooping", "report_routine", "report_urgent"),
    # pattern families added for the independent red team
    ("water comes out of my nose when I try to drink", "faq", "report_emergency"),
    ("everything went black and I ended up on the floor", "out_of_scope", "report_emergency"),
    ("the room is spinning", "greet", "report_urgent"),
    ("No no no my lips are blowing up", "nlu_fallback", "report_emergency"),
    ("I was dizzy yesterday but it's gone now, but today my eyelid is drooping", "report_routine", "report_urgent"),
    # clinical words, lay descriptions and size words (the blind red team)
    ("pt reports dysphagia since the platysma injections", "report_routine", "report_emergency"),
    ("urticaria on both shins since treatment", "nlu_fallback", "report_urgent"),
    ("the floor seems to lurch whenever I bend down", "greet", "report_urgent"),
    ("the left half of my face won't move", "faq", "report_urgent"),
    ("my lips are at least double the size they were", "report_urgent", "report_emergency"),
])
def test_red_flags_override_the_classifier(detector, text, classified, expected):
    m = message(text, classified)
    detector.process([m])
    assert m.get("intent")["name"] == expected
    assert m.get("intent_ranking")[0]["name"] == expected


def test_symptom_and_time_become_entities(detector):
    m = message("I had Botox 2 days ago and now I can't swallow", "faq")
    detector.process([m])
    entities = {e["entity"]: e["value"] for e in m.get("entities")}
    assert entities == {"symptom": "trouble_swallowing", "time_since_treatment": "2 days ago"}


def test_classifier_red_flag_is_kept_when_the_matcher_knows_nothing(detector):
    m = message("my whole body feels like jelly and I'm scared", "report_emergency")
    detector.process([m])
    assert m.get("intent")["name"] == "report_emergency"


def test_a_general_question_lowers_the_classifier_guess(detector):
    ranking = [{"name": "report_emergency", "confidence": 0.6}, {"name": "faq", "confidence": 0.3}]
    m = message("can botox cause trouble swallowing?", "report_emergency", 0.6, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "faq"


def test_an_unrelated_negation_never_lowers_the_classifier_guess(detector):
    m = message("no fever, but my eyelid feels funny", "report_urgent")
    detector.process([m])
    assert m.get("intent")["name"] == "report_urgent"


def test_general_question_keeps_faq(detector):
    m = message("is bruising normal after botox?", "faq")
    detector.process([m])
    assert m.get("intent")["name"] == "faq"


def test_a_resolved_emergency_is_urgent_even_if_the_classifier_says_emergency():
    resolved = triage.assess("I fainted yesterday but I feel better now")
    assert decide("report_emergency", resolved) == triage.URGENT


def test_decide_never_lowers_a_matched_red_flag():
    urgent = triage.assess("my eyelid is drooping")
    assert decide("report_emergency", urgent) == triage.EMERGENCY
    assert decide("faq", urgent) == triage.URGENT


def test_a_911_guess_over_an_urgent_red_flag_needs_the_classifier_nearly_sure():
    # a drink dribbling from a weak lip is urgent; the classifier reads "drink ... dribbles" as swallowing
    urgent = triage.assess("tried to drink thru a straw and it just dribbles out the corner of my mouth")
    assert urgent.level == triage.URGENT
    assert decide("report_emergency", urgent, 0.75) == triage.URGENT
    assert decide("report_emergency", urgent, red_flags.EMERGENCY_OVER_URGENT) == triage.EMERGENCY


@pytest.mark.parametrize("text, level", [
    # a symptom's words said of money or a pet: a classifier's sure 911 guess on them has no evidence (round 67)
    ("my wallet can't breathe after that quote lol", triage.NONE),
    ("mi cartera no puede respirar con ese precio jajaja", triage.NONE),
    ("my dog cant breathe right", triage.NONE),
    # ... the patient's own is a report, whatever else the message names
    ("I lost my wallet and I can't breathe", triage.EMERGENCY),
    ("my dog cant breathe and neither can i", triage.EMERGENCY),
    # ... or in an idiom the rules explain: surprise at what was said, a joke (round 90 review)
    ("almost choked on my juice when the nurse told me how long it lasts", triage.NONE),
    ("casi me atraganto con el cafe cuando mi esposo me dijo la hora", triage.NONE),
    ("almost choked on my juice when the nurse told me, and since the shots i choke on every sip", triage.EMERGENCY),
])
def test_a_911_guess_on_words_said_of_money_or_a_pet_has_no_evidence(text, level):
    assert decide("report_emergency", red_flags.assess(text), 0.99) == level


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀", "<img src=x onerror=alert(1)>", "¿Botox duele?", "a" * 100_000])
def test_odd_input_is_handled(detector, text):
    m = message(text, "nlu_fallback")
    detector.process([m])
    assert m.get("intent")["name"] in {"nlu_fallback"}


def test_a_question_passed_on_for_someone_else_lowers_the_classifier_guess(detector):
    ranking = [{"name": "report_urgent", "confidence": 0.6}, {"name": "faq", "confidence": 0.3}]
    m = message("my friend said botox can cause droopy eyelids, is that true?", "report_urgent", 0.6, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "faq"


def test_fainting_told_as_a_habit_lowers_a_911_guess_but_not_a_faint_today(detector):
    habit = red_flags.assess("i always faint when i get blood drawn, does botox hurt?")
    assert habit.level == triage.NONE and [f.habitual for f in habit.findings if f.symptom == "fainting"] == [True]
    assert decide("report_emergency", habit) == triage.NONE
    assert decide("report_emergency", red_flags.assess("i fainted when they did the shots")) == triage.EMERGENCY
    # the question is not about fainting: no answer about allergic reactions instead of the one chosen
    ranking = [{"name": "faq", "confidence": 0.7}, {"name": "report_emergency", "confidence": 0.2}]
    m = message("hasta me desmayo cuando me sacan sangre, duele mucho el botox?", "faq", 0.7, ranking)
    m.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/does_it_hurt"}}})
    detector.process([m])
    assert m.get("intent")["name"] == "faq"
    assert m.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/does_it_hurt"


def test_a_911_guess_needs_an_emergency_the_rules_do_not_read_as_a_question():
    asked = red_flags.assess("I have asthma. Does that raise my risk of breathing problems from botox?")
    assert decide("report_emergency", asked, 0.95) == triage.URGENT  # someone is in it: call the clinic, not 911
    both = red_flags.assess("my eyelid droops since tuesday. can botox also stop your breathing?")
    assert decide("report_emergency", both, 0.95) == triage.URGENT
    assert decide("report_emergency", red_flags.assess("my chest feels weird since the shots"), 0.95) == triage.EMERGENCY


def test_a_resolved_fever_lowers_the_classifier_guess():
    resolved = triage.assess("Had a fever on sunday, gone by monday")
    assert decide("report_urgent", resolved) == triage.ROUTINE


def test_a_negation_still_never_lowers_the_classifier_guess():
    negated = triage.assess("no droop at all, my eyes look amazing")
    assert negated.level == triage.NONE
    assert decide("report_urgent", negated) == triage.URGENT


def test_a_symptom_that_is_fully_back_to_normal_lowers_the_classifier_guess():
    resolved = triage.assess("I had hives for a day but they're fully gone now")
    assert decide("report_urgent", resolved) == triage.ROUTINE


@pytest.mark.parametrize("text", [
    "my voice was croaky for a day but it's fully back now",
    "ayer en la tarde vi doble como diez minutos, ya se me pasó",
    "my left brow sat lower for two days but it's even again",
])
def test_a_passed_distant_spread_effect_still_gets_call_the_clinic(text):
    # policy/triage_levels.yml `when_passed`: the boxed warning's distant effects can come back
    assert decide("report_routine", red_flags.assess(text)) == triage.URGENT


@pytest.mark.parametrize("guessed", ["report_urgent", "report_emergency"])
def test_a_question_asked_for_someone_weighing_treatment_lowers_the_classifier_guess(detector, guessed):
    # also an emergency guess when the red flag asked about is only urgent
    ranking = [{"name": guessed, "confidence": 0.6}, {"name": "faq", "confidence": 0.3}]
    m = message("my sister is asking whether a rash is a common reaction, she's considering it",
                guessed, 0.6, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "faq"


def test_an_ambiguous_question_about_a_side_effect_gets_its_faq_not_a_rephrase(detector):
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "report_urgent", "confidence": 0.5},
               {"name": "faq", "confidence": 0.49}]
    m = message("does botox ever cause double vision or blurry eyes", "nlu_fallback", 0.4, ranking)
    m.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/se_vision", "confidence": 1.0}}})
    detector.process([m])
    assert m.get("intent")["name"] == "faq"
    # a report stays a report
    m = message("my vision is blurry since botox", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "report_urgent"
    # without the selector's answer, the red flag's own answer (policy/triage_levels.yml `faq`)
    m = message("does botox ever cause double vision", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "faq" and _answer(m) == "faq/se_vision"
    # a question about something the levels file gives no answer for keeps the fallback
    m = message("can botox cause a headache", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "nlu_fallback"


def _answer(m):
    return m.get("response_selector")["faq"]["response"]["intent_response_key"]


@pytest.mark.parametrize("text, intent, chosen, expected", [
    # the selector chose another side effect's answer
    ("is it possible for your eyelids to droop after botox?", "faq", "faq/se_vision", "faq/se_eyelid_brow"),
    # ... or an unrelated one
    ("hypothetically, if my lips swelled up after botox, what then?", "faq", "faq/first_visit", "faq/se_allergy"),
    # the classifiers called it out of scope
    ("my aunt worries she'll end up with a droopy brow, how likely is that?", "out_of_scope", None,
     "faq/se_eyelid_brow"),
    # the selector's answer is one of the symptoms asked about: kept
    ("can botox cause double vision or a droopy eyelid?", "faq", "faq/se_vision", "faq/se_vision"),
    # whether Botox treats the sign: what Botox is used for, the selector's own answer kept (round 74)
    ("could botox fix my droopy eyelids? they've been like that for years", "faq", "faq/therapeutic_uses",
     "faq/therapeutic_uses"),
    # ... and over the sign's answer as a side effect ("yes, a drooping eyelid is a known side effect" read as "yes, it
    # lifts them"), the answer on what Botox treats (follow-up cues' `treatment_targets`, round 75); a sign no target
    # names keeps the selector's answer
    ("can botox calm the twitching in my eyelid?", "faq", "faq/se_vision", "faq/therapeutic_uses"),
    ("would botox lift my hooded lids?", "faq", "faq/se_eyelid_brow", "faq/works_for_everyone"),
    ("¿el botox quita las ojeras?", "faq", "faq/common_effects", "faq/wrinkles"),
    ("can botox help my blurry vision?", "faq", "faq/se_vision", "faq/se_vision"),
])
def test_a_question_about_a_red_flag_gets_that_red_flags_answer(detector, text, intent, chosen, expected):
    ranking = [{"name": intent, "confidence": 0.6}, {"name": "faq", "confidence": 0.3}]
    m = message(text, intent, 0.6, ranking)
    if chosen:
        m.set("response_selector", {"faq": {"response": {"intent_response_key": chosen, "confidence": 0.7},
                                            "ranking": []}})
    detector.process([m])
    assert m.get("intent")["name"] == "faq"
    assert _answer(m) == expected
    if chosen != expected:
        assert m.get("response_selector")["faq"]["response"]["utter_action"] == expected.replace("faq/", "utter_faq/")


@pytest.mark.parametrize("text, expected_intent, expected_answer", [
    # small talk guessed for a question about effects ("like bruising or swelling?"): the answer on common effects,
    # or the red flag's own answer
    ("so things like bruising or swelling? not having mine until july", "faq", "faq/common_effects"),
    ("and droopy eyelids? not booked until july", "faq", "faq/se_eyelid_brow"),
    # symptoms denied: the small talk stands
    ("no bruising and no swelling at all, thanks so much", "thank", None),
])
def test_small_talk_guessed_for_a_question_about_effects_gets_that_answer(detector, text, expected_intent,
                                                                          expected_answer):
    ranking = [{"name": "thank", "confidence": 0.5}, {"name": "faq", "confidence": 0.3}]
    m = message(text, "thank", 0.5, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == expected_intent
    if expected_answer:
        assert _answer(m) == expected_answer


@pytest.mark.parametrize("share, expected", [(0.6, "report_urgent"), (0.3, "nlu_fallback")])
def test_an_unclear_message_read_mostly_as_a_report_gets_call_the_clinic(detector, share, expected):
    # nothing the rules know ("my cheek does a weird thing"), the classifier unsure: a mostly-report reading is an
    # unknown symptom ("call the clinic"), any other stays "say it another way"
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "report_urgent", "confidence": share * 0.6},
               {"name": "report_unwell", "confidence": share * 0.4}, {"name": "faq", "confidence": 1 - share}]
    m = message("my cheek does a weird thing when i chew", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == expected


def test_an_unclear_message_with_only_a_denied_symptom_read_as_a_report_gets_call_the_clinic(detector):
    # a denial is no evidence that all is well: "no fever" beside something the rules do not know
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "report_urgent", "confidence": 0.5},
               {"name": "faq", "confidence": 0.1}]
    m = message("no fever or anything but my cheek does a weird thing when i chew", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "report_urgent"


def test_a_rejected_report_guess_with_only_a_weak_next_guess_answers_about_the_symptom(detector):
    # the classifier read a question as a report; the rules show the drooping is only asked about, and the next
    # best intent (booking, 0.05) is no answer: the patient gets the information about eyelids and brows
    ranking = [{"name": "report_urgent", "confidence": 0.9}, {"name": "book_appointment", "confidence": 0.05},
               {"name": "faq", "confidence": 0.03}]
    m = message("what are the chances my eyelid droops? booked for friday and kinda nervous", "report_urgent", 0.9,
                ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "faq"
    selected = m.get("response_selector")["faq"]["response"]["intent_response_key"]
    assert selected == "faq/se_eyelid_brow"


@pytest.mark.parametrize("text, expected", [
    # a booking already made, then a question about a side effect: the question gets its answer
    ("already booked for next week. my cousin's brow dropped after hers, could that happen to me?", "faq"),
    # a booking request with nothing asked about a symptom stays a booking
    ("can I book for friday afternoon?", "book_appointment"),
    # a report beside a booking is a report
    ("I'd like to come in, my eyelid has been drooping since monday?", "report_urgent"),
])
def test_a_side_effect_question_beside_a_booking_is_answered(detector, text, expected):
    ranking = [{"name": "book_appointment", "confidence": 0.8}, {"name": "faq", "confidence": 0.1}]
    m = message(text, "book_appointment", 0.8, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == expected
    if expected == "faq":
        assert m.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/se_eyelid_brow"


@pytest.mark.parametrize("runner_up, expected", [("contact_clinic", "faq"), ("report_urgent", "nlu_fallback")])
def test_a_fallback_between_two_close_intents_gets_the_sure_faq_answer_unless_the_other_is_a_report(
        detector, runner_up, expected):
    # faq 0.45 against another intent at 0.44 (the FallbackClassifier's ambiguity), the FAQ selector sure of its
    # answer: the FAQ is answered; when the close runner-up is a report guess, the message stays unanswered as an FAQ
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.45},
               {"name": runner_up, "confidence": 0.44}]
    m = message("tomo anticoagulantes, le tengo que avisar al doctor?", "nlu_fallback", 0.4, ranking)
    m.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/medicines", "confidence": 0.97},
                                        "ranking": []}})
    detector.process([m])
    assert m.get("intent")["name"] == expected


@pytest.mark.parametrize("text, classified, expected", [
    # the treatment not working yet, told as a report with no symptom: the answer on Botox not working (round 55)
    ("day 4 and my frown lines still move, nothing happening yet", "report_routine", ("faq", "faq/not_working")),
    ("dia 6 y todavia no hace efecto", "report_routine", ("faq", "faq/not_working")),
    # ... whatever a classifier guessed (round 65): an urgent or a 911 guess, or none sure enough
    ("el izquierdo todavia se mueve cuando frunzo, like nothing happened", "report_urgent", ("faq", "faq/not_working")),
    ("me quedo como si no me hubieran puesto nada", "report_emergency", ("faq", "faq/not_working")),
    ("en la foto todavia se me arruga la frente del lado derecho", "nlu_fallback", ("faq", "faq/not_working")),
    # one side of the forehead still, the other moving: an uneven result (round 71)
    ("de un lado ya no se me mueve la frente pero del otro sí", "report_urgent", ("faq", "faq/not_working")),
    # ... or the lines still showing on one side (round 99); a droop beside them keeps "call the clinic"
    ("un lado quedo lisito y en el otro se me siguen marcando las arrugas", "report_urgent", ("faq", "faq/not_working")),
    ("en el otro se me siguen marcando las arrugas y el parpado se me cayo", "report_urgent", ("report_urgent", None)),
    # ... a sign no list knows beside it still gets "call the clinic", and a red flag named keeps the 911 guess
    ("its not working and my forehead feels strange", "report_routine", ("report_urgent", None)),
    ("its not working and my forehead feels strange", "report_emergency", ("report_emergency", None)),
    ("nothing happening yet but i cant swallow", "report_emergency", ("report_emergency", None)),
])
def test_not_working_yet_told_as_a_report_gets_the_not_working_answer(detector, text, classified, expected):
    m = message(text, classified, 0.7)
    detector.process([m])
    assert (m.get("intent")["name"], _answer(m) if expected[1] else None) == expected


def test_a_booking_request_found_ambiguous_gets_how_to_book(detector):
    # between booking and an FAQ (round 72); a symptom beside it is the report's own answer
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.52},
               {"name": "book_appointment", "confidence": 0.48}]
    m = message("hi can I book my next botox for next tues around 3pm?", "nlu_fallback", 0.4, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "book_appointment"
    m = message("quiero agendar mi cita para el martes, por cierto desde ayer me falta un poco el aire", "book_appointment")
    detector.process([m])
    assert m.get("intent")["name"] == "report_emergency"


@pytest.mark.parametrize("text, classified, expected", [
    # only which medicine the patient takes, nothing reported: the answer on medicines, whatever was guessed (round 63)
    ("hi im on eliquis", "greet", ("faq", "faq/medicines")),
    ("I take plavix for my heart", "report_urgent", ("faq", "faq/medicines")),
    ("tomo xarelto por un coágulo que tuve", "nlu_fallback", ("faq", "faq/medicines")),
    # ... "por" texted as "x" (round 89)
    ("tomo eliquis x la presión", "nlu_fallback", ("faq", "faq/medicines")),
    # ... what it is taken for is a symptom, or a symptom beside it: the report's own answer
    ("i take advil for the swelling", "report_routine", ("report_routine", None)),
    ("im taking benadryl for the tightness", "report_urgent", ("report_urgent", None)),
    ("im on eliquis and my eyelid droops", "faq", ("report_urgent", None)),
    # only that the patient is pregnant or breastfeeding: the answer on pregnancy and breastfeeding (round 71)
    ("just found out I'm pregnant!!", "nlu_fallback", ("faq", "faq/pregnancy_breastfeeding")),
    ("me acabo de enterar que estoy embarazada y me puse botox hace 2 semanas", "report_urgent",
     ("faq", "faq/pregnancy_breastfeeding")),
    # ... a symptom beside it is the report's own answer
    ("just found out im pregnant and my eyelid is drooping", "faq", ("report_urgent", None)),
    # asking to speak with a person, whatever topic follows: the clinic's contact details (round 64)
    ("Can I speak to a nurse? I have some questions about my dad's spasticity injections", "faq",
     ("contact_clinic", None)),
    ("quisiera hablar con la doctora sobre el botox de mi mamá", "faq", ("contact_clinic", None)),
    ("can i talk to a nurse? my throat feels like its closing", "contact_clinic", ("report_emergency", None)),
    ("can i talk normally after botox in the neck?", "faq", ("faq", None)),
])
def test_a_medicine_or_pregnancy_named_or_a_person_asked_for_gets_its_answer(detector, text, classified, expected):
    m = message(text, classified)
    detector.process([m])
    assert (m.get("intent")["name"], _answer(m) if expected[1] else None) == expected


@pytest.mark.parametrize("text, expected", [
    # feeling unwell and unable to say what is wrong: "call the clinic", not a request to describe it (round 69)
    ("algo no anda bien desde el botox pero no sabría decir qué", "report_urgent"),
    ("something feels off since my shots and I can't really describe it", "report_urgent"),
    # ... a vague feeling alone still gets the question what they notice
    ("I just don't feel right since my botox", "report_unwell"),
])
def test_unwell_and_unable_to_say_what_gets_call_the_clinic(detector, text, expected):
    m = message(text, "report_unwell")
    detector.process([m])
    assert m.get("intent")["name"] == expected


@pytest.mark.parametrize("text, classified, expected", [
    # someone else's treatment told with where, what for and when, nothing reported (round 82): what they notice is
    # asked, whatever a classifier guessed, never a 911 guess with no sign, nor "call the clinic" or an FAQ
    ("my grandpa got botox in his right hand for stiffness after a stroke", "report_emergency", "report_unwell"),
    ("my girl has cerebral palsy and got botox in her calves on monday", "report_urgent", "report_unwell"),
    ("a mi abuelo le pusieron botox en la pierna izquierda x la espasticidad", "faq", "report_unwell"),
    ("hello again, we spoke yesterday about my jaw botox", "report_urgent", "report_unwell"),
    ("hola de nuevo, te escribi el lunes sobre mi botox de la frente", "greet", "report_unwell"),
    ("had my jaw botox tuesday", "report_urgent", "report_unwell"),
    # ... a sign beside it is the report's own level
    ("my grandpa got botox in his right hand after a stroke and now he cant swallow", "faq", "report_emergency"),
    ("hello again about my jaw botox, my smile is crooked now", "greet", "report_urgent"),
])
def test_a_treatment_told_alone_asks_what_is_noticed(detector, text, classified, expected):
    m = message(text, classified, 0.97)
    detector.process([m])
    assert m.get("intent")["name"] == expected


def test_the_answers_to_a_booking_a_phone_number_or_a_result_not_yet_there_win_over_an_faq_guess(detector):
    # a booking opening the message beside the FAQ its treatment names (round 82): how to book
    ranking = [{"name": "faq", "confidence": 0.8}, {"name": "book_appointment", "confidence": 0.2}]
    m = message("quisiera agendar cita para mi botox de las axilas, hay lugar el viernes?", "faq", 0.8, ranking)
    detector.process([m])
    assert m.get("intent")["name"] == "book_appointment"
    # a formal request for the nurses' number: the clinic's contact details
    m = message("Good afternoon, could you please give me the direct line for the nurses? Kind regards.", "faq", 0.6)
    detector.process([m])
    assert m.get("intent")["name"] == "contact_clinic"
    # still sweating after underarm injections, read as a question on common effects: the answer on not working yet
    m = message("three weeks on and the right armpit still sweats like before, normal?", "faq", 0.9)
    m.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/common_effects", "confidence": 0.8},
                                        "ranking": []}})
    detector.process([m])
    assert (m.get("intent")["name"], _answer(m)) == ("faq", "faq/not_working")
