"""The ceiling of a Python app server on this machine: a bare WSGI app answering a 10 KB page. `make
bench` serves it with the site's own gunicorn settings and reports every figure as a share of it."""

BODY = (b"<!DOCTYPE html><title>bare</title>" + b"<p>" + b"x" * 10_200 + b"</p>")[:10_240]
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
