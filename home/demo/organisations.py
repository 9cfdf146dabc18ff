"""Demo directory: fictional organisations and contact persons, in bokmål and nynorsk.

Names of people are invented; e-mail addresses use the reserved .example domain and phone numbers
start with 000, which no Norwegian number does.
"""

from .content import T

DIRECTORY_PAGE = {
    "title": T("Finn hjelp", "Finn hjelp"),
    "slug": T("finn-hjelp", "finn-hjelp"),
    "intro": T(
        "Finn selvhjelpsgrupper, frisklivssentraler, frivilligsentraler og foreninger der du bor. "
        "Organisasjonene og personene her er oppdiktede eksempler.",
        "Finn sjølvhjelpsgrupper, frisklivssentralar, frivilligsentralar og foreiningar der du bur. "
        "Organisasjonane og personane her er oppdikta døme.",
    ),
}

DESCRIPTIONS = {
    "national_centre": T(
        "Samler og deler kunnskap om selvorganisert selvhjelp, og hjelper kommuner og organisasjoner med å få grupper i gang.",
        "Samlar og deler kunnskap om sjølvorganisert sjølvhjelp, og hjelper kommunar og organisasjonar med å få grupper i gang.",
    ),
    "association": T(
        "En forening med samtalegrupper og likepersoner for deg som kjenner {topic_nb} på kroppen.",
        "Ei foreining med samtalegrupper og likepersonar for deg som kjenner {topic_nn} på kroppen.",
    ),
    "healthy_life_centre": T(
        "Frisklivssentralen i {place} gir veiledning og kurs, og hjelper deg å finne en gruppe som passer.",
        "Frisklivssentralen i {place} gir rettleiing og kurs, og hjelper deg å finne ei gruppe som passar.",
    ),
    "learning_coping_centre": T(
        "Lærings- og mestringssenteret tilbyr kurs for pasienter og pårørende i {place}.",
        "Lærings- og meistringssenteret tilbyr kurs for pasientar og pårørande i {place}.",
    ),
    "volunteer_centre": T(
        "En møteplass for frivillige i {place}, som også låner ut rom til selvhjelpsgrupper.",
        "Ein møtestad for frivillige i {place}, som også lånar ut rom til sjølvhjelpsgrupper.",
    ),
    "self_help_network": T(
        "Et nettverk som hjelper nye selvhjelpsgrupper i gang i {place}.",
        "Eit nettverk som hjelper nye sjølvhjelpsgrupper i gang i {place}.",
    ),
    "self_help_group": T(
        "En selvhjelpsgruppe i {place} om {topic_nb}. Nye deltakere er velkomne.",
        "Ei sjølvhjelpsgruppe i {place} om {topic_nn}. Nye deltakarar er velkomne.",
    ),
}

HOW_TO_TAKE_PART = {
    "national_centre": T(
        "Ta kontakt på e-post eller telefon. Vi svarer innen to arbeidsdager.",
        "Ta kontakt på e-post eller telefon. Vi svarar innan to arbeidsdagar.",
    ),
    "association": T(
        "Meld deg på en samtalegruppe, eller ring oss for en prat først.",
        "Meld deg på ei samtalegruppe, eller ring oss for ein prat først.",
    ),
    "healthy_life_centre": T(
        "Du trenger ingen henvisning. Ring eller send e-post, så avtaler vi en første samtale.",
        "Du treng inga tilvising. Ring eller send e-post, så avtalar vi ein første samtale.",
    ),
    "learning_coping_centre": T(
        "Se kurskalenderen og meld deg på. Pårørende er velkomne.",
        "Sjå kurskalenderen og meld deg på. Pårørande er velkomne.",
    ),
    "volunteer_centre": T(
        "Stikk innom i åpningstiden, eller ring for å låne rom til gruppa di.",
        "Stikk innom i opningstida, eller ring for å låne rom til gruppa di.",
    ),
    "self_help_network": T(
        "Vil du starte en gruppe? Ta kontakt, så hjelper vi deg med rom og de første møtene.",
        "Vil du starte ei gruppe? Ta kontakt, så hjelper vi deg med rom og dei første møta.",
    ),
    "self_help_group": T(
        "Send en e-post til kontaktpersonen før du kommer første gang.",
        "Send ein e-post til kontaktpersonen før du kjem første gongen.",
    ),
}

MEETINGS = [
    T("Annenhver tirsdag kl. 18.00", "Annakvar tysdag kl. 18.00"),
    T("Hver torsdag kl. 17.30", "Kvar torsdag kl. 17.30"),
    T("Første mandag i måneden kl. 19.00", "Første måndag i månaden kl. 19.00"),
]

TOPIC_PHRASES = {
    "sorg": T("sorg", "sorg"),
    "avhengighet-i-familien": T("avhengighet i familien", "avhengigheit i familien"),
    "psykisk-helse": T("psykiske plager", "psykiske plager"),
    "kreft": T("kreft", "kreft"),
    "ensomhet": T("ensomhet", "einsemd"),
    "kronisk-sykdom": T("kronisk sykdom", "kronisk sjukdom"),
}

