"""Security headers on every response, and secure cookies when served over HTTPS."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, abort, request
from werkzeug.middleware.proxy_fix import ProxyFix

# Only our own static files may run or style a page; htmx is served from static/ and is
# configured (templates/base.html) never to inject styles or evaluate strings.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    )
)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "interest-cohort",
    )
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    # For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

HSTS = "max-age=31536000; includeSubDomains"


def register_security(app: Flask) -> None:
    """Trust the configured proxies, harden cookies for HTTPS and add security headers."""
    trust_proxies(app, int(app.config.get("TRUSTED_PROXIES") or 0))
    hosts = app.config.get("TRUSTED_HOSTS")
    if isinstance(hosts, str):  # QUIZ_TRUSTED_HOSTS=a.example,b.example from the environment
        app.config["TRUSTED_HOSTS"] = [host.strip() for host in hosts.split(",") if host.strip()]
    https = serves_https(app)
    if https:
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True
        app.config.setdefault("WTF_CSRF_SSL_STRICT", True)

    app.before_request(refuse_nul_bytes)

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if https:
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        if request.blueprint == "studio":
            # Drafts, unpublished answers and staff lists: never kept by a browser or proxy
            # (the back button after logout, a shared computer).
            response.headers["Cache-Control"] = "no-store"
        return response


def trust_proxies(app: Flask, proxies: int, local_proxy: bool = False) -> None:
    """Read X-Forwarded-* from exactly `proxies` proxies (plus `quiz serve`'s own nginx)."""
    # Only as many hops as we actually run proxies; more would let a client forge its
    # address (rate limits key on it) or the scheme. Our nginx appends the client's address
    # to X-Forwarded-For and passes the other headers through as the proxies before it set
    # them, so it adds a hop to X-Forwarded-For alone.
    inner: Any = app.wsgi_app.app if isinstance(app.wsgi_app, ProxyFix) else app.wsgi_app
    hops_for = proxies + int(local_proxy)
    if hops_for:
        inner = ProxyFix(inner, x_for=hops_for, x_proto=proxies, x_host=proxies, x_port=proxies)
    app.wsgi_app = inner  # type: ignore[method-assign]


def refuse_nul_bytes() -> None:
    """NUL can't be stored or looked up in PostgreSQL text: refuse it before any query."""
    if "\x00" in request.path:
        abort(404)  # the same answer as any other unknown URL or guessed token
    fields = (request.args, request.form)
    if any("\x00" in value for field in fields for _key, value in field.items(multi=True)):
        abort(400, "The request contains a NUL character.")


def serves_https(app: Flask) -> bool:
    """True when the deployment says its public URLs are https (so cookies must be Secure)."""
    base = app.config.get("PUBLIC_BASE_URL") or ""
    return app.config.get("PREFERRED_URL_SCHEME") == "https" or base.startswith("https://")


def static_headers(app: Flask) -> dict[str, str]:
    """The security headers for static files, which WhiteNoise serves before Flask."""
    headers = dict(SECURITY_HEADERS)
    if serves_https(app):
        headers["Strict-Transport-Security"] = HSTS
    return headers
