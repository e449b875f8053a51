"""Generated pack descriptions lose their question counts

The question engine used to open a pack's description with "N questions on ...", which
went stale as soon as staff added or removed a question. Pages show the pack's own
count instead. This removes the sentences that count questions from the descriptions
of packs made from an article (imported packs keep their text). Data only, no schema
change; the old text is not restored on downgrade (it was wrong by then).

Revision ID: 770db3d28a76
Revises: 8c4e1f2a9b37
Create Date: 2026-12-01 17:30:00.000000

"""
import re

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '770db3d28a76'
down_revision = '8c4e1f2a9b37'
branch_labels = None
depends_on = None

# Kept here rather than imported, so the revision does what it did when it shipped.
COUNTS_QUESTIONS = re.compile(r"\b\d+\s+questions?\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

pack = sa.table(
    "pack",
    sa.column("id", sa.Integer),
    sa.column("description", sa.Text),
    sa.column("article_id", sa.Integer),
)


def upgrade():
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(pack.c.id, pack.c.description).where(pack.c.article_id.is_not(None))
    ).all()
    for pack_id, description in rows:
        sentences = SENTENCE_END.split((description or "").strip())
        kept = " ".join(s for s in sentences if s and not COUNTS_QUESTIONS.search(s))
        if kept != (description or ""):
            connection.execute(
                sa.update(pack).where(pack.c.id == pack_id).values(description=kept)
            )


def downgrade():
    pass
