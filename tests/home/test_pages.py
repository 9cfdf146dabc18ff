import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail_localize.models import StringSegment, TranslationSource

from directory.models import DirectoryPage
from home.blocks import CallToActionBlock, ImageBlock
from home.models import ArticlePage, HomePage, SectionPage
from tests.factories import ArticlePageFactory, TopicFactory
from tests.helpers import article, home, publish, section

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert HomePage.allowed_subpage_models() == [SectionPage, DirectoryPage]
    assert DirectoryPage.allowed_parent_page_models() == [HomePage]
    assert SectionPage.allowed_parent_page_models() == [HomePage]
    assert SectionPage.allowed_subpage_models() == [ArticlePage]
    assert ArticlePage.allowed_parent_page_models() == [SectionPage]
    assert ArticlePage.allowed_subpage_models() == []


def test_articles_can_only_be_created_in_sections():
    assert ArticlePage.can_create_at(section("for-fagfolk"))
    assert not ArticlePage.can_create_at(home())
    assert not SectionPage.can_create_at(section("for-fagfolk"))


def test_no_third_home_page():
    assert HomePage.objects.count() == 2
    assert not HomePage.can_create_at(home().get_parent())


@pytest.fixture
def every_block(db):
    """An article with one block of every kind, and the topic and metadata an article can have."""
    from wagtail_factories import DocumentFactory, ImageFactory

    from home.models import ArticlePageTopic

    image = ImageFactory(title="Ring")
    document = DocumentFactory(title="Brosjyre", file__filename="brosjyre.pdf", file_size=2048)
    target = ArticlePageFactory(parent=section("for-fagfolk"), title="Neste steg")
    page = ArticlePageFactory(
        parent=section("for-fagfolk"),
        title="Alle blokkene",
        audience="next_of_kin",
        age_group="Fra 18 år",
        body=[
            {"type": "heading", "value": {"text": "Et mellomtittel", "level": "h2"}},
            {"type": "key_points", "value": {"heading": "Kort fortalt", "points": ["Gratis", "Lukket"]}},
            {"type": "quote", "value": {"text": "Det hjalp å høre andre.", "first_name": "Kari", "context": ""}},
            {"type": "questions", "value": {"heading": "", "items": [{"question": "Koster det?", "answer": "<p>Nei.</p>"}]}},
            {"type": "image", "value": {"image": image.pk, "alt_text": "Stoler i ring", "decorative": False, "caption": "Et rom"}},
            {"type": "document", "value": {"document": document.pk, "title": "", "description": ""}},
            {"type": "call_to_action", "value": {"label": "Les videre", "text": "", "page": target.pk, "url": ""}},
            {"type": "facts", "value": {"caption": "Det du trenger", "rows": [{"label": "Et rom", "value": "Gratis"}]}},
        ],
    )  # fmt: skip
    ArticlePageTopic.objects.create(page=page, topic=TopicFactory(name="Samtale", slug="samtale"))
    return publish(page), target


def test_an_article_shows_every_kind_of_block(client, every_block):
    page, target = every_block
    html = client.get(page.url).content.decode()
    for shown in (
        "<h1>Alle blokkene</h1>",
        "<h2>Et mellomtittel</h2>",
        '<section class="key-points ds-card"',
        "<li>Lukket</li>",
        '<figure class="quote">',
        "Kari",
        "<summary>Koster det?</summary>",
        'alt="Stoler i ring"',
        "<figcaption>Et rom</figcaption>",
        '<span class="document-link__title">Brosjyre</span>',
        "(PDF, ",
        f'<a class="ds-button" href="{target.url}">',
        "<caption>Det du trenger</caption>",
        '<th scope="row">Et rom</th>',
    ):
        assert shown in html, shown


def test_an_article_shows_its_metadata_and_meta_tags(client, every_block):
    page, _target = every_block
    html = client.get(page.url).content.decode()
    assert "<dt>Aldersgruppe</dt>" in html and "<dd>Fra 18 år</dd>" in html
    assert "<dd>Pårørende</dd>" in html
    assert '?tema=samtale">Samtale</a>' in html
    assert "<dt>Sist oppdatert</dt>" in html
    assert "<title>Alle blokkene – Selvhjelp i Norge</title>" in html
    assert '<meta name="description" content="En kort ingress.">' in html
    assert '<meta property="og:title" content="Alle blokkene">' in html
    assert f'<link rel="canonical" href="http://127.0.0.1:8000{page.url}">' in html


@pytest.mark.parametrize(
    ("url", "shown", "not_shown"),
    [
        ("/nn/kva-er-sjolvhjelp/sjolvhjelp-og-einsemd/", ['?tema=ensomhet">Einsemd</a>', "Vi byrja som framande."], []),
        (
            "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/",
            [
                "<li>Fire til åtte deltakarar som møtest jamleg</li>",
                "<summary>Må eg seie noko på det første møtet?</summary>",
            ],
            ["Fire til åtte deltakere"],
        ),
    ],
)
def test_a_nynorsk_article_shows_its_topics_lists_and_answers_in_nynorsk(client, url, shown, not_shown):
    html = client.get(url).content.decode()
    assert all(text in html for text in shown), shown
    assert not any(text in html for text in not_shown)


