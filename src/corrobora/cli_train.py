"""``corrobora train-pair-encoder``: fine-tune the optional pair encoder on labelled pairs."""

from __future__ import annotations

from pathlib import Path

import click

from .align.pairencoder import ONNX_MODEL, TrainingParams, train_pair_encoder
from .cli_options import progress_bar, run_command, run_flags
from .evaluate.pairs import read_pairs

_DEFAULTS = TrainingParams()


@click.command("train-pair-encoder")
@click.argument("data", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar="FOLDER",
    help="Where to write the trained encoder (a new or empty folder).",
)
@click.option(
    "--base",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="FOLDER",
    help="A local transformer model to start from (default: the packaged all-MiniLM-L6-v2).",
)
@click.option("--epochs", type=click.IntRange(1, 50), default=_DEFAULTS.epochs, show_default=True)
@click.option(
    "--learning-rate",
    type=click.FloatRange(0.0, 1.0, min_open=True, max_open=True),
    default=_DEFAULTS.learning_rate,
    show_default=True,
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Train on the first N pairs only."
)
@run_flags
def train_pair_encoder_command(
    data: Path,
    output: Path,
    base: Path | None,
    epochs: int,
    learning_rate: float,
    limit: int | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Fine-tune a cross-encoder on labelled sentence pairs, for claim alignment.

    DATA is MRPC-style TSV (a header line, then label, id, id, sentence, sentence;
    label 1 when the two sentences state the same thing), a file or a folder of them.
    Training runs on the CPU from installed weights (about 20 pairs a second per
    epoch on two cores with the default model). Use the result by setting
    CORROBORA_PAIR_ENCODER to the output folder.

    \b
    Example:
        corrobora train-pair-encoder pairs.tsv -o ~/models/pairs
        CORROBORA_PAIR_ENCODER=~/models/pairs corrobora compare a.html b.html
    """

    def action() -> int:
        records, problems, _ = read_pairs(data, limit)
        for problem in problems:
            click.echo(f"skipped: {problem}", err=True)
        pairs = [(r.label, r.sentence1, r.sentence2) for r in records]
        params = TrainingParams(epochs=epochs, learning_rate=learning_rate)
        with progress_bar(quiet) as bar:

            def progress(done: int, total: int) -> None:
                if done == 1:
                    bar.start("training", total)
                bar.advance()

            train_pair_encoder(pairs, output, base=base, params=params, progress=progress)
        if not quiet:
            runs = "ONNX Runtime" if (output / ONNX_MODEL).is_file() else "torch (no ONNX export)"
            said = f"trained on {len(pairs)} pairs; written to {output}; runs on {runs}"
            click.echo(said, err=True)
        return 0

    run_command(debug, action)
