"""The shipped classifier: same numbers as scikit-learn, safe to load, explains itself."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from rejoinder.moderation.abuse import DEFAULT_MODEL
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.features import FEATURES, analyze
from rejoinder.moderation.hindi import HindiHead
from rejoinder.moderation.metrics import roc_auc
from rejoinder.moderation.news import MIN_WORDS, NewsHead
from rejoinder.moderation.semantic import SemanticWords
from rejoinder.moderation.training.datasets import LABELLED, Example
from rejoinder.moderation.training.news import ROUNDS_SHARE
from rejoinder.moderation.training.train import LABELLED_WEIGHT, from_sklearn, sample_weights

JUDGMENT_SETS = Path(__file__).parent / "data"
ROUND_SETS = Path(__file__).parent / "rounds"
UNSEEN_SETS = Path(__file__).parent / "unseen"

ABUSE = [
    "you stupid idiot",
    "shut up moron",
    "idiot trash person",
    "you are a moron",
    "stupid trash",
]
FINE = [
    "the bridge vote was close",
    "buses will be faster",
    "i disagree with the council",
    "the mayor spoke today",
    "a fair point about trade",
]


def test_runtime_scores_equal_scikit_learn(tmp_path: Path) -> None:
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True)
    model = LogisticRegression(C=10.0, solver="liblinear")
    model.fit(vectorizer.fit_transform(ABUSE + FINE), [1] * 5 + [0] * 5)
    ours = from_sklearn(vectorizer, model)
    unseen = ["what an idiot", "the council met", "ＳＴＵＰＩＤ m0r0n", "nothing in the vocabulary"]
    expected = model.predict_proba(vectorizer.transform(unseen))[:, 1]
    assert [ours.score(t).probability for t in unseen] == pytest.approx(expected, abs=1e-9)
    ours.save(tmp_path / "m.npz")
    loaded = LexicalModel.load(tmp_path / "m.npz")
    assert [loaded.score(t).probability for t in unseen] == pytest.approx(expected, abs=1e-4)


def _pooled_on_the_small_sets() -> tuple[TfidfVectorizer, LogisticRegression]:
    """A pooled model of ABUSE and FINE, as the heads' tests train theirs beside."""
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True)
    pooled = LogisticRegression(C=10.0, solver="liblinear")
    pooled.fit(vectorizer.fit_transform(ABUSE + FINE), [1] * 5 + [0] * 5)
    return vectorizer, pooled


def test_the_hindi_head_mixes_in_by_the_share_of_hindi_words(tmp_path: Path) -> None:
    hindi_abuse = ["tu ullu hai", "chup kar ullu", "tu pagal hai"]
    hindi_fine = ["sarkar ne kaam kiya", "bahut accha kaam", "kaam hua hai"]
    texts, labels = ABUSE + FINE + hindi_abuse + hindi_fine, [1] * 5 + [0] * 5 + [1, 1, 1, 0, 0, 0]
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True)
    pooled = LogisticRegression(C=10.0, solver="liblinear").fit(
        vectorizer.fit_transform(texts), labels
    )
    head = LogisticRegression(C=10.0, solver="liblinear")
    head.fit(vectorizer.transform(hindi_abuse + hindi_fine), [1, 1, 1, 0, 0, 0])
    words = frozenset({"tu", "hai", "ullu", "kaam", "kar", "sarkar"})
    ours = from_sklearn(vectorizer, pooled)
    ours.attach_hindi(HindiHead(words, head.coef_[0], float(head.intercept_[0])))
    ours.save(tmp_path / "m.npz")
    loaded = LexicalModel.load(tmp_path / "m.npz")

    def expected(text: str, share: float) -> float:
        matrix = vectorizer.transform([text])
        logit = (1 - share) * pooled.decision_function(matrix)[0]
        logit += share * head.decision_function(matrix)[0]
        return float(1 / (1 + np.exp(-logit)))

    # "tu ullu hai idiot": three of four words are Hindi; an English comment has none.
    assert loaded.score("tu ullu hai idiot").probability == pytest.approx(
        expected("tu ullu hai idiot", 0.75), abs=1e-4
    )
    assert loaded.score("you stupid moron").probability == pytest.approx(
        expected("you stupid moron", 0.0), abs=1e-4
    )


