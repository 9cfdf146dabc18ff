import socket

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import ArticlePage, HomePage, SectionPage

# The demo content's grief article (it shows a contact card) and the organisation behind the card.
ARTICLE_NB = "/nb/for-parorende/sorg-etter-et-dodsfall/"
ARTICLE_NN = "/nn/for-parorande/sorg-etter-eit-dodsfall/"
DETAIL_NB = "/nb/finn-hjelp/etterlatte-sammen/"

# Addresses of the demo content that the query budgets visit, by name.
ADDRESSES = {
    "home": "/nb/",
    "nn_home": "/nn/",
    "section": "/nb/for-fagfolk/",
    "article": "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/",
    "nn_article": "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/",
    "nn_mirror": "/nn/for-fagfolk/selvhjelp-i-kommunen/",
    "list": "/nb/finn-hjelp/",
    "list_by_postal_code": "/nb/finn-hjelp/?postnummer=3540",
    "list_by_county": "/nb/finn-hjelp/?fylke=33&tema=sorg",
    "detail": "/nb/finn-hjelp/frisklivssentralen-nesbyen/",
}

# The admin's listings of the directory's snippets.
ORGS = "/admin/snippets/directory/organisation/"
PEOPLE = "/admin/snippets/directory/contactperson/"


def home(language="nb"):
    return HomePage.objects.get(locale__language_code=language)


def section(slug, language="nb"):
    return SectionPage.objects.get(slug=slug, locale__language_code=language)


def article(slug, language="nb"):
    return ArticlePage.objects.get(slug=slug, locale__language_code=language)


def publish(page):
    page.save_revision().publish()
    return page


def free_port():
    """A loopback port nothing listens on, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def queries_of(client, url):
    """The number of database queries a GET of ``url`` costs once per-process caches are warm (site
    root paths, content types), as on a running server; the answer must be a 200."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


def run_queued_tasks():
    """Work the database task queue as the worker beside the server does (``db_worker`` itself closes
    the database connection, which would end a test's transaction): the tasks due now, in order."""
    from django_tasks_db.models import DBTaskResult

    for result in DBTaskResult.objects.ready().order_by("enqueued_at"):
        result.claim("test")
        result.set_successful(result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"]))
