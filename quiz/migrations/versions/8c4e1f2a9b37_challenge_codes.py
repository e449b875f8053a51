"""Challenge codes: a public id per play, so challenge links never carry the play token

Challenge links used to be /p/<slug>?challenge=<play token>, handing the challenger's
credential (and with it their answer review) to whoever got the link. Each play now has
its own random challenge code. Plays already stored get one here, in one UPDATE per
backend (random bytes from the database itself); new plays get theirs from the model.
Self-contained: one nullable column and its unique index; downgrade drops both.

Revision ID: 8c4e1f2a9b37
Revises: d10b49fb6a61
Create Date: 2026-11-26 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8c4e1f2a9b37'
down_revision = 'd10b49fb6a61'
branch_labels = None
depends_on = None

# 16 hex characters (64 random bits) per existing play; the model's own codes are longer.
BACKFILL = {
    "sqlite": "UPDATE play SET challenge_code = lower(hex(randomblob(8)))",
    "postgresql": (
        "UPDATE play SET challenge_code = substr(md5(gen_random_uuid()::text), 1, 16)"
    ),
}


def upgrade():
    op.add_column('play', sa.Column('challenge_code', sa.String(length=32), nullable=True))
    dialect = op.get_bind().dialect.name
    if dialect in BACKFILL:
        op.execute(BACKFILL[dialect])
    op.create_index('ix_play_challenge_code', 'play', ['challenge_code'], unique=True)


def downgrade():
    op.drop_index('ix_play_challenge_code', table_name='play')
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would rebuild the table and lose
    # the leaderboard triggers on it.
    op.execute('ALTER TABLE play DROP COLUMN challenge_code')
