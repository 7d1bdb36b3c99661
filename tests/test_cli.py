"""The `rejoinder` command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "cli-secret-0123456789-0123456789-0123456789"
COMMANDS = [
    ["moderation"],
    ["moderation", "score"],
    ["moderation", "eval"],
    ["moderation", "labels"],
    [],
    ["serve"],
    ["demo"],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["site"],
    ["site", "add"],
    ["site", "list"],
    ["export"],
    ["user"],
    ["user", "add"],
    ["user", "list"],
    ["user", "disable"],
    ["user", "password"],
    ["user", "token"],
]


def rejoinder(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "rejoinder", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=60,
    )


@pytest.fixture
def db_env(tmp_path: Path) -> dict[str, str]:
    return {
        "REJOINDER_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REJOINDER_SECRET_KEY": SECRET,
    }


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_every_command_has_help(command: list[str]) -> None:
    result = rejoinder(*command, "--help")
    assert result.returncode == 0 and "Usage:" in result.stdout


def test_db_upgrade_current_and_sites(db_env: dict[str, str]) -> None:
    behind = rejoinder("db", "current", env=db_env)
    assert behind.returncode == 1 and "empty" in behind.stdout
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    current = rejoinder("db", "current", env=db_env)
    assert current.returncode == 0 and "up to date" in current.stdout
    added = rejoinder(
        "site",
        "add",
        "ledger",
        "--origin",
        "https://ledger.example",
        "--origin",
        "https://www.ledger.example",
        "--name",
        "The Ledger",
        "--premoderate",
        "first",
        env=db_env,
    )
    assert added.returncode == 0, added.stderr
    listed = rejoinder("site", "list", env=db_env)
    assert (
        "ledger\tThe Ledger\tfirst\thttps://ledger.example https://www.ledger.example"
        in listed.stdout
    )
    again = rejoinder("site", "add", "ledger", "--origin", "https://ledger.example", env=db_env)
    assert (
        again.returncode != 0 and "site.exists" in again.stderr and "Traceback" not in again.stderr
    )
    bad = rejoinder("site", "add", "Bad Slug!", "--origin", "https://x.example", env=db_env)
    assert bad.returncode != 0 and "site.slug_invalid" in bad.stderr
    bad_origin = rejoinder("site", "add", "x", "--origin", "not a url", env=db_env)
    assert bad_origin.returncode != 0 and "site.origin_invalid" in bad_origin.stderr


def test_config_file_and_environment(tmp_path: Path, db_env: dict[str, str]) -> None:
    config = tmp_path / "rejoinder.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path / "from-file.sqlite3"}"\nrate_limits = "off"\n'
    )
    assert rejoinder("--config", str(config), "db", "upgrade").returncode == 0
    assert (tmp_path / "from-file.sqlite3").exists()
    env_wins = rejoinder("--config", str(config), "db", "upgrade", env=db_env)
    assert env_wins.returncode == 0 and (tmp_path / "cli.sqlite3").exists()
    broken = tmp_path / "broken.toml"
    broken.write_text("rate_limits = 'fast please'\n")
    result = rejoinder("--config", str(broken), "db", "current")
    assert (
        result.returncode != 0
        and "invalid settings" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_serve_refuses_missing_or_demo_secret(db_env: dict[str, str]) -> None:
    for secret in ("", "demo-secret-not-for-production", "short"):
        result = rejoinder("serve", env={**db_env, "REJOINDER_SECRET_KEY": secret})
        assert result.returncode != 0 and "REJOINDER_SECRET_KEY" in result.stderr


def test_serve_refuses_unmigrated_database(db_env: dict[str, str]) -> None:
    result = rejoinder("serve", env=db_env)
    assert result.returncode != 0 and "rejoinder db upgrade" in result.stderr


def test_moderation_score_contract(tmp_path: Path, db_env: dict[str, str]) -> None:
    samples = tmp_path / "samples.jsonl"
    lines = [
        {"id": 1, "text": "The mayor should resign. This policy is a disgrace!"},
        {"id": "two", "text": "shut up you ch.u.t.i.y.a", "author": "troll"},
        {"id": 3, "text": "   "},
    ]
    samples.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    result = rejoinder("moderation", "score", str(samples), env=db_env)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "two", 3]
    assert [o["verdict"] for o in out] == ["publish", "hold", "reject"]
    assert out[0]["reasons"] == [] and out[0]["scores"]["hold"] < 0.5
    assert out[1]["reasons"][:2] == ["words.suspect", "abuse.insult"]
    assert [12, 24, "words.suspect"] in out[1]["spans"]
    assert [12, 24, "insult.phrase"] not in out[1]["spans"]  # "shut up" is [0, 7)
    assert [0, 7, "insult.phrase"] in out[1]["spans"]
    assert out[1]["scores"]["insult"] >= 0.85 and out[1]["scores"]["hold"] >= 0.85
    assert out[2]["reasons"] == ["comment.empty"]
    assert all(set(o) >= {"id", "verdict", "scores", "reasons"} for o in out)
    categories = {"identity_attack", "insult", "threat", "sexual_harassment", "profanity"}
    for o in out[:2]:
        assert set(o["scores"]) == categories | {"toxicity", "news_abuse", "group_abuse", "hold"}
        assert all(0.0 <= v <= 1.0 for v in o["scores"].values())


def test_moderation_eval_reports_the_policys_verdicts(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    texts = {
        "shut up you moron": 1,
        "Muslims are terrorists and should go back": 1,
        "A fair point, you randi.": 1,
        "Brandt is an idiot": 1,  # said of a politician: published, the worst error below
        "Buses are faster now.": 0,
        "As a Jewish woman I disagree with the council.": 0,
    }
    lines = [{"id": n, "text": t, "label": y} for n, (t, y) in enumerate(texts.items())]
    labelled = tmp_path / "l.jsonl"
    labelled.write_text("\n".join(json.dumps(line) for line in lines))
    result = rejoinder("moderation", "eval", str(labelled), env=db_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["n"] == 6 and report["roc_auc"] == 1.0  # every label-1 line scores higher
    by_score = report["roc_auc_by_score"]
    assert by_score["hold"] == report["roc_auc"]
    assert set(by_score) == {
        "identity_attack", "insult", "threat", "sexual_harassment", "profanity",
        "toxicity", "news_abuse", "group_abuse", "hold",
    }  # fmt: skip
    # one of four label-1 lines is an identity attack, no label-0 line: (1 * 2 + 3 * 2 / 2) / 8
    assert by_score["identity_attack"] == 0.625
    assert report["confusion"] == {
        "true_hold": 3,
        "false_hold": 0,
        "true_publish": 2,
        "false_publish": 1,
    }
    [worst] = report["worst_errors"]
    assert worst["id"] == 3 and worst["text"] == "Brandt is an idiot" and worst["reasons"] == []
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x", "label": 2}\n')
    refused = rejoinder("moderation", "eval", str(bad), env=db_env)
    assert refused.returncode != 0 and "'label' must be 0 or 1" in refused.stderr


def test_moderation_train_refuses_bad_labelled_lines_before_training(tmp_path: Path) -> None:
    good = '{"id": 1, "text": "fine", "label": 0}\n'
    (tmp_path / "sets").mkdir()
    (tmp_path / "sets" / "a.jsonl").write_text(good + '{"id": 2, "text": "x", "label": "yes"}\n')
    (tmp_path / "empty").mkdir()
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": 1, "text": "caf\xe9", "label": 0}\n')
    out = str(tmp_path / "never.npz")
    cases = {
        str(tmp_path / "sets"): "a.jsonl: line 2: 'label' must be 0 or 1",
        str(tmp_path / "empty"): "empty: no .jsonl files in it",
        str(tmp_path / "latin1.jsonl"): "latin1.jsonl is not UTF-8 text",
    }
    for labelled, message in cases.items():
        refused = rejoinder("moderation", "train", "--labelled", labelled, "--out", out)
        assert refused.returncode == 1 and message in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
        # ... and the same of the rounds that teach the news head alone
        fine = str(tmp_path / "fine.jsonl")
        Path(fine).write_text(good + '{"id": 2, "text": "you idiot", "label": 1}\n')
        args = ["--labelled", fine, "--news-rounds", labelled, "--out", out]
        refused = rejoinder("moderation", "train", *args)
        assert refused.returncode == 1 and message in refused.stderr, refused.stderr
    # rounds blend into a news head, which labelled comments of both labels must train
    only_fine = str(tmp_path / "only_fine.jsonl")
    Path(only_fine).write_text(good)
    args = ["--labelled", only_fine, "--news-rounds", fine, "--out", out]
    refused = rejoinder("moderation", "train", *args)
    assert refused.returncode == 1 and "--news-rounds blend into the news head" in refused.stderr
    assert not Path(out).exists()


def _tiny_model(path: Path) -> None:
    """A model of a few features that finds "bridge" abusive, with no semantic words and no
    news head."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from rejoinder.moderation.features import analyze
    from rejoinder.moderation.training.train import from_sklearn

    texts = ["the bridge again", "that bridge", "bridge bridge", "the council met", "buses run"]
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True)
    fitted = LogisticRegression(C=10.0).fit(vectorizer.fit_transform(texts), [1, 1, 1, 0, 0])
    from_sklearn(vectorizer, fitted).save(path)


