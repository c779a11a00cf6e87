// Every word of the chat page in English (the Chinese twin is zh.js; same keys).
window.JOURNEY_I18N = window.JOURNEY_I18N || {};
window.JOURNEY_I18N.en = {
  langName: "English", switchTo: "中文",
  title: "Customer Journey Assistant",
  newChat: "+ New chat", conversations: "Conversations", noSessions: "No conversations yet", deleteSession: "Delete conversation",
  menu: "Menu", apiKey: "Key",
  placeholder: "Ask in English or Chinese, e.g. Which touchpoint loses the most users?", send: "Send",
  welcome: "Hi! I answer customer-journey questions from your company's own data: touchpoints, funnels, drop-off, feedback.",
  examples: ["Which touchpoint loses the most users?", "What is the conversion of each sign-up step?", "What do users complain about at payment?"],
  you: "You", assistant: "Assistant",
  tools: {
    compare_groups: "compare groups", compare_periods: "compare periods", describe_data: "describe the data", detect_anomalies: "detect anomalies",
    emotion_curve: "emotion curve", experiment_result: "experiment result", explain_change: "explain a change", explain_metric: "metric definition",
    feedback_search: "search feedback", feedback_themes: "group feedback themes", funnel: "funnel", funnel_dropoff: "funnel drop-off",
    metric_breakdown: "metric breakdown", metric_trend: "metric trend", path_transitions: "path transitions", retention_cohorts: "retention cohorts",
    run_sql: "run a SQL query", touchpoint_exits: "touchpoint exits"
  },
  planning: "Understanding the question…", toolDone: "done", toolFailed: "failed",
  working: "Working…", running: "Running", done: "Done",
  showSql: "Show SQL", assumptions: "Assumptions", sources: "What customers said", expand: "more", collapse: "less",
  copy: "Copy", copied: "Copied", csv: "Export CSV", sortHint: "Click a header to sort", rows: "rows", truncated: "result truncated",
  followUps: "Ask next", options: "Please choose", chartLoading: "Drawing chart…",
  helpful: "Helpful", notHelpful: "Not helpful", commentPlaceholder: "What could be better? (optional)", submit: "Submit",
  thanks: "Thanks for the feedback!", period: "Period",
  status: { clarify: "Needs a choice", unsupported: "Not supported", error: "Error" },
  apiKeyTitle: "API key required", apiKeyPrompt: "This server needs an API key. Enter the key your administrator gave you; it is kept in this browser only.",
  apiKeyPlaceholder: "Paste key", save: "Save", cancel: "Cancel", retry: "Retry", hint: "Hint",
  errors: {
    unauthorized: "The API key is missing or wrong. Please enter it again.",
    rate_limited: "Too many requests. Please wait a moment and try again.",
    payload_too_large: "The message is too long. Please shorten it.",
    invalid_request: "The request was not valid.",
    internal_error: "Sorry, something went wrong on the server. Please try again.",
    unavailable: "The assistant is not ready yet. Please try again shortly.",
    network: "Cannot reach the server. Is it running?",
    chart_error: "The chart could not be drawn; the table holds the same numbers.",
    not_found: "That conversation no longer exists.",
    key_needed: "A key is needed to continue.",
    default: "Sorry, this question could not be answered."
  }
};
// the journey map page (map.js) and the board page (board.js)
Object.assign(window.JOURNEY_I18N.en, {
  mapLink: "Journey map", mapTitle: "Customer journey map", mapToChat: "← Chat", mapJourney: "Journey", mapAllJourneys: "All journeys",
  mapFrom: "From", mapTo: "To", mapSegment: "Segment", mapDevice: "Device", mapAll: "All",
  mapPresets: { 7: "7 days", 30: "30 days", 90: "90 days" },
  mapEmotion: "Emotion curve (average comment sentiment per stage, −1 … +1)", mapOpportunities: "Opportunities",
  mapLoading: "Drawing the map…", mapReach: "customers reached", mapStep: "step", mapIn: "in", mapDrop: "drop-off",
  mapLost: "lost", mapComments: "comments", mapNoComments: "no comments", mapRating: "rating",
  mapBiggestDrop: "Biggest drop-off", mapWorst: "Worst sentiment", mapSmall: "few comments",
  mapAsk: "Click a card to ask about it in the chat.", mapNoOpps: "No step has a segment or week doing clearly better.",
  mapOppCols: ["#", "Step", "Journey", "Drop-off now", "Benchmark", "Extra customers completing", "Pain point"],
  mapBySegment: "segment", mapByWeek: "week of",
  pin: "Pin to board", pinned: "Pinned", boardLink: "Board", boardTitle: "Board", boardEmpty: "Nothing pinned yet. Pin an answer in the chat.",
  boardExport: "Export JSON", boardImport: "Import JSON", boardRemove: "Remove", boardRefreshed: "re-run on fresh data",
});
