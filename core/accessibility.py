"""The accessibility statement (tilgjengelighetserklæring), made from what the tests check.

Every WCAG 2.1 success criterion at levels A and AA that the Norwegian regulations require is listed
with how it is checked here: by name, the browser tests (tests/browser/test_accessibility.py) and
other tests that check it, or why it does not apply. tests/test_accessibility_statement.py fails when
a test named here does not exist, or when a criterion is left out, so the page cannot claim a check
that is not made. The shape follows what uustatus.no asks of a statement: status, what is not
accessible and why, how it was checked, how to give feedback and where to complain.
"""

import datetime

from django.conf import settings
from django.utils.translation import get_language

# When this statement was last reviewed against the site (a person read it and the test results).
REVIEWED = datetime.date(2026, 12, 2)

BROWSER = "tests/browser/test_accessibility.py"

# The tests the statement names: (module, test function).
AXE = (BROWSER, "test_axe_finds_nothing_on_any_public_page")
REFLOW = (BROWSER, "test_no_page_scrolls_sideways_at_320_px_at_any_text_size")
FOCUS = (BROWSER, "test_focus_is_visible_with_enough_contrast_wherever_it_lands")
KEYBOARD = (BROWSER, "test_keyboard_path_to_find_help_stays_within_budget")
ERRORS = (BROWSER, "test_wrong_postal_code_is_explained_and_focused")
SUMMARY = (BROWSER, "test_result_summary_gets_focus_after_a_search")
MENU = (BROWSER, "test_menu_works_without_javascript")
SPACING = (BROWSER, "test_text_spacing_hides_no_text")
LANGUAGES = (
    "tests/home/test_languages.py",
    "test_a_mirrored_page_marks_its_text_and_the_sites_words_with_their_languages",
)
PARTS = (BROWSER, "test_language_of_parts_on_an_untranslated_page")
ALT = ("tests/home/test_pages.py", "test_image_without_alt_text_is_refused_unless_decorative")

# What each test checks, in bokmål and nynorsk.
TESTS = {
    REFLOW: (
        "Ingen side ruller sidelengs ved 320 px bredde, med vanlig, stor og størst tekst, og ved 200 % forstørring.",
        "Inga side rullar sidelengs ved 320 px breidd, med vanleg, stor og størst tekst, og ved 200 % forstørring.",
    ),
    SPACING: (
        "Med større linje-, avsnitts-, bokstav- og ordavstand blir ingen tekst kuttet eller skjult.",
        "Med større linje-, avsnitts-, bokstav- og ordavstand blir ingen tekst kutta eller skjult.",
    ),
    FOCUS: (
        "Tabulatoren går gjennom hver side. Alt som får fokus, får en synlig fokusmarkering med minst 3:1 kontrast "
        "mot bakgrunnen, også i den mørke bunnteksten.",
        "Tabulatoren går gjennom kvar side. Alt som får fokus, får ei synleg fokusmarkering med minst 3:1 kontrast "
        "mot bakgrunnen, også i den mørke botnteksten.",
    ),
    KEYBOARD: (
        "Med tastaturet alene kommer man fra forsiden til det første treffet for et postnummer på 10 tastetrykk "
        "eller færre.",
        "Med tastaturet åleine kjem ein frå framsida til det første treffet for eit postnummer på 10 tastetrykk "
        "eller færre.",
    ),
    ERRORS: (
        "Et feil postnummer gir en feiloppsummering som får fokus, lenker til feltet, beholder det som ble skrevet, "
        "markerer feltet som ugyldig og sier hvordan det skal være. Sidetittelen begynner med «Feil».",
        "Eit feil postnummer gir ei feiloppsummering som får fokus, lenkjer til feltet, held på det som vart skrive, "
        "markerer feltet som ugyldig og seier korleis det skal vere. Sidetittelen byrjar med «Feil».",
    ),
    SUMMARY: (
        "Etter et søk får oppsummeringen av treffene fokus, slik at den blir lest opp.",
        "Etter eit søk får oppsummeringa av treffa fokus, slik at ho blir lesen opp.",
    ),
    MENU: (
        "Menyen kan åpnes og brukes med tastaturet, også uten JavaScript.",
        "Menyen kan opnast og brukast med tastaturet, også utan JavaScript.",
    ),
    AXE: (
        "Verktøyet axe-core (regler for WCAG 2.1 A og AA) finner ingen feil på noen av sidemalene, "
        "på bokmål og nynorsk.",
        "Verktøyet axe-core (reglar for WCAG 2.1 A og AA) finn ingen feil på nokon av sidemalane, "
        "på bokmål og nynorsk.",
    ),
    PARTS: (
        "I nettleseren: på en side som ikke er oversatt ennå, er siden og teksten merket som bokmål, og menyen, "
        "merknaden, etikettene og bunnteksten som nynorsk.",
        "I nettlesaren: på ei side som ikkje er omsett enno, er sida og teksten merkte som bokmål, og menyen, "
        "merknaden, etikettane og botnteksten som nynorsk.",
    ),
    LANGUAGES: (
        "En side som ikke er oversatt ennå, er merket med språket teksten er skrevet på, og nettstedets egne ord "
        "rundt den med språket du har valgt.",
        "Ei side som ikkje er omsett enno, er merkt med språket teksten er skriven på, og nettstaden sine eigne ord "
        "rundt ho med språket du har valt.",
    ),
    ALT: (
        "Redaktørene må skrive alternativ tekst til hvert bilde som ikke er pynt.",
        "Redaktørane må skrive alternativ tekst til kvart bilete som ikkje er pynt.",
    ),
}