def test_the_news_head_scores_as_scikit_learn_from_its_fewest_words(tmp_path: Path) -> None:
    vectorizer, pooled = _pooled_on_the_small_sets()
    # The head disagrees with the pooled model: it learnt that insulting a mayor is argument.
    news_texts = ["you stupid idiot", "you are a moron", "the mayor is an idiot", "stupid trash"]
    head = LogisticRegression(C=10.0, solver="liblinear")
    head.fit(vectorizer.transform(news_texts), [1, 1, 0, 0])
    ours = from_sklearn(vectorizer, pooled)
    ours.attach_news(NewsHead(head.coef_[0], float(head.intercept_[0])))
    ours.save(tmp_path / "m.npz")
    loaded = LexicalModel.load(tmp_path / "m.npz")
    for text in ["you are a stupid idiot, really", "the mayor is an idiot, really now"]:
        assert len(text.split()) >= MIN_WORDS
        expected = head.predict_proba(vectorizer.transform([text]))[0, 1]
        score = loaded.score(text)
        assert score.news == pytest.approx(expected, abs=1e-4)
        assert score.probability == pytest.approx(
            pooled.predict_proba(vectorizer.transform([text]))[0, 1], abs=1e-4
        )
    assert loaded.score("you are a stupid idiot, really").news > 0.5  # type: ignore[operator]
    assert loaded.score("the mayor is an idiot, really now").news < 0.5  # type: ignore[operator]
    # Too few words to judge: the head scores nothing, and says why with no evidence.
    short = loaded.score("you stupid idiot")
    assert (short.news, short.news_evidence) == (0.0, ())
    explained = loaded.score("you are a stupid idiot, really").news_evidence
    assert {feature for _, _, feature in explained} & {"w:stupid", "w:you"}
    # A model without the head (trained with no labelled comments) has no such score.
    assert from_sklearn(vectorizer, pooled).score("you are a stupid idiot").news is None


def test_the_news_head_learns_from_the_labelled_comments_and_real_ones_not_abusive() -> None:
    from rejoinder.moderation.training.news import REAL_NEGATIVES_WEIGHT, C, fit_news_head

    vectorizer, pooled = _pooled_on_the_small_sets()
    model = from_sklearn(vectorizer, pooled)
    labelled = [("you stupid idiot", 1), ("you are a moron", 1), ("the mayor is an idiot", 0)]
    real = ["buses will be faster", "a fair point about trade"]
    examples = [
        # the public sets' abuse and tweets teach the pooled model, not the head
        *(Example(text, 1, "olid_train") for text in ABUSE),
        Example("the mayor spoke today", 0, "olid_train"),
        Example("idiot trash person", 1, "trac_en_train"),
        *(Example(text, label, LABELLED) for text, label in labelled),
        # real news-page comments that are not abuse: negatives, at a fraction of a line
        *(Example(text, 0, "trac_en_train") for text in real),
    ]
    head = fit_news_head(model, examples, seed=0)
    expected = LogisticRegression(C=C, solver="liblinear", random_state=0)
    expected.fit(
        vectorizer.transform([t for t, _ in labelled] + real),
        [y for _, y in labelled] + [0, 0],
        sample_weight=[1.0] * len(labelled) + [REAL_NEGATIVES_WEIGHT] * len(real),
    )
    assert head.coef == pytest.approx(expected.coef_[0], abs=1e-9)
    assert head.intercept == pytest.approx(float(expected.intercept_[0]), abs=1e-9)
    assert 0 < REAL_NEGATIVES_WEIGHT < 1


