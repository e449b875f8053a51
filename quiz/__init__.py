"""Trivia packs from news articles: the Flask application factory."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.config import Defaults

if TYPE_CHECKING:
    from flask import Flask

PACKAGE_DIR = Path(__file__).resolve().parent


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then instance/config.py and QUIZ_* env (or test_config)."""
    # Imported here, not at the top: the question engine (quiz.questions) is used without the
    # web app (quiz generate, the benches) and must not load Flask on the way.
    from flask import Flask

    test_config = dict(test_config or {})
    app = Flask(
        __name__,
        instance_path=test_config.pop("INSTANCE_PATH", None) or instance_path(),
        instance_relative_config=True,
        template_folder=asset_dir("templates"),
        static_folder=asset_dir("static"),
    )
    app.config.from_object(Defaults)
    # from_object copies references: nested settings (QUIZ_X__key) and our own merges
    # would otherwise write into Defaults' dicts, and so into every later app.
    app.config.update({k: dict(v) for k, v in app.config.items() if isinstance(v, dict)})
    if test_config:
        app.config.from_mapping(test_config)
    else:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("QUIZ")
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    configure_database(app)
    ensure_secret_key(app)
    register_extensions(app)
    register_blueprints(app)
    register_production(app)
    return app


def register_production(app: Flask) -> None:
    """Security headers, request logs, connection-loss handling, static files (last)."""
    from quiz.assets import register_assets
    from quiz.observability import register_observability
    from quiz.resilience import register_resilience
    from quiz.security import register_security, static_headers

    register_security(app)
    register_observability(app)
    register_resilience(app)
    register_assets(app, static_headers(app))


def instance_path() -> str:
    """Where the SQLite file, secret key and config.py live: $QUIZ_INSTANCE_PATH or the default."""
    chosen = os.environ.get("QUIZ_INSTANCE_PATH")
    # Flask wants an absolute path; a relative one is taken from where the command runs.
    return str(Path(chosen).expanduser().absolute()) if chosen else str(default_instance_path())


def default_instance_path() -> Path:
    """The project's instance/ folder, the same whatever the working directory.

    A checkout (an editable install) keeps it beside the package; an install into a
    virtual environment that lives inside a checkout uses that checkout's; any other
    install uses Flask's place for installed apps, <prefix>/var/quiz-instance.
    """
    for project in (PACKAGE_DIR.parent, Path(sys.prefix).parent):
        if (project / "pyproject.toml").is_file() and (project / "quiz" / "__init__.py").is_file():
            return project / "instance"
    return Path(sys.prefix) / "var" / "quiz-instance"


def asset_dir(name: str) -> str:
    """Locate templates/ or static/: inside the installed package, else at the repo top."""
    installed = PACKAGE_DIR / name
    return str(installed if installed.is_dir() else PACKAGE_DIR.parent / name)


def configure_database(app: Flask) -> None:
    """Pick the database: explicit setting, then DATABASE_URL, then instance/quiz.db."""
    uri = app.config.get("SQLALCHEMY_DATABASE_URI") or os.environ.get("DATABASE_URL")
    if not uri:
        uri = "sqlite:///" + str(Path(app.instance_path) / "quiz.db")
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(uri)
    if not uri.startswith("sqlite"):
        # A server drops connections (restart, failover, idle timeout): test each one as
        # it leaves the pool. Set explicitly, the configured value wins.
        options = app.config["SQLALCHEMY_ENGINE_OPTIONS"]
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True, **options}


def normalise_database_url(uri: str) -> str:
    """Route postgres:// and postgresql:// URLs to the psycopg 3 driver we ship."""
    for prefix in ("postgres://", "postgresql://"):
        if uri.startswith(prefix):
            return "postgresql+psycopg://" + uri[len(prefix) :]
    return uri


def ensure_secret_key(app: Flask) -> None:
    """Use the configured key, else one generated once into instance/secret_key."""
    if app.config.get("SECRET_KEY"):
        return
    key_file = Path(app.instance_path) / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    app.config["SECRET_KEY"] = key_file.read_text().strip()


def register_extensions(app: Flask) -> None:
    """Bind the extensions in quiz.extensions to this app."""
    from quiz import database, models  # noqa: F401  (models register their tables)
    from quiz.extensions import csrf, db, htmx, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PACKAGE_DIR / "migrations"))
    # current_user reaches templates through the studio blueprint only (quiz/studio/__init__.py):
    # the app-wide context processor would load the user on every fan page render.
    login_manager.init_app(app, add_context_processor=False)
    csrf.init_app(app)
    htmx.init_app(app)
    if not app.config.get("RATELIMIT_STORAGE_URI"):
        # Shared between workers and instances when the platform gives us a Redis.
        app.config["RATELIMIT_STORAGE_URI"] = os.environ.get("REDIS_URL") or "memory://"
    if app.config["RATELIMIT_STORAGE_URI"].startswith("redis"):
        # Only Redis's client takes these; memcached's, for one, refuses them.
        app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", app.config["RATELIMIT_REDIS_OPTIONS"])
    limiter.init_app(app)
    database.init_app(app)


def register_blueprints(app: Flask) -> None:
    """Attach one blueprint per feature."""
    from quiz.api.views import bp as api_bp
    from quiz.play.views import bp as play_bp
    from quiz.scores.views import bp as scores_bp
    from quiz.studio import bp as studio_bp
    from quiz.web import DatabaseIdConverter
    from quiz.web import bp as web_bp

    app.url_map.converters["int"] = DatabaseIdConverter

    app.register_blueprint(web_bp)
    app.register_blueprint(play_bp)
    app.register_blueprint(scores_bp)
    app.register_blueprint(studio_bp, url_prefix="/studio")
    app.register_blueprint(api_bp, url_prefix="/api/v1")
