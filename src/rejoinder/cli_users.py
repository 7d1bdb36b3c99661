"""`rejoinder user ...`: moderator and administrator accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from rejoinder.composition import Services, open_services
from rejoinder.domain.accounts import Role, User
from rejoinder.settings import Settings


async def _with(settings: Settings, work: Any) -> Any:
    services: Services
    async with open_services(settings) as services:
        return await work(services)


def _password(password_file: Path | None) -> str:
    """From a file (first line) for scripts, else asked twice at a hidden prompt."""
    if password_file is not None:
        try:
            lines = password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"cannot read {password_file}: {exc}") from exc
        if not lines:
            raise click.ClickException(f"{password_file} is empty")
        return lines[0]
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


def _describe(user: User, site_names: dict[int, str]) -> str:
    sites = (
        "all sites"
        if user.role is Role.ADMIN
        else ",".join(sorted(site_names.get(i, str(i)) for i in user.site_ids))
    )
    state = "disabled" if user.disabled else "active"
    return f"{user.email}\t{user.role.value}\t{sites}\t{state}"


PASSWORD_FILE = click.option(
    "--password-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="read the password from this file's first line instead of a prompt",
)


def register(main: click.Group, run: Any, settings_of: Any) -> None:
    @main.group()
    def user() -> None:
        """Moderator and administrator accounts for the dashboard and the admin API."""

    @user.command("add")
    @click.argument("email")
    @click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
    @click.option("--site", "sites", multiple=True, help="a site a moderator works on (repeat)")
    @PASSWORD_FILE
    @click.pass_context
    def user_add(
        ctx: click.Context,
        email: str,
        role: str,
        sites: tuple[str, ...],
        password_file: Path | None,
    ) -> None:
        """Create an account; moderators need at least one --site."""
        password = _password(password_file)
        added = run(
            _with(
                settings_of(ctx), lambda s: s.accounts.add_user(email, password, Role(role), sites)
            )
        )
        click.echo(f"added {added.email} ({added.role.value})")

    @user.command("list")
    @click.pass_context
    def user_list(ctx: click.Context) -> None:
        """List accounts: email, role, sites, state."""

        async def listing(s: Services) -> list[str]:
            names = {site.id: site.slug for site in await s.sites.list()}
            return [_describe(u, names) for u in await s.accounts.list_users()]

        for line in run(_with(settings_of(ctx), listing)):
            click.echo(line)

    @user.command("disable")
    @click.argument("email")
    @click.pass_context
    def user_disable(ctx: click.Context, email: str) -> None:
        """Disable an account: it cannot log in, its sessions and API tokens end."""
        run(_with(settings_of(ctx), lambda s: s.accounts.disable(email)))
        click.echo(f"disabled {email}")

    @user.command("password")
    @click.argument("email")
    @PASSWORD_FILE
    @click.pass_context
    def user_password(ctx: click.Context, email: str, password_file: Path | None) -> None:
        """Set a new password; the account's browser sessions end."""
        password = _password(password_file)
        run(_with(settings_of(ctx), lambda s: s.accounts.set_password(email, password)))
        click.echo(f"password changed for {email}")

    @user.command("token")
    @click.argument("email")
    @click.pass_context
    def user_token(ctx: click.Context, email: str) -> None:
        """Issue an API token for /api/v1/admin/ (shown once; send it as a Bearer token)."""
        click.echo(run(_with(settings_of(ctx), lambda s: s.accounts.issue_api_token(email))))