SHARED_DATA = Path(__file__).parents[1] / ".." / "shared" / "data" / "moderation"


def test_moderation_train_refits_the_news_head_alone(tmp_path: Path) -> None:
    import hashlib

    from rejoinder.moderation.classifier import LexicalModel

    base, out = tmp_path / "base.npz", tmp_path / "out.npz"
    _tiny_model(base)
    labelled = tmp_path / "sets.jsonl"
    labelled.write_text(
        '{"id": 1, "text": "the bridge is shut again", "label": 0}\n'
        '{"id": 2, "text": "you bridge troll, get lost", "label": 1}\n'
    )
    rounds = tmp_path / "rounds"
    rounds.mkdir()
    (rounds / "a.jsonl").write_text('{"id": 1, "text": "buses run late", "label": 0}\n')
    args = ["--data", str(SHARED_DATA), "--labelled", str(labelled), "--out", str(out)]
    result = rejoinder(
        "moderation", "train", *args, "--news-rounds", str(rounds), "--news-head-of", str(base)
    )
    assert result.returncode == 0, result.stderr
    before, after = LexicalModel.load(base), LexicalModel.load(out)
    # the rest bit for bit; a news head where there was none
    assert after.vocabulary == before.vocabulary and after.intercept == before.intercept
    assert (after.idf == before.idf).all() and (after.coef == before.coef).all()
    assert before.news is None and after.news is not None and after.news.word_weight is None
    record = after.metadata
    assert record["news_head_refit"] == {
        "base_sha256": hashlib.sha256(base.read_bytes()).hexdigest()
    }
    assert list(record["labelled_sha256"]) == ["sets.jsonl"]
    assert list(record["rounds_sha256"]) == ["a.jsonl"]
    assert record["news_head"]["comments"] == 2
    assert record["news_head"]["rounds"]["comments"] == 1
    assert json.loads(result.stdout)["news_head"] == record["news_head"]
    # Refused, with the reason and before any work: a file that is not a model, and
    # labelled comments of one label (the head learns from both)
    for bad_base, lines, message in (
        (labelled, labelled, "not a model `rejoinder moderation train` made"),
        (base, rounds / "a.jsonl", "--news-head-of fits the news head"),
    ):
        refused = rejoinder(
            "moderation",
            "train",
            *["--data", str(SHARED_DATA), "--labelled", str(lines)],
            *["--out", str(tmp_path / "never.npz"), "--news-head-of", str(bad_base)],
        )
        assert refused.returncode == 1 and message in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert not (tmp_path / "never.npz").exists()


