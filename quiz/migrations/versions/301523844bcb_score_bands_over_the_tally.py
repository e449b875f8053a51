"""Score bands over the tally, kept by triggers

A pack has up to ~15,000 distinct scores, so summing the tally above a score can read
thousands of rows. Bands of 128 scores (score / 128) bring a rank down to summing
about a hundred bands plus at most 128 tally rows. Backfilled from existing plays.

Revision ID: 301523844bcb
Revises: f7239fd9afc2
Create Date: 2026-11-25 12:00:42.626074

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '301523844bcb'
down_revision = 'f7239fd9afc2'
branch_labels = None
depends_on = None

BAND_WIDTH = 128  # quiz.models.scores.BAND_WIDTH at the time of this migration

RANKED = {
    "sqlite": "finished_at IS NOT NULL AND flagged = 0",
    "postgresql": "finished_at IS NOT NULL AND flagged = false",
}


def _sqlite_trigger(name: str, event: str, row: str, change: str) -> str:
    if change == "+1":
        body = (
            f"INSERT INTO play_score_band (pack_id, band, plays) "
            f"VALUES ({row}.pack_id, {row}.score / {BAND_WIDTH}, 1) "
            "ON CONFLICT (pack_id, band) DO UPDATE SET plays = plays + 1;"
        )
    else:
        body = (
            "UPDATE play_score_band SET plays = plays - 1 "
            f"WHERE pack_id = {row}.pack_id AND band = {row}.score / {BAND_WIDTH};"
        )
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON play "
        f"WHEN {row}.finished_at IS NOT NULL AND {row}.flagged = 0 BEGIN {body} END"
    )


COLUMNS = "UPDATE OF pack_id, score, finished_at, flagged"
SQLITE_TRIGGERS = [
    _sqlite_trigger("play_band_insert", "INSERT", "NEW", "+1"),
    _sqlite_trigger("play_band_delete", "DELETE", "OLD", "-1"),
    _sqlite_trigger("play_band_update_old", COLUMNS, "OLD", "-1"),
    _sqlite_trigger("play_band_update_new", COLUMNS, "NEW", "+1"),
]


def _postgresql_function(with_bands: bool) -> str:
    minus = plus = ""
    if with_bands:
        minus = f"""
          UPDATE play_score_band SET plays = plays - 1
          WHERE pack_id = OLD.pack_id AND band = OLD.score / {BAND_WIDTH};"""
        plus = f"""
          INSERT INTO play_score_band (pack_id, band, plays)
          VALUES (NEW.pack_id, NEW.score / {BAND_WIDTH}, 1)
          ON CONFLICT (pack_id, band) DO UPDATE SET plays = play_score_band.plays + 1;"""
    return f"""CREATE OR REPLACE FUNCTION play_score_tally_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.finished_at IS NOT NULL AND NOT OLD.flagged THEN
          UPDATE play_score_tally SET plays = plays - 1
          WHERE pack_id = OLD.pack_id AND score = OLD.score;{minus}
        END IF;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF NEW.finished_at IS NOT NULL AND NOT NEW.flagged THEN
          INSERT INTO play_score_tally (pack_id, score, plays) VALUES (NEW.pack_id, NEW.score, 1)
          ON CONFLICT (pack_id, score) DO UPDATE SET plays = play_score_tally.plays + 1;{plus}
        END IF;
      END IF;
      RETURN NULL;
    END $$"""


def upgrade():
    dialect = op.get_bind().dialect.name
    op.create_table('play_score_band',
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['pack.id'], name=op.f('fk_play_score_band_pack_id_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pack_id', 'band', name=op.f('pk_play_score_band'))
    )
    ranked = RANKED.get(dialect, RANKED["sqlite"])
    op.execute(
        "INSERT INTO play_score_band (pack_id, band, plays) "
        f"SELECT pack_id, score / {BAND_WIDTH}, count(*) FROM play WHERE {ranked} "
        f"GROUP BY pack_id, score / {BAND_WIDTH}"
    )
    if dialect == "postgresql":
        op.execute(_postgresql_function(with_bands=True))
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_postgresql_function(with_bands=False))
    else:
        for name in ("insert", "delete", "update_old", "update_new"):
            op.execute(f"DROP TRIGGER IF EXISTS play_band_{name}")
    op.drop_table('play_score_band')