def test_the_rounds_teach_the_news_head_blended_in_and_not_the_pooled_model() -> None:
    from rejoinder.moderation.training.news import ROUNDS_SHARE, fit_news_head

    vectorizer, pooled = _pooled_on_the_small_sets()
    model = from_sklearn(vectorizer, pooled)
    labelled = [("you stupid idiot", 1), ("you are a moron", 1), ("the mayor is an idiot", 0)]
    examples = [Example(text, label, LABELLED) for text, label in labelled]
    rounds = [Example("idiot trash person", 1, LABELLED), Example("a fair point", 0, LABELLED)]
    without = fit_news_head(model, examples, seed=0)
    taught = fit_news_head(model, [*examples, *rounds], seed=0)
    blended = fit_news_head(model, examples, seed=0, rounds=rounds)
    # a share of the head fitted with the rounds, the rest of the one fitted without them:
    # their logits mixed, for any comment
    for text in ("idiot trash", "a fair point about the mayor", "you moron"):
        row = vectorizer.transform([text]).toarray()[0]
        logit = row @ blended.coef + blended.intercept
        mixed = (1 - ROUNDS_SHARE) * (row @ without.coef + without.intercept) + ROUNDS_SHARE * (
            row @ taught.coef + taught.intercept
        )
        assert logit == pytest.approx(mixed, abs=1e-9)
    assert 0 < ROUNDS_SHARE < 0.5
    # no rounds: the head as it was
    assert fit_news_head(model, examples, seed=0, rounds=()).coef == pytest.approx(without.coef)


def test_the_news_head_reads_the_mean_word_vector_folded_into_each_word(tmp_path: Path) -> None:
    from scipy import sparse

    from rejoinder.moderation.training.news import C, fit_news_head
    from rejoinder.moderation.training.semantic import mean_vectors, words_of_examples

    vectorizer, pooled = _pooled_on_the_small_sets()
    model = from_sklearn(vectorizer, pooled)
    labelled = [
        ("you are a stupid idiot today", 1),
        ("you are a moron and a fool", 1),
        ("the mayor is an idiot on trade", 0),
        ("a fair point about the bridge vote", 0),
    ]
    examples = [Example(text, label, LABELLED) for text, label in labelled]
    vocabulary = sorted({w for doc in words_of_examples(examples) for w in doc})
    index = {w: i for i, w in enumerate(vocabulary)}
    idf = 1.0 + np.arange(len(vocabulary)) / 10  # unequal: the mean is weighted
    vectors = np.random.default_rng(0).normal(size=(len(vocabulary), 3))
    zeros = np.zeros(len(vocabulary))
    words = SemanticWords(index, zeros, idf, zeros.astype(np.uint8), 0.0, 1.0)
    head = fit_news_head(model, examples, seed=0, semantic=(words, vectors))
    model.semantic = words
    model.attach_news(head)
    model.save(tmp_path / "m.npz")
    loaded = LexicalModel.load(tmp_path / "m.npz")

    # What scikit-learn fits and predicts on the n-grams and the mean vectors side by side.
    def features(texts: list[str]) -> object:
        docs = words_of_examples([Example(t, 0, LABELLED) for t in texts])
        dense = mean_vectors(docs, index, idf, vectors)
        return sparse.hstack([vectorizer.transform(texts), sparse.csr_matrix(dense)]).tocsr()

    expected = LogisticRegression(C=C, solver="liblinear", random_state=0)
    expected.fit(features([t for t, _ in labelled]), [y for _, y in labelled])
    unseen = [
        "you are an idiot and a moron",
        "the bridge vote is a fair point",
        "today the mayor spoke on trade",
    ]
    for text in unseen:
        assert loaded.score(text).news == pytest.approx(
            expected.predict_proba(features([text]))[0, 1], abs=1e-4
        )
    # Without the semantic part the head reads the n-grams alone, as before.
    assert fit_news_head(model, examples, seed=0).word_weight is None


