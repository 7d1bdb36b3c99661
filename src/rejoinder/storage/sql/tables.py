"""Table definitions. Alembic migrations in `migrations/` are the source of truth for DDL;
these mirror them for queries (a test checks the two agree)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sites = Table(
    "sites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("origins", Text, nullable=False),  # JSON list
    Column("premoderation", String(16), nullable=False),
    Column("edit_window_seconds", Integer, nullable=False),
    Column("max_depth", Integer, nullable=False),
    Column("require_name", Boolean, nullable=False),
    Column("require_email", Boolean, nullable=False),
    Column("flag_threshold", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("policy", Text, nullable=False, server_default="{}"),  # JSON ModerationPolicy
    Column("auto_close_days", Integer, nullable=True),
)

threads = Table(
    "threads",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("uri", String(1000), nullable=False),
    Column("title", String(300), nullable=False),
    Column("closed", Boolean, nullable=False),
    Column("comment_count", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("site_id", "uri"),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("thread_id", ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
    Column("parent_id", ForeignKey("comments.id"), nullable=True),
    Column("root_id", ForeignKey("comments.id"), nullable=True),
    Column("reply_to_id", ForeignKey("comments.id"), nullable=True),
    Column("depth", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("author_name", String(200), nullable=False),
    Column("author_email", String(254), nullable=True),
    Column("author_url", String(500), nullable=True),
    Column("ip_prefix", String(64), nullable=False),
    Column("owner_key", String(64), nullable=True),
    Column("edit_token_hash", String(64), nullable=False),
    Column("anchor_exact", Text, nullable=True),
    Column("anchor_prefix", Text, nullable=True),
    Column("anchor_suffix", Text, nullable=True),
    Column("created_at", Float, nullable=False),
    Column("edited_at", Float, nullable=True),
    Column("votes_up", Integer, nullable=False),
    Column("votes_down", Integer, nullable=False),
    Column("score", Integer, nullable=False),
    Column("text_hash", String(64), nullable=False, server_default=""),
    # A thread page reads top-level comments in one of three orders: each has its index.
    Index("ix_comments_thread_top_created", "thread_id", "depth", "created_at", "id"),
    Index("ix_comments_thread_top_score", "thread_id", "depth", "score", "id"),
    Index("ix_comments_root_created", "root_id", "created_at", "id"),
    Index("ix_comments_parent", "parent_id"),
    Index("ix_comments_thread_status", "thread_id", "status"),
    Index("ix_comments_author_email", "author_email"),
    Index("ix_comments_text_hash", "text_hash", "created_at"),
)

votes = Table(
    "votes",
    metadata,
    Column("comment_id", ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True),
    Column("voter_key", String(64), primary_key=True),
    Column("value", Integer, nullable=False),
    Column("ip_prefix", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ix_votes_comment_prefix", "comment_id", "ip_prefix"),
)

flags = Table(
    "flags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("reporter_key", String(64), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("detail", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("comment_id", "reporter_key"),
)

decisions = Table(
    "moderation_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("reasons", Text, nullable=False),  # JSON list of reason codes
    Column("scores", Text, nullable=False),  # JSON object category -> score
    Column("actor", String(200), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("spans", Text, nullable=False, server_default="[]"),  # JSON [[start, end, reason]]
    Index("ix_moderation_decisions_comment", "comment_id"),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("thread_id", ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
    Column("comment_id", ForeignKey("comments.id", ondelete="CASCADE"), nullable=True),
    Column("email", String(254), nullable=False),
    Column("mode", String(16), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ix_subscriptions_thread", "thread_id"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("topic", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("delivered_at", Float, nullable=True),
    Index("ix_outbox_pending", "delivered_at", "id"),
)

bans = Table(
    "bans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", String(254), nullable=False),
    Column("until", Float, nullable=True),
    Column("shadow", Boolean, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ix_bans_lookup", "site_id", "kind", "value"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("locked_until", Float, nullable=True),
    Column("created_at", Float, nullable=False),
)

user_sites = Table(
    "user_sites",
    metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
)

# Browser sessions (kind "session", with a CSRF token and an expiry) and API tokens ("api").
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=True),
    Index("ix_sessions_user", "user_id"),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False),  # "account:<email>" or "network:<prefix>"
    Column("created_at", Float, nullable=False),
    Index("ix_login_failures_key", "key", "created_at"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), nullable=True),
    Column("actor", String(254), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(300), nullable=False),
    Column("reason", Text, nullable=False),
    Column("before", Text, nullable=False),  # JSON
    Column("after", Text, nullable=False),  # JSON
    Column("created_at", Float, nullable=False),
    Index("ix_audit_log_site_created", "site_id", "created_at"),
)

# Moderators' marks on an author ("email:<address>" or "network:<prefix>"): notes and trust.
author_marks = Table(
    "author_marks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("author", String(300), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("note", Text, nullable=False),
    Column("actor", String(254), nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ix_author_marks_lookup", "site_id", "author", "kind"),
)
