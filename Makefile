# Set-up and checks. Two commands do everything on a fresh machine: `make demo`, `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db
# The CPU build of torch for the optional sentence embeddings; `make EMBEDDINGS=` skips them.
TORCH ?= torch==2.13.0
EMBEDDINGS ?= ,embeddings

.PHONY: install demo test lint typecheck unit clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(if $(EMBEDDINGS),$(BIN)/python -m pip install --quiet '$(TORCH)')
	$(BIN)/python -m pip install --quiet -e '.[dev$(EMBEDDINGS)]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).lock
	$(BIN)/corrobora ingest examples/corpus --db $(DEMO_DB)
	$(BIN)/corrobora stories --db $(DEMO_DB)
	$(BIN)/corrobora show --db $(DEMO_DB) --all

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).lock .mypy_cache .pytest_cache .ruff_cache

# Measurements (need ../shared beside the repository).
.PHONY: bench-pairs bench-pair-encoder bench-pair-encoder-speed bench-claims bench-claim-vectors
.PHONY: bench-conflicts
bench-pairs: $(STAMP)
	$(BIN)/python benchmarks/mrpc_pairs.py

# The same with a pair encoder fine-tuned per fold (about 45 minutes on 2 cores; a
# larger base: `BENCH_PAIR_ENCODER_ARGS="--encoder-base DIR --encoder-folder DIR"`).
bench-pair-encoder: $(STAMP)
	$(BIN)/python benchmarks/mrpc_pairs.py --pair-encoder-cv $(BENCH_PAIR_ENCODER_ARGS)

# A pair encoder's ONNX export against torch, one thread (`BENCH_PAIR_SPEED_ARGS=
# "--encoder DIR"`; without one, a quick encoder is trained to time).
bench-pair-encoder-speed: $(STAMP)
	$(BIN)/python benchmarks/pair_encoder_speed.py $(BENCH_PAIR_SPEED_ARGS)

# Sentences encoded when a store is fed in several runs, with and without kept vectors.
bench-claim-vectors: $(STAMP)
	$(BIN)/python benchmarks/claim_vectors_kept.py

# Fact grouping of ECB+ dev event sentences within gold stories (B-cubed, pairwise).
bench-claims: $(STAMP)
	$(BIN)/python benchmarks/ecbplus_claims.py

# Conflicts reported on ECB+ dev gold stories, by kind, to audit by hand
# (`BENCH_CONFLICTS_ARGS="--show 50"` prints them).
bench-conflicts: $(STAMP)
	$(BIN)/python benchmarks/ecbplus_conflicts.py $(BENCH_CONFLICTS_ARGS)

.PHONY: bench-stories bench-stories-baseline bench-stories-incremental bench-stories-scale
.PHONY: bench-copies bench-attributions bench fit-story-model
bench-stories: $(STAMP)
	$(BIN)/python benchmarks/stories_ecbplus.py

bench-stories-baseline: $(STAMP)
	$(BIN)/python benchmarks/stories_baseline.py

bench-stories-incremental: $(STAMP)
	$(BIN)/python benchmarks/stories_incremental.py

bench-stories-scale: $(STAMP)
	$(BIN)/python benchmarks/stories_scale.py

# Refit the story event model on ECB+ training topics (prints the weights to paste).
fit-story-model: $(STAMP)
	$(BIN)/python benchmarks/fit_story_model.py

bench-copies: $(STAMP)
	$(BIN)/python benchmarks/copies_ecbplus.py

# WARC reading, warcio against fastwarc, with and without extraction (10k pages; --pages 100000).
.PHONY: bench-readers
bench-readers: $(STAMP)
	$(BIN)/python benchmarks/readers.py

bench-attributions: $(STAMP)
	$(BIN)/python benchmarks/attributions_polnear.py --split dev
	$(BIN)/python benchmarks/quotes_textacy_peer.py --split dev

bench: bench-stories bench-stories-baseline bench-stories-incremental bench-copies bench-claims \
	bench-attributions bench-pairs

# Load test of `corrobora serve`: a 10k-article store, 50 clients for 30 s on loopback.
.PHONY: bench-web
bench-web: $(STAMP)
	$(BIN)/python benchmarks/web_load.py

# Store scale: ingest rate, size and query latency at 100k articles, SQLite and PostgreSQL
# (`make bench-store BENCH_STORE_ARGS="--articles 10000"` for a quicker run).
.PHONY: bench-store
bench-store: $(STAMP)
	$(BIN)/python benchmarks/store_scale.py $(BENCH_STORE_ARGS)

# Analysis throughput and peak memory of the engines: local 1/2 processes, Dask 1/2 workers
# (`make bench-engines BENCH_ENGINES_ARGS="--articles 1000"` for a longer run).
.PHONY: bench-engines
bench-engines: $(STAMP)
	$(BIN)/python benchmarks/engines.py $(BENCH_ENGINES_ARGS)

# End to end: a news-crawl WARC.gz of real text recombined (10k articles; cached in the temp
# dir) through `corrobora ingest`'s code path, articles/s per stage and peak memory, words
# only and with sentence embeddings (`make bench-e2e BENCH_E2E_ARGS="--articles 100000"`).
.PHONY: bench-e2e
bench-e2e: $(STAMP)
	$(BIN)/python benchmarks/end_to_end.py $(BENCH_E2E_ARGS)

# Where the per-article analysis spends its time: each spaCy component and each of
# corrobora's extraction steps, in ms per article, over pages of the end-to-end corpus.
.PHONY: bench-analysis-stages
bench-analysis-stages: $(STAMP)
	$(BIN)/python benchmarks/analysis_stages.py $(BENCH_ANALYSIS_ARGS)

# Time and peak memory of one very long article (prose, short lines, a run without
# spaces), each analyzed in a fresh process.
.PHONY: bench-long-texts
bench-long-texts: $(STAMP)
	$(BIN)/python benchmarks/long_texts.py $(BENCH_LONG_ARGS)

# Peers on the same generated corpus: extraction against newspaper4k (the `peers` extra:
# `$(BIN)/pip install -e '.[peers]'`), near duplicates against plain datasketch MinHashLSH.
.PHONY: bench-peers
bench-peers: $(STAMP)
	$(BIN)/python benchmarks/peers.py $(BENCH_PEERS_ARGS)
