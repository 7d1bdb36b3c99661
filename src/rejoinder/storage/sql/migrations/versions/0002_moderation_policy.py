"""moderation policy per site, text hashes for duplicate detection, decision spans

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("policy", sa.Text(), nullable=False, server_default="{}"))
    with op.batch_alter_table("comments") as batch:
        batch.add_column(
            sa.Column("text_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.create_index("ix_comments_text_hash", ["text_hash", "created_at"])
    with op.batch_alter_table("moderation_decisions") as batch:
        batch.add_column(sa.Column("spans", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("moderation_decisions") as batch:
        batch.drop_column("spans")
    with op.batch_alter_table("comments") as batch:
        batch.drop_index("ix_comments_text_hash")
        batch.drop_column("text_hash")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("policy")
