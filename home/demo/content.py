"""Demo content in bokmål and nynorsk, written for this project.

Every text leaf is a ``T(nb, nn)`` pair; ``pick`` chooses one form from a whole structure. The two
forms must have the same shape (the same paragraphs and list items), because the nynorsk text is
given to wagtail-localize as the translation of the bokmål segments, one by one.
"""

from typing import NamedTuple


class T(NamedTuple):
    nb: str
    nn: str


def pick(value, form):
    if isinstance(value, T):
        return getattr(value, form)
    if isinstance(value, dict):
        return {key: pick(item, form) for key, item in value.items()}
    if isinstance(value, list):
        return [pick(item, form) for item in value]
    return value


HOME = {
    "title": T("Selvhjelp i Norge", "Sjølvhjelp i Noreg"),
    "hero_heading": T("Du er ikke alene", "Du er ikkje åleine"),
    "hero_text": T(
        "I en selvhjelpsgruppe møter du andre som kjenner igjen det du står i. "
        "Her finner du kunnskap om hvordan grupper fungerer, hvem de er for og hvordan du kommer i gang.",
        "I ei sjølvhjelpsgruppe møter du andre som kjenner att det du står i. "
        "Her finn du kunnskap om korleis grupper fungerer, kven dei er for og korleis du kjem i gang.",
    ),
}

TOPICS = [
    ("sorg", T("Sorg", "Sorg"), T("Når noen du er glad i, dør.", "Når nokon du er glad i, døyr.")),
    (
        "avhengighet-i-familien",
        T("Avhengighet i familien", "Avhengigheit i familien"),
        T(
            "Rus, spill eller annen avhengighet hos noen nær deg.",
            "Rus, spel eller anna avhengigheit hos nokon nær deg.",
        ),
    ),
    (
        "psykisk-helse",
        T("Psykisk helse", "Psykisk helse"),
        T("Angst, depresjon og andre plager.", "Angst, depresjon og andre plager."),
    ),
    (
        "kreft",
        T("Kreft", "Kreft"),
        T(
            "For deg som har eller har hatt kreft, og dine nærmeste.",
            "For deg som har eller har hatt kreft, og dei næraste dine.",
        ),
    ),
    (
        "ensomhet",
        T("Ensomhet", "Einsemd"),
        T("Når du savner noen å dele hverdagen med.", "Når du saknar nokon å dele kvardagen med."),
    ),
    (
        "kronisk-sykdom",
        T("Kronisk sykdom", "Kronisk sjukdom"),
        T("Å leve med en sykdom som ikke går over.", "Å leve med ein sjukdom som ikkje går over."),
    ),
]

# Illustrations drawn by the demo command; alt texts live in the blocks that use them.
IMAGES = [
    ("sirkel", "Samtalesirkel", ((11, 93, 91), (246, 196, 83), (233, 241, 239))),
    ("hender", "Hender som møtes", ((120, 64, 112), (250, 214, 165), (245, 238, 244))),
    ("sti", "Sti gjennom skogen", ((38, 92, 48), (196, 224, 170), (238, 244, 233))),
    ("kaffe", "Kaffe og samtale", ((122, 72, 40), (240, 200, 150), (250, 243, 235))),
    ("lys", "Lys i vinduet", ((30, 52, 110), (250, 220, 120), (234, 238, 248))),
    ("fjell", "Fjell og morgenlys", ((70, 80, 98), (240, 170, 120), (240, 242, 246))),
]

BROCHURE = {
    "title": "Slik fungerer en selvhjelpsgruppe (brosjyre)",
    "filename": "slik-fungerer-en-selvhjelpsgruppe.pdf",
    "heading": "Slik fungerer en selvhjelpsgruppe",
    "lines": [
        "En selvhjelpsgruppe er en liten gruppe mennesker som møtes jevnlig",
        "for å dele erfaringer med en felles livsutfordring.",
        "",
        "Gruppa har ingen leder eller terapeut. Alle deltar på like fot,",
        "og det som blir sagt i gruppa, blir i gruppa.",
        "",
        "Slik kommer du i gang:",
        "  1. Finn to eller tre andre som vil være med.",
        "  2. Avtal et fast sted og en fast tid, for eksempel annenhver uke.",
        "  3. Lag enkle avtaler om taushet, oppmøte og hvordan dere snakker sammen.",
        "  4. Gi gruppa tid. Tillit vokser etter hvert.",
        "",
        "Dette er en fiktiv brosjyre laget for demonstrasjon av nettstedet.",
    ],
}


