"""The generation (pagecache/generation.py) with a real Redis: a process knows it without asking while
it is unchanged, and learns of a change made by any other client at its next read."""

import shutil
import subprocess
import time

import pytest
import redis

from pagecache import generation as module
from pagecache.generation import GENERATION_KEY, generation, request_scope
from tests.helpers import free_port

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")


def start_redis(port):
    process = subprocess.Popen(  # noqa: S603 - a private Redis on loopback
        [shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            client.ping()
            return process
        except redis.ConnectionError:
            assert process.poll() is None, "redis-server stopped"
            time.sleep(0.05)
    raise AssertionError("redis-server did not answer")


@pytest.fixture
def shared_redis(settings):
    port = free_port()
    process = start_redis(port)
    url = f"redis://127.0.0.1:{port}/0"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "t",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},  # as in production
        }
    }
    settings.PAGE_CACHE_REDIS_URL = url
    module.watch.stop()
    holder = {"process": process, "port": port}
    yield holder
    module.watch.stop()
    holder["process"].terminate()
    holder["process"].wait(timeout=10)


def gets(client):
    return int(client.info("commandstats").get("cmdstat_get", {}).get("calls", 0))


def test_an_unchanged_generation_is_known_without_asking_and_a_change_is_seen_at_the_next_read(shared_redis):
    from django.core.cache import cache

    other_process = redis.Redis(port=shared_redis["port"])
    first = generation()
    assert isinstance(first, int)
    before = gets(other_process)
    assert [generation() for _ in range(5)] == [first] * 5
    assert gets(other_process) == before  # Redis was not asked

    other_process.set(cache.make_key(GENERATION_KEY), "12345")  # another app server invalidated
    assert generation() == 12345
    with request_scope():
        assert generation() == 12345
        other_process.set(cache.make_key(GENERATION_KEY), "678")
        assert generation() == 12345  # one value for the whole request
    assert generation() == 678


def test_a_bump_in_this_process_is_seen_at_once_and_a_restarted_redis_is_tracked_again(shared_redis):
    from pagecache.tags import bump_tags

    first = generation()
    bump_tags({"o1"})
    second = generation()
    assert second != first

    shared_redis["process"].terminate()
    shared_redis["process"].wait(timeout=10)
    assert generation() is None  # Redis is down: nothing is trusted
    shared_redis["process"] = start_redis(shared_redis["port"])
    third = generation()  # an empty Redis: a new generation
    assert isinstance(third, int)
    assert third not in (first, second)
    other_process = redis.Redis(port=shared_redis["port"])
    before = gets(other_process)
    assert generation() == third
    assert gets(other_process) == before