def test_shipped_model_is_small_pickle_free_and_reproducible() -> None:
    assert DEFAULT_MODEL.stat().st_size < 5 * 1024 * 1024
    with np.load(DEFAULT_MODEL, allow_pickle=False) as data:  # no object (pickled) arrays
        assert all(data[name].dtype != object for name in data.files)
    model = LexicalModel.load(DEFAULT_MODEL)  # np.load(allow_pickle=False) inside
    kind = "lexical-tfidf-logistic+hindi-head+news-head+semantic-words"
    assert model.metadata["kind"] == kind
    assert model.metadata["features"] == FEATURES
    assert model.semantic is not None and len(model.semantic.index) > 10_000
    assert model.hindi is not None and len(model.hindi.words) > 1_000
    assert model.hindi.coef.shape == model.coef.shape
    assert model.news is not None and model.news.coef.shape == model.coef.shape
    assert model.news.word_weight is not None
    assert model.news.word_weight.shape == (len(model.semantic.index),)
    assert model.metadata["news_head"]["comments"] == sum(
        len(path.read_text().splitlines()) for path in JUDGMENT_SETS.glob("*.jsonl")
    )
    negatives = model.metadata["news_head"]["real_negatives"]
    assert negatives["sources"] == ["trac_en_train"] and negatives["comments"] > 5_000
    # The scorer hands the head's Hindi share to the semantic gate: the same words are marked.
    marked = {w for w, i in model.semantic.index.items() if model.semantic.hindi[i]}
    assert marked == model.hindi.words
    assert len(model.metadata["data_sha256"]) >= 10 and model.metadata["seed"]
    # Trained on the judgment sets exactly as they are in the repository, so that
    # `rejoinder moderation train --labelled tests/moderation/data` makes it: a set added or
    # changed since needs a retrain (measure a new set before it, while it is blind).
    trained_on = model.metadata["labelled_sha256"]
    in_repository = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(JUDGMENT_SETS.glob("*.jsonl"))
    }
    assert trained_on == in_repository
    # ... its news head on the rounds too, blended in (`--news-rounds tests/moderation/rounds`)
    rounds = model.metadata["rounds_sha256"]
    assert rounds == {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(ROUND_SETS.glob("*.jsonl"))
    }
    assert model.metadata["news_head"]["rounds"]["share"] == ROUNDS_SHARE
    # ... and never on the unseen sets (unseen/README.md), kept out to measure it.
    unseen = {path.name for path in UNSEEN_SETS.glob("*.jsonl")}
    assert unseen and not (set(trained_on) | set(rounds)) & unseen
    assert set(model.metadata["evaluation"]) == {
        "olid_test",
        "ethos",
        "trac_en_dev",
        "trac_hi_dev",
        "toxigen",
    }


def test_labelled_comments_weigh_as_a_fraction_of_one_source() -> None:
    examples = [
        *(Example(f"t{n}", n % 2, "olid_train") for n in range(6)),
        *(Example(f"d{n}", 1, "davidson_hate") for n in range(2)),
        *(Example(f"l{n}", n % 2, LABELLED) for n in range(4)),
    ]
    weights = sample_weights(examples)
    totals = {
        source: weights[[e.source == source for e in examples]].sum()
        for source in ("olid_train", "davidson_hate", LABELLED)
    }
    share = len(examples) / 3  # what each source weighs before its own factor
    assert totals["davidson_hate"] == pytest.approx(share)
    assert totals["olid_train"] == pytest.approx(2.0 * share)
    assert totals[LABELLED] == pytest.approx(LABELLED_WEIGHT * share)
    assert 0 < LABELLED_WEIGHT < 1


