"""Vega-Lite spec → SVG on the server with vl-convert, so the page needs no chart library or CDN."""
from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

from api.errors import ApiError

MAX_WIDTH = 1600
# defaults only (a spec's own settings win): slanted category labels stay readable in zh and en
_CONFIG = {"axisXBand": {"labelAngle": -30, "labelLimit": 160}, "view": {"stroke": None}}
_COMPOSITE = ("hconcat", "vconcat", "concat", "facet", "repeat", "layer")


class ChartRenderer:
    """Renders specs offline (external data URLs refused), with a small LRU cache."""

    def __init__(self, *, cache_size: int = 128, max_parallel: int = 2) -> None:
        self.cache_size = cache_size
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        # rendering is CPU work: a few at a time keeps chat requests responsive
        self._slots = threading.BoundedSemaphore(max_parallel)

    def svg(self, spec: dict[str, Any], *, width: int | None = None, lang: str | None = None) -> str:
        """The SVG text of `spec`, optionally resized to `width` pixels; ApiError chart_error on failure."""
        spec = _prepare(spec, width)
        key = hashlib.sha256(json.dumps([spec, lang], sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        import vl_convert  # lazy: its JS runtime costs start-up time the other routes need not pay

        with self._slots:
            try:
                svg = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[], config=_CONFIG,
                                                 format_locale="zh-CN" if lang == "zh" else None)
            except ValueError as exc:
                raise ApiError("chart_error", 422, details=str(exc).splitlines()[:3]) from exc
        with self._lock:
            self._cache[key] = svg
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return svg


def _prepare(spec: dict[str, Any], width: int | None) -> dict[str, Any]:
    if not isinstance(spec, dict) or not spec:
        raise ApiError("chart_error", 422, message="the chart spec must be a non-empty JSON object")
    spec = copy.deepcopy(spec)
    # composite charts size their parts themselves; "container" means nothing in a static SVG
    if width is not None and not any(k in spec for k in _COMPOSITE):
        spec["width"] = max(100, min(MAX_WIDTH, int(width)))
    return spec
