"""The Varnish configuration in deploy/varnish/default.vcl, run for real in front of a small backend
that answers the way the app does: it keeps what the app marks as shareable, never what is meant
for one person, hides the tags, and drops exactly the tagged objects that a ban names.

Skipped where varnishd is not installed (.ci/run installs it).
"""

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pagecache.varnish import VarnishBackend
from tests.helpers import free_port

pytestmark = pytest.mark.skipif(shutil.which("varnishd") is None, reason="varnishd is not installed")

VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"
# What the backend answers for each path: (tags or None for "not shareable", extra headers).
RESPONSES = {
    "/nb/artikkel/": (",p12,o3,", {}),
    "/nb/annen/": (",p13,", {}),
    "/api/v2/pages/": (",Lpages,", {"Cache-Control": "public, max-age=60"}),
    "/nb/privat/": (None, {"Cache-Control": "private"}),
    "/nb/med-cookie/": (",p14,", {"Set-Cookie": "csrftoken=x"}),
    "/admin/": (",p15,", {}),
}


class Backend(BaseHTTPRequestHandler):
    hits = {}

    def do_GET(self):  # noqa: N802 - the http.server name
        Backend.hits[self.path] = Backend.hits.get(self.path, 0) + 1
        tags, headers = RESPONSES.get(self.path, (None, {}))
        body = f"{self.path} #{Backend.hits[self.path]}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if tags:
            self.send_header("Surrogate-Control", "max-age=86400")
            self.send_header("X-Cache-Tags", tags)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def varnish(tmp_path_factory):
    work = tmp_path_factory.mktemp("varnish")
    # varnishd's worker process drops root for its own user, which must be able to read this folder.
    for folder in (work, *work.parents[:3]):
        folder.chmod(folder.stat().st_mode | 0o055)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Backend)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    vcl = work / "test.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{server.server_port}";'))
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - varnishd with our own configuration
        [
            shutil.which("varnishd"),
            "-F",
            "-n",
            str(work / "state"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        assert process.poll() is None, "varnishd stopped; run it by hand with this VCL to see why"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)
    server.shutdown()


def get(base, path, **headers):
    request = urllib.request.Request(base + path, headers=headers)  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.headers, response.read().decode()


def test_shareable_answers_are_served_from_varnish_without_tags(varnish):
    first, body = get(varnish, "/nb/artikkel/")
    second, again = get(varnish, "/nb/artikkel/")
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert body == again
    assert "X-Cache-Tags" not in second and "Surrogate-Control" not in second


def test_api_answers_keep_their_browser_lifetime(varnish):
    get(varnish, "/api/v2/pages/")
    headers, _body = get(varnish, "/api/v2/pages/")
    assert headers["X-Cache"] == "HIT"
    assert headers["Cache-Control"] == "public, max-age=60"


@pytest.mark.parametrize("path", ["/nb/privat/", "/nb/med-cookie/", "/admin/"])
def test_personal_answers_and_the_admin_are_never_kept(varnish, path):
    get(varnish, path)
    headers, _body = get(varnish, path)
    assert headers["X-Cache"] == "MISS"


def test_logged_in_editors_always_reach_the_app(varnish):
    get(varnish, "/nb/annen/")
    headers, _body = get(varnish, "/nb/annen/", Cookie="sessionid=abc; sprak=nn")
    assert headers["X-Cache"] == "MISS"
    headers, _body = get(varnish, "/nb/annen/", Cookie="sprak=nn")  # other cookies do not matter
    assert headers["X-Cache"] == "HIT"


def test_a_ban_drops_exactly_the_objects_with_the_tag(varnish):
    get(varnish, "/nb/artikkel/")
    get(varnish, "/nb/annen/")
    VarnishBackend({"LOCATION": varnish}).ban_tags({"o3"})  # an organisation shown in the article
    article, _body = get(varnish, "/nb/artikkel/")
    other, _body = get(varnish, "/nb/annen/")
    assert article["X-Cache"] == "MISS"
    assert other["X-Cache"] == "HIT"


def test_a_tag_does_not_match_a_longer_one(varnish):
    get(varnish, "/nb/artikkel/")  # tagged p12
    VarnishBackend({"LOCATION": varnish}).ban_tags({"p1"})
    headers, _body = get(varnish, "/nb/artikkel/")
    assert headers["X-Cache"] == "HIT"


def test_wagtail_purge_of_a_page_address_works(varnish):
    get(varnish, "/nb/annen/")
    VarnishBackend({"LOCATION": varnish}).purge(f"{varnish}/nb/annen/")
    headers, _body = get(varnish, "/nb/annen/")
    assert headers["X-Cache"] == "MISS"


def test_malformed_bans_are_refused(varnish):
    request = urllib.request.Request(varnish + "/", method="BAN", headers={"X-Ban-Tags": ".*"})  # noqa: S310
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=5)  # noqa: S310
    assert error.value.code == 400
