"""Starts and stops the production stack on loopback for `make bench` and `make loadtest`:
PostgreSQL (a private cluster), Redis, gunicorn (production settings) and Varnish.

Every process started here is stopped again, also when the run fails or is interrupted.
"""

import atexit
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("BENCH_DIR", "/tmp/selvhjelp-bench"))
PG_PORT = int(os.environ.get("BENCH_PG_PORT", "54331"))
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", "63791"))
APP_PORT = int(os.environ.get("BENCH_APP_PORT", "8011"))
VARNISH_PORT = int(os.environ.get("BENCH_VARNISH_PORT", "6091"))
DATABASE = "selvhjelp_bench"  # demo content and the scaled data set
DEMO_DATABASE = "selvhjelp_bench_demo"  # demo content only


def pg_bin(name):
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    if not versions:
        sys.exit("PostgreSQL is not installed (apt-get install postgresql).")
    return str(versions[0] / name)


def as_postgres(command):
    """initdb and pg_ctl refuse to run as root: run them as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Stack:
    def __init__(self):
        self.processes = {}
        self.pg_started = False
        WORK.mkdir(parents=True, exist_ok=True)
        atexit.register(self.stop_all)
        signal.signal(signal.SIGTERM, lambda *args: sys.exit(1))

    # --- services ---------------------------------------------------------------------------------
    @property
    def database_url(self):
        return os.environ.get("BENCH_DATABASE_URL") or f"postgres://postgres@127.0.0.1:{PG_PORT}/{DATABASE}"

    # The data sets of `make bench`: {(database, data set): DATABASE_URL}.
    @property
    def databases(self):
        postgres = f"postgres://postgres@127.0.0.1:{PG_PORT}/"
        return {
            ("PostgreSQL", "demo"): postgres + DEMO_DATABASE,
            ("PostgreSQL", "scaled"): postgres + DATABASE,
            ("SQLite", "demo"): f"sqlite:///{WORK / 'demo.sqlite3'}",
            ("SQLite", "scaled"): f"sqlite:///{WORK / 'scaled.sqlite3'}",
        }

    @property
    def pg_data(self):
        return WORK / "pg"

    pg_options = f"-p {PG_PORT} -k {WORK} -c listen_addresses=127.0.0.1"
    pg_log = WORK / "pg.log"

    def start_postgres(self):
        if os.environ.get("BENCH_DATABASE_URL"):
            return
        data = self.pg_data
        if not (data / "PG_VERSION").exists():
            data.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(data, "postgres", "postgres")
                shutil.chown(WORK, "postgres", "postgres")
            subprocess.run(
                as_postgres([pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        self.pg_ctl(
            "start", "-w", "-o", f"-p {PG_PORT} -k {WORK} -c listen_addresses=127.0.0.1", "-l", str(WORK / "pg.log")
        )
        self.pg_started = True
        for name in (DATABASE, DEMO_DATABASE):
            self.create_database(name)

    def create_database(self, name):
        connection = ["-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres"]
        query = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"
        exists = subprocess.run(
            [pg_bin("psql"), *connection, "-tAc", query], capture_output=True, text=True, check=True
        ).stdout.strip()
        if not exists:
            subprocess.run([pg_bin("createdb"), *connection, name], check=True)

    def pg_ctl(self, action, *args):
        return subprocess.run(
            as_postgres([pg_bin("pg_ctl"), "-D", str(self.pg_data), action, *args]),
            check=action != "stop",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop_postgres(self, fast=True):
        self.pg_ctl("stop", "-m", "fast" if fast else "smart", "-w")

    def start_redis(self):
        self.spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--maxmemory",
                "512mb",
                "--maxmemory-policy",
                "allkeys-lru",
            ],
        )
        self.wait_for_port(REDIS_PORT)

    def start_varnish(self):
        vcl = (
            (ROOT / "deploy" / "varnish" / "default.vcl")
            .read_text()
            .replace('.port = "8000";', f'.port = "{APP_PORT}";')
        )
        vcl_path = WORK / "bench.vcl"
        vcl_path.write_text(vcl)
        self.spawn(
            "varnish",
            [
                "varnishd",
                "-F",
                "-n",
                str(WORK / "varnish"),
                "-a",
                f"127.0.0.1:{VARNISH_PORT}",
                "-f",
                str(vcl_path),
                "-s",
                "malloc,256m",
                "-p",
                "http_resp_hdr_len=65536",
                "-p",
                "http_resp_size=131072",
                "-p",
                "workspace_backend=262144",
            ],
        )
        self.wait_for_port(VARNISH_PORT)

    def prepare(self, databases=None):
        """PostgreSQL and Redis running, catalogs and static files in place, and each database migrated
        with the demo content, the "scaled" ones also with the scaled data set (once: later runs reuse
        them)."""
        self.start_postgres()
        self.start_redis()
        self.manage("compile_catalogs", "-v", "0")
        self.manage("collectstatic", "--no-input", "-v", "0")
        for (_engine, data), url in (databases or {("PostgreSQL", "scaled"): self.database_url}).items():
            self.manage("migrate", "--no-input", "-v", "0", database_url=url)
            # The demo app (demo and benchmark content) is installed in development settings only.
            self.manage("load_demo_content", "-v", "0", settings="config.settings.dev", database_url=url)
            if data == "scaled":
                self.manage("generate_bench_data", "--if-missing", settings="config.settings.dev", database_url=url)

    # --- the app ----------------------------------------------------------------------------------
    def app_env(self, page_cache=True, varnish=False, database_url=None):
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY="bench-only-secret-key-not-for-deployment-0123456789abcdefghij",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=database_url or self.database_url,
            REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/{self.redis_database(database_url)}",
            PAGE_CACHE_ENABLED="1" if page_cache else "0",
            WEB_CONCURRENCY=os.environ.get("WEB_CONCURRENCY", "2"),
            BIND=f"127.0.0.1:{APP_PORT}",
            GUNICORN_ACCESS_LOG="",
            MEDIA_ROOT=str(WORK / "media"),
            STATIC_ROOT=str(WORK / "static"),
            LOG_LEVEL="ERROR",
        )
        if varnish:
            env["VARNISH_URL"] = f"http://127.0.0.1:{VARNISH_PORT}"
        return env

    def redis_database(self, database_url):
        """Each data set has a Redis database of its own: a cache entry is keyed by what it shows, not
        by the database it came from (as in production, where a site has its own Redis)."""
        urls = list(self.databases.values())
        return urls.index(database_url) + 1 if database_url in urls else 0

    def manage(self, *args, settings=None, **env_options):
        env = self.app_env(**env_options)
        if settings:
            env["DJANGO_SETTINGS_MODULE"] = settings
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)

    def start_app(self, wsgi_app=None, **env_options):
        """gunicorn with the site's settings (config/gunicorn.py), serving the site or ``wsgi_app``."""
        self.stop("gunicorn")
        command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py"]
        if wsgi_app:
            command += ["--pythonpath", "bench", wsgi_app]
        self.spawn("gunicorn", command, env=self.app_env(**env_options), log=WORK / "gunicorn.log")
        self.wait_for_url(f"http://127.0.0.1:{APP_PORT}/" if wsgi_app else f"http://127.0.0.1:{APP_PORT}/healthz")

    def worker_pids(self):
        master = self.processes.get("gunicorn")
        if master is None:
            return []
        result = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True)
        return [int(pid) for pid in result.stdout.split()]

    # --- processes --------------------------------------------------------------------------------
    def spawn(self, name, command, env=None, log=None):
        output = open(log or WORK / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop_all(self):
        for name in list(self.processes):
            self.stop(name)
        if self.pg_started:
            self.stop_postgres()
            self.pg_started = False

    @staticmethod
    def wait_for_port(port, timeout=30):
        import socket

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.2)
        sys.exit(f"Nothing answered on port {port}.")

    @staticmethod
    def wait_for_url(url, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        sys.exit(f"{url} did not answer 200 (see {WORK}/gunicorn.log).")
