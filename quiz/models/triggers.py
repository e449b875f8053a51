"""The triggers that keep the tally tables (quiz.models.scores) in step with play.

Each tally counts ranked plays (finished, not flagged) per key computed from the play row.
SQLite gets four triggers per tally (insert, delete, and the two halves of an update);
PostgreSQL one trigger function for all tallies and one row trigger that calls it.

Migrations render their DDL from here. Each shipped set of tallies is frozen below under
the revision that installed it, and a migration moves from the set before it to its own
with `transition()`; to change the triggers, add a set and a migration, never edit a
shipped set (tests/web/test_migrations.py pins their DDL and checks that a migrated
database holds CURRENT's triggers). Plain strings only: no Flask, no SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass

FUNCTION = "play_score_tally_sync"  # the PostgreSQL trigger function, and its trigger
# Which plays count, as SQL over a play row called `{row}`, per dialect.
RANKED = {
    "sqlite": "{row}.finished_at IS NOT NULL AND {row}.flagged = 0",
    "postgresql": "{row}.finished_at IS NOT NULL AND NOT {row}.flagged",
}
# Order in which watched columns are listed, so a set's DDL never depends on set order.
PLAY_COLUMNS = ("pack_id", "score", "total_time_ms", "finished_at", "flagged")


@dataclass(frozen=True)
class Tally:
    """One tally table: its key columns, each computed from a play row called `{row}`."""

    table: str
    short: str  # names the SQLite triggers: play_{short}_insert, ...
    keys: tuple[tuple[str, str], ...]
    watched: tuple[str, ...]  # play columns whose UPDATE can move a play to another key

    def key_list(self) -> str:
        """The key columns, comma-separated."""
        return ", ".join(column for column, _ in self.keys)

    def values(self, row: str) -> str:
        """The keys computed from `row` (NEW, OLD or the table name play)."""
        return ", ".join(value.format(row=row) for _, value in self.keys)

    def add(self, row: str) -> str:
        """Count `row` in: insert its key, or add one to it."""
        return (
            f"INSERT INTO {self.table} ({self.key_list()}, plays) VALUES ({self.values(row)}, 1) "
            f"ON CONFLICT ({self.key_list()}) DO UPDATE SET plays = {self.table}.plays + 1;"
        )

    def remove(self, row: str) -> str:
        """Count `row` out: take one from its key."""
        match = " AND ".join(f"{column} = {value.format(row=row)}" for column, value in self.keys)
        return f"UPDATE {self.table} SET plays = plays - 1 WHERE {match};"

    def backfill(self, dialect: str) -> str:
        """Count the plays already there (the table starts empty)."""
        computed = self.values("play")
        ranked = RANKED.get(dialect, RANKED["sqlite"]).format(row="play")
        return (
            f"INSERT INTO {self.table} ({self.key_list()}, plays) SELECT {computed}, count(*) "
            f"FROM play WHERE {ranked} GROUP BY {computed}"
        )


@dataclass(frozen=True)
class TriggerSet:
    """The tallies a database keeps at one revision."""

    tallies: tuple[Tally, ...]

    def watched(self) -> str:
        """UPDATE OF columns of the PostgreSQL trigger: every tally's, in table order."""
        wanted = {column for tally in self.tallies for column in tally.watched}
        return ", ".join(column for column in PLAY_COLUMNS if column in wanted)


def sqlite_triggers(tally: Tally) -> dict[str, str]:
    """The four SQLite triggers of a tally, by name."""
    update = "UPDATE OF " + ", ".join(c for c in PLAY_COLUMNS if c in tally.watched)
    triggers = {}
    for name, event, row, body in (
        ("insert", "INSERT", "NEW", tally.add),
        ("delete", "DELETE", "OLD", tally.remove),
        ("update_old", update, "OLD", tally.remove),
        ("update_new", update, "NEW", tally.add),
    ):
        trigger = f"play_{tally.short}_{name}"
        triggers[trigger] = (
            f"CREATE TRIGGER {trigger} AFTER {event} ON play "
            f"WHEN {RANKED['sqlite'].format(row=row)} BEGIN {body(row)} END"
        )
    return triggers