def test_evidence_points_at_the_original_text() -> None:
    model = LexicalModel.load(DEFAULT_MODEL)
    text = "You are a total ch.u.t.i.y.a, honestly"
    score = model.score(text)
    assert score.probability > 0.5
    assert {text[start:end] for start, end, _ in score.evidence} == {"ch.u.t.i.y.a"}
    assert model.score("The bus timetable changes on Monday.").probability < 0.5


def test_roc_auc() -> None:
    assert roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
    assert roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5
    assert roc_auc([1, 0], np.array([0.9, 0.1])) == 1.0
    with pytest.raises(ValueError):
        roc_auc([1, 1], [0.2, 0.3])


def _semantic() -> SemanticWords:
    words = ["idiot", "vermin", "bridge", "chutiya"]
    return SemanticWords(
        index={w: i for i, w in enumerate(words)},
        weight=np.array([2.0, 3.0, -1.0, 5.0]),
        idf=np.array([1.0, 2.0, 1.0, 1.0]),
        hindi=np.array([0, 0, 0, 1], dtype=np.uint8),
        bias=-0.5,
        alpha=1.0,
    )


def _semantic_logit(semantic: SemanticWords, words: list[str]) -> float:
    # As the scorer sums it: each occurrence's terms, the share of Hindi words.
    if not words:
        return 0.0
    terms = [semantic.terms(w) for w in words]
    share = sum(semantic.is_hindi(w) for w in words) / len(words)
    return semantic.logit_from(sum(t[0] for t in terms), sum(t[1] for t in terms), share)


def test_semantic_logit_is_the_idf_weighted_mean_faded_for_hindi() -> None:
    semantic = _semantic()
    # (2*3 + 1*-1) / (2 + 1) + bias, no Hindi: the whole of it
    assert _semantic_logit(semantic, ["they", "are", "vermin", "bridge"]) == pytest.approx(
        5 / 3 - 0.5
    )
    assert _semantic_logit(semantic, ["unknown"]) == pytest.approx(-0.5)  # only the bias
    mixed = ["chutiya", "idiot", "bridge", "log"]  # 1 of 4 words Hindi
    assert _semantic_logit(semantic, mixed) == pytest.approx(0.5 * ((5 + 2 - 1) / 3 - 0.5))
    assert _semantic_logit(semantic, ["chutiya", "hai"]) == 0.0  # half Hindi: off


def test_semantic_words_survive_save_and_load(tmp_path: Path) -> None:
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True)
    model = LogisticRegression(C=10.0, solver="liblinear")
    model.fit(vectorizer.fit_transform(ABUSE + FINE), [1] * 5 + [0] * 5)
    ours = from_sklearn(vectorizer, model)
    plain = ours.score("those vermin near the bridge").probability
    ours.semantic = _semantic()
    with_words = ours.score("those vermin near the bridge").probability
    assert with_words > plain  # "vermin" (weight 3) outweighs "bridge" (-1)
    ours.save(tmp_path / "m.npz")
    loaded = LexicalModel.load(tmp_path / "m.npz")
    assert loaded.semantic is not None
    assert loaded.score("those vermin near the bridge").probability == pytest.approx(
        with_words, abs=1e-5
    )


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    model = LexicalModel.load(DEFAULT_MODEL)
    model.metadata = {**model.metadata, "features": "words-only"}
    model.save(tmp_path / "old.npz")
    with pytest.raises(ValueError, match=r"trained on other features \(words-only, .*retrain"):
        LexicalModel.load(tmp_path / "old.npz")


def test_the_learned_score_does_not_depend_on_which_group_is_named() -> None:
    # Group names read as one word, so the model weighs what is said of a group, not which.
    model = LexicalModel.load(DEFAULT_MODEL)
    for template in ("{} pray five times a day", "my {} neighbours are vermin"):
        scores = {
            round(model.score(template.format(group)).probability, 9)
            for group in ("Muslim", "Christian", "Jewish", "gay", "Black")
        }
        assert len(scores) == 1, template
    assert model.score("Muslims pray").probability != model.score("Farmers pray").probability
