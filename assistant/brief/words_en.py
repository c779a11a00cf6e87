"""Every English sentence of the morning brief (one place for en words)."""
from __future__ import annotations

T: dict[str, str] = {
    "title": "Morning brief · {period} vs {baseline}",
    "title_filtered": "Morning brief · {period} vs {baseline} · {filters}",
    "quiet": "A quiet period: none of the {checked} journey metrics checked moved beyond normal variation.",
    "nothing_checked": "Nothing to check in {period}: no journey, order or feedback metric has data.",
    "moved_intro": "{n} of {checked} journey metrics moved beyond normal variation:",
    "item": "{rank}. {metric} {where} {verb} from {before} to {after} ({change}; n = {n_base} → {n_now}; "
            "{test} {p}, Holm-adjusted {p_adj}).",
    "at_step": "at {touchpoint} ({journey})",
    "of_journey": "of the {journey} journey",
    "overall": "overall",
    "rose": "rose",
    "fell": "fell",
    "pp": "{value} pp",
    "sd": "{value} SD",
    "drivers": "Driver: {first}{rest}.",
    "driver": "{dimension} = {value} carries {share} of the change ({before} → {after})",
    "driver_plain": "{dimension} = {value} carries {share} of the change",
    "driver_more": "; then {next}",
    "no_driver": "No single segment explains it.",
    "themes": "What customers said{where}: {themes}.",
    "themes_where": " at {touchpoint}",
    "theme": "“{label}” ({comments} comments)",
    "quote": "“{text}” ({feedback_id})",
    "no_feedback": "No feedback there in this period.",
    "ask": "Ask: {question} → {link}",
    "list_sep": ", ",
    "unmoved": "Within normal variation: {items}.",
    "unmoved_more": "{items} and {n} more",
    "unmoved_steps": "{metric} at {n} steps",
    "unmoved_journeys": "{metric} ({journeys})",
    "unmoved_none": "Everything checked moved.",
    "method": "Method: each metric over {period} vs {baseline} with its significance test (two-proportion z for "
              "rates, Welch t for means, Poisson z for counts and sums); a move counts when the Holm-adjusted "
              "p < {alpha} over the {checked} metrics checked, both periods have ≥ {min_sample} units and the change "
              "is ≥ {min_rate} pp for rates, ≥ {min_rel} for counts and sums, ≥ {min_sd} SD for means.",
    "more_moves": "{n} more moves are not shown.",
    "no_events": "No events in this period: journey conversions were not checked.",
    "no_journeys": "No journeys are defined: load a journeys file to check step conversion.",
    "no_feedback_at_all": "No feedback in this period: no themes or quotes.",
    "follow_up_step": "Why did {metric} at {touchpoint} {verb_base} from {start} to {end}?",
    "follow_up_journey": "Why did {metric} of the {journey} journey {verb_base} from {start} to {end}?",
    "follow_up_total": "Why did {metric} {verb_base} from {start} to {end}?",
    "button_ask": "Ask in chat",
    "button_open": "Open the chat",
    "follow_up_label": "Follow-up",
    "rise": "rise",
    "fall": "fall",
    "change": "change",
}

TESTS: dict[str, str] = {"two_proportion_z": "z test", "welch_t": "Welch t", "poisson_z": "Poisson z"}