def test_moderation_score_uses_the_model_the_settings_name(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    from rejoinder.domain.normalize import normalize
    from rejoinder.moderation.abuse import AbuseScorer

    # A site's own model: here one that finds "bridge" abusive, as the shipped one never would.
    site_model = tmp_path / "site.npz"
    _tiny_model(site_model)
    samples = tmp_path / "s.jsonl"
    samples.write_text('{"id": 1, "text": "What about the bridge?"}\n')
    result = rejoinder(
        "moderation",
        "score",
        str(samples),
        env={**db_env, "REJOINDER_MODERATION_MODEL": str(site_model)},
    )
    assert result.returncode == 0, result.stderr
    expected = AbuseScorer.load(site_model).assess(normalize("What about the bridge?")).scores
    shipped = AbuseScorer.load().assess(normalize("What about the bridge?")).scores
    toxicity = json.loads(result.stdout)["scores"]["toxicity"]
    assert toxicity == expected["toxicity"] and toxicity > 0.5 > shipped["toxicity"]
    for bad in (tmp_path / "missing.npz", samples):
        refused = rejoinder(
            "moderation",
            "score",
            str(samples),
            env={**db_env, "REJOINDER_MODERATION_MODEL": str(bad)},
        )
        assert refused.returncode == 1 and "moderation_model" in refused.stderr
        assert "not a model `rejoinder moderation train` made" in refused.stderr
        assert "Traceback" not in refused.stderr


def test_moderation_score_reads_a_reply_with_its_parent(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    reply = "> Hang all the protesters\n\nThis comment has been up for an hour. Moderators?"
    lines = [
        {"id": 1, "text": reply, "parent": "Hang all the protesters"},
        {"id": 2, "text": reply},  # no parent: the quote is the writer's own words
    ]
    samples = tmp_path / "replies.jsonl"
    samples.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = rejoinder("moderation", "score", str(samples), env=db_env)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["verdict"] for line in result.stdout.splitlines()] == [
        "publish",
        "hold",
    ]


def test_moderation_score_reads_the_people_an_articles_title_names(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    title = "Library closures: Councillor Helen Marsh defends the cuts"
    lines = [
        {"id": 1, "text": "Marsh is a heartless bitch", "title": title},
        {"id": 2, "text": "Marsh is a heartless bitch"},  # no title: a marsh is a place
        {"id": 3, "text": "Marsh is wrong about the libraries", "title": title},
    ]
    samples = tmp_path / "titled.jsonl"
    samples.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = rejoinder("moderation", "score", str(samples), env=db_env)
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["hold", "publish", "publish"]


def test_moderation_score_uses_a_sites_policy(tmp_path: Path, db_env: dict[str, str]) -> None:
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    added = rejoinder(
        "site", "add", "strict", "--origin", "https://s.example", "--premoderate", "all", env=db_env
    )
    assert added.returncode == 0
    samples = tmp_path / "one.jsonl"
    samples.write_text('{"id": 1, "text": "A calm remark."}\n')
    result = rejoinder("moderation", "score", str(samples), "--site", "strict", env=db_env)
    assert json.loads(result.stdout)["reasons"] == ["premoderation.all"]
    missing = rejoinder("moderation", "score", str(samples), "--site", "nope", env=db_env)
    assert missing.returncode != 0 and "site.not_found" in missing.stderr


def test_moderation_score_judges_first_comments_only_when_asked(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    # Scoring has no posting history: an archive's lines are judged as by authors who have
    # published before, unless --as-new-author makes each one a first comment.
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    added = rejoinder(
        "site", "add", "first", "--origin", "https://f.example", "--premoderate", "first",
        env=db_env,
    )  # fmt: skip
    assert added.returncode == 0
    samples = tmp_path / "linked.jsonl"
    samples.write_text('{"id": 1, "text": "The report is at https://example.org/budget"}\n')

    def reasons(*options: str) -> list[str]:
        result = rejoinder("moderation", "score", str(samples), *options, env=db_env)
        assert result.returncode == 0, result.stderr
        reasons: list[str] = json.loads(result.stdout)["reasons"]
        return reasons

    assert reasons() == []
    assert reasons("--as-new-author") == ["links.first_comment"]
    assert reasons("--site", "first") == []
    assert reasons("--site", "first", "--as-new-author") == [
        "links.first_comment",
        "premoderation.first_comment",
    ]
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        '{"id": 1, "text": "The report is at https://example.org/budget", "label": 0}\n'
        '{"id": 2, "text": "shut up you moron", "label": 1}\n'
    )
    for options, false_holds in (((), 0), (("--as-new-author",), 1)):
        result = rejoinder("moderation", "eval", str(labelled), *options, env=db_env)
        assert json.loads(result.stdout)["confusion"]["false_hold"] == false_holds


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": 1, "text": 5}\n', "line 1: 'text', 'author', 'parent' and 'title' must be"),
        (b'{"id": 1, "text": "ok", "parent": 7}\n', "line 1: 'text', 'author', 'parent' and"),
        (b'{"id": 1, "text": "ok", "title": []}\n', "'title' must be strings"),
        (b'{"id": 1, "text": "ok"}\nnot json\n', "line 2: not JSON"),
        (b'["a list"]\n', "line 1: expected an object"),
        (b'{"id": 1, "text": "\xff\xfe"}\n', "is not UTF-8 text"),
    ],
)
def test_moderation_score_refuses_bad_input(
    tmp_path: Path, db_env: dict[str, str], content: bytes, message: str
) -> None:
    samples = tmp_path / "bad.jsonl"
    samples.write_bytes(content)
    result = rejoinder("moderation", "score", str(samples), env=db_env)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_moderation_score_writes_every_line_before_a_bad_one(
    tmp_path: Path, db_env: dict[str, str]
) -> None:
    """Lines are decided in batches (of 256): those before a bad line are still written."""
    samples = tmp_path / "long.jsonl"
    good = [json.dumps({"id": n, "text": f"Comment number {n} on the budget"}) for n in range(300)]
    samples.write_text("\n".join([*good, "not json"]) + "\n")
    result = rejoinder("moderation", "score", str(samples), env=db_env)
    assert result.returncode != 0 and "line 301: not JSON" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(range(300))


