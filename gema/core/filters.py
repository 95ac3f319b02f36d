"""The shared filters (period, kab/kota, campaign, platform, channel) as plain data.

They live in the URL query string so a copied link reproduces the view, and they become the
bound parameters of every dashboard query. Convention in SQL (empty list = no filter):

    WHERE published_at >= $start AND published_at < $end
      AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

PERIODS = ("7d", "30d", "90d", "month", "year", "all", "custom")
DEFAULT_PERIOD = "90d"
ALL_START = date(2000, 1, 1)
LIST_FIELDS = ("kabkota", "campaign", "platform", "channel")


@dataclass(frozen=True)
class Filters:
    """One view of the data. `start`/`end` are inclusive dates."""

    period: str = DEFAULT_PERIOD
    start: date = field(default_factory=lambda: date.today() - timedelta(days=89))
    end: date = field(default_factory=date.today)
    kabkota: tuple[str, ...] = ()
    campaign: tuple[str, ...] = ()
    platform: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Filters:
        """The period of equal length just before this one (for change figures)."""
        prev_end = self.start - timedelta(days=1)
        return replace(
            self, period="custom", start=prev_end - timedelta(days=self.days - 1), end=prev_end
        )

    def params(self) -> dict[str, object]:
        """Bound parameters for the named queries: a half-open timestamp range and lists."""
        prev = self.previous()
        return {
            "start": datetime.combine(self.start, time.min),
            "end": datetime.combine(self.end + timedelta(days=1), time.min),
            "prev_start": datetime.combine(prev.start, time.min),
            "prev_end": datetime.combine(self.start, time.min),
            "kabkota": list(self.kabkota),
            "campaign": list(self.campaign),
            "platform": list(self.platform),
            "channel": list(self.channel),
        }

    def to_query(self) -> dict[str, str]:
        """Query-string form; empty fields are left out so links stay short."""
        out: dict[str, str] = {"periode": self.period}
        if self.period == "custom":
            out["dari"] = self.start.isoformat()
            out["sampai"] = self.end.isoformat()
        for name in LIST_FIELDS:
            values = getattr(self, name)
            if values:
                out[name] = ",".join(_escape(v) for v in values)
        return out

    @classmethod
    def from_query(cls, query: Mapping[str, str], today: date | None = None) -> Filters:
        """Parse a query string leniently: anything unreadable falls back to the default."""
        today = today or date.today()
        period = query.get("periode", DEFAULT_PERIOD)
        if period not in PERIODS:
            period = DEFAULT_PERIOD
        start, end = period_range(period, today)
        if period == "custom":
            try:
                start = date.fromisoformat(query.get("dari", ""))
                end = date.fromisoformat(query.get("sampai", ""))
            except ValueError:
                period = DEFAULT_PERIOD
                start, end = period_range(period, today)
            if end < start:
                start, end = end, start
        lists = {
            name: tuple(_unescape(v) for v in str(query.get(name, "")).split(",") if v.strip())
            for name in LIST_FIELDS
        }
        return cls(period=period, start=start, end=end, **lists)


def _escape(value: str) -> str:
    """A list value inside the comma-separated query form: a comma in a name (a campaign called
    'Banten Maju, Banten Sejahtera') must not split it."""
    return value.replace("%", "%25").replace(",", "%2C")


def _unescape(value: str) -> str:
    return value.replace("%2C", ",").replace("%25", "%")


def period_range(period: str, today: date) -> tuple[date, date]:
    """Inclusive (start, end) for a named period ending today."""
    if period == "7d":
        return today - timedelta(days=6), today
    if period == "30d":
        return today - timedelta(days=29), today
    if period == "month":
        return today.replace(day=1), today
    if period == "year":
        return today.replace(month=1, day=1), today
    if period == "all":
        return ALL_START, today
    return today - timedelta(days=89), today
