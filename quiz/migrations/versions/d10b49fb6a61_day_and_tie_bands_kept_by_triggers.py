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

from quiz.models import triggers


# revision identifiers, used by Alembic.
revision = 'd10b49fb6a61'
down_revision = '5b2c0e7d9a41'
branch_labels = None
depends_on = None

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

# The triggers as this revision ships them, and as the one before it left them
# (frozen in quiz.models.triggers).
TRIGGERS = triggers.SHIPPED[revision]
BEFORE = triggers.SHIPPED["301523844bcb"]
NEW_TALLIES = (triggers.TIE_BAND, triggers.DAY_BAND)


def upgrade():
    dialect = op.get_bind().dialect.name
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
    for tally in NEW_TALLIES:
        op.execute(tally.backfill(dialect))
    # Plain op.* calls, not batch mode: a batch rebuild of play would drop its triggers.
    op.drop_index('ix_play_board_recent', table_name='play')
    op.create_index('ix_play_board_day', 'play', DAY_INDEX, unique=False, **WHERE)
    for statement in triggers.transition(BEFORE, TRIGGERS, dialect):
        op.execute(statement)


def downgrade():
    for statement in triggers.transition(TRIGGERS, BEFORE, op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index('ix_play_board_day', table_name='play')
    op.create_index('ix_play_board_recent', 'play', RECENT_INDEX, unique=False, **WHERE)
    op.drop_table('play_score_day_band')
    op.drop_table('play_score_tie_band')
