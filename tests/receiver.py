"""A real HTTP receiver on this machine, for the webhooks' tests and journeys, and the consumer
examples of docs/examples/ loaded as the docs show them."""

import importlib.util
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings as django_settings


def example(name):
    """A consumer example of docs/examples/, loaded as the docs show it."""
    spec = importlib.util.spec_from_file_location(
        f"{name}_example", django_settings.BASE_DIR / f"docs/examples/{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Receiver:
    """A real HTTP server on this machine that records each request. ``answers`` are the status codes
    it gives, in turn (the last one repeats); "hang" answers nothing until the test ends."""

    def __init__(self):
        self.requests, self.answers, self.released = [], [204], threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                answer = receiver.answers.pop(0) if len(receiver.answers) > 1 else receiver.answers[0]
                if answer == "hang":
                    receiver.released.wait(30)
                    return
                self.send_response(answer)
                if answer in (301, 302, 307):
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    settings.WEBHOOK_ALLOW_PRIVATE = True  # the receiver is on this machine
    receiver = Receiver()
    yield receiver
    receiver.stop()
