"""The `rejoinder` command: serve, demo, db, site, export."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from rejoinder import cli_moderation, cli_users
from rejoinder.composition import head_revision, open_services, schema_revision, upgrade_schema
from rejoinder.demo import DEMO_MODERATOR, DEMO_PASSWORD, ensure_demo_site
from rejoinder.domain.errors import DomainError
from rejoinder.domain.model import Premoderation
from rejoinder.settings import DEMO_SECRET, InsecureSettings, Settings, load_settings

T = TypeVar("T")
DEMO_DIR = Path("rejoinder-demo")


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coroutine)
    except DomainError as exc:
        raise click.ClickException(f"{exc.message} ({exc.code})") from exc


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    config: Path | None = ctx.obj.get("config") if ctx.obj else None
    try:
        settings = load_settings(config, **overrides)
    except (ValueError, OSError) as exc:
        raise click.ClickException(f"invalid settings: {exc}") from exc
    _configure_logging(settings)
    return settings


def _configure_logging(settings: Settings) -> None:
    level = getattr(logging, settings.log_level.upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML settings file; REJOINDER_* environment variables override it.",
)
@click.version_option(package_name="rejoinder")
@click.pass_context
def main(ctx: click.Context, config: Path | None) -> None:
    """Rejoinder: comments for news sites, with local moderation."""
    ctx.obj = {"config": config}


@main.group()
def db() -> None:
    """Database schema: migrate and inspect."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Apply every pending migration."""
    revision = _run(upgrade_schema(_settings(ctx)))
    click.echo(f"database at revision {revision}")


@db.command("current")
@click.pass_context
def db_current(ctx: click.Context) -> None:
    """Print the schema revision, and whether migrations are pending."""
    revision = _run(schema_revision(_settings(ctx)))
    head = head_revision()
    state = "up to date" if revision == head else f"behind: run `rejoinder db upgrade` ({head})"
    click.echo(f"{revision or 'empty'} ({state})")
    if revision != head:
        sys.exit(1)


@main.group()
def site() -> None:
    """Sites: the publications that embed comments."""


@site.command("add")
@click.argument("slug")
@click.option("--origin", "origins", multiple=True, required=True, help="allowed page origin")
@click.option("--name", help="display name (default: the slug)")
@click.option(
    "--premoderate",
    type=click.Choice([p.value for p in Premoderation]),
    default=Premoderation.NONE.value,
    show_default=True,
    help="hold no comments, a new author's first, or all for review",
)
@click.pass_context
def site_add(
    ctx: click.Context, slug: str, origins: tuple[str, ...], name: str | None, premoderate: str
) -> None:
    """Add a site that may embed comments from ORIGIN(s)."""

    async def add() -> str:
        async with open_services(_settings(ctx)) as services:
            mode = Premoderation(premoderate)
            created = await services.sites.add(slug, list(origins), name, mode)
        return f"added site {created.slug}: {', '.join(created.origins)}"

    click.echo(_run(add()))


@site.command("list")
@click.pass_context
def site_list(ctx: click.Context) -> None:
    """List sites with their origins and premoderation mode."""

    async def listing() -> list[str]:
        async with open_services(_settings(ctx)) as services:
            return [
                f"{s.slug}\t{s.name}\t{s.premoderation}\t{' '.join(s.origins)}"
                for s in await services.sites.list()
            ]

    for line in _run(listing()):
        click.echo(line)


@main.command()
@click.argument("slug")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="file to write (default: standard output)",
)
@click.pass_context
def export(ctx: click.Context, slug: str, out: Path | None) -> None:
    """Every thread and comment of site SLUG, of every status, as JSON lines."""
    settings = _settings(ctx)

    async def write(handle: IO[str]) -> int:
        written = 0
        async with open_services(settings) as services:
            async for record in services.export.records(slug):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
        return written

    if out is None:
        written = _run(write(sys.stdout))
    else:
        # (written beside it and moved into place whole: a failed export leaves no half file)
        partial = out.with_name(out.name + ".part")
        try:
            with partial.open("w", encoding="utf-8") as handle:
                written = _run(write(handle))
            partial.replace(out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise click.ClickException(f"cannot write {out}: {exc.strerror}") from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    click.echo(f"exported site {slug}: {written - 1} threads and comments", err=True)


def _serve(settings: Settings) -> None:
    import uvicorn

    from rejoinder.app import create_app

    revision = _run(schema_revision(settings))
    if revision != head_revision():
        raise click.ClickException("the database schema is not current: run `rejoinder db upgrade`")
    app = create_app(settings)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        proxy_headers=False,
        server_header=False,
    )


@main.command()
@click.option("--host", help="listen address (default from settings)")
@click.option("--port", type=int, help="listen port (default from settings)")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Run the server (the schema must be current: see `db upgrade`)."""
    overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    settings = _settings(ctx, **overrides)
    try:
        settings.check_secure()
    except InsecureSettings as exc:
        raise click.ClickException(str(exc)) from exc
    _serve(settings)


@main.command()
@click.option("--port", type=int, default=8000, show_default=True)
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEMO_DIR,
    show_default=True,
    help="where the demo database lives",
)
def demo(port: int, folder: Path) -> None:
    """Serve a sample news article with comments on 127.0.0.1, backed by SQLite."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = load_settings(
        database_url=f"sqlite:///{folder.resolve() / 'demo.sqlite3'}",
        secret_key=DEMO_SECRET,
        host="127.0.0.1",
        port=port,
        demo=True,
    )
    _configure_logging(settings)
    _run(upgrade_schema(settings))
    _run(ensure_demo_site(settings, port))
    click.echo(f"Rejoinder demo: open http://127.0.0.1:{port}/demo/  (Ctrl-C stops it)")
    click.echo(f"Moderators: http://127.0.0.1:{port}/admin/ as {DEMO_MODERATOR} / {DEMO_PASSWORD}")
    _serve(settings)


cli_moderation.register(main, _run, _settings)
cli_users.register(main, _run, _settings)
