"""Explanations are marked for review when an edit leaves them behind

After staff change a question's prompt or its correct option, the explanation may
still state the old fact. Adds the nullable column question.explanation_review:
"prompt" (the explanation may be stale) or "answer" (the correct option changed; plays
leave the explanation out until staff review it). Existing rows start unmarked (NULL).
Downgrade drops the column.

Revision ID: b95c3800125f
Revises: 32ae19ef4588
Create Date: 2026-12-01 18:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b95c3800125f'
down_revision = '32ae19ef4588'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('question', sa.Column('explanation_review', sa.String(length=20), nullable=True))


def downgrade():
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), no table rebuild.
    op.drop_column('question', 'explanation_review')
