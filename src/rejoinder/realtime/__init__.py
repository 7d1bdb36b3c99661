"""Live updates: publish thread events to readers connected over Server-Sent Events."""
