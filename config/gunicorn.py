"""gunicorn settings for `make serve` and production (`gunicorn -c config/gunicorn.py`).

Threaded workers keep HTTP keep-alive connections from a load balancer or Varnish. The access log
names no client address and no query string: those are personal data (search words, postal codes),
and its path goes through the same redaction as the application's logs (an e-mail address, phone
number or postal code in a path is removed).
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 5
timeout = 30
graceful_timeout = 20
# A worker is replaced after this many requests (a few minutes at full load), so memory cannot creep.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "200000"))
max_requests_jitter = max_requests // 10
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)sB %(M)sms'
logger_class = "core.logging.RedactingLogger"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
