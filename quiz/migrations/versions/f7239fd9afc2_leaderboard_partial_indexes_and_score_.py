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

from quiz.models import triggers


# revision identifiers, used by Alembic.
revision = 'f7239fd9afc2'
down_revision = '641843441212'
branch_labels = None
depends_on = None

RANKED = {
    "sqlite": "finished_at IS NOT NULL AND flagged = 0",
    "postgresql": "finished_at IS NOT NULL AND flagged = false",
}
# The tally's triggers as this revision ships them (frozen in quiz.models.triggers).
TRIGGERS = triggers.SHIPPED[revision]


def upgrade():
    dialect = op.get_bind().dialect.name
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
    op.execute(triggers.SCORE.backfill(dialect))
    for statement in triggers.transition(None, TRIGGERS, dialect):
        op.execute(statement)


def downgrade():
    for statement in triggers.transition(TRIGGERS, None, op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index('ix_play_board_recent', table_name='play')
    op.drop_index('ix_play_board', table_name='play')
    op.create_index(
        'ix_play_leaderboard',
        'play',
        ['pack_id', 'flagged', sa.text('score DESC'), 'total_time_ms', 'finished_at'],
        unique=False,
    )
    op.drop_table('play_score_tally')
