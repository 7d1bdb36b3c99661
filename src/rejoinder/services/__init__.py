"""Use cases. Each runs in one transaction: the comment, its decision log and outbox together."""
