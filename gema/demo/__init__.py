"""Demo data: a seeded, deterministic year of Banten public communication.

Why: every page must be demonstrable (and testable) before staff upload real exports, and the
figures must look like the province's, not like uniform noise: heavy-tailed reach, campaign
bursts, weekly rhythm, rainy-season floods, PPDB in June-July, complaints that read like real
Indonesian comments, IKM mostly in band B.

`load_demo(conn)` generates everything with numpy (no Python loop per row; loops run over
accounts, campaigns, months or templates only) and loads it in ONE transaction through named
queries in queries/demo/ that read registered DataFrames. Each table's rows carry the batch id of
an `import_batches` row with `is_demo = true`, so pages can say "Data contoh" and the whole demo
can be undone like any upload. The generator is pure (`generate`), so tests can check it without
a database, and the same (seed, end, scale) always gives the same data.

One module per job: common (sizes, the Demo tables, the year context), accounts (campaigns and
accounts), posts, skm, fgd, feedback and wording (its texts), generate (the pure generator),
load (into the store), samples (export files to try the upload page). The vocabulary (places,
names, captions, feedback templates) is data in data/demo/*.json, read by `text`.
"""

from __future__ import annotations

from gema.demo.common import (
    CHANNEL_SHARE,
    DEFAULT_SEED,
    PLATFORMS,
    SENTIMENTS,
    SOCIAL_CHANNELS,
    TARGETS,
    Demo,
    DemoRefused,
)
from gema.demo.generate import feedback_sample, generate
from gema.demo.load import flood_surge, load_demo
from gema.demo.samples import SAMPLE_SEED, write_sample_files
from gema.demo.skm import SKM_UNITS, UNSUR

__all__ = [
    "CHANNEL_SHARE",
    "DEFAULT_SEED",
    "PLATFORMS",
    "SAMPLE_SEED",
    "SENTIMENTS",
    "SKM_UNITS",
    "SOCIAL_CHANNELS",
    "TARGETS",
    "UNSUR",
    "Demo",
    "DemoRefused",
    "feedback_sample",
    "flood_surge",
    "generate",
    "load_demo",
    "write_sample_files",
]
