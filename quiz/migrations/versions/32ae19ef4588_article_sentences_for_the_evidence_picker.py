"""Articles keep their sentences, for the studio's evidence picker

Staff pick a question's evidence from the article's sentences as the engine split
them; the engine's split is stored with the article when a pack is drafted. Adds the
nullable JSON column article.sentences; articles stored before it stay NULL and are
split once, on first need, by the app. Downgrade drops the column.

Revision ID: 32ae19ef4588
Revises: 770db3d28a76
Create Date: 2026-12-01 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '32ae19ef4588'
down_revision = '770db3d28a76'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('article', sa.Column('sentences', sa.JSON(), nullable=True))


def downgrade():
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): no table rebuild, which the
    # foreign keys from pack would refuse.
    op.drop_column('article', 'sentences')
