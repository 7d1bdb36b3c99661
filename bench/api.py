"""Rejoinder vs Isso (from PyPI) on the same bounded workload, in one run, on loopback.

Each server is seeded through its own public API with identical threads of 10, 100 and 1,000
comments (same bodies; 70% top level, 30% replies), then measured with wrk at fixed
concurrency: full-thread GET, the first page a widget requests, POST throughput at
concurrency 1 and 8, counts for 50 URIs; peak RSS of the server processes. Prints JSON.

Usage: .venv/bin/python bench/api.py [--duration 5] [--out bench/results/api.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from corpus import author, body

ROOT = Path(__file__).resolve().parents[1]
ISSO_VENV = ROOT / "bench" / ".venv-isso"
ISSO_VERSION = "0.14.0"
SIZES = (10, 100, 1000)
SECRET = "bench-secret-0123456789-0123456789-0123456789"
COUNT_URIS = 50


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_tools() -> None:
    if shutil.which("wrk") is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)
    isso_python = ISSO_VENV / "bin" / "python"
    if not isso_python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ISSO_VENV)], check=True)
        subprocess.run(
            [str(isso_python), "-m", "pip", "install", "-q", f"isso=={ISSO_VERSION}", "gunicorn"],
            check=True,
        )


@contextmanager
def page_server() -> Iterator[int]:
    """Isso fetches a page before it opens a thread on it: answer 200 for any path."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = b"<html><head><title>Bench article</title></head><body></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()


def wait_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not start")


