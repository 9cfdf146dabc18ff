import pytest

from tests.factories import ArticlePageFactory
from tests.helpers import ADDRESSES, queries_of, section

pytestmark = pytest.mark.django_db

PAGES = {name: ADDRESSES[name] for name in ("home", "nn_home", "section", "article", "nn_article", "nn_mirror")}


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