def test_ban_commands(db_env: dict[str, str]) -> None:
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    assert (
        rejoinder("site", "add", "s", "--origin", "https://s.example", env=db_env).returncode == 0
    )
    added = rejoinder(
        "ban", "add", "s", "--ip", "198.51.100.7", "--days", "7", "--reason", "spam", env=db_env
    )
    assert added.returncode == 0 and "198.51.100.0/24" in added.stdout
    shadow = rejoinder("ban", "add", "s", "--email", "x@example.org", "--shadow", env=db_env)
    assert shadow.returncode == 0 and "permanent shadow" in shadow.stdout
    listed = rejoinder("ban", "list", "s", env=db_env).stdout.splitlines()
    assert len(listed) == 2 and listed[0].startswith("1\tip_prefix\t198.51.100.0/24\tuntil ")
    assert rejoinder("ban", "lift", "1", env=db_env).returncode == 0
    assert len(rejoinder("ban", "list", "s", env=db_env).stdout.splitlines()) == 1
    for args, code in (
        (["ban", "add", "s"], "ban.target_required"),
        (["ban", "add", "s", "--ip", "not-an-ip"], "ban.ip_invalid"),
        (["ban", "add", "s", "--email", "a@b.c", "--days", "-1"], "ban.days_invalid"),
        (["ban", "lift", "99"], "ban.not_found"),
    ):
        result = rejoinder(*args, env=db_env)
        assert result.returncode != 0 and code in result.stderr and "Traceback" not in result.stderr


