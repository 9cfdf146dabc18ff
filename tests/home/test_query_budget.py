import pytest

from tests.factories import ArticlePageFactory
from tests.helpers import queries_of, section

pytestmark = pytest.mark.django_db

PAGES = {
    "home": "/nb/",
    "nn_home": "/nn/",
    "section": "/nb/for-fagfolk/",
    "article": "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/",
    "nn_article": "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/",
    "nn_mirror": "/nn/for-fagfolk/selvhjelp-i-kommunen/",
}


@pytest.mark.parametrize("name", PAGES)
def test_pages_stay_within_query_budget(client, django_assert_max_num_queries, name):
    client.get(PAGES[name])
    with django_assert_max_num_queries(10):  # measured: home 5, section 6-7, article 7-8
        assert client.get(PAGES[name]).status_code == 200


@pytest.mark.parametrize("name", ["home", "section"])
def test_query_count_does_not_grow_with_articles(client, name):
    before = queries_of(client, PAGES[name])
    parent = section("for-fagfolk")
    for _ in range(20):
        ArticlePageFactory(parent=parent, listing_image=None)
    assert queries_of(client, PAGES[name]) == before
