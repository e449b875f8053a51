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

from quiz.models import triggers


# revision identifiers, used by Alembic.
revision = '301523844bcb'
down_revision = 'f7239fd9afc2'
branch_labels = None
depends_on = None

# The triggers as this revision ships them, and as the one before shipped them
# (frozen in quiz.models.triggers).
TRIGGERS = triggers.SHIPPED[revision]
BEFORE = triggers.SHIPPED[down_revision]


def upgrade():
    dialect = op.get_bind().dialect.name
    op.create_table('play_score_band',
    sa.Column('pack_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pack_id'], ['pack.id'], name=op.f('fk_play_score_band_pack_id_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pack_id', 'band', name=op.f('pk_play_score_band'))
    )
    op.execute(triggers.BAND.backfill(dialect))
    for statement in triggers.transition(BEFORE, TRIGGERS, dialect):
        op.execute(statement)


def downgrade():
    for statement in triggers.transition(TRIGGERS, BEFORE, op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table('play_score_band')
