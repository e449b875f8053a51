"""Default settings; `instance/config.py` and `QUIZ_*` environment variables override them."""

from __future__ import annotations


class Defaults:
    """Settings every deployment starts from; nothing secret lives here."""

    # Server databases also get pool_pre_ping (configure_database): SQLite has no
    # connection that a restart or an idle timeout could drop, so it is never pinged.
    SQLALCHEMY_ENGINE_OPTIONS: dict[str, object] = {}
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    # Uploads and form posts larger than this are refused with 413 before a view runs.
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    # Werkzeug caps a single form field at 500 kB; a pasted article may be up to 1 MB.
    MAX_FORM_MEMORY_SIZE = 1_100_000
    ARTICLE_MAX_BYTES = 1_000_000
    WTF_CSRF_TIME_LIMIT = None
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    # Unset: $REDIS_URL when the platform provides one, else each process's own memory
    # (`quiz serve` then says, as an error, that its workers count on their own).
    RATELIMIT_STORAGE_URI: str | None = None
    RATELIMIT_HEADERS_ENABLED = True
    # A shared store that is down must not take the game down: each worker counts in its own
    # memory until the store answers again (checked with backoff), and any other limiter
    # error is logged and the request served rather than answered 500.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_SWALLOW_ERRORS = True
    # The Redis client's options when the store is Redis (RATELIMIT_STORAGE_OPTIONS unset):
    # a hung store costs a request half a second, not a worker timeout.
    RATELIMIT_REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    # Absolute base for share links and og: tags; falls back to the request's host.
    PUBLIC_BASE_URL = None
    DEFAULT_TIME_LIMIT = 20
    # A play takes at most this many of a pack's playable questions, in the pack's order
    # (the engine's, or the studio's after reordering): a quick game, never a 24-question slog.
    PLAY_QUESTION_LIMIT = 15
    LEADERBOARD_PAGE_SIZE = 25
    # Answers quicker than this after the question was served are kept but flagged.
    MIN_HUMAN_ANSWER_MS = 300
    # Plays one client may start (Flask-Limiter syntax); stops scripted leaderboard floods.
    PLAY_START_RATE_LIMIT = "10 per minute"
    DEMO_ARTICLE = "john-legend-mini-me.txt"
    # How many reverse proxies in front of the app may set X-Forwarded-* (0 = none); the
    # nginx that `quiz serve` runs itself is not counted here.
    TRUSTED_PROXIES = 0
    # Seconds the nginx in front of `quiz serve` gives a client to send its request headers,
    # each piece of a body, and to take each piece of a response.
    PROXY_CLIENT_TIMEOUT = 10
    # Connections that nginx holds at once (slow ones included); it opens twice as many files.
    PROXY_CONNECTIONS = 8192
    # One JSON line per request on stderr.
    REQUEST_LOG = True
    # Static files under fingerprinted names, cached for a year and pre-compressed
    # (quiz/assets.py); the copies go to STATIC_BUILD_DIR, default instance/static.
    STATIC_FINGERPRINTS = True
    STATIC_BUILD_DIR: str | None = None