ROLES = {
    "national_centre": [T("Rådgiver", "Rådgivar"), T("Kommunikasjonsansvarlig", "Kommunikasjonsansvarleg")],
    "association": [T("Likepersonskoordinator", "Likepersonskoordinator"), T("Daglig leder", "Dagleg leiar")],
    "healthy_life_centre": [T("Frisklivsveileder", "Frisklivsrettleiar"), T("Fysioterapeut", "Fysioterapeut")],
    "learning_coping_centre": [T("Rådgiver", "Rådgivar"), T("Kurskoordinator", "Kurskoordinator")],
    "volunteer_centre": [T("Daglig leder", "Dagleg leiar"), T("Frivilligkoordinator", "Frivilligkoordinator")],
    "self_help_network": [T("Igangsetter", "Igangsetjar"), T("Nettverkskoordinator", "Nettverkskoordinator")],
    "self_help_group": [T("Kontaktperson for gruppa", "Kontaktperson for gruppa"), T("Medhjelper", "Medhjelpar")],
}

FIRST_NAMES = [
    "Ingrid", "Ola", "Sigrid", "Håkon", "Astrid", "Eirik", "Solveig", "Torbjørn", "Live", "Magnus",
    "Ragnhild", "Sindre", "Tuva", "Vegard", "Hedda", "Joakim", "Marte", "Eivind", "Synnøve", "Aksel",
    "Frøydis", "Gaute", "Oda", "Trygve", "Embla", "Halvard", "Ylva", "Kasper", "Åse", "Stig",
]  # fmt: skip
LAST_NAMES = [
    "Bakkehaug", "Lidtveit", "Fjellvang", "Solbakken", "Nyhus", "Tverrli", "Kvernmo", "Holtet", "Myrvang", "Engeset",
    "Stornes", "Brekkhus", "Lundgård", "Skarvik", "Håland", "Vikøren", "Dalsrud", "Grinde", "Moberg", "Teigen",
]  # fmt: skip

