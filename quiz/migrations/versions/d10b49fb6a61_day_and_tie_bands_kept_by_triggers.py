"""Day bands and tie bands kept by triggers; a per-day board index

Week and today ranks counted every play of the period (70 ms on PostgreSQL at a
million plays), and a place inside a big tie (every all-wrong play scores 0) counted
up to half the tie. Two more trigger-kept counts fix both: ranked plays per finish day
and score band, and per exact score and band of total answer time. The per-day index
(finish day, pack, score, ...) lets a period's count or page read one score band per day;
it replaces ix_play_board_recent, which only served the period queries. Backfilled
from existing plays.

Revision ID: d10b49fb6a61
Revises: 5b2c0e7d9a41
Create Date: 2026-11-25 15:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd10b49fb6a61'
down_revision = '5b2c0e7d9a41'
branch_labels = None
depends_on = None

# quiz.models.scores at the time of this migration.
BAND_WIDTH = 128
TIE_BAND_MS = 16384

RANKED = {
    "sqlite": "finished_at IS NOT NULL AND flagged = 0",
    "postgresql": "finished_at IS NOT NULL AND flagged = false",
}
WHERE = {f"{dialect}_where": sa.text(condition) for dialect, condition in RANKED.items()}
# The day leads so that a query without one (all time) can never pick this index.
DAY_INDEX = [
    sa.text('date(finished_at)'), 'pack_id', 'score', 'total_time_ms', 'finished_at', 'id',
    'flagged',
]
RECENT_INDEX = ['pack_id', 'finished_at', 'score', 'total_time_ms', 'id', 'flagged']

# table: its key columns, each with its value computed from a play row named "{row}"
TALLIES = {
    "play_score_tie_band": (
        ("pack_id", "{row}.pack_id"),
        ("score", "{row}.score"),
        ("time_band", f"{{row}}.total_time_ms / {TIE_BAND_MS}"),
    ),
    "play_score_day_band": (
        ("pack_id", "{row}.pack_id"),
        ("day", "date({row}.finished_at)"),
        ("band", f"{{row}}.score / {BAND_WIDTH}"),
    ),
}
COLUMNS = "UPDATE OF pack_id, score, total_time_ms, finished_at, flagged"


def _keys(table: str) -> str:
    return ", ".join(key for key, _ in TALLIES[table])


def _values(table: str, row: str) -> str:
    return ", ".join(value.format(row=row) for _, value in TALLIES[table])


def _add(table: str, row: str) -> str:
    return (
        f"INSERT INTO {table} ({_keys(table)}, plays) VALUES ({_values(table, row)}, 1) "
        f"ON CONFLICT ({_keys(table)}) DO UPDATE SET plays = {table}.plays + 1;"
    )


def _remove(table: str, row: str) -> str:
    match = " AND ".join(f"{key} = {value.format(row=row)}" for key, value in TALLIES[table])
    return f"UPDATE {table} SET plays = plays - 1 WHERE {match};"


def _sqlite_triggers() -> list[str]:
    statements = []
    for table in TALLIES:
        short = table.removeprefix("play_score_")
        for name, event, row, body in (
            ("insert", "INSERT", "NEW", _add),
            ("delete", "DELETE", "OLD", _remove),
            ("update_old", COLUMNS, "OLD", _remove),
            ("update_new", COLUMNS, "NEW", _add),
        ):
            statements.append(
                f"CREATE TRIGGER play_{short}_{name} AFTER {event} ON play "
                f"WHEN {row}.finished_at IS NOT NULL AND {row}.flagged = 0 "
                f"BEGIN {body(table, row)} END"
            )
    return statements


def _postgresql_function(with_new_tallies: bool) -> str:
    """The trigger function of revision 301523844bcb, plus the new tallies if asked."""
    minus = plus = ""
    if with_new_tallies:
        minus = "".join(f"\n          {_remove(table, 'OLD')}" for table in TALLIES)
        plus = "".join(f"\n          {_add(table, 'NEW')}" for table in TALLIES)
    return f"""CREATE OR REPLACE FUNCTION play_score_tally_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.finished_at IS NOT NULL AND NOT OLD.flagged THEN
          UPDATE play_score_tally SET plays = plays - 1
          WHERE pack_id = OLD.pack_id AND score = OLD.score;
          UPDATE play_score_band SET plays = plays - 1
          WHERE pack_id = OLD.pack_id AND band = OLD.score / {BAND_WIDTH};{minus}
        END IF;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF NEW.finished_at IS NOT NULL AND NOT NEW.flagged THEN
          INSERT INTO play_score_tally (pack_id, score, plays) VALUES (NEW.pack_id, NEW.score, 1)
          ON CONFLICT (pack_id, score) DO UPDATE SET plays = play_score_tally.plays + 1;
          INSERT INTO play_score_band (pack_id, band, plays)
          VALUES (NEW.pack_id, NEW.score / {BAND_WIDTH}, 1)
          ON CONFLICT (pack_id, band) DO UPDATE SET plays = play_score_band.plays + 1;{plus}
        END IF;
      END IF;
      RETURN NULL;
    END $$"""


def _postgresql_trigger(columns: str) -> list[str]:
    # total_time_ms now decides a tie band, so its updates must reach the trigger too.
    return [
        "DROP TRIGGER IF EXISTS play_score_tally_sync ON play",
        f"""CREATE TRIGGER play_score_tally_sync
        AFTER INSERT OR DELETE OR {columns} ON play
        FOR EACH ROW EXECUTE FUNCTION play_score_tally_sync()""",
    ]


def upgrade():
    dialect = op.get_bind().dialect.name
    ranked = RANKED.get(dialect, RANKED["sqlite"])
    op.create_table('play_score_tie_band',
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('time_band', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['pack.id'], name=op.f('fk_play_score_tie_band_pack_id_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pack_id', 'score', 'time_band', name=op.f('pk_play_score_tie_band'))
    )
    op.create_table('play_score_day_band',
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('band', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['pack.id'], name=op.f('fk_play_score_day_band_pack_id_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pack_id', 'day', 'band', name=op.f('pk_play_score_day_band'))
    )
    if dialect == "postgresql":
        # Another instance may still be serving: hold plays still (reads go on) until the
        # new trigger commits, so no play finishing during the backfill goes uncounted.
        op.execute("LOCK TABLE play IN SHARE ROW EXCLUSIVE MODE")
    for table in TALLIES:
        computed = _values(table, "play")
        op.execute(
            f"INSERT INTO {table} ({_keys(table)}, plays) SELECT {computed}, count(*) "
            f"FROM play WHERE {ranked} GROUP BY {computed}"
        )
    # Plain op.* calls, not batch mode: a batch rebuild of play would drop its triggers.
    op.drop_index('ix_play_board_recent', table_name='play')
    op.create_index('ix_play_board_day', 'play', DAY_INDEX, unique=False, **WHERE)
    if dialect == "postgresql":
        op.execute(_postgresql_function(with_new_tallies=True))
        for statement in _postgresql_trigger(COLUMNS):
            op.execute(statement)
    else:
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        for statement in _postgresql_trigger("UPDATE OF pack_id, score, finished_at, flagged"):
            op.execute(statement)
        op.execute(_postgresql_function(with_new_tallies=False))
    else:
        for table in TALLIES:
            short = table.removeprefix("play_score_")
            for name in ("insert", "delete", "update_old", "update_new"):
                op.execute(f"DROP TRIGGER IF EXISTS play_{short}_{name}")
    op.drop_index('ix_play_board_day', table_name='play')
    op.create_index('ix_play_board_recent', 'play', RECENT_INDEX, unique=False, **WHERE)
    op.drop_table('play_score_day_band')
    op.drop_table('play_score_tie_band')
