"""`make loadtest`: five minutes of mixed load (pages, search, directory, API) on the production
stack, with PostgreSQL stopped for ten seconds in the middle.

Prints the status codes served, latency, timeouts, what a probe saw while the database was away
(friendly 503s, HTML or JSON by route) and when the site answered again by itself, and the memory of
the app workers over the run. Settings: LOADTEST_SECONDS (300), LOADTEST_OUTAGE_AT (120),
LOADTEST_CONNECTIONS (16).
"""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import APP_PORT, ROOT, Stack  # noqa: E402

SECONDS = int(os.environ.get("LOADTEST_SECONDS", "300"))
OUTAGE_AT = int(os.environ.get("LOADTEST_OUTAGE_AT", "120"))
OUTAGE_SECONDS = 10
CONNECTIONS = int(os.environ.get("LOADTEST_CONNECTIONS", "16"))

PATHS = [
    "/nb/",
    "/nn/",
    "/nb/hva-er-selvhjelp/",
    "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/",
    "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/",
    "/nb/ytelsestest-3/artikkel-120/",
    "/nb/ytelsestest-7/artikkel-333/",
    "/nb/sok/?q=sorg",
    "/nb/sok/?q=gruppe",
    "/nn/sok/?q=sjolvhjelp",
    "/nb/finn-hjelp/",
    "/nb/finn-hjelp/?postnummer=3540",
    "/nb/finn-hjelp/?postnummer=0150",
    "/nb/finn-hjelp/?postnummer=5003&side=2",
    "/nn/finn-hjelp/?kommune=4601",
    "/nb/finn-hjelp/frisklivssentralen-nesbyen/",
    "/api/v2/pages/?type=home.ArticlePage&locale=nb&limit=20",
    "/api/v2/pages/?locale=nn&limit=20",
    "/api/v2/organisations/?postal_code=3540&limit=20",
    "/api/v2/organisations/?county=46&limit=20",
    "/api/v2/contacts/?locale=nb&limit=20",
]
# Each probe asks something new (never cached), so it shows what the database outage does.
PROBES = {"page (search)": "/nb/sok/?q=mestring{n}", "api (contacts)": "/api/v2/contacts/?limit=5&offset={n}"}


def probe(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status, response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", "")
    except OSError:
        return "timeout", ""


def rss_mb(pids):
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def main():
    stack = Stack()
    print(
        f"Machine: {os.cpu_count()} cores; {SECONDS} s of mixed load over {len(PATHS)} addresses, "
        f"{CONNECTIONS} connections; PostgreSQL stopped at {OUTAGE_AT} s for {OUTAGE_SECONDS} s",
        flush=True,
    )
    stack.prepare()
    stack.start_app(page_cache=True)
    base = f"http://127.0.0.1:{APP_PORT}"
    for path in PATHS:
        probe(base + path)

    samples, memory, stop = [], [], threading.Event()
    started = time.monotonic()

    def watch():
        while not stop.is_set():
            moment = time.monotonic() - started
            for name, path in PROBES.items():
                samples.append((moment, name, *probe(base + path.format(n=len(samples)))))
            if not memory or moment - memory[-1][0] >= 10:
                memory.append((moment, rss_mb(stack.worker_pids())))
            stop.wait(0.5)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    load = subprocess.Popen(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "mixed.lua"),
            base,
            "--",
            *PATHS,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(OUTAGE_AT)
    down_at = time.monotonic() - started
    stack.stop_postgres()
    time.sleep(OUTAGE_SECONDS)
    stack.pg_ctl("start", "-w", "-o", stack.pg_options, "-l", str(stack.pg_log))
    up_at = time.monotonic() - started
    output, _ = load.communicate()
    stop.set()
    watcher.join()
    stack.stop_all()
    report(output, samples, memory, down_at, up_at)


def report(output, samples, memory, down_at, up_at):
    statuses = {}
    summary = None
    for line in output.splitlines():
        if line.startswith("STATUS "):
            _label, status, count = line.split()
            statuses[int(status)] = int(count)
        elif line.startswith("SUMMARY "):
            summary = [float(value) for value in line.split()[1:]]
    total, rps, p50, p99, worst, connect, read_write, timeouts, _status_errors = summary
    print()
    print(
        f"Requests: {int(total)} in total, {rps:.0f} per second; latency p50 {p50 / 1000:.1f} ms, "
        f"p99 {p99 / 1000:.1f} ms, max {worst / 1000:.0f} ms"
    )
    print("Status codes: " + ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items())))
    server_errors = sum(count for status, count in statuses.items() if status >= 500 and status != 503)
    print(
        f"5xx other than 503: {server_errors}; timeouts: {int(timeouts)}; connection errors: "
        f"{int(connect)}; read/write errors: {int(read_write)}"
    )
    print(f"PostgreSQL stopped at {down_at:.1f} s, started again at {up_at:.1f} s")
    for name in PROBES:
        seen = [(moment, status, kind) for moment, probe_name, status, kind in samples if probe_name == name]
        unavailable = [(moment, kind) for moment, status, kind in seen if status == 503]
        others = sorted({str(status) for _moment, status, _kind in seen if status not in (200, 503)})
        if unavailable:
            first, last = unavailable[0][0], unavailable[-1][0]
            recovered = next((moment for moment, status, _ in seen if moment > last and status == 200), None)
            kinds = sorted({kind.split(";")[0] for _moment, kind in unavailable})
            print(
                f"Probe {name}: 503 ({', '.join(kinds)}) from {first:.1f} s to {last:.1f} s; "
                f"200 again at {recovered:.1f} s" + (f"; other answers: {', '.join(others)}" if others else "")
            )
        else:
            print(f"Probe {name}: never 503" + (f"; other answers: {', '.join(others)}" if others else ""))
    print("Worker memory (RSS, both workers): " + ", ".join(f"{moment:.0f} s {mb:.0f} MB" for moment, mb in memory))


if __name__ == "__main__":
    main()
