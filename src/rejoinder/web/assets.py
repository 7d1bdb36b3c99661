"""The reader-facing assets built from frontend/: loader, widget, stylesheet, count script.

They are small and few, so they are read once, gzipped once and served from memory.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.responses import Response

from rejoinder.domain.errors import NotFound

STATIC = Path(__file__).with_name("static")
# The loader and count script keep their URL forever, so caches must recheck them soon; the
# widget and its stylesheet are requested by content hash (`?v=`), so they may be kept a year.
SHORT = "public, max-age=300"
LONG = "public, max-age=31536000, immutable"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Asset:
    raw: bytes
    gzipped: bytes
    media_type: str
    etag: str


@cache
def _asset(name: str) -> Asset:
    path = STATIC / name
    if path.suffix not in TYPES or not path.is_file():
        raise NotFound("route.not_found", "No such file.")
    raw = path.read_bytes()
    etag = '"' + hashlib.blake2s(raw, digest_size=8).hexdigest() + '"'
    return Asset(raw, gzip.compress(raw, 9, mtime=0), TYPES[path.suffix], etag)


def _serve(request: Request, name: str, cache_control: str) -> Response:
    asset = _asset(name)
    headers = {
        "Cache-Control": cache_control,
        "ETag": asset.etag,
        "Vary": "Accept-Encoding",
        # Publishers' pages load these from another origin, some under COEP.
        "Cross-Origin-Resource-Policy": "cross-origin",
    }
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(asset.gzipped, headers=headers, media_type=asset.media_type)
    return Response(asset.raw, headers=headers, media_type=asset.media_type)


@router.api_route("/embed.js", methods=["GET", "HEAD"])
async def embed(request: Request) -> Response:
    return _serve(request, "embed.js", SHORT)


@router.api_route("/count.js", methods=["GET", "HEAD"])
async def count(request: Request) -> Response:
    return _serve(request, "count.js", SHORT)


@router.api_route("/static/{name}", methods=["GET", "HEAD"])
async def static(request: Request, name: str) -> Response:
    if name not in {"widget.js", "widget.css"}:
        raise NotFound("route.not_found", "No such file.")
    return _serve(request, name, LONG)
