"""Page cache hits answered before Django runs (pagecache/wsgi.py), as gunicorn calls the site."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import close_old_connections
from django.test.client import RequestFactory

from pagecache.wsgi import PageCacheWSGIApplication

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

ARTICLE = "/nb/for-parorende/sorg-etter-et-dodsfall/"
API_LIST = "/api/v2/organisations/?postal_code=3540"


class Recorder:
    """Django's WSGI handler, counting the requests that reach it.

    Like Django's test client, it keeps the test's database connection: a real request would close
    old connections first, and on PostgreSQL that is the test's open transaction."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        request_started.disconnect(close_old_connections)
        try:
            return self.handler(environ, start_response)
        finally:
            request_started.connect(close_old_connections)


def call(app, method, path, **headers):
    environ = RequestFactory().generic(method, path, **headers).environ
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = {name.lower(): value for name, value in response_headers}

    body = b"".join(app(environ, start_response))
    return answer["status"], answer["headers"], body


@pytest.fixture
def site():
    django = Recorder()
    return PageCacheWSGIApplication(django), django


def test_a_hit_is_answered_without_django_with_the_headers_of_the_first_answer(site):
    app, django = site
    status, first_headers, first_body = call(app, "GET", ARTICLE)
    assert (status, first_headers["x-page-cache"], django.calls) == ("200 OK", "miss", 1)
    status, headers, body = call(app, "GET", ARTICLE)
    assert (status, headers["x-page-cache"], django.calls) == ("200 OK", "hit", 1)
    assert body == first_body
    for name in ("content-security-policy", "x-content-type-options", "referrer-policy", "etag", "cache-control"):
        assert headers[name] == first_headers[name]


def test_a_hit_answers_304_to_a_matching_etag_and_no_body_to_head(site):
    app, django = site
    _status, headers, _body = call(app, "GET", ARTICLE)
    status, _headers, body = call(app, "GET", ARTICLE, HTTP_IF_NONE_MATCH=headers["etag"])
    assert (status, body) == ("304 Not Modified", b"")
    status, head_headers, body = call(app, "HEAD", ARTICLE)
    assert (status, head_headers["x-page-cache"], body) == ("200 OK", "hit", b"")
    assert django.calls == 1


def test_a_hit_gets_cors_for_its_own_origin(site, settings):
    app, _django = site
    call(app, "GET", API_LIST)
    _status, headers, _body = call(app, "GET", API_LIST, HTTP_ORIGIN="https://kommune.example")
    assert headers["x-page-cache"] == "hit"
    assert headers["access-control-allow-origin"] == "*"
    _status, headers, _body = call(app, "GET", API_LIST)
    assert "access-control-allow-origin" not in headers


def test_editors_and_unknown_hosts_always_reach_django(site, settings):
    app, django = site
    call(app, "GET", ARTICLE)
    _status, headers, _body = call(app, "GET", ARTICLE, HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=abc")
    assert "private" in headers["cache-control"]
    status, _headers, _body = call(app, "GET", ARTICLE, HTTP_HOST="evil.example")
    assert status.startswith("400")
    assert django.calls == 3


def test_plain_http_is_sent_to_https_by_django_even_when_a_hit_is_stored(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    django = Recorder()
    app = PageCacheWSGIApplication(django)
    call(app, "GET", ARTICLE, HTTP_X_FORWARDED_PROTO="https")
    _status, headers, _body = call(app, "GET", ARTICLE, HTTP_X_FORWARDED_PROTO="https")
    assert (headers["x-page-cache"], django.calls) == ("hit", 1)
    status, headers, _body = call(app, "GET", ARTICLE)
    assert status.startswith("301")
    assert headers["location"] == f"https://testserver{ARTICLE}"
    assert django.calls == 2


def test_a_plain_hit_is_the_same_answer_the_per_request_middleware_would_give(site, settings):
    app, _django = site
    call(app, "GET", API_LIST)
    plain = call(app, "GET", API_LIST)
    # The same entry through CORS and conditional GET (the path a request with an Origin takes).
    settings.PAGE_CACHE_PER_REQUEST_HEADERS = ["HTTP_ACCEPT"]
    through_middleware = call(app, "GET", API_LIST, HTTP_ACCEPT="*/*")
    assert plain == through_middleware
    assert plain[1]["x-page-cache"] == "hit"
    assert "origin" in plain[1]["vary"].lower()


def test_a_hit_asks_the_shared_cache_once_and_an_invalidation_reaches_the_local_copy(site, monkeypatch):
    from django.core.cache import cache

    from pagecache.tags import bump_tags

    app, django = site
    call(app, "GET", API_LIST)
    call(app, "GET", API_LIST)  # checked against its tags, now kept by the process
    reads = []
    for name in ("get", "get_many"):
        original = getattr(cache, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            reads.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(cache, name, counted)
    status, headers, _body = call(app, "GET", API_LIST)
    assert (status, headers["x-page-cache"], reads) == ("200 OK", "hit", ["get"])  # the generation only
    bump_tags({"Lo"})  # another process published an organisation
    _status, headers, _body = call(app, "GET", API_LIST)
    assert headers["x-page-cache"] == "miss"
    assert django.calls == 2
