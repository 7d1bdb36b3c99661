"""IP anonymisation: store the network a reader posts from, not the reader's address."""

from __future__ import annotations

import ipaddress

from rejoinder.domain.errors import InvalidInput

IPV4_PREFIX = 24
IPV6_PREFIX = 48


def ip_prefix(address: str | None, v4_bits: int = IPV4_PREFIX, v6_bits: int = IPV6_PREFIX) -> str:
    """'203.0.113.77' -> '203.0.113.0/24'. Unparseable input maps to one shared bucket."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return "unknown"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    bits = v4_bits if ip.version == 4 else v6_bits
    return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))


def network_of(value: str, v4_bits: int = IPV4_PREFIX, v6_bits: int = IPV6_PREFIX) -> str:
    """An address or a network written by a moderator -> the stored prefix form."""
    value = value.strip()
    try:
        if "/" in value:
            return str(ipaddress.ip_network(value, strict=False))
        ipaddress.ip_address(value)
    except ValueError as exc:
        raise InvalidInput("ban.ip_invalid", f"{value!r} is not an IP address or network.") from exc
    return ip_prefix(value, v4_bits, v6_bits)