def test_image_without_alt_text_is_refused_unless_decorative():
    image = get_image_model().objects.first()
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.id, "alt_text": "", "decorative": False, "caption": ""}))
    cleaned = block.clean(block.to_python({"image": image.id, "alt_text": "", "decorative": True, "caption": ""}))
    assert cleaned["decorative"] is True


def test_decorative_image_renders_with_empty_alt():
    image = get_image_model().objects.first()
    block = ImageBlock()
    html = block.render(block.to_python({"image": image.id, "alt_text": "", "decorative": True, "caption": ""}))
    assert 'alt=""' in html


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Les", "text": "", "page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Les", "text": "", "page": home().id, "url": "https://a.example/"}))


def test_section_lists_its_articles_as_cards(client):
    html = client.get("/nb/hva-er-selvhjelp/").content.decode()
    assert "4 artikler" in html
    assert html.count('<article class="ds-card"') == 4


def test_section_filters_by_topic(client):
    html = client.get("/nb/hva-er-selvhjelp/", {"tema": "ensomhet"}).content.decode()
    assert "3 artikler" in html
    assert "Selvhjelp når du føler deg ensom" in html
    assert "Hvorfor virker selvhjelp?" not in html


def test_section_filters_by_audience(client):
    html = client.get("/nb/hva-er-selvhjelp/", {"malgruppe": "affected"}).content.decode()
    # Articles for everyone are included with those for people in a difficult situation.
    assert "4 artikler" in html
    html = client.get("/nb/for-fagfolk/", {"malgruppe": "next_of_kin"}).content.decode()
    assert "0 artikler" in html
    assert "Ingen artikler passer med disse filtrene." in html


def test_section_filters_combine(client):
    html = client.get("/nn/kva-er-sjolvhjelp/", {"tema": "kronisk-sykdom", "malgruppe": "affected"}).content.decode()
    assert "1 artikkel" in html
    assert "Kven kan bli med i ei gruppe?" in html


@pytest.mark.parametrize(
    "params",
    [{"tema": "finnes-ikke"}, {"malgruppe": "<script>"}, {"tema": "x" * 5000}, {"side": "abc"}, {"side": "-1"}],
)
def test_unknown_filters_and_bad_pages_give_a_normal_page(client, params):
    response = client.get("/nb/hva-er-selvhjelp/", params)
    assert response.status_code == 200
    html = response.content.decode()
    if "tema" in params or "malgruppe" in params:
        assert "Vi kjente ikke igjen et av filtrene" in html
        assert "4 artikler" in html
    assert "<script>" not in html


def test_section_paginates(client):
    parent = section("for-fagfolk")
    for _ in range(10):
        ArticlePageFactory(parent=parent)
    html = client.get("/nb/for-fagfolk/").content.decode()
    assert "13 artikler" in html
    assert html.count('<article class="ds-card"') == 9
    html = client.get("/nb/for-fagfolk/", {"side": 2}).content.decode()
    assert html.count('<article class="ds-card"') == 4


def test_home_has_hero_sections_and_newest_articles(client):
    html = client.get("/nn/").content.decode()
    assert "<h1>Du er ikkje åleine</h1>" in html
    assert "Start ei gruppe" in html
    assert "Nyaste artiklar" in html


def test_search_description_is_preferred_for_meta_description(client):
    page = article("sorg-etter-et-dodsfall")
    page.search_description = "Egen beskrivelse for søkemotorer."
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Egen beskrivelse for søkemotorer.">' in html


def test_drafts_are_not_public(client):
    page = ArticlePageFactory(parent=section("for-fagfolk"), live=False, slug="utkast")
    assert client.get(page.url or "/nb/for-fagfolk/utkast/").status_code == 404


def test_a_topic_translated_with_wagtail_localize_keeps_its_slug(nb, nn, django_capture_on_commit_callbacks):
    """Filter links (?tema=felles) work in both forms: a translator gets the name and description to
    translate, never the slug, and a changed slug reaches the nynorsk topic on the next sync."""
    topic = TopicFactory(slug="felles", name="Felles tema")
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    assert set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True)) == {"name"}
    with django_capture_on_commit_callbacks(execute=True):
        translated, _created = source.create_or_update_translation(nn, fallback=True)
    assert translated.slug == "felles"
    topic.slug = "nytt-namn"
    topic.save()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translated, _created = source.create_or_update_translation(nn, fallback=True)
    assert translated.slug == "nytt-namn"


def test_the_home_page_title_names_the_site_once_and_its_tiles_have_no_empty_paragraphs(client):
    html = client.get("/nb/").content.decode()
    assert "<title>Selvhjelp i Norge</title>" in html
    assert not re.search(r"<p[^>]*>\s*</p>", html)


def test_dates_in_time_elements_are_valid_without_microseconds(client):
    page = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    html = client.get(page.url).content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)">', html)
    assert stamps
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d{4})?", stamp) for stamp in stamps), stamps
