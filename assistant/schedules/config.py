"""Read WORKSPACE/schedules.yaml: typed schedules, or a ConfigError naming file, line, field and a fix.

```yaml
base_url: https://journey.example.com      # optional: makes the brief's chat links absolute
schedules:
  - name: morning-zh
    cron: "0 8 * * 1-5"                     # minute hour day month weekday (croniter)
    timezone: Asia/Shanghai                 # default UTC
    lang: zh                                # zh | en
    days: 1                                 # the period: N days ending on the latest data
    journeys: [purchase]                    # optional
    filters: {segment: [vip]}               # optional
    channel: {type: feishu, webhook: "${FEISHU_WEBHOOK}", secret: "${FEISHU_SECRET}"}
```
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.delivery.secrets import SecretResolver
from knowledge.errors import ConfigError

FILE_NAME = "schedules.yaml"
WEBHOOK_TYPES = ("feishu", "dingtalk", "wecom", "slack")
SIGNED_TYPES = ("feishu", "dingtalk")
FORMATS = {"wecom": ("markdown", "template_card"), "file": ("text", "json")}
EXAMPLE = ('schedules:\n  - name: morning\n    cron: "0 8 * * *"\n    lang: zh\n    days: 1\n'
           '    channel: {type: feishu, webhook: "${FEISHU_WEBHOOK}", secret: "${FEISHU_SECRET}"}')


class ChannelSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["feishu", "dingtalk", "wecom", "slack", "file", "stdout"]
    webhook: str | None = None
    secret: str | None = None
    format: str | None = None
    path: str | None = None


class ScheduleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    cron: str
    timezone: str = "UTC"
    lang: Literal["zh", "en"] = "en"
    days: int = Field(1, ge=1, le=366)
    journeys: list[str] = Field(default_factory=list)
    filters: dict[str, list[str]] = Field(default_factory=dict)
    channel: ChannelSpec
    enabled: bool = True

    @field_validator("filters", mode="before")
    @classmethod
    def _one_value(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: [x] if isinstance(x, (str, int)) else x for k, x in v.items()}
        return v

    @field_validator("cron")
    @classmethod
    def _cron(cls, v: str) -> str:
        from croniter import croniter
        if not croniter.is_valid(v):
            raise ValueError(f"'{v}' is not a cron expression (minute hour day month weekday, e.g. \"0 8 * * *\")")
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{v}' (use an IANA name such as Asia/Shanghai or UTC)") from None
        return v


class SchedulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str | None = Field(None, pattern=r"^https?://")
    schedules: list[ScheduleSpec]


class Schedule(BaseModel):
    """One checked schedule with its secrets resolved (never logged, never shown)."""

    spec: ScheduleSpec
    webhook: str | None = None
    secret: str | None = None
    base_url: str | None = None


def _lines(node: yaml.Node, path: tuple[Any, ...] = (), out: dict[tuple[Any, ...], int] | None = None
           ) -> dict[tuple[Any, ...], int]:
    """Path of every value (keys and list indices) → its 1-based line in the file."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            out[path + (k.value,)] = k.start_mark.line + 1
            _lines(v, path + (k.value,), out) if not isinstance(v, yaml.ScalarNode) else None
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _lines(v, path + (i,), out)
    return out


