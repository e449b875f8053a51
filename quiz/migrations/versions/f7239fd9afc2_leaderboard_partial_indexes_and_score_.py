"""Leaderboard partial indexes and a per-score tally kept by triggers

Counting every play ahead of a player is too slow at a million plays of a pack, so
ranks sum a small per-score tally instead. Triggers keep the tally exact whatever
writes the play table; it is backfilled from the plays already there.

Revision ID: f7239fd9afc2
Revises: 641843441212
Create Date: 2026-11-25 11:52:28.532495

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f7239fd9afc2'
down_revision = '641843441212'
branch_labels = None
depends_on = None

RANKED = {
    "sqlite": "finished_at IS NOT NULL AND flagged = 0",
    "postgresql": "finished_at IS NOT NULL AND flagged = false",
}

SQLITE_TRIGGERS = [
    """CREATE TRIGGER play_tally_insert AFTER INSERT ON play
    WHEN NEW.finished_at IS NOT NULL AND NEW.flagged = 0
    BEGIN
      INSERT INTO play_score_tally (pack_id, score, plays) VALUES (NEW.pack_id, NEW.score, 1)
      ON CONFLICT (pack_id, score) DO UPDATE SET plays = plays + 1;
    END""",
    """CREATE TRIGGER play_tally_delete AFTER DELETE ON play
    WHEN OLD.finished_at IS NOT NULL AND OLD.flagged = 0
    BEGIN
      UPDATE play_score_tally SET plays = plays - 1
      WHERE pack_id = OLD.pack_id AND score = OLD.score;
    END""",
    """CREATE TRIGGER play_tally_update_old AFTER UPDATE OF pack_id, score, finished_at, flagged
    ON play WHEN OLD.finished_at IS NOT NULL AND OLD.flagged = 0
    BEGIN
      UPDATE play_score_tally SET plays = plays - 1
      WHERE pack_id = OLD.pack_id AND score = OLD.score;
    END""",
    """CREATE TRIGGER play_tally_update_new AFTER UPDATE OF pack_id, score, finished_at, flagged
    ON play WHEN NEW.finished_at IS NOT NULL AND NEW.flagged = 0
    BEGIN
      INSERT INTO play_score_tally (pack_id, score, plays) VALUES (NEW.pack_id, NEW.score, 1)
      ON CONFLICT (pack_id, score) DO UPDATE SET plays = plays + 1;
    END""",
]

POSTGRESQL_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION play_score_tally_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.finished_at IS NOT NULL AND NOT OLD.flagged THEN
          UPDATE play_score_tally SET plays = plays - 1
          WHERE pack_id = OLD.pack_id AND score = OLD.score;
        END IF;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF NEW.finished_at IS NOT NULL AND NOT NEW.flagged THEN
          INSERT INTO play_score_tally (pack_id, score, plays) VALUES (NEW.pack_id, NEW.score, 1)
          ON CONFLICT (pack_id, score) DO UPDATE SET plays = play_score_tally.plays + 1;
        END IF;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER play_score_tally_sync
    AFTER INSERT OR DELETE OR UPDATE OF pack_id, score, finished_at, flagged ON play
    FOR EACH ROW EXECUTE FUNCTION play_score_tally_sync()""",
]


def upgrade():
    dialect = op.get_bind().dialect.name
    ranked = RANKED.get(dialect, RANKED["sqlite"])
    op.create_table('play_score_tally',
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['pack.id'], name=op.f('fk_play_score_tally_pack_id_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pack_id', 'score', name=op.f('pk_play_score_tally'))
    )
    # Plain op.* calls, not batch mode: a batch rebuild of play would drop its triggers.
    op.drop_index('ix_play_leaderboard', table_name='play')
    op.create_index(
        'ix_play_board',
        'play',
        ['pack_id', sa.text('score DESC'), 'total_time_ms', 'finished_at', 'id'],
        unique=False,
        sqlite_where=sa.text(RANKED["sqlite"]),
        postgresql_where=sa.text(RANKED["postgresql"]),
    )
    op.create_index(
        'ix_play_board_recent',
        'play',
        ['pack_id', 'finished_at', 'score', 'total_time_ms', 'id'],
        unique=False,
        sqlite_where=sa.text(RANKED["sqlite"]),
        postgresql_where=sa.text(RANKED["postgresql"]),
    )
    op.execute(
        "INSERT INTO play_score_tally (pack_id, score, plays) "
        f"SELECT pack_id, score, count(*) FROM play WHERE {ranked} GROUP BY pack_id, score"
    )
    for statement in POSTGRESQL_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS play_score_tally_sync ON play")
        op.execute("DROP FUNCTION IF EXISTS play_score_tally_sync()")
    else:
        for name in ("insert", "delete", "update_old", "update_new"):
            op.execute(f"DROP TRIGGER IF EXISTS play_tally_{name}")
    op.drop_index('ix_play_board_recent', table_name='play')
    op.drop_index('ix_play_board', table_name='play')
    op.create_index(
        'ix_play_leaderboard',
        'play',
        ['pack_id', 'flagged', sa.text('score DESC'), 'total_time_ms', 'finished_at'],
        unique=False,
    )
    op.drop_table('play_score_tally')