def peak_rss_mb(pid: int) -> float:
    """VmHWM of the process and its children (gunicorn workers), in MiB."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    total_kb = 0
    for p in pids:
        status = Path(f"/proc/{p}/status")
        if status.exists():
            match = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
            total_kb += int(match.group(1)) if match else 0
    return round(total_kb / 1024, 1)


class Rejoinder:
    name = "rejoinder"

    def __init__(self, folder: Path, page_port: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.origin = f"http://127.0.0.1:{page_port}"
        self.log = (folder / "server.log").open("wb")  # a file: an unread pipe would block it
        self.env = {
            **os.environ,
            "REJOINDER_DATABASE_URL": f"sqlite:///{folder / 'r.sqlite3'}",
            "REJOINDER_SECRET_KEY": SECRET,
            "REJOINDER_RATE_LIMITS": "off",
            "REJOINDER_LOG_LEVEL": "warning",
        }

    def start(self) -> subprocess.Popen[bytes]:
        cli = [sys.executable, "-m", "rejoinder"]
        subprocess.run([*cli, "db", "upgrade"], env=self.env, check=True, capture_output=True)
        subprocess.run(
            [*cli, "site", "add", "bench", "--origin", self.origin],
            env=self.env,
            check=True,
            capture_output=True,
        )
        process = subprocess.Popen(
            [*cli, "serve", "--port", str(self.port)],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_up(f"{self.base}/api/v1/health", process)
        return process

    def post_url(self, uri: str) -> str:
        return f"{self.base}/api/v1/comments?site=bench&uri={quote(uri)}"

    def post_body(self, text: str, n: int, parent: int | None) -> dict[str, object]:
        return {"text": text, "author_name": author(n), "parent_id": parent}

    def headers(self) -> dict[str, str]:
        return {"Origin": self.origin, "Content-Type": "application/json"}

    def full_url(self, uri: str) -> str:
        return f"{self.base}/api/v1/comments?site=bench&uri={quote(uri)}&limit=1000&replies=1000"

    def first_page_url(self, uri: str) -> str:
        return f"{self.base}/api/v1/comments?site=bench&uri={quote(uri)}&limit=20&replies=5"

    def counts(self, uris: list[str]) -> tuple[str, str]:
        return f"{self.base}/api/v1/counts?site=bench", json.dumps({"uris": uris})


class Isso:
    name = "isso"

    def __init__(self, folder: Path, page_port: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.origin = f"http://127.0.0.1:{page_port}"
        config = folder / "isso.cfg"
        config.write_text(
            f"[general]\ndbpath = {folder / 'isso.db'}\nhost = {self.origin}/\n"
            "[moderation]\nenabled = false\n[guard]\nenabled = false\n"
            f"[server]\nlisten = {self.base}/\n"
        )
        self.env = {**os.environ, "ISSO_SETTINGS": str(config)}
        self.log = (folder / "server.log").open("wb")

    def start(self) -> subprocess.Popen[bytes]:
        # As Isso's deployment guide runs it: gunicorn with preloaded workers, one per core.
        gunicorn = ISSO_VENV / "bin" / "gunicorn"
        process = subprocess.Popen(
            [
                str(gunicorn),
                "-b",
                f"127.0.0.1:{self.port}",
                "-w",
                str(os.cpu_count() or 2),
                "--preload",
                "isso.run",
            ],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_up(f"{self.base}/info", process)
        return process

    def post_url(self, uri: str) -> str:
        return f"{self.base}/new?uri={quote(uri)}"

    def post_body(self, text: str, n: int, parent: int | None) -> dict[str, object]:
        return {"text": text, "author": author(n), "parent": parent}

    def headers(self) -> dict[str, str]:
        return {"Origin": self.origin, "Content-Type": "application/json"}

    def full_url(self, uri: str) -> str:
        return f"{self.base}/?uri={quote(uri)}"

    def first_page_url(self, uri: str) -> str:
        return f"{self.base}/?uri={quote(uri)}&limit=20&nested_limit=5"

    def counts(self, uris: list[str]) -> tuple[str, str]:
        return f"{self.base}/count", json.dumps(uris)


Server = Rejoinder | Isso


def seed(server: Server, uri: str, size: int) -> None:
    tops: list[int] = []
    with httpx.Client(headers=server.headers(), timeout=30) as http:
        for n in range(size):
            parent = tops[(n * 7) % len(tops)] if tops and n % 10 >= 7 else None
            payload = server.post_body(body(n, uri), n, parent)
            response = http.post(server.post_url(uri), json=payload)
            response.raise_for_status()
            # Isso sets an edit cookie per comment; a real reader never holds 1,000 of them.
            http.cookies.clear()
            if parent is None:
                tops.append(int(response.json()["id"]))


WRK_POST = """
counter = 0
request = function()
  counter = counter + 1
  local text = "Benchmark comment number " .. counter .. " from thread " .. tostring({}):sub(8)
  return wrk.format("POST", nil, nil, string.format(BODY_TEMPLATE, text))
