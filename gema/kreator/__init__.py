"""Kreator: the creator scorecard (issue 14).

data: scorecard, ranking, share of voice, flags; frames: display tables and the XLSX sheets.
"""

from gema.kreator.data import (
    BASES,
    CLI_FIELDS,
    DEFAULT_MIN_POSTS,
    RANK_BY,
    RULES,
    SOURCES,
    FlagRules,
    comparison,
    flags,
    heard_least,
    kabkota_name,
    last_quarter,
    rank,
    records,
    scorecard,
    share_of_voice,
    share_of_voice_campaigns,
)
from gema.kreator.frames import (
    LEAD_COLUMNS,
    account_text,
    basis_text,
    comparison_frame,
    export_sheets,
    flags_frame,
    scorecard_frame,
    sov_campaign_frame,
    sov_frame,
)

__all__ = [
    "BASES",
    "CLI_FIELDS",
    "DEFAULT_MIN_POSTS",
    "FlagRules",
    "LEAD_COLUMNS",
    "RANK_BY",
    "RULES",
    "SOURCES",
    "account_text",
    "basis_text",
    "comparison",
    "comparison_frame",
    "export_sheets",
    "flags",
    "flags_frame",
    "heard_least",
    "kabkota_name",
    "last_quarter",
    "rank",
    "records",
    "scorecard",
    "scorecard_frame",
    "share_of_voice",
    "share_of_voice_campaigns",
    "sov_campaign_frame",
    "sov_frame",
]
