"""Which network addresses Sift may fetch from, and a connection layer that enforces it.

A link in a chat is chosen by whoever sent it, so fetching it must not let them reach the
machine Sift runs on or its private network (server-side request forgery): loopback,
private, link-local (cloud metadata at 169.254.169.254), multicast, reserved and
unspecified addresses are refused in every notation an URL can carry them (`localhost`,
`127.1`, `2130706433`, `0x7f.0.0.1`, `[::1]`, `[::ffff:127.0.0.1]`...).

The check is made on the address actually connected to: `GuardedBackend` resolves the
host name once, checks every address, and opens the TCP connection to that exact IP, so a
DNS answer that changes between a check and the connection (DNS rebinding) cannot slip
through. httpx keeps sending the original Host header and TLS SNI, because only the TCP
target changes. Every redirect hop opens its connections through the same backend, so
each hop is checked too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Resolves (host, port) to addresses; the system resolver unless a test provides its own.
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]

# Names that always mean this machine, whatever the resolver says (RFC 6761).
LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa")

# NAT64 (RFC 6052) carries an IPv4 address in its last 32 bits.
NAT64_PREFIX = ipaddress.IPv6Network("64:ff9b::/96")


class BlockedAddress(Exception):
    """The URL's host is, or resolves to, an address Sift must not connect to."""

    def __init__(self, host: str, reason: str) -> None:
        self.host = host
        self.reason = reason
        super().__init__(f"{host} is {reason}")


def parse_ip(host: str) -> IPAddress | None:
    """The IP address written in `host`, in any notation a browser or libc accepts.

    Besides the usual forms this reads the legacy IPv4 notations `inet_aton` accepts
    (`127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`), which resolvers turn into an
    address without any DNS lookup. Returns None for a host name.
    """
    host = host.strip().rstrip(".").strip("[]")
    if "%" in host:  # an IPv6 zone index, e.g. fe80::1%eth0
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not host or not all(c.isalnum() or c == "." for c in host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one tunnels to (mapped, 6to4, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why `ip` must not be fetched from, in a few words, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return blocked_reason(embedded)
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:  # shared address space (100.64/10) and other special ranges
        return "a non-public address"
    return None


def is_local_name(host: str) -> bool:
    """True for names that designate this machine or a local network by convention."""
    name = host.strip().rstrip(".").lower()
    return name in LOCAL_NAMES or name.endswith(LOCAL_SUFFIXES)


def check_host_literal(host: str) -> None:
    """Refuse a host that is a local name or a blocked IP literal, before any lookup.

    This gives a quick, clear refusal; the authoritative check is the one
    `GuardedBackend` makes on the resolved address at connection time.
    """
    if is_local_name(host):
        raise BlockedAddress(host, "a local host name")
    ip = parse_ip(host)
    if ip is not None:
        reason = blocked_reason(ip)
        if reason:
            raise BlockedAddress(host, reason)


class UnknownHost(Exception):
    """The host name does not resolve: no such site, or no DNS."""

    def __init__(self, host: str) -> None:
        self.host = host
        super().__init__(f"cannot resolve {host}")


async def resolve(host: str, port: int) -> list[IPAddress]:
    """The addresses `host` resolves to, in the resolver's order, without duplicates."""
    ip = parse_ip(host)
    if ip is not None:
        return [ip]
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnknownHost(host) from exc
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to public addresses.

    It resolves the host itself, refuses the connection if any of the addresses is
    blocked (a name that answers with both a public and a private address is a rebinding
    trick), then connects to the checked IP. With `allow_private` it still pins the
    resolved address but skips the check (tests and local use).
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        resolver: Resolver | None = None,
        trusted: Iterable[tuple[str, int]] = (),
    ) -> None:
        self.allow_private = allow_private
        self._resolve = resolver or resolve
        # (ip, port) pairs let through the check: a local server standing in for a public
        # site in tests, while every other local address stays refused.
        self.trusted = {(str(ipaddress.ip_address(ip)), port) for ip, port in trusted}
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        literal = parse_ip(host)
        if not self.allow_private and (str(literal), port) not in self.trusted:
            check_host_literal(host)
        try:
            async with asyncio.timeout(timeout):
                addresses = [literal] if literal else await self._resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} took too long") from exc
        if not self.allow_private:
            for address in addresses:
                if (str(address), port) in self.trusted:
                    continue
                reason = blocked_reason(address)
                if reason:
                    raise BlockedAddress(host, reason)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            self._check_peer(host, port, stream)
            return stream
        raise last_error or httpcore.ConnectError(f"no address for {host}")

    def _check_peer(self, host: str, port: int, stream: httpcore.AsyncNetworkStream) -> None:
        """Check the peer of the open socket too: the address really connected to."""
        peer = stream.get_extra_info("server_addr")
        if self.allow_private or not peer:
            return
        ip = parse_ip(str(peer[0]))
        if ip is None or (str(ip), port) in self.trusted:
            return
        reason = blocked_reason(ip)
        if reason:
            raise BlockedAddress(host, reason)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress(path, "a local socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with its connection pool opened through `GuardedBackend`.

    httpx does not take a network backend as an argument, so the pool it builds is
    replaced by an identical one with ours; no proxy is ever used (a proxy would make the
    connection, out of reach of the check).
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        limits: httpx.Limits | None = None,
        resolver: Resolver | None = None,
        trusted: Iterable[tuple[str, int]] = (),
    ) -> None:
        limits = limits or httpx.Limits(max_connections=50, max_keepalive_connections=20)
        super().__init__(trust_env=False, limits=limits)
        if not isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool):
            raise RuntimeError("this httpx version builds its transport differently")
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(
                allow_private=allow_private, resolver=resolver, trusted=trusted
            ),
        )
