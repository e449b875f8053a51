"""Leaderboard indexes carry flagged, so SQLite answers from the index alone

SQLite re-reads the play row to check `flagged = 0` even though the partial index
already implies it; with the column in the index, page and rank queries never touch
the table. Indexes only: no data changes.

Revision ID: 5b2c0e7d9a41
Revises: 301523844bcb
Create Date: 2026-11-25 12:30:00.000000

"""
from typing import Any

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b2c0e7d9a41'
down_revision = '301523844bcb'
branch_labels = None
depends_on = None

WHERE: dict[str, Any] = {
    "sqlite_where": sa.text("finished_at IS NOT NULL AND flagged = 0"),
    "postgresql_where": sa.text("finished_at IS NOT NULL AND flagged = false"),
}
BOARD: list[Any] = ['pack_id', sa.text('score DESC'), 'total_time_ms', 'finished_at', 'id']
RECENT = ['pack_id', 'finished_at', 'score', 'total_time_ms', 'id']


def _rebuild(extra: list[str]) -> None:
    op.drop_index('ix_play_board', table_name='play')
    op.drop_index('ix_play_board_recent', table_name='play')
    op.create_index('ix_play_board', 'play', BOARD + extra, unique=False, **WHERE)
    op.create_index('ix_play_board_recent', 'play', RECENT + extra, unique=False, **WHERE)


def upgrade():
    _rebuild(['flagged'])


def downgrade():
    _rebuild([])
