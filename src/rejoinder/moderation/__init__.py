"""Automatic moderation: a pipeline decides publish / hold / spam / reject for each comment."""
