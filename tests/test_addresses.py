"""The address check: every notation of a local address is refused, after resolution too."""

from __future__ import annotations

import ipaddress

import httpcore
import httpx
import pytest

from bot.input.addresses import (
    BlockedAddress,
    GuardedBackend,
    GuardedTransport,
    blocked_reason,
    check_host_literal,
    parse_ip,
)
from tests.fakes.news_site import NewsSite, serve_news_site

LOCAL_HOSTS = [
    "localhost",
    "LOCALHOST.",
    "printer.local",
    "app.localhost",
    "127.0.0.1",
    "127.1",
    "127.0.1",
    "2130706433",
    "0x7f.0.0.1",
    "0x7f000001",
    "0177.0.0.1",
    "[::1]",
    "::1",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
    "[::ffff:7f00:1]",
    "0.0.0.0",
    "0",
    "::",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "fe80::1%eth0",
    "fc00::1",
    "224.0.0.251",
    "ff02::1",
    "100.64.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:0101::",
]
PUBLIC_HOSTS = ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "example.com", "lemonde.fr"]


@pytest.fixture(scope="module")
def site():
    with serve_news_site() as running:
        yield running


@pytest.mark.parametrize("host", LOCAL_HOSTS)
def test_local_hosts_are_refused_in_every_notation(host: str) -> None:
    with pytest.raises(BlockedAddress) as caught:
        check_host_literal(host)
    assert caught.value.reason.startswith(("a ", "an "))


@pytest.mark.parametrize("host", PUBLIC_HOSTS)
def test_public_hosts_pass(host: str) -> None:
    check_host_literal(host)  # raises if refused
    ip = parse_ip(host)
    assert ip is None or blocked_reason(ip) is None


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("[::1]", "::1"),
        ("fe80::1%eth0", "fe80::1"),
        ("192.168.0.1.", "192.168.0.1"),
    ],
)
def test_legacy_notations_are_read_as_resolvers_read_them(written: str, address: str) -> None:
    assert parse_ip(written) == ipaddress.ip_address(address)


@pytest.mark.parametrize("name", ["example.com", "deadbeef", "1.2.3.4.5", "", "a b"])
def test_names_are_not_addresses(name: str) -> None:
    assert parse_ip(name) is None


def test_reasons_name_the_kind_of_address() -> None:
    assert blocked_reason(ipaddress.ip_address("127.0.0.1")) == "a loopback address"
    assert blocked_reason(ipaddress.ip_address("::ffff:127.0.0.1")) == "a loopback address"
    assert blocked_reason(ipaddress.ip_address("169.254.169.254")) == "a link-local address"
    assert blocked_reason(ipaddress.ip_address("10.2.3.4")) == "a private address"
    assert blocked_reason(ipaddress.ip_address("239.1.1.1")) == "a multicast address"


def _resolver(table: dict[str, list[str]]):
    """A DNS stand-in: names of our choosing resolve to addresses of our choosing."""

    async def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        if host not in table:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        return [ipaddress.ip_address(a) for a in table[host]]

    return resolve


async def test_backend_refuses_loopback_before_connecting(site: NewsSite) -> None:
    backend = GuardedBackend()
    before = len(site.requests)
    with pytest.raises(BlockedAddress):
        await backend.connect_tcp("127.0.0.1", site.port, timeout=2)
    assert len(site.requests) == before


async def test_backend_checks_the_resolved_address() -> None:
    # A public-looking name whose DNS answer is loopback (or DNS rebinding's second answer).
    backend = GuardedBackend(resolver=_resolver({"news.example": ["127.0.0.1"]}))
    with pytest.raises(BlockedAddress) as caught:
        await backend.connect_tcp("news.example", 80, timeout=2)
    assert caught.value.reason == "a loopback address"


async def test_a_name_answering_public_and_private_addresses_is_refused() -> None:
    table = {"mixed.example": ["93.184.216.34", "10.0.0.7"]}
    backend = GuardedBackend(resolver=_resolver(table))
    with pytest.raises(BlockedAddress) as caught:
        await backend.connect_tcp("mixed.example", 80, timeout=2)
    assert caught.value.reason == "a private address"


async def test_backend_connects_to_the_resolved_ip_when_allowed(site: NewsSite) -> None:
    backend = GuardedBackend(
        allow_private=True, resolver=_resolver({"news.example": ["127.0.0.1"]})
    )
    stream = await backend.connect_tcp("news.example", site.port, timeout=2)
    try:
        assert stream.get_extra_info("server_addr")[0] == "127.0.0.1"
    finally:
        await stream.aclose()


async def test_backend_refuses_unix_sockets() -> None:
    with pytest.raises(BlockedAddress):
        await GuardedBackend(allow_private=True).connect_unix_socket("/var/run/docker.sock")


async def test_transport_keeps_the_host_header_while_connecting_to_the_pinned_ip(
    site: NewsSite,
) -> None:
    transport = GuardedTransport(
        allow_private=True, resolver=_resolver({"news.example": ["127.0.0.1"]})
    )
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.get(f"http://news.example:{site.port}/article.html")
    assert response.status_code == 200
    assert site.headers[-1]["Host"] == f"news.example:{site.port}"


async def test_transport_refuses_loopback_with_the_check_on(site: NewsSite) -> None:
    before = len(site.requests)
    async with httpx.AsyncClient(transport=GuardedTransport()) as client:
        with pytest.raises(BlockedAddress):
            await client.get(site.url("/secret"))
    assert len(site.requests) == before


async def test_trusted_pairs_pass_but_only_on_their_port(site: NewsSite) -> None:
    backend = GuardedBackend(trusted=[("127.0.0.1", site.port)])
    stream = await backend.connect_tcp("127.0.0.1", site.port, timeout=2)
    await stream.aclose()
    with pytest.raises(BlockedAddress):
        await backend.connect_tcp("127.0.0.1", site.port + 1, timeout=2)