def _where(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    for n in range(len(loc), -1, -1):
        if tuple(loc[:n]) in lines:
            return lines[tuple(loc[:n])]
    return None


def _field(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + str(part))
    return out


def _error(path: Path, line: int | None, field: str, message: str, hint: str) -> ConfigError:
    where = f"{path}" + (f":{line}" if line else "")
    return ConfigError(f"{where}: {field}: {message}" if field else f"{where}: {message}", hint=hint,
                       code="bad_schedules", details={"file": str(path), "line": line, "field": field})


def parse_schedules(text: str, path: Path, secrets: SecretResolver) -> tuple[list[Schedule], str | None]:
    """Checked schedules and the base URL from the file's text; ConfigError on the first problem."""
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise _error(path, mark.line + 1 if mark else None, "", f"not valid YAML ({getattr(exc, 'problem', exc)})",
                     "check the indentation and quote cron expressions: cron: \"0 8 * * *\"") from None
    if not isinstance(data, dict):
        raise _error(path, 1, "", "expected a mapping with a `schedules:` list", "start from:\n" + EXAMPLE)
    lines = _lines(node)
    try:
        parsed = SchedulesFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        raise _error(path, _where(lines, loc), _field(loc), first["msg"].removeprefix("Value error, "),
                     _hint(loc, first)) from None
    out: list[Schedule] = []
    seen: set[str] = set()
    for i, spec in enumerate(parsed.schedules):
        at = ("schedules", i)
        if spec.name in seen:
            raise _error(path, _where(lines, at + ("name",)), _field(at + ("name",)),
                         f"two schedules are named '{spec.name}'", "give each schedule its own name")
        seen.add(spec.name)
        out.append(_resolve(spec, path, lines, at, secrets, parsed.base_url))
    return out, parsed.base_url


def _hint(loc: tuple[Any, ...], err: dict[str, Any]) -> str:
    last = str(loc[-1]) if loc else ""
    if err["type"] == "extra_forbidden":
        return "remove it; allowed fields: " + ", ".join(
            ChannelSpec.model_fields if "channel" in loc else ScheduleSpec.model_fields if "schedules" in loc
            else SchedulesFile.model_fields)
    if err["type"] == "missing":
        return f"add `{last}:` — e.g.\n" + EXAMPLE
    if last == "cron":
        return 'five fields: minute hour day-of-month month weekday, e.g. cron: "0 8 * * 1-5" (08:00 on weekdays)'
    if last == "type":
        return "use one of: feishu, dingtalk, wecom, slack, file, stdout"
    if last == "base_url":
        return "the public address of `journey serve`, e.g. https://journey.example.com"
    return "see the example in README 'Schedules and delivery'"


def _resolve(spec: ScheduleSpec, path: Path, lines: dict[tuple[Any, ...], int], at: tuple[Any, ...],
             secrets: SecretResolver, base_url: str | None) -> Schedule:
    ch = spec.channel
    cat = at + ("channel",)

    def fail(field: str, message: str, hint: str) -> ConfigError:
        return _error(path, _where(lines, cat + (field,)), _field(cat + (field,)), message, hint)

    allowed = FORMATS.get(ch.type)
    if ch.format is not None and (not allowed or ch.format not in allowed):
        raise fail("format", f"'{ch.format}' is not a format of {ch.type}",
                   "use one of: " + ", ".join(allowed) if allowed else f"remove it: {ch.type} has one format")
    if ch.type == "file" and not ch.path:
        raise fail("path", "a file channel needs a path", "e.g. path: briefs/{date}-{name}.txt (relative to the workspace)")
    resolved: dict[str, str | None] = {"webhook": None, "secret": None}
    for field in ("webhook", "secret"):
        raw = getattr(ch, field)
        if raw is None:
            continue
        if ch.type not in WEBHOOK_TYPES or (field == "secret" and ch.type not in SIGNED_TYPES):
            raise fail(field, f"{ch.type} has no {field}", f"remove `{field}:`")
        name = SecretResolver.reference(raw)
        if name is None:
            # the value itself is never echoed: it may be the secret
            raise fail(field, f"{field} must be a ${{NAME}} reference, not the value itself",
                       f"put the value in an environment variable or the secrets file and write {field}: \"${{NAME}}\"")
        value = secrets.get(name)
        if not value:
            raise fail(field, f"the secret {name} is not set",
                       f"export {name}=... before `journey serve`, or add `{name}: ...` to the secrets file")
        resolved[field] = value
    if ch.type in WEBHOOK_TYPES and not resolved["webhook"]:
        raise fail("webhook", f"a {ch.type} channel needs a webhook", 'add webhook: "${NAME}" with the robot\'s URL in NAME')
    if ch.type == "wecom" and ch.format == "template_card" and not base_url:
        raise fail("format", "a WeCom template card needs base_url (its links must be absolute)",
                   "add base_url: https://... at the top of the file, or use format: markdown")
    return Schedule(spec=spec, webhook=resolved["webhook"], secret=resolved["secret"], base_url=base_url)


def load_schedules(path: Path, secrets: SecretResolver) -> tuple[list[Schedule], str | None]:
    """The schedules in `path` ([] when the file does not exist)."""
    if not path.is_file():
        return [], None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, None, "", f"cannot read it ({exc})", "save it as UTF-8 text") from None
    return parse_schedules(text, path, secrets)
