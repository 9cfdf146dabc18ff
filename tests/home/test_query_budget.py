import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticlePageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db

PAGES = {
    "home": "/nb/",
    "nn_home": "/nn/",
    "section": "/nb/for-fagfolk/",
    "article": "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/",
    "nn_article": "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/",
    "nn_mirror": "/nn/for-fagfolk/selvhjelp-i-kommunen/",
}


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", PAGES)
def test_pages_stay_within_query_budget(client, django_assert_max_num_queries, name):
    client.get(PAGES[name])
    with django_assert_max_num_queries(10):  # measured: home 5, section 6-7, article 7-8
        assert client.get(PAGES[name]).status_code == 200


@pytest.mark.parametrize("name", ["home", "section"])
def test_query_count_does_not_grow_with_articles(client, name):
    before = count_queries(client, PAGES[name])
    parent = section("for-fagfolk")
    for _ in range(20):
        ArticlePageFactory(parent=parent, listing_image=None)
    assert count_queries(client, PAGES[name]) == before