def test_user_commands(tmp_path: Path, db_env: dict[str, str]) -> None:
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    assert (
        rejoinder("site", "add", "s", "--origin", "https://s.example", env=db_env).returncode == 0
    )
    secret = tmp_path / "password"
    secret.write_text("a long enough password\n")
    admin = rejoinder(
        "user",
        "add",
        "Chief@S.example",
        "--role",
        "admin",
        "--password-file",
        str(secret),
        env=db_env,
    )
    assert admin.returncode == 0 and "added chief@s.example (admin)" in admin.stdout
    mod = rejoinder(
        "user",
        "add",
        "mod@s.example",
        "--role",
        "moderator",
        "--site",
        "s",
        "--password-file",
        str(secret),
        env=db_env,
    )
    assert mod.returncode == 0
    listed = rejoinder("user", "list", env=db_env).stdout.splitlines()
    assert listed == [
        "chief@s.example\tadmin\tall sites\tactive",
        "mod@s.example\tmoderator\ts\tactive",
    ]
    token = rejoinder("user", "token", "mod@s.example", env=db_env)
    assert token.returncode == 0 and token.stdout.startswith("rjt_")
    assert rejoinder("user", "disable", "mod@s.example", env=db_env).returncode == 0
    assert rejoinder("user", "list", env=db_env).stdout.splitlines()[1].endswith("disabled")
    short = tmp_path / "short"
    short.write_text("short\n")
    for args, message in (
        (
            ["user", "add", "x@s.example", "--role", "moderator", "--password-file", str(secret)],
            "user.sites_required",
        ),
        (
            ["user", "add", "x@s.example", "--role", "admin", "--password-file", str(short)],
            "user.password_invalid",
        ),
        (
            ["user", "add", "chief@s.example", "--role", "admin", "--password-file", str(secret)],
            "user.exists",
        ),
        (
            ["user", "add", "not-an-email", "--role", "admin", "--password-file", str(secret)],
            "user.email_invalid",
        ),
        (
            [
                "user",
                "add",
                "y@s.example",
                "--role",
                "moderator",
                "--site",
                "nope",
                "--password-file",
                str(secret),
            ],
            "site.not_found",
        ),
        (["user", "disable", "ghost@s.example"], "user.not_found"),
        (
            ["user", "add", "z@s.example", "--role", "admin", "--password-file", "/nonexistent"],
            "cannot read",
        ),
    ):
        result = rejoinder(*args, env=db_env)
        assert result.returncode != 0 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


