"""Persistence: Protocols in `base`; `sql` is the only package that imports SQLAlchemy."""
