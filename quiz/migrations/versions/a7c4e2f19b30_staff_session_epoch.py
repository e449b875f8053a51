"""Staff session epoch: logout and a password change end every session cookie

Adds staff.session_epoch (an integer, 0 for every existing account). Session cookies now
name the account and its epoch; logging out or changing the password raises the epoch,
so cookies issued before are refused. Cookies issued before this revision name no epoch
and are refused too: everyone logs in once more.

Revision ID: a7c4e2f19b30
Revises: b95c3800125f
Create Date: 2026-12-01 17:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a7c4e2f19b30'
down_revision = 'b95c3800125f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        'staff', sa.Column('session_epoch', sa.Integer(), server_default='0', nullable=False)
    )


def downgrade():
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('session_epoch')
