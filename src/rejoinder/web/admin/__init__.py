"""The moderators' side: the dashboard at /admin/ and the JSON admin API."""