end
"""


def wrk(
    url: str,
    concurrency: int,
    duration: float,
    script: str | None = None,
    headers: dict[str, str] | None = None,
) -> dict[str, float]:
    """Run wrk; return requests/s, latency percentiles (ms) and error counts."""
    args = [
        "wrk",
        "-t",
        str(min(concurrency, 2)),
        "-c",
        str(concurrency),
        "-d",
        f"{max(1, round(duration))}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    for key, value in (headers or {}).items():
        args += ["-H", f"{key}: {value}"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script or "")
    args += ["-s", lua.name, url]
    run = subprocess.run(args, capture_output=True, text=True, check=True)
    Path(lua.name).unlink()
    if "error" in run.stderr.lower() or "unexpected" in run.stderr:
        raise RuntimeError(f"wrk script failed: {run.stderr}")
    out = run.stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}  # type: ignore[union-attr]
    for pct in ("50", "99"):
        match = re.search(rf"\s{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\b", out)
        if match:
            scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]
            result[f"p{pct}_ms"] = round(float(match.group(1)) * scale, 2)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    result["non_2xx"] = float(errors.group(1)) if errors else 0.0
    if socket_errors:
        result["socket_errors"] = socket_errors.group(1)  # type: ignore[assignment]
    return result


def post_script(server: Server) -> str:
    marker = "BODY-MARKER"
    template = json.dumps(server.post_body(marker, 0, None)).replace(f'"{marker}"', '"%s"')
    assert "%s" in template
    head = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in server.headers().items())
    return f'wrk.method = "POST"\n{head}\nBODY_TEMPLATE = [=[{template}]=]\n{WRK_POST}'


def counts_script(server: Server, payload: str) -> str:
    head = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in server.headers().items())
    return f'wrk.method = "POST"\n{head}\nwrk.body = [=[{payload}]=]\n'


def measure(server: Server, duration: float, only: set[str]) -> dict[str, object]:
    results: dict[str, object] = {}
    if "get" in only:
        results.update(measure_reads(server, duration))
    if "post" in only:
        results.update(measure_posts(server, duration))
    if "counts" in only:
        results.update(measure_counts(server, duration))
    return results


def measure_reads(server: Server, duration: float) -> dict[str, object]:
    results: dict[str, object] = {}
    for size in SIZES:
        uri = f"/bench/thread-{size}"
        seed(server, uri, size)
        results[f"full_thread_get_{size}"] = wrk(server.full_url(uri), 8, duration)
        results[f"first_page_get_{size}"] = wrk(server.first_page_url(uri), 8, duration)
    return results


def measure_posts(server: Server, duration: float) -> dict[str, object]:
    results: dict[str, object] = {}
    for concurrency in (1, 8):
        uri = f"/bench/posts-c{concurrency}"
        seed(server, uri, 1)  # the thread exists: measure posting, not thread creation
        results[f"post_c{concurrency}"] = wrk(
            server.post_url(uri), concurrency, duration, post_script(server)
        )
    return results


def measure_counts(server: Server, duration: float) -> dict[str, object]:
    results: dict[str, object] = {}
    for size in SIZES:  # count real threads (idempotent if reads already seeded them)
        seed(server, f"/bench/count-{size}", 1)
    url, payload = server.counts([f"/bench/count-{s}" for s in SIZES] * 17)
    payload = json.dumps(
        json.loads(payload)[:COUNT_URIS]
        if payload.startswith("[")
        else {"uris": json.loads(payload)["uris"][:COUNT_URIS]}
    )
    results["counts_50_uris"] = wrk(url, 8, duration, counts_script(server, payload))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per wrk run")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument(
        "--only", nargs="+", choices=["get", "post", "counts"], default=["get", "post", "counts"]
    )
    args = parser.parse_args()
    ensure_tools()
    report: dict[str, object] = {
        "machine": {"cpus": os.cpu_count()},
        "duration_s": args.duration,
        "setup": {
            "isso": f"isso {ISSO_VERSION} under gunicorn, {os.cpu_count()} sync workers",
            "rejoinder": "one uvicorn process, SQLite (WAL, synchronous=FULL)",
        },
    }
    with tempfile.TemporaryDirectory() as tmp, page_server() as page_port:
        for cls in (Rejoinder, Isso):
            folder = Path(tmp) / cls.name
            folder.mkdir()
            server = cls(folder, page_port)
            process = server.start()
            try:
                results = measure(server, args.duration, set(args.only))
                results["peak_rss_mb"] = peak_rss_mb(process.pid)
                report[cls.name] = results
            finally:
                process.terminate()
                process.wait(timeout=30)
    report["ratios"] = ratios(report)
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)


def ratios(report: dict[str, object]) -> dict[str, float]:
    """Rejoinder's requests/s over Isso's, per measurement (above 1: Rejoinder is faster)."""
    ours, theirs = report["rejoinder"], report["isso"]
    assert isinstance(ours, dict) and isinstance(theirs, dict)
    return {
        key: round(ours[key]["rps"] / theirs[key]["rps"], 1)
        for key in ours
        if isinstance(ours[key], dict) and theirs.get(key, {}).get("rps")
    }


if __name__ == "__main__":
    main()