def heading(nb, nn, level="h2"):
    return {"type": "heading", "value": {"text": T(nb, nn), "level": level}}


def paragraph(*pairs):
    return {
        "type": "paragraph",
        "value": T("".join(f"<p>{nb}</p>" for nb, _nn in pairs), "".join(f"<p>{nn}</p>" for _nb, nn in pairs)),
    }


def quote(text, first_name, context):
    return {"type": "quote", "value": {"text": text, "first_name": first_name, "context": context}}


def key_points(title, *points):
    return {"type": "key_points", "value": {"heading": title, "points": list(points)}}


def questions(title, *items):
    return {
        "type": "questions",
        "value": {
            "heading": title,
            "items": [{"question": q, "answer": T(f"<p>{a.nb}</p>", f"<p>{a.nn}</p>")} for q, a in items],
        },
    }


NO_CAPTION = T("", "")


def image(key, alt, caption=NO_CAPTION):
    return {
        "type": "image",
        "value": {"image": f"image:{key}", "alt_text": alt, "decorative": False, "caption": caption},
    }


def facts(caption, *rows):
    return {"type": "facts", "value": {"caption": caption, "rows": [{"label": lab, "value": val} for lab, val in rows]}}


def call_to_action(label, text, page=None, url=None):
    return {"type": "call_to_action", "value": {"label": label, "text": text, "page": page, "url": url}}


def organisation_card(slug):
    return {"type": "organisation_card", "value": {"organisation": f"org:{slug}"}}


def contact_person_card(slug, index=0):
    return {"type": "contact_person_card", "value": {"contact_person": f"person:{slug}:{index}"}}


def document(title, description):
    return {"type": "document", "value": {"document": "document:brochure", "title": title, "description": description}}


SECTIONS = [
    {
        "slug": T("hva-er-selvhjelp", "kva-er-sjolvhjelp"),
        "title": T("Hva er selvhjelp?", "Kva er sjølvhjelp?"),
        "intro": T(
            "Selvhjelp handler om å ta i bruk egne krefter sammen med andre som har det på samme måte.",
            "Sjølvhjelp handlar om å ta i bruk eigne krefter saman med andre som har det på same måten.",
        ),
        "image": "sirkel",
    },
    {
        "slug": T("for-parorende", "for-parorande"),
        "title": T("For pårørende", "For pårørande"),
        "intro": T(
            "Når noen du er glad i, sliter, trenger også du et sted å hente styrke.",
            "Når nokon du er glad i, slit, treng også du ein stad å hente styrke.",
        ),
        "image": "hender",
    },
    {
        "slug": T("start-en-gruppe", "start-ei-gruppe"),
        "title": T("Start en gruppe", "Start ei gruppe"),
        "intro": T(
            "Det skal lite til for å starte en selvhjelpsgruppe. Her er det du trenger å vite.",
            "Det skal lite til for å starte ei sjølvhjelpsgruppe. Her er det du treng å vite.",
        ),
        "image": "sti",
    },
    {
        "slug": T("for-fagfolk", "for-fagfolk"),
        "title": T("For fagfolk", "For fagfolk"),
        "intro": T(
            "Slik kan helsepersonell, frisklivssentraler og frivilligsentraler støtte selvhjelp uten å styre gruppene.",
            "Slik kan helsepersonell, frisklivssentralar og frivilligsentralar støtte sjølvhjelp utan å styre gruppene.",
        ),
        "image": "fjell",
    },
]