# slug, nb name, nn name, type, area, served (county or municipality numbers), postal code, topics
ORGANISATIONS = [
    ("kunnskapssenteret-for-selvhjelp", "Kunnskapssenteret for selvhjelp", "Kunnskapssenteret for sjølvhjelp",
     "national_centre", "national", [], "0010", ["psykisk-helse", "ensomhet", "kronisk-sykdom"]),
    ("rus-og-familie", "Pårørendeforeningen Rus og familie", "Pårørandeforeininga Rus og familie",
     "association", "national", [], "0010", ["avhengighet-i-familien"]),
    ("etterlatte-sammen", "Etterlatte sammen", "Etterlatne saman",
     "association", "national", [], "5003", ["sorg"]),
    ("leve-med-kreft", "Foreningen Leve med kreft", "Foreininga Leve med kreft",
     "association", "national", [], "7010", ["kreft"]),
    ("hverdag-med-kronisk-sykdom", "Hverdag med kronisk sykdom", "Kvardag med kronisk sjukdom",
     "association", "national", [], "2315", ["kronisk-sykdom"]),
    ("selvhjelp-buskerud", "Selvhjelp Buskerud", "Sjølvhjelp Buskerud",
     "self_help_network", "counties", ["33"], "3004", ["psykisk-helse", "ensomhet"]),
    ("selvhjelp-vestland", "Selvhjelp Vestland", "Sjølvhjelp Vestland",
     "self_help_network", "counties", ["46"], "5003", ["psykisk-helse"]),
    ("selvhjelp-trondelag", "Selvhjelp Trøndelag", "Sjølvhjelp Trøndelag",
     "self_help_network", "counties", ["50"], "7010", ["psykisk-helse", "sorg"]),
    ("selvhjelp-nord", "Selvhjelp Nord", "Sjølvhjelp Nord",
     "self_help_network", "counties", ["55", "56"], "9006", ["ensomhet"]),
    ("lms-innlandet", "Lærings- og mestringssenteret Innlandet", "Lærings- og meistringssenteret Innlandet",
     "learning_coping_centre", "counties", ["34"], "2315", ["kronisk-sykdom", "kreft"]),
    ("parorende-agder", "Pårørendeforeningen Agder", "Pårørandeforeininga Agder",
     "association", "counties", ["42"], "4608", ["avhengighet-i-familien"]),
    ("lms-nordland", "Lærings- og mestringssenteret Nordland", "Lærings- og meistringssenteret Nordland",
     "learning_coping_centre", "counties", ["18"], "8003", ["kronisk-sykdom"]),
    ("selvhjelp-vestfold-telemark", "Selvhjelp Vestfold og Telemark", "Sjølvhjelp Vestfold og Telemark",
     "self_help_network", "counties", ["39", "40"], "3110", ["psykisk-helse"]),
    ("frisklivssentralen-nesbyen", "Frisklivssentralen i Nesbyen", "Frisklivssentralen i Nesbyen",
     "healthy_life_centre", "municipalities", ["3322"], "3540", ["psykisk-helse", "kronisk-sykdom"]),
    ("hallingdal-frivilligsentral", "Hallingdal frivilligsentral", "Hallingdal frivilligsentral",
     "volunteer_centre", "municipalities", ["3320", "3322", "3324", "3326", "3328", "3330"], "3550", ["ensomhet"]),
    ("sorggruppa-nesbyen", "Sorggruppa i Nesbyen", "Sorggruppa i Nesbyen",
     "self_help_group", "municipalities", ["3322"], "3540", ["sorg"]),
    ("frivilligsentralen-akerselva", "Frivilligsentralen Akerselva", "Frivilligsentralen Akerselva",
     "volunteer_centre", "municipalities", ["0301"], "0010", ["ensomhet"]),
    ("parorendegruppa-oslo", "Pårørendegruppa i Oslo", "Pårørandegruppa i Oslo",
     "self_help_group", "municipalities", ["0301"], "0010", ["avhengighet-i-familien"]),
    ("frisklivssentralen-bergen", "Frisklivssentralen i Bergen", "Frisklivssentralen i Bergen",
     "healthy_life_centre", "municipalities", ["4601"], "5003", ["psykisk-helse"]),
    ("samtalegruppe-ensomhet-bergen", "Samtalegruppe om ensomhet i Bergen", "Samtalegruppe om einsemd i Bergen",
     "self_help_group", "municipalities", ["4601"], "5003", ["ensomhet"]),
    ("frisklivssentralen-trondheim", "Frisklivssentralen i Trondheim", "Frisklivssentralen i Trondheim",
     "healthy_life_centre", "municipalities", ["5001"], "7010", ["psykisk-helse", "kronisk-sykdom"]),
    ("kreftgruppa-trondheim", "Kreftgruppa i Trondheim", "Kreftgruppa i Trondheim",
     "self_help_group", "municipalities", ["5001"], "7010", ["kreft"]),
    ("frivilligsentralen-tromso", "Frivilligsentralen i Tromsø", "Frivilligsentralen i Tromsø",
     "volunteer_centre", "municipalities", ["5501"], "9006", ["ensomhet"]),
    ("frisklivssentralen-bodo", "Frisklivssentralen i Bodø", "Frisklivssentralen i Bodø",
     "healthy_life_centre", "municipalities", ["1804"], "8003", ["kronisk-sykdom"]),
    ("selvhjelpsnettverket-kristiansand", "Selvhjelpsnettverket Kristiansand", "Sjølvhjelpsnettverket Kristiansand",
     "self_help_network", "municipalities", ["4204"], "4608", ["psykisk-helse"]),
    ("frisklivssentralen-stavanger", "Frisklivssentralen i Stavanger", "Frisklivssentralen i Stavanger",
     "healthy_life_centre", "municipalities", ["1103"], "4005", ["psykisk-helse"]),
    ("frivilligsentralen-skien", "Frivilligsentralen i Skien", "Frivilligsentralen i Skien",
     "volunteer_centre", "municipalities", ["4003"], "3710", ["ensomhet"]),
    ("sorggruppa-drammen", "Sorggruppa i Drammen", "Sorggruppa i Drammen",
     "self_help_group", "municipalities", ["3301"], "3004", ["sorg"]),
    ("frisklivssentralen-fredrikstad", "Frisklivssentralen i Fredrikstad", "Frisklivssentralen i Fredrikstad",
     "healthy_life_centre", "municipalities", ["3107"], "1604", ["kronisk-sykdom"]),
    ("frivilligsentralen-volda", "Frivilligsentralen i Volda", "Frivilligsentralen i Volda",
     "volunteer_centre", "municipalities", ["1577"], "6100", ["ensomhet"]),
    ("parorendegruppa-alta", "Pårørendegruppa i Alta", "Pårørandegruppa i Alta",
     "self_help_group", "municipalities", ["5601"], "9510", ["avhengighet-i-familien"]),
    ("frisklivssentralen-lorenskog", "Frisklivssentralen i Lørenskog", "Frisklivssentralen i Lørenskog",
     "healthy_life_centre", "municipalities", ["3222"], "1461", ["psykisk-helse"]),
    ("mestringsgruppa-gol", "Mestringsgruppa i Gol", "Meistringsgruppa i Gol",
     "self_help_group", "municipalities", ["3324"], "3550", ["kronisk-sykdom"]),
]  # fmt: skip

# The last group has stopped: it stays in the admin but nowhere public.
INACTIVE = {"mestringsgruppa-gol"}

# Two partner editors, each allowed to edit only their own organisation and the pages of its own
# section (its part of the page tree).
EDITORS = [
    ("redaktor.nesbyen", "frisklivssentralen-nesbyen"),
    ("redaktor.bergen", "frisklivssentralen-bergen"),
]

EDITOR_SECTION_INTRO = T(
    "Artikler skrevet av {name}.",
    "Artiklar skrivne av {name}.",
)
