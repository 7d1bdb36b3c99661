"""SQLAlchemy Core implementation of the storage Protocols (SQLite and PostgreSQL)."""
