"""The application factory, configuration layers and health check."""

from __future__ import annotations

from pathlib import Path

from quiz import create_app, normalise_database_url


def test_healthz_reports_database_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_secret_key_is_generated_once_into_instance(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("QUIZ_SECRET_KEY", raising=False)
    first = create_app().config["SECRET_KEY"]
    second = create_app().config["SECRET_KEY"]
    assert len(first) >= 64
    assert first == second == (tmp_path / "secret_key").read_text()


def test_default_database_is_sqlite_in_instance(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("QUIZ_SQLALCHEMY_DATABASE_URI", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/quiz.db"


def test_sqlite_connections_share_pages_between_workers(tmp_path: Path) -> None:
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/quiz.db", "INSTANCE_PATH": str(tmp_path)}
    )
    with app.app_context():
        from quiz.extensions import db

        with db.engine.connect() as connection:
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout", "mmap_size")
            }
        db.engine.dispose()
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["foreign_keys"] == 1
    assert pragmas["busy_timeout"] == 5000
    # Memory-mapped reads: another worker's commit no longer costs this connection a
    # re-read of every page it had cached.
    assert (pragmas["mmap_size"] or 0) >= 64 * 2**20


def test_only_server_database_connections_are_pinged(tmp_path: Path) -> None:
    def pre_ping(uri: str, **settings: object) -> bool:
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": uri, "INSTANCE_PATH": str(tmp_path), **settings}
        )
        with app.app_context():
            from quiz.extensions import db

            return db.engine.pool._pre_ping  # creating the engine does not connect

    # A pooled PostgreSQL connection can die while idle (a restart, a failover): ping it
    # before use. A SQLite file has no connection to lose, so the ping is pure cost.
    assert pre_ping("postgresql://u@db.example/quiz") is True
    assert pre_ping(f"sqlite:///{tmp_path}/quiz.db") is False
    explicit = {"SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": False}}
    assert pre_ping("postgresql://u@db.example/quiz", **explicit) is False


def test_nested_settings_stay_with_their_app(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("QUIZ_SQLALCHEMY_ENGINE_OPTIONS__pool_size", "7")
    tuned = create_app()
    monkeypatch.delenv("QUIZ_SQLALCHEMY_ENGINE_OPTIONS__pool_size")
    plain = create_app()
    assert tuned.config["SQLALCHEMY_ENGINE_OPTIONS"]["pool_size"] == 7
    # Flask writes a nested setting into the dict it finds: that must be this app's copy,
    # not the defaults every later app (and every test) starts from.
    assert "pool_size" not in plain.config["SQLALCHEMY_ENGINE_OPTIONS"]


def test_prefixed_env_and_instance_config_override_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    (tmp_path / "config.py").write_text("DEFAULT_TIME_LIMIT = 30\nLEADERBOARD_PAGE_SIZE = 10\n")
    monkeypatch.setenv("QUIZ_LEADERBOARD_PAGE_SIZE", "50")
    app = create_app()
    assert app.config["DEFAULT_TIME_LIMIT"] == 30
    assert app.config["LEADERBOARD_PAGE_SIZE"] == 50


def test_database_url_selects_postgresql_driver(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("QUIZ_SQLALCHEMY_DATABASE_URI", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example/quiz")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db.example/quiz"
    assert normalise_database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_unknown_page_is_our_404(client) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert b"Back to the quizzes" in response.data


def test_redis_timeouts_reach_only_a_redis_rate_limit_store(tmp_path: Path) -> None:
    def storage_options(uri: str) -> dict | None:
        app = create_app({"RATELIMIT_STORAGE_URI": uri, "INSTANCE_PATH": str(tmp_path)})
        return app.config.get("RATELIMIT_STORAGE_OPTIONS")

    redis = storage_options("redis://127.0.0.1:6379")
    assert redis is not None and redis["socket_timeout"] <= 1
    # Another store's client would refuse the Redis client's keyword arguments.
    assert storage_options("memcached://127.0.0.1:11211") is None
    assert storage_options("memory://") is None


def test_a_platform_redis_url_shares_the_rate_limits(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("QUIZ_RATELIMIT_STORAGE_URI", raising=False)
    monkeypatch.setenv("REDIS_URL", "redis://cache.example:6379/2")
    assert create_app().config["RATELIMIT_STORAGE_URI"] == "redis://cache.example:6379/2"
    monkeypatch.setenv("QUIZ_RATELIMIT_STORAGE_URI", "memory://")
    assert create_app().config["RATELIMIT_STORAGE_URI"] == "memory://"  # explicit wins
    monkeypatch.delenv("QUIZ_RATELIMIT_STORAGE_URI")
    monkeypatch.delenv("REDIS_URL")
    assert create_app().config["RATELIMIT_STORAGE_URI"] == "memory://"