# Criteria that do not apply to this site, with why.
NOT_APPLICABLE = {
    "media": (
        "Nettstedet har ikke lyd eller video.",
        "Nettstaden har ikkje lyd eller video.",
    ),
    "time": (
        "Ingenting på nettstedet har tidsfrist, beveger seg, blinker eller oppdateres av seg selv.",
        "Ingenting på nettstaden har tidsfrist, rører seg, blinkar eller blir oppdatert av seg sjølv.",
    ),
    "gestures": (
        "Alt gjøres med vanlige klikk og trykk; ingenting krever bevegelser, risting eller hurtigtaster.",
        "Alt blir gjort med vanlege klikk og trykk; ingenting krev rørsler, risting eller hurtigtastar.",
    ),
    "transactions": (
        "Nettstedet har ingen skjema med juridiske eller økonomiske følger.",
        "Nettstaden har ingen skjema med juridiske eller økonomiske følgjer.",
    ),
}

A = "A"
AA = "AA"

# (number, level, bokmål name, nynorsk name, the tests that check it or why it does not apply)
CRITERIA = [
    ("1.1.1", A, "Ikke-tekstlig innhold", "Ikkje-tekstleg innhald", [AXE, ALT]),
    ("1.2.1", A, "Bare lyd og bare video (forhåndsinnspilt)", "Berre lyd og berre video (førehandsinnspelt)", "media"),
    ("1.2.2", A, "Teksting (forhåndsinnspilt)", "Teksting (førehandsinnspelt)", "media"),
    ("1.2.3", A, "Synstolking eller mediealternativ", "Synstolking eller mediealternativ", "media"),
    ("1.2.4", AA, "Teksting (direkte)", "Teksting (direkte)", "media"),
    ("1.2.5", AA, "Synstolking (forhåndsinnspilt)", "Synstolking (førehandsinnspelt)", "media"),
    ("1.3.1", A, "Informasjon og relasjoner", "Informasjon og relasjonar", [AXE, ERRORS]),
    ("1.3.2", A, "Meningsfylt rekkefølge", "Meiningsfull rekkjefølgje", [KEYBOARD, FOCUS]),
    ("1.3.3", A, "Sensoriske egenskaper", "Sensoriske eigenskapar", [ERRORS]),
    ("1.3.4", AA, "Visningsretning", "Visingsretning", [REFLOW]),
    ("1.3.5", AA, "Identifiser formål med inndata", "Identifiser formål med inndata", [AXE]),
    ("1.4.1", A, "Bruk av farge", "Bruk av farge", [AXE, ERRORS]),
    ("1.4.2", A, "Kontroll av lyd", "Kontroll av lyd", "media"),
    ("1.4.3", AA, "Kontrast (minimum)", "Kontrast (minimum)", [AXE]),
    ("1.4.4", AA, "Endring av tekststørrelse", "Endring av tekststorleik", [REFLOW]),
    ("1.4.5", AA, "Bilder av tekst", "Bilete av tekst", [AXE, ALT]),
    ("1.4.10", AA, "Dynamisk tilpasning (reflow)", "Dynamisk tilpassing (reflow)", [REFLOW]),
    ("1.4.11", AA, "Kontrast for ikke-tekstlig innhold", "Kontrast for ikkje-tekstleg innhald", [FOCUS]),
    ("1.4.12", AA, "Tekstavstand", "Tekstavstand", [SPACING]),
    ("1.4.13", AA, "Innhold ved pekerbevegelse eller fokus", "Innhald ved peikarrørsle eller fokus", [FOCUS]),
    ("2.1.1", A, "Tastatur", "Tastatur", [KEYBOARD, FOCUS, MENU]),
    ("2.1.2", A, "Ingen tastaturfelle", "Inga tastaturfelle", [FOCUS]),
    ("2.1.4", A, "Hurtigtaster som består av ett tegn", "Hurtigtastar som består av eitt teikn", "gestures"),
    ("2.2.1", A, "Justerbar hastighet", "Justerbar hastigheit", "time"),
    ("2.2.2", A, "Pause, stopp, skjul", "Pause, stopp, skjul", "time"),
    ("2.3.1", A, "Terskelverdi på maksimalt tre glimt", "Terskelverdi på maksimalt tre glimt", "time"),
    ("2.4.1", A, "Hoppe over blokker", "Hoppe over blokker", [KEYBOARD, AXE]),
    ("2.4.2", A, "Sidetitler", "Sidetitlar", [AXE, ERRORS]),
    ("2.4.3", A, "Fokusrekkefølge", "Fokusrekkjefølgje", [KEYBOARD, SUMMARY, ERRORS]),
    ("2.4.4", A, "Formål med lenke (i kontekst)", "Formål med lenkje (i kontekst)", [AXE]),
    ("2.4.5", AA, "Flere måter", "Fleire måtar", [MENU]),
    ("2.4.6", AA, "Overskrifter og ledetekster", "Overskrifter og leietekstar", [AXE, ERRORS]),
    ("2.4.7", AA, "Synlig fokus", "Synleg fokus", [FOCUS]),
    ("2.5.1", A, "Pekerbevegelser", "Peikarrørsler", "gestures"),
    ("2.5.2", A, "Pekeravbrytelse", "Avbryting av peikar", [MENU]),
    ("2.5.3", A, "Ledetekst i navn", "Leietekst i namn", [AXE]),
    ("2.5.4", A, "Bevegelsesaktivering", "Rørsleaktivering", "gestures"),
    ("3.1.1", A, "Språk på siden", "Språk på sida", [AXE, PARTS, LANGUAGES]),
    ("3.1.2", AA, "Språk på deler av innholdet", "Språk på delar av innhaldet", [PARTS, LANGUAGES]),
    ("3.2.1", A, "Fokus", "Fokus", [FOCUS]),
    ("3.2.2", A, "Inndata", "Inndata", [ERRORS, MENU]),
    ("3.2.3", AA, "Konsekvent navigering", "Konsekvent navigering", [KEYBOARD]),
    ("3.2.4", AA, "Konsekvent identifikasjon", "Konsekvent identifikasjon", [AXE]),
    ("3.3.1", A, "Identifikasjon av feil", "Identifikasjon av feil", [ERRORS]),
    ("3.3.2", A, "Ledetekster eller instruksjoner", "Leietekstar eller instruksjonar", [AXE, ERRORS]),
    ("3.3.3", AA, "Forslag ved feil", "Forslag ved feil", [ERRORS]),
    ("3.3.4", AA, "Forhindring av feil", "Førebygging av feil", "transactions"),
    ("4.1.1", A, "Parsing", "Parsing", [AXE]),
    ("4.1.2", A, "Navn, rolle, verdi", "Namn, rolle, verdi", [AXE, MENU]),
    ("4.1.3", AA, "Statusbeskjeder", "Statusmeldingar", [SUMMARY, ERRORS]),
]

# The criteria Uutilsynet most often finds broken: each must be checked by a test, not only stated.
MOST_OFTEN_BROKEN = [
    "1.1.1", "1.3.1", "1.4.3", "1.4.10", "1.4.11", "1.4.12", "2.1.1",
    "2.4.3", "2.4.7", "3.1.2", "3.3.1", "3.3.2", "4.1.2",
]  # fmt: skip


def statement():
    """The statement's content in the form being shown."""
    nynorsk = get_language() == "nn"
    pick = (lambda pair: pair[1]) if nynorsk else (lambda pair: pair[0])
    criteria = []
    for number, level, name_nb, name_nn, checks in CRITERIA:
        applies = not isinstance(checks, str)
        criteria.append(
            {
                "number": number,
                "level": level,
                "name": name_nn if nynorsk else name_nb,
                "applies": applies,
                "checks": [pick(TESTS[test]) for test in checks] if applies else [pick(NOT_APPLICABLE[checks])],
                "often_broken": number in MOST_OFTEN_BROKEN,
            }
        )
    return {
        "criteria": criteria,
        "checked_count": sum(1 for criterion in criteria if criterion["applies"]),
        "reviewed": REVIEWED,
        "contact_email": settings.SITE_CONTACT_EMAIL,
    }
