from home.models import ArticlePage, HomePage, SectionPage


def home(language="nb"):
    return HomePage.objects.get(locale__language_code=language)


def section(slug, language="nb"):
    return SectionPage.objects.get(slug=slug, locale__language_code=language)


def article(slug, language="nb"):
    return ArticlePage.objects.get(slug=slug, locale__language_code=language)


def publish(page):
    page.save_revision().publish()
    return page