# section index, slug, title, intro, audience, age group, topic slugs, image key, body, translate?
ARTICLES = [
    {
        "section": 0,
        "slug": T("hva-er-en-selvhjelpsgruppe", "kva-er-ei-sjolvhjelpsgruppe"),
        "title": T("Hva er en selvhjelpsgruppe?", "Kva er ei sjølvhjelpsgruppe?"),
        "intro": T(
            "En selvhjelpsgruppe er en liten gruppe som møtes fast for å dele erfaringer. Ingen er eksperter, alle er likeverdige.",
            "Ei sjølvhjelpsgruppe er ei lita gruppe som møtest fast for å dele erfaringar. Ingen er ekspertar, alle er likeverdige.",
        ),
        "audience": "everyone",
        "age_group": T("For alle", "For alle"),
        "topics": ["psykisk-helse", "ensomhet"],
        "image": "sirkel",
        "body": [
            paragraph(
                (
                    "I selvhjelpsgrupper møtes mennesker som har noe felles: en sykdom, et tap eller en bekymring for noen de er glad i. De snakker om hvordan de har det, lytter til hverandre og finner sammen fram til det som hjelper.",
                    "I sjølvhjelpsgrupper møtest menneske som har noko felles: ein sjukdom, eit tap eller ei uro for nokon dei er glade i. Dei snakkar om korleis dei har det, lyttar til kvarandre og finn saman fram til det som hjelper.",
                ),
                (
                    "Selvhjelpsgrupper er selvorganiserte. Det betyr at gruppa selv bestemmer hvor og når den møtes, og hva den skal snakke om.",
                    "Sjølvhjelpsgrupper er sjølvorganiserte. Det tyder at gruppa sjølv avgjer kvar og når ho møtest, og kva ho skal snakke om.",
                ),
            ),
            key_points(
                T("Kjennetegn på en selvhjelpsgruppe", "Kjenneteikn på ei sjølvhjelpsgruppe"),
                T("Fire til åtte deltakere som møtes jevnlig", "Fire til åtte deltakarar som møtest jamleg"),
                T("Ingen leder eller terapeut", "Ingen leiar eller terapeut"),
                T("Taushetsplikt: det som blir sagt, blir i gruppa", "Teieplikt: det som blir sagt, blir i gruppa"),
                T("Gratis og frivillig", "Gratis og frivillig"),
            ),
            image(
                "sirkel",
                T(
                    "Tegning av fem stoler i en sirkel rundt et lite bord",
                    "Teikning av fem stolar i ein sirkel rundt eit lite bord",
                ),
                T(
                    "I mange grupper sitter deltakerne i ring, slik at alle ser hverandre.",
                    "I mange grupper sit deltakarane i ring, slik at alle ser kvarandre.",
                ),
            ),
            quote(
                T(
                    "Jeg trodde jeg var den eneste som hadde det sånn. Første kvelden skjønte jeg at jeg ikke var det.",
                    "Eg trudde eg var den einaste som hadde det slik. Første kvelden skjønte eg at eg ikkje var det.",
                ),
                T("Marit", "Marit"),
                T("deltaker i en gruppe for pårørende", "deltakar i ei gruppe for pårørande"),
            ),
            questions(
                T("Spørsmål og svar", "Spørsmål og svar"),
                (
                    T("Må jeg si noe på det første møtet?", "Må eg seie noko på det første møtet?"),
                    T(
                        "Nei. Du kan gjerne bare lytte. Mange forteller litt mer etter hvert som de blir trygge.",
                        "Nei. Du kan gjerne berre lytte. Mange fortel litt meir etter kvart som dei blir trygge.",
                    ),
                ),
                (
                    T("Koster det noe å være med?", "Kostar det noko å vere med?"),
                    T(
                        "Nei. Selvhjelpsgrupper er gratis. Noen grupper deler på utgifter til kaffe.",
                        "Nei. Sjølvhjelpsgrupper er gratis. Nokre grupper deler på utgifter til kaffi.",
                    ),
                ),
            ),
            document(
                T(
                    "Last ned brosjyren «Slik fungerer en selvhjelpsgruppe»",
                    "Last ned brosjyren «Slik fungerer en selvhjelpsgruppe» (på bokmål)",
                ),
                T(
                    "En kort brosjyre du kan skrive ut og gi videre.",
                    "Ein kort brosjyre du kan skrive ut og gi vidare.",
                ),
            ),
        ],
    },
    {
        "section": 0,
        "slug": T("hvorfor-virker-selvhjelp", "kvifor-verkar-sjolvhjelp"),
        "title": T("Hvorfor virker selvhjelp?", "Kvifor verkar sjølvhjelp?"),
        "intro": T(
            "Å bli sett og forstått av noen som har vært i samme situasjon, kan gi ny kraft. Her er noe av det deltakere forteller.",
            "Å bli sett og forstått av nokon som har vore i same situasjon, kan gi ny kraft. Her er noko av det deltakarane fortel.",
        ),
        "audience": "affected",
        "age_group": T("16–100", "16–100"),
        "topics": ["psykisk-helse"],
        "image": "lys",
        "body": [
            paragraph(
                (
                    "Når du deler erfaringer med andre, ser du ofte din egen situasjon i et nytt lys. Du oppdager at reaksjonene dine er vanlige, og du får høre hvordan andre har løst utfordringer som ligner dine.",
                    "Når du deler erfaringar med andre, ser du ofte din eigen situasjon i eit nytt ljos. Du oppdagar at reaksjonane dine er vanlege, og du får høyre korleis andre har løyst utfordringar som liknar dine.",
                ),
            ),
            heading("Det deltakerne beskriver", "Det deltakarane skildrar"),
            key_points(
                T("", ""),
                T("Mindre skam og ensomhet", "Mindre skam og einsemd"),
                T("Mer kunnskap om egen situasjon", "Meir kunnskap om eigen situasjon"),
                T("Nye måter å mestre hverdagen på", "Nye måtar å meistre kvardagen på"),
                T("Vennskap som varer utover gruppa", "Vennskap som varer utover gruppa"),
            ),
            quote(
                T(
                    "Det var første gang noen bare lot meg snakke ferdig.",
                    "Det var første gongen nokon berre lét meg snakke ferdig.",
                ),
                T("", ""),
                T("deltaker i en gruppe om angst", "deltakar i ei gruppe om angst"),
            ),
            paragraph(
                (
                    "Selvhjelp er ikke behandling og erstatter ikke hjelp fra lege eller psykolog. Mange bruker gruppa som et supplement, mens andre finner at gruppa er nok.",
                    "Sjølvhjelp er ikkje behandling og erstattar ikkje hjelp frå lege eller psykolog. Mange bruker gruppa som eit supplement, medan andre finn at gruppa er nok.",
                ),
            ),
        ],
    },
    {
        "section": 0,
        "slug": T("hvem-kan-bli-med", "kven-kan-bli-med"),
        "title": T("Hvem kan bli med i en gruppe?", "Kven kan bli med i ei gruppe?"),
        "intro": T(
            "Alle som bærer på noe de vil dele med andre i samme situasjon, kan bli med. Du trenger ingen henvisning.",
            "Alle som ber på noko dei vil dele med andre i same situasjon, kan bli med. Du treng inga tilvising.",
        ),
        "audience": "affected",
        "age_group": T("Fra 16 år", "Frå 16 år"),
        "topics": ["ensomhet", "kronisk-sykdom"],
        "image": "kaffe",
        "body": [
            paragraph(
                (
                    "Du trenger ingen diagnose og ingen henvisning for å bli med i en selvhjelpsgruppe. Det viktigste er at du har lyst til å dele og lytte.",
                    "Du treng ingen diagnose og inga tilvising for å bli med i ei sjølvhjelpsgruppe. Det viktigaste er at du har lyst til å dele og lytte.",
                ),
                (
                    "Noen grupper er åpne for alle, andre er for en bestemt aldersgruppe eller et bestemt tema. Spør gjerne den som har startet gruppa.",
                    "Nokre grupper er opne for alle, andre er for ei bestemd aldersgruppe eller eit bestemt tema. Spør gjerne den som har starta gruppa.",
                ),
            ),
            facts(
                T("Kort om å delta", "Kort om å delta"),
                (T("Pris", "Pris"), T("Gratis", "Gratis")),
                (T("Henvisning", "Tilvising"), T("Trengs ikke", "Trengst ikkje")),
                (
                    T("Gruppestørrelse", "Gruppestorleik"),
                    T("Vanligvis fire til åtte personer", "Vanlegvis fire til åtte personar"),
                ),
                (
                    T("Møtehyppighet", "Kor ofte ein møtest"),
                    T("Ofte hver eller annenhver uke", "Ofte kvar eller annakvar veke"),
                ),
            ),
            questions(
                T("Vanlige spørsmål", "Vanlege spørsmål"),
                (
                    T("Kan jeg ta med en venn?", "Kan eg ta med ein venn?"),
                    T(
                        "Det avgjør gruppa. Spør før første møte, så alle vet hvem som kommer.",
                        "Det avgjer gruppa. Spør før første møtet, så alle veit kven som kjem.",
                    ),
                ),
                (
                    T("Hva om gruppa ikke passer for meg?", "Kva om gruppa ikkje passar for meg?"),
                    T(
                        "Da kan du slutte når du vil. Du kan også prøve en annen gruppe.",
                        "Då kan du slutte når du vil. Du kan òg prøve ei anna gruppe.",
                    ),
                ),
            ),
        ],
    },
    {
        "section": 0,
        "slug": T("selvhjelp-og-ensomhet", "sjolvhjelp-og-einsemd"),
        "title": T("Selvhjelp når du føler deg ensom", "Sjølvhjelp når du kjenner deg einsam"),
        "intro": T(
            "Ensomhet rammer mange, i alle aldre. En gruppe kan være et første steg mot nye fellesskap.",
            "Einsemd rammar mange, i alle aldrar. Ei gruppe kan vere eit første steg mot nye fellesskap.",
        ),
        "audience": "affected",
        "age_group": T("For alle", "For alle"),
        "topics": ["ensomhet"],
        "image": "lys",
        "body": [
            paragraph(
                (
                    "Mange kjenner på ensomhet etter et samlivsbrudd, en flytting eller når helsa svikter. Det kan være vanskelig å ta det første steget ut.",
                    "Mange kjenner på einsemd etter eit samlivsbrot, ei flytting eller når helsa sviktar. Det kan vere vanskeleg å ta det første steget ut.",
                ),
            ),
            quote(
                T(
                    "Vi begynte som fremmede. Nå går vi tur sammen på søndager.",
                    "Vi byrja som framande. No går vi tur saman på sundagar.",
                ),
                T("Anders", "Anders"),
                T("deltaker i en gruppe for eldre", "deltakar i ei gruppe for eldre"),
            ),
            key_points(
                T("Små steg som kan hjelpe", "Små steg som kan hjelpe"),
                T(
                    "Les om gruppene i nærheten før du bestemmer deg",
                    "Les om gruppene i nærleiken før du bestemmer deg",
                ),
                T("Ta kontakt med frivilligsentralen der du bor", "Ta kontakt med frivilligsentralen der du bur"),
                T("Avtal å komme på ett møte, uten forpliktelser", "Avtal å kome på eitt møte, utan plikter"),
            ),
        ],
    },
    {
        "section": 1,
        "slug": T("nar-noen-du-er-glad-i-drikker", "nar-nokon-du-er-glad-i-drikk"),
        "title": T("Når noen du er glad i, drikker for mye", "Når nokon du er glad i, drikk for mykje"),
        "intro": T(
            "Pårørende til mennesker med rusproblemer bærer ofte mye alene. I en gruppe kan du sette ord på det.",
            "Pårørande til menneske med rusproblem ber ofte mykje åleine. I ei gruppe kan du setje ord på det.",
        ),
        "audience": "next_of_kin",
        "age_group": T("Voksne", "Vaksne"),
        "topics": ["avhengighet-i-familien"],
        "organisation": "rus-og-familie",
        "image": "hender",
        "body": [
            paragraph(
                (
                    "Som pårørende kan du kjenne på skyld, sinne, sorg og uro, ofte samtidig. Mange holder det skjult for venner og kolleger.",
                    "Som pårørande kan du kjenne på skuld, sinne, sorg og uro, ofte samtidig. Mange held det skjult for vener og kollegaer.",
                ),
                (
                    "I en selvhjelpsgruppe for pårørende møter du andre som vet hvordan det er. Her trenger du ikke forklare deg.",
                    "I ei sjølvhjelpsgruppe for pårørande møter du andre som veit korleis det er. Her treng du ikkje forklare deg.",
                ),
            ),
            quote(
                T(
                    "Jeg lærte at jeg ikke kan styre hans drikking, men jeg kan ta vare på meg selv.",
                    "Eg lærte at eg ikkje kan styre drikkinga hans, men eg kan ta vare på meg sjølv.",
                ),
                T("", ""),
                T("pårørende i en gruppe gjennom to år", "pårørande i ei gruppe gjennom to år"),
            ),
            questions(
                T("Spørsmål pårørende ofte stiller", "Spørsmål pårørande ofte stiller"),
                (
                    T(
                        "Må den jeg er bekymret for, vite at jeg går i gruppe?",
                        "Må den eg er uroleg for, vite at eg går i gruppe?",
                    ),
                    T(
                        "Nei. Gruppa er for deg, og det er du som bestemmer hvem du forteller det til.",
                        "Nei. Gruppa er for deg, og det er du som avgjer kven du fortel det til.",
                    ),
                ),
                (
                    T("Finnes det grupper for barn og unge?", "Finst det grupper for born og unge?"),
                    T(
                        "Ja, flere organisasjoner har egne grupper for unge pårørende.",
                        "Ja, fleire organisasjonar har eigne grupper for unge pårørande.",
                    ),
                ),
            ),
        ],
    },
    {
        "section": 1,
        "slug": T("parorende-ved-kreft", "parorande-ved-kreft"),
        "title": T("Pårørende når noen får kreft", "Pårørande når nokon får kreft"),
        "intro": T(
            "En kreftdiagnose endrer hverdagen for hele familien. Andre pårørende kan gi støtte som varer.",
            "Ein kreftdiagnose endrar kvardagen for heile familien. Andre pårørande kan gi støtte som varer.",
        ),
        "audience": "next_of_kin",
        "age_group": T("For alle", "For alle"),
        "topics": ["kreft"],
        "image": "fjell",
        "body": [
            paragraph(
                (
                    "Når noen i familien blir syk, går mye av oppmerksomheten til behandlingen. Dine egne behov kan lett komme i andre rekke.",
                    "Når nokon i familien blir sjuk, går mykje av merksemda til behandlinga. Dine eigne behov kan lett kome i andre rekkje.",
                ),
            ),
            key_points(
                T("Dette kan en gruppe gi deg", "Dette kan ei gruppe gi deg"),
                T("Et fast pusterom i en travel hverdag", "Eit fast pusterom i ein travel kvardag"),
                T("Råd fra andre som har vært der", "Råd frå andre som har vore der"),
                T("Rom for både håp og bekymring", "Rom for både håp og uro"),
            ),
            image(
                "fjell",
                T(
                    "Tegning av fjell i morgenlys med en sti opp mot toppen",
                    "Teikning av fjell i morgonljos med ein sti opp mot toppen",
                ),
            ),
            call_to_action(
                T("Les om hvordan en gruppe fungerer", "Les om korleis ei gruppe fungerer"),
                T("Usikker på om en gruppe er noe for deg?", "Usikker på om ei gruppe er noko for deg?"),
                page="article:hva-er-en-selvhjelpsgruppe",
            ),
        ],
    },
    {
        "section": 1,
        "slug": T("sorg-etter-et-dodsfall", "sorg-etter-eit-dodsfall"),
        "title": T("Sorg etter et dødsfall", "Sorg etter eit dødsfall"),
        "intro": T(
            "Sorg tar tid, og den ser ulik ut for hver enkelt. I en sorggruppe er det lov å snakke om den som er borte.",
            "Sorg tek tid, og ho ser ulik ut for kvar einskild. I ei sorggruppe er det lov å snakke om den som er borte.",
        ),
        "audience": "next_of_kin",
        "age_group": T("Fra 18 år", "Frå 18 år"),
        "topics": ["sorg"],
        "organisation": "etterlatte-sammen",
        "image": "lys",
        "body": [
            paragraph(
                (
                    "Etter en tid forventer omgivelsene ofte at livet går videre. For mange er det nettopp da sorgen kjennes tyngst.",
                    "Etter ei tid ventar omgivnadene ofte at livet går vidare. For mange er det nettopp då sorga kjennest tyngst.",
                ),
            ),
            quote(
                T(
                    "I gruppa kunne jeg si navnet hennes høyt uten at noen ble forlegne.",
                    "I gruppa kunne eg seie namnet hennar høgt utan at nokon vart forlegne.",
                ),
                T("Kari", "Kari"),
                T("mistet moren sin", "miste mor si"),
            ),
            heading("Når er det riktig å begynne?", "Når er det rett å byrje?"),
            paragraph(
                (
                    "Det finnes ikke noe riktig tidspunkt. Noen begynner etter noen uker, andre etter flere år.",
                    "Det finst ikkje noko rett tidspunkt. Nokre byrjar etter nokre veker, andre etter fleire år.",
                ),
            ),
            contact_person_card("etterlatte-sammen", 1),
        ],
    },
    {
        "section": 2,
        "slug": T("slik-starter-du-en-gruppe", "slik-startar-du-ei-gruppe"),
        "title": T("Slik starter du en selvhjelpsgruppe", "Slik startar du ei sjølvhjelpsgruppe"),
        "intro": T(
            "Du trenger ingen utdanning for å starte en gruppe. Med noen enkle grep kommer dere godt i gang.",
            "Du treng inga utdanning for å starte ei gruppe. Med nokre enkle grep kjem de godt i gang.",
        ),
        "audience": "everyone",
        "age_group": T("Fra 18 år", "Frå 18 år"),
        "topics": ["psykisk-helse", "kronisk-sykdom"],
        "image": "sti",
        "body": [
            key_points(
                T("Fem steg", "Fem steg"),
                T("Finn to eller tre andre som vil være med", "Finn to eller tre andre som vil vere med"),
                T("Avtal et fast sted og en fast tid", "Avtal ein fast stad og ei fast tid"),
                T("Lag enkle avtaler om taushet og oppmøte", "Lag enkle avtalar om teieplikt og oppmøte"),
                T("Bytt på å holde orden på tiden", "Byt på å halde orden på tida"),
                T("Gi gruppa tid, tillit kommer gradvis", "Gi gruppa tid, tillit kjem gradvis"),
            ),
            facts(
                T("Det du trenger", "Det du treng"),
                (
                    T("Et rom", "Eit rom"),
                    T(
                        "Bibliotek, frivilligsentral eller menighetshus",
                        "Bibliotek, frivilligsentral eller kyrkjelydshus",
                    ),
                ),
                (
                    T("Tid", "Tid"),
                    T("Halvannen time hver eller annenhver uke", "Halvannan time kvar eller annakvar veke"),
                ),
                (T("Penger", "Pengar"), T("Ingen, eventuelt til kaffe", "Ingen, eventuelt til kaffi")),
            ),
            document(
                T(
                    "Brosjyre: Slik fungerer en selvhjelpsgruppe",
                    "Brosjyre: Slik fungerer en selvhjelpsgruppe (på bokmål)",
                ),
                T("Del den gjerne med dem du vil invitere.", "Del han gjerne med dei du vil invitere."),
            ),
            call_to_action(
                T("Les om gode gruppeavtaler", "Les om gode gruppeavtalar"),
                T("", ""),
                page="article:gode-avtaler-i-gruppa",
            ),
        ],
    },
    {
        "section": 2,
        "slug": T("gode-avtaler-i-gruppa", "gode-avtalar-i-gruppa"),
        "title": T("Gode avtaler i gruppa", "Gode avtalar i gruppa"),
        "intro": T(
            "Noen få, tydelige avtaler gjør det tryggere å dele. Lag dem sammen på det første møtet.",
            "Nokre få, tydelege avtalar gjer det tryggare å dele. Lag dei saman på det første møtet.",
        ),
        "audience": "everyone",
        "age_group": T("For alle", "For alle"),
        "topics": ["psykisk-helse"],
        "image": "kaffe",
        "body": [
            paragraph(
                (
                    "Avtalene skal gjøre det trygt for alle. De bør være få, korte og skrevet med gruppas egne ord.",
                    "Avtalane skal gjere det trygt for alle. Dei bør vere få, korte og skrivne med gruppa sine eigne ord.",
                ),
            ),
            key_points(
                T("Eksempler på avtaler", "Døme på avtalar"),
                T("Det som blir sagt i gruppa, blir i gruppa", "Det som blir sagt i gruppa, blir i gruppa"),
                T(
                    "Vi snakker ut fra egne erfaringer, ikke gir råd",
                    "Vi snakkar ut frå eigne erfaringar, ikkje gir råd",
                ),
                T("Vi gir beskjed hvis vi ikke kommer", "Vi seier frå om vi ikkje kjem"),
                T("Alle får slippe til", "Alle får sleppe til"),
            ),
            questions(
                T("Når avtalene blir utfordret", "Når avtalane blir utfordra"),
                (
                    T("Hva gjør vi hvis noen bryter taushetsavtalen?", "Kva gjer vi om nokon bryt teieavtalen?"),
                    T(
                        "Snakk om det i gruppa så snart som mulig, og bli enige om veien videre.",
                        "Snakk om det i gruppa så snart som mogleg, og bli samde om vegen vidare.",
                    ),
                ),
            ),
        ],
    },
    {
        "section": 2,
        "slug": T("det-forste-motet", "det-forste-motet"),
        "title": T("Det første møtet", "Det første møtet"),
        "intro": T(
            "Det første møtet handler mest om å bli kjent. Slik kan dere legge det opp.",
            "Det første møtet handlar mest om å bli kjende. Slik kan de leggje det opp.",
        ),
        "audience": "everyone",
        "age_group": T("For alle", "For alle"),
        "topics": ["ensomhet"],
        "image": "sirkel",
        "body": [
            heading("En enkel plan", "Ein enkel plan"),
            key_points(
                T("", ""),
                T(
                    "Runde der alle sier navnet sitt og hvorfor de kom",
                    "Runde der alle seier namnet sitt og kvifor dei kom",
                ),
                T("Samtale om hva dere ønsker med gruppa", "Samtale om kva de ønskjer med gruppa"),
                T("Bli enige om avtaler, sted og tid", "Bli samde om avtalar, stad og tid"),
                T("Kort avslutningsrunde", "Kort avslutningsrunde"),
            ),
            quote(
                T(
                    "Vi var nervøse alle sammen. Det hjalp å si det høyt.",
                    "Vi var nervøse alle saman. Det hjelpte å seie det høgt.",
                ),
                T("Jonas", "Jonas"),
                T("startet en gruppe for unge voksne", "starta ei gruppe for unge vaksne"),
            ),
        ],
    },
    {
        "section": 3,
        "slug": T("stotte-uten-a-styre", "stotte-utan-a-styre"),
        "title": T("Støtte uten å styre", "Støtte utan å styre"),
        "intro": T(
            "Fagfolk kan gjøre mye for å få grupper i gang, men gruppa må eies av deltakerne.",
            "Fagfolk kan gjere mykje for å få grupper i gang, men gruppa må eigast av deltakarane.",
        ),
        "audience": "professionals",
        "age_group": T("Fagfolk", "Fagfolk"),
        "organisation": "kunnskapssenteret-for-selvhjelp",
        "topics": ["psykisk-helse", "kronisk-sykdom"],
        "image": "fjell",
        "body": [
            paragraph(
                (
                    "En god igangsetter hjelper gruppa med rom, informasjon og de første møtene, og trekker seg så tilbake.",
                    "Ein god igangsetjar hjelper gruppa med rom, informasjon og dei første møta, og trekkjer seg så attende.",
                ),
                (
                    "Det viktigste er å vise tillit til at deltakerne selv vet hva de trenger.",
                    "Det viktigaste er å vise tillit til at deltakarane sjølve veit kva dei treng.",
                ),
            ),
            facts(
                T("Roller i oppstarten", "Roller i oppstarten"),
                (
                    T("Frisklivssentral", "Frisklivssentral"),
                    T("Informerer og henviser deltakere", "Informerer og viser deltakarar vidare"),
                ),
                (
                    T("Frivilligsentral", "Frivilligsentral"),
                    T("Låner ut rom og sprer kunnskap", "Lånar ut rom og spreier kunnskap"),
                ),
                (T("Igangsetter", "Igangsetjar"), T("Er med de første møtene", "Er med på dei første møta")),
            ),
        ],
    },
    {
        "section": 3,
        "slug": T("henvise-til-selvhjelp", "vise-til-sjolvhjelp"),
        "title": T("Slik forteller du pasienter om selvhjelp", "Slik fortel du pasientar om sjølvhjelp"),
        "intro": T(
            "Et kort tips fra fastlegen eller sykepleieren kan være det som får noen til å prøve en gruppe.",
            "Eit kort tips frå fastlegen eller sjukepleiaren kan vere det som får nokon til å prøve ei gruppe.",
        ),
        "audience": "professionals",
        "age_group": T("Fagfolk", "Fagfolk"),
        "organisation": "kunnskapssenteret-for-selvhjelp",
        "topics": ["kronisk-sykdom", "kreft"],
        "image": "hender",
        "body": [
            key_points(
                T("Gode råd", "Gode råd"),
                T("Fortell at gruppa er gratis og frivillig", "Fortel at gruppa er gratis og frivillig"),
                T("Gi med en brosjyre eller en lenke", "Gi med ein brosjyre eller ei lenkje"),
                T("Spør igjen ved neste konsultasjon", "Spør att ved neste konsultasjon"),
            ),
            document(
                T("Brosjyre til pasienter", "Brosjyre til pasientar (på bokmål)"),
                T("Kan skrives ut og deles ut på venterommet.", "Kan skrivast ut og delast ut på venterommet."),
            ),
        ],
    },
    {
        # Left untranslated on purpose: shows the nynorsk visitor the bokmål fallback.
        "section": 3,
        "slug": T("selvhjelp-i-kommunen", "selvhjelp-i-kommunen"),
        "title": T("Selvhjelp som del av kommunens tilbud", "Selvhjelp som del av kommunens tilbud"),
        "intro": T(
            "Mange kommuner ser selvhjelpsgrupper som en viktig del av folkehelsearbeidet. Slik kan kommunen legge til rette.",
            "Mange kommuner ser selvhjelpsgrupper som en viktig del av folkehelsearbeidet. Slik kan kommunen legge til rette.",
        ),
        "audience": "professionals",
        "age_group": T("Fagfolk", "Fagfolk"),
        "organisation": "kunnskapssenteret-for-selvhjelp",
        "topics": ["ensomhet"],
        "image": "sti",
        "translate": False,
        "body": [
            paragraph(
                (
                    "Kommunen kan tilby gratis møterom, informere om grupper på nettsidene sine og samarbeide med frivillige organisasjoner.",
                    "Kommunen kan tilby gratis møterom, informere om grupper på nettsidene sine og samarbeide med frivillige organisasjoner.",
                ),
            ),
            key_points(
                T("Tiltak som virker", "Tiltak som virker"),
                T("Faste kontaktpersoner for selvhjelp", "Faste kontaktpersoner for selvhjelp"),
                T("Oversikt over grupper i kommunen", "Oversikt over grupper i kommunen"),
                T("Samarbeid med frivilligsentralen", "Samarbeid med frivilligsentralen"),
            ),
        ],
    },
]
