"""The company's proxy between the client and the bank: which one, and a tunnel through it.

The setting ([network] proxy in the settings or the deployment file) is an http://host:port address,
"system" (the system's proxy: the environment's HTTPS_PROXY, on Windows the Internet Options), or absent
for a direct connection. The proxy only carries the bytes (HTTP CONNECT): TLS runs end to end inside the
tunnel and trusts only the bank's CA, so a proxy that shows its own certificate is refused like any server.
"""

from __future__ import annotations

import base64
import socket
import urllib.request
from collections.abc import Callable, Mapping
from urllib.parse import unquote, urlsplit

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

SYSTEM = "system"


class ProxyError(ClerkError):
    """The proxy setting is wrong, or the proxy refused or could not open the tunnel."""


def proxy_url(setting: str | None,
              system_proxies: Callable[[], Mapping[str, str]] = urllib.request.getproxies) -> str | None:
    """The proxy to reach the bank through (None: directly); ProxyError for a setting that is no proxy."""
    if setting is None or setting.strip() == "":
        return None
    value = setting.strip()
    if value.lower() == SYSTEM:
        proxies = system_proxies()
        value = proxies.get("https") or proxies.get("all") or ""
        if not value:
            return None
        if "://" not in value:  # Windows' Internet Options give host:port
            value = "http://" + value
    parts = urlsplit(value)
    if parts.scheme.lower() != "http" or not parts.hostname:
        raise ProxyError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The proxy \"{proxy}\" is not an address like http://proxy.company.kz:3128. Ask IT staff for "
            "the proxy's address, or write \"system\" to use the computer's own proxy settings."),
            {"proxy": without_password(value)}))
    return value


def open_tunnel(proxy: str, host: str, port: int, *, timeout: float) -> socket.socket:
    """A socket to `host`:`port` through `proxy` (HTTP CONNECT), ready for the TLS handshake."""
    parts = urlsplit(proxy)
    assert parts.hostname is not None  # proxy_url checked it
    raw = socket.create_connection((parts.hostname, parts.port or 8080), timeout=timeout)
    try:
        request = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        if parts.username is not None:
            credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            request += f"Proxy-Authorization: Basic {base64.b64encode(credentials).decode()}\r\n"
        raw.sendall((request + "\r\n").encode("latin-1"))
        answer = _read_head(raw)
        status = answer.split(b" ", 2)[1] if answer.count(b" ") >= 1 else b""
        if status != b"200":
            raise ProxyError(Message("Bank", QT_TRANSLATE_NOOP(
                "Bank", "The proxy {proxy} did not let the connection to the bank through (it answered \"{answer}\"). "
                "Ask IT staff to allow {host}, port {port}, through the proxy."),
                {"proxy": without_password(proxy), "answer": answer.split(b"\r\n", 1)[0].decode("latin-1"),
                 "host": host, "port": port}))
    except BaseException:
        raw.close()
        raise
    return raw


def _read_head(raw: socket.socket) -> bytes:
    # Byte by byte up to the blank line: nothing of the tunnel's own bytes may be read here.
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        byte = raw.recv(1)
        if not byte or len(head) > 16384:
            break
        head += byte
    return head


def without_password(proxy: str) -> str:
    """The proxy address with its password, if any, as ***."""
    parts = urlsplit(proxy)
    if parts.password is None:
        return proxy
    return proxy.replace(f":{parts.password}@", ":***@", 1)
