"""Who is asking: the client's address (behind trusted proxies only) and browser identity."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from starlette.requests import Request

from rejoinder.domain.ipaddr import ip_prefix
from rejoinder.settings import Settings

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=16)
def _networks(cidrs: tuple[str, ...]) -> tuple[IpNetwork, ...]:
    return tuple(ipaddress.ip_network(c, strict=False) for c in cidrs)


def _trusted(address: str, networks: tuple[IpNetwork, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(request: Request, settings: Settings) -> str:
    """The peer address; X-Forwarded-For only when the peer is a configured proxy."""
    peer = request.client.host if request.client else ""
    networks = _networks(tuple(settings.trusted_proxies))
    if not networks or not _trusted(peer, networks):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    # Walk from the nearest hop: the first address not our own proxy is the client.
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop
    return hops[0] if hops else peer


def client_scheme(request: Request, settings: Settings) -> str:
    """http or https as the browser used it; X-Forwarded-Proto only from a configured proxy."""
    peer = request.client.host if request.client else ""
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    if forwarded in {"http", "https"} and _trusted(
        peer, _networks(tuple(settings.trusted_proxies))
    ):
        return forwarded
    return request.url.scheme


def client_prefix(request: Request, settings: Settings) -> str:
    return ip_prefix(client_address(request, settings), settings.ipv4_prefix, settings.ipv6_prefix)