def postgresql_function_body(triggers: TriggerSet) -> str:
    """The PL/pgSQL body (between the $$) of the one trigger function."""
    minus = "".join(f"\n      {tally.remove('OLD')}" for tally in triggers.tallies)
    plus = "".join(f"\n      {tally.add('NEW')}" for tally in triggers.tallies)
    return f"""
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF {RANKED["postgresql"].format(row="OLD")} THEN{minus}
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    IF {RANKED["postgresql"].format(row="NEW")} THEN{plus}
    END IF;
  END IF;
  RETURN NULL;
END
"""


def postgresql_trigger(triggers: TriggerSet) -> str:
    """The row trigger on play that calls the function."""
    return (
        f"CREATE TRIGGER {FUNCTION} AFTER INSERT OR DELETE OR UPDATE OF {triggers.watched()} "
        f"ON play FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
    )


def transition(old: TriggerSet | None, new: TriggerSet | None, dialect: str) -> list[str]:
    """The statements that replace `old`'s triggers (None: none) by `new`'s (None: none)."""
    before = old.tallies if old else ()
    after = new.tallies if new else ()
    if dialect == "postgresql":
        return _postgresql_transition(old if before else None, new if after else None)
    dropped = [t for t in before if t not in after]
    added = [t for t in after if t not in before]
    drops = [f"DROP TRIGGER IF EXISTS {name}" for t in dropped for name in sqlite_triggers(t)]
    return drops + [ddl for t in added for ddl in sqlite_triggers(t).values()]


def _postgresql_transition(old: TriggerSet | None, new: TriggerSet | None) -> list[str]:
    drop_trigger = f"DROP TRIGGER IF EXISTS {FUNCTION} ON play"
    if new is None:
        return [drop_trigger, f"DROP FUNCTION IF EXISTS {FUNCTION}()"]
    body = postgresql_function_body(new)
    statements = [
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$"
    ]
    # The trigger is rebuilt only when what it watches changes (that locks the play table).
    if old is None or old.watched() != new.watched():
        statements += [drop_trigger, postgresql_trigger(new)]
    return statements


def _tally(table: str, short: str, keys: dict[str, str], watched: str) -> Tally:
    return Tally(table, short, tuple(keys.items()), tuple(watched.split(", ")))


# The shipped sets, each under the revision that installed it. Numbers are frozen here:
# BAND_WIDTH = 128 and TIE_BAND_MS = 16384 in quiz.models.scores at the time.
SCORE = _tally(
    "play_score_tally",
    "tally",
    {"pack_id": "{row}.pack_id", "score": "{row}.score"},
    "pack_id, score, finished_at, flagged",
)
BAND = _tally(
    "play_score_band",
    "band",
    {"pack_id": "{row}.pack_id", "band": "{row}.score / 128"},
    "pack_id, score, finished_at, flagged",
)
TIE_BAND = _tally(
    "play_score_tie_band",
    "tie_band",
    {
        "pack_id": "{row}.pack_id",
        "score": "{row}.score",
        "time_band": "{row}.total_time_ms / 16384",
    },
    "pack_id, score, total_time_ms, finished_at, flagged",
)
DAY_BAND = _tally(
    "play_score_day_band",
    "day_band",
    {"pack_id": "{row}.pack_id", "day": "date({row}.finished_at)", "band": "{row}.score / 128"},
    "pack_id, score, total_time_ms, finished_at, flagged",
)

SHIPPED = {
    "f7239fd9afc2": TriggerSet((SCORE,)),
    "301523844bcb": TriggerSet((SCORE, BAND)),
    "d10b49fb6a61": TriggerSet((SCORE, BAND, TIE_BAND, DAY_BAND)),
}
CURRENT = SHIPPED["d10b49fb6a61"]
