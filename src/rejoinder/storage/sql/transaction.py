"""One database transaction, offering every query family the services use."""

from __future__ import annotations

from rejoinder.storage.sql.accounts import AccountQueriesSql
from rejoinder.storage.sql.bans import BanQueriesSql
from rejoinder.storage.sql.comments import CommentQueriesSql
from rejoinder.storage.sql.connection import Executor
from rejoinder.storage.sql.desk import DeskQueriesSql
from rejoinder.storage.sql.logs import LogQueriesSql
from rejoinder.storage.sql.sites import SiteQueriesSql
from rejoinder.storage.sql.threads import ThreadQueriesSql
from rejoinder.storage.sql.votes import FlagQueriesSql, VoteQueriesSql


class SqlTransaction(
    SiteQueriesSql,
    ThreadQueriesSql,
    CommentQueriesSql,
    VoteQueriesSql,
    FlagQueriesSql,
    LogQueriesSql,
    BanQueriesSql,
    AccountQueriesSql,
    DeskQueriesSql,
):
    def __init__(self, conn: Executor) -> None:
        self.conn = conn