async def _judged_site(database_url: str) -> None:
    """A site whose desk approved one held comment and rejected a reply."""
    from rejoinder.composition import build_services
    from rejoinder.domain.accounts import Principal, Role
    from rejoinder.services.comments import Draft, Poster
    from rejoinder.services.desk import Action
    from rejoinder.settings import Settings

    services = build_services(Settings(database_url=database_url, secret_key=SECRET))
    try:
        await services.sites.add("news", ["https://news.example"])
        poster = Poster("192.0.2.0/24", None, "https://news.example")

        async def post(text: str, parent: int | None = None) -> int:
            draft = Draft(text=text, author_name="Reader", parent_id=parent)
            return (await services.comments.submit("news", "/a", draft, poster)).comment.id

        quoted = await post("He called them 'vermin' in the debate; the article quotes him.")
        reply = await post("Shut up, you stupid cow.", quoted)
        await post("A calm remark about the budget.")  # left alone: not judged
        editor = Principal(1, "editor@news.example", Role.ADMIN, frozenset())
        await services.desk.act(editor, [quoted], Action.APPROVE, "reporting a quote")
        await services.desk.act(editor, [reply], Action.REJECT)
    finally:
        await services.close()


def test_moderation_labels_feed_eval(tmp_path: Path, db_env: dict[str, str]) -> None:
    import asyncio

    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    asyncio.run(_judged_site(db_env["REJOINDER_DATABASE_URL"]))
    out = tmp_path / "labels.jsonl"
    result = rejoinder("moderation", "labels", "news", "--out", str(out), env=db_env)
    assert result.returncode == 0, result.stderr
    assert "2 lines (1 rejected, 1 approved, 0 published)" in result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(line["label"], line["source"]) for line in lines] == [(0, "approved"), (1, "rejected")]
    assert lines[1]["parent"] == lines[0]["text"] and "parent" not in lines[0]
    assert lines[0]["reason"] == "reporting a quote"
    on_stdout = rejoinder("moderation", "labels", "news", env=db_env)
    assert [json.loads(line) for line in on_stdout.stdout.splitlines()] == lines
    evaluated = rejoinder("moderation", "eval", str(out), env=db_env)
    assert evaluated.returncode == 0, evaluated.stderr
    assert json.loads(evaluated.stdout)["n"] == 2
    for args, message in [
        (["nope"], "site.not_found"),
        (["news", "--published-days", "0"], "--published-days"),
        (["news", "--out", str(tmp_path / "missing" / "x.jsonl")], "cannot write"),
    ]:
        refused = rejoinder("moderation", "labels", *args, env=db_env)
        assert refused.returncode != 0 and message in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert not (tmp_path / "missing").exists()


def test_export_writes_a_sites_threads_and_comments_as_json_lines(
    db_env: dict[str, str], tmp_path: Path
) -> None:
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    origin = "https://ledger.example"
    assert rejoinder("site", "add", "ledger", "--origin", origin, env=db_env).returncode == 0
    empty = rejoinder("export", "ledger", env=db_env)
    assert empty.returncode == 0, empty.stderr
    [header] = [json.loads(line) for line in empty.stdout.splitlines()]
    assert header["format"] == "rejoinder-export" and header["site"]["slug"] == "ledger"
    assert "0 threads and comments" in empty.stderr
    out = tmp_path / "ledger.jsonl"
    written = rejoinder("export", "ledger", "--out", str(out), env=db_env)
    assert written.returncode == 0 and written.stdout == ""
    assert json.loads(out.read_text().splitlines()[0])["site"]["origins"] == [origin]
    assert not out.with_name("ledger.jsonl.part").exists()
    # a site that is not there, a file that cannot be written: a message, no traceback
    missing = rejoinder("export", "nosuch", env=db_env)
    assert missing.returncode != 0 and "site.not_found" in missing.stderr
    unwritable = rejoinder("export", "ledger", "--out", str(tmp_path / "no" / "x"), env=db_env)
    assert unwritable.returncode != 0 and "cannot write" in unwritable.stderr
    assert "Traceback" not in missing.stderr + unwritable.stderr
