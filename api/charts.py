"""Vega-Lite spec → SVG on the server with vl-convert, so the page needs no chart library or CDN.

A spec is data from the client, so it is checked before drawing (no URLs or links, a cap on the
rows it holds or generates, no row-multiplying transforms) and drawn in a child process with a
memory limit that is killed at the time limit: a spec that makes V8 run out of memory kills only
that child (issue 9). After any failed spec the child is replaced, so one bad spec never breaks
the next good one, and error messages never carry JavaScript stack lines.
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import math
import queue
import re
import threading
from collections import OrderedDict
from typing import Any

from api.chart_worker import render, warm_up
from api.errors import ApiError
from knowledge.worker import ProcessWorker, WorkerBusy, WorkerDied, WorkerError, WorkerTimeout

log = logging.getLogger("journey.api")

MAX_WIDTH = 1600
MAX_SIZE = 4000  # pixels, any width/height/step written in a spec
MAX_SVG_BYTES = 5_000_000
MAX_NODES = 50_000  # JSON nodes in one spec
MAX_DEPTH = 40
MAX_BINS = 500
MAX_TICKS = 500
_COMPOSITE = ("hconcat", "vconcat", "concat", "facet", "repeat", "layer")
# keys that load or link to something outside the spec
_URL_KEYS = frozenset({"url", "href"})
# transforms whose output can be far larger than their input
_EXPANDING = frozenset({"fold", "flatten", "impute", "density", "loess", "regression", "quantile", "pivot",
                        "lookup", "sequence"})
_GENERATORS = frozenset({"graticule", "sphere"})
CANARY = {"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
_STACK_LINE = re.compile(r"^\s*at\s|file://|ext:|\.js:\d+|node:|deno:|\bstack\b", re.IGNORECASE)


def _reject(message: str) -> ApiError:
    return ApiError("chart_error", 422, message=message,
                    hint="charts come from answers; the table above holds the same numbers")


class _SpecCheck:
    """One walk over a spec: counts rows held or generated, refuses URLs and expanding transforms."""

    def __init__(self, max_points: int) -> None:
        self.max_points = max_points
        self.points = 0
        self.nodes = 0

    def add_points(self, n: float) -> None:
        self.points += n
        if self.points > self.max_points:
            raise _reject(f"the chart has more than {self.max_points:,} data points")

    def sequence(self, seq: Any) -> None:
        if not isinstance(seq, dict):
            raise _reject("a sequence needs start, stop and step numbers")
        try:
            start, stop = float(seq.get("start", 0)), float(seq["stop"])
            step = float(seq.get("step", 1))
        except (KeyError, TypeError, ValueError):
            raise _reject("a sequence needs start, stop and step numbers") from None
        if not all(math.isfinite(v) for v in (start, stop, step)) or step == 0:
            raise _reject("a sequence needs finite numbers and a non-zero step")
        count = (stop - start) / step
        self.add_points(count if math.isfinite(count) and count > 0 else (0 if count <= 0 else math.inf))

    def data(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        values = data.get("values")
        if isinstance(values, list):
            self.add_points(len(values))
        elif isinstance(values, str):
            self.add_points(values.count("\n") + 1)
        elif isinstance(values, dict):
            self.add_points(1)
        if "sequence" in data:
            self.sequence(data["sequence"])
        if _GENERATORS & data.keys():
            raise _reject("generated map data is not allowed")

    def walk(self, node: Any, depth: int = 0) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise _reject("the chart spec is too large or too deeply nested")
        if isinstance(node, list):
            for item in node:
                self.walk(item, depth + 1)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key in _URL_KEYS:
                raise _reject(f"'{key}' is not allowed in a chart (no external data or links)")
            if key == "data" or key == "datasets":
                for d in (value.values() if key == "datasets" and isinstance(value, dict) else [value]):
                    self.data(d)
            elif key == "transform" and isinstance(value, list):
                for t in value:
                    bad = _EXPANDING & set(t) if isinstance(t, dict) else set()
                    if bad:
                        raise _reject(f"the '{sorted(bad)[0]}' transform is not allowed in a chart")
            elif key in ("width", "height", "step") and isinstance(value, (int, float)) and value > MAX_SIZE:
                raise _reject(f"'{key}' above {MAX_SIZE} pixels is not allowed")
            elif key in ("maxbins", "tickCount") and isinstance(value, (int, float)) and value > max(MAX_BINS, MAX_TICKS):
                raise _reject(f"'{key}' above {max(MAX_BINS, MAX_TICKS)} is not allowed")
            elif key == "bin" and isinstance(value, dict) and ({"step", "steps", "minstep"} & value.keys()):
                raise _reject("bin steps are not allowed in a chart (use maxbins)")
            self.walk(value, depth + 1)


def check_spec(spec: Any, max_points: int) -> None:
    """Raise ApiError chart_error when a spec loads URLs, links, or holds/generates too many rows."""
    if not isinstance(spec, dict) or not spec:
        raise _reject("the chart spec must be a non-empty JSON object")
    _SpecCheck(max_points).walk(spec)


def clean_error(text: str) -> str:
    """The first meaningful line of a renderer error, without JavaScript stack lines or paths."""
    for line in str(text).splitlines():
        line = line.strip()
        if line and not _STACK_LINE.search(line):
            return line[:200]
    return "the chart could not be drawn"


class ChartRenderer:
    """Checks specs, draws them in `workers` child processes, keeps a small LRU cache."""

    def __init__(self, *, cache_size: int = 128, max_parallel: int = 2, max_points: int = 5000,
                 timeout_s: float = 10.0, memory_mb: int = 1024) -> None:
        self.cache_size = cache_size
        self.max_points = max_points
        self.timeout_s = timeout_s
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        # RLIMIT_DATA, not RLIMIT_AS: V8 reserves a large address space up front and cannot start under it
        self.workers = [ProcessWorker(render, memory_bytes=memory_mb * 1024 * 1024, resource_name="RLIMIT_DATA",
                                      init=warm_up, name="journey-chart") for _ in range(max(1, max_parallel))]
        self._free: queue.Queue[ProcessWorker] = queue.Queue()
        for w in self.workers:
            self._free.put(w)

    def svg(self, spec: dict[str, Any], *, width: int | None = None, lang: str | None = None) -> str:
        """The SVG text of `spec`, optionally resized to `width` pixels; ApiError chart_error on failure."""
        check_spec(spec, self.max_points)
        spec = _prepare(spec, width)
        key = hashlib.sha256(json.dumps([spec, lang], sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        svg = self._draw(spec, lang)
        with self._lock:
            self._cache[key] = svg
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return svg

    def _draw(self, spec: dict[str, Any], lang: str | None) -> str:
        try:
            worker = self._free.get(timeout=self.timeout_s)
        except queue.Empty:
            raise ApiError("chart_busy", 503, message="the chart renderer is busy",
                           hint="try again in a moment; the table holds the same numbers") from None
        try:
            svg = worker.call({"spec": spec, "lang": lang}, timeout_s=self.timeout_s)
        except (WorkerTimeout, WorkerBusy):
            raise _reject(f"the chart took longer than {self.timeout_s:g} s to draw") from None
        except WorkerDied:
            raise _reject("the chart needed more memory than allowed") from None
        except WorkerError as exc:
            # a failed spec can leave the JS runtime in a bad state: when a tiny known-good spec
            # no longer draws, the child is replaced before the next spec
            try:
                worker.call({"spec": CANARY, "lang": None}, timeout_s=self.timeout_s)
            except Exception:  # noqa: BLE001 - any failure of the canary means "replace the child"
                worker.close()
            log.info("chart spec refused by the renderer: %s", clean_error(exc.message))
            raise _reject(f"the chart could not be drawn: {clean_error(exc.message)}") from None
        finally:
            self._free.put(worker)
        if len(svg) > MAX_SVG_BYTES:
            raise _reject("the drawn chart is too large")
        return svg

    def close(self) -> None:
        """Stop the renderer processes."""
        for w in self.workers:
            w.close()


def _prepare(spec: dict[str, Any], width: int | None) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    # composite charts size their parts themselves; "container" means nothing in a static SVG
    if width is not None and not any(k in spec for k in _COMPOSITE):
        spec["width"] = max(100, min(MAX_WIDTH, int(width)))
    return spec
