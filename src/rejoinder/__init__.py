"""Rejoinder: a self-hosted discussion platform for news publishers."""

__version__ = "0.1.0.dev0"
