// The English message templates, by rule group: one module so that the tables read as one text.
/** English templates of the report rules, by message key. `{name}` is filled from the params. */
export const EN_REPORT = {
  "report.type": "A report must be a JSON object {…}; this is {received}.",
  "report.type.text": 'A report must be a JSON object {…}; this is "{received}".',
  "report.not-json": "The text is not JSON ({reason}). Send the report as JSON text: one object {…}, as the form saves it.",
  "report.not-json.at": "The text is not JSON: it stops at line {line}, column {column} ({reason}). Correct it there, or send the report as the form saves it.",
  "report.too-many-issues":
    "This report has more than {max} issues: {max} are listed, errors in preference to warnings, and {more} more were found before validation stopped. Correct them and validate again.",
  "report.too-many-warnings": "This report has more than {max} warnings: the first {max} are listed, and {more} more were found. They do not block the report.",
  // Limits before work (reliability round 2)
  "report.too-large":
    'This report holds more than {max} values (a shared value counts at each place); it was read up to "{field}" only. Send it as plain data.',
  "report.too-large.value": '"{field}" is outside the format or of the wrong type, and holds more than {max} values; it was read no further. Remove it.',
  "schema.unsupported": '"schema" must be "cica-cbm/report@2" (or the older "cica-cbm/report@1"); this report says {received}. Convert it to report@2 first.',
  "schema.unsupported.text":
    '"schema" must be "cica-cbm/report@2" (or the older "cica-cbm/report@1"); this report says "{received}". Convert it to report@2 first.',
  "field.unknown": '"{key}" is not a field of {where}. Remove it, or check its spelling.',
  "field.unknown.top": '"{key}" is not a field of the report. Put extension data under "extensions", or check the spelling.',
  "field.unknown.version":
    '"{key}" is not a field of {where} in a report@1: it needs "schema": "{schema}". Change the report\'s "schema" to "{schema}", or remove it.',
  "field.missing": '"{field}" is missing. Add it.',
  "field.type": '"{field}" must be {expected}; it is {received}.',
  "field.type.text": '"{field}" must be {expected}; it is "{received}".',
  "field.empty": '"{field}" is empty. Fill it in, or remove the field if it is optional.',
  "field.too-long": '"{field}" has {length} characters; the limit is {max}. Shorten it.',
  "field.too-many": '"{field}" has {length} items; the limit is {max}. Split the report or merge items.',
  "field.date": '"{field}" must be a real calendar date written YYYY-MM-DD (for example 2025-03-01); it is "{received}".',
  "field.value": '"{field}" must be between {min} and {max}; it is {received}.',
  "revision.below-one": '"revision" must be 1 or more (the first report is revision 1); it is {received}.',
  "evidence.scheme": 'Evidence link "{received}" must start with http://, https:// or urn:.',
  "evidence.unsafe-character":
    'Evidence link "{field}" holds the invisible or control character {char} (character {position}), which can hide or reorder what a reader sees of the address. Remove it.',
  "extensions.not-json": '"{field}" is not a JSON value ({reason}). Keep only text, numbers, true/false, null, lists and objects.',
  "extensions.too-deep": '"extensions" nests deeper than {max} levels at "{field}". Flatten it.',
  "extensions.too-large": '"extensions" holds more than {max} values. Keep large data outside the report.',
  "extensions.too-large.text": '"extensions" holds more than {max} characters of text. Keep large data outside the report.',
  "extensions.unsafe-key": 'The key "{key}" under "extensions" is kept, but tools that merge objects may misread it. Rename it.',
  "reporter.unknown": 'Reporter "{received}" is not a participant of the registry. Use its ISO alpha-2 code.',
  "reporter.unknown.suggest": 'Reporter "{received}" is not a code of the registry; did you mean "{suggestion}" ({name})? Use the ISO alpha-2 code.',
  "reporter.not-state": 'Reporter "{code}" ({name}) is an organisation; national reports come from states.',
  "reporter.not-participant": "{name} ({code}) was neither a member nor an observer in {year}, so it cannot report on that year.",
  "reporter.observer": "{name} ({code}) was an observer in {year}: its report is voluntary, accepted and counted apart from members' reports.",
  "catalogue.unknown": 'Catalogue "{received}" is not known here; use one of: {known}.',
  "catalogue.unknown.suggest": 'Catalogue "{received}" is not known here; did you mean "{suggestion}"?',
  "catalogue.superseded":
    "{catalogue} was superseded for {year} by {by} (adopted {adopted}). Report on {by}, or migrate the report to it with a measure map (migrateReport).",
  "year.not-ended":
    "{year}, the year reported on, has not ended (today is {today}): the report may still change. Send it after the year ends, or as a revision then.",
  "measure.unknown": 'Measure "{measure}" is not in {catalogue}. Check the number against the catalogue.',
  "measure.unknown.elsewhere":
    'Measure "{measure}" is not in {catalogue}; it is in {elsewhere}. Use a measure of {catalogue}, or change the report\'s catalogue.',
  "measure.unknown.suggest": 'Measure "{measure}" is not in {catalogue}; did you mean "{suggestion}"? Write the id as the catalogue does.',
  "measure.duplicate": 'Measure "{measure}" is reported twice (also in entry {first}). Merge the two entries.',
  "measure.heading":
    'Measure "{measure}" of {catalogue} is a heading, not a measure: the entry is kept, but coverage does not count it. Report on its sub-items instead: {items}.',
  "status.unknown": 'Status "{received}" is not in the vocabulary of {catalogue}; use one of: {known}.',
  "status.unknown.suggest": 'Status "{received}" is not in the vocabulary of {catalogue}; did you mean "{suggestion}"?',
  "status.unscored-with-activities":
    'The status is "{status}", yet the entry lists activities ({count}): it counts as reported, but the implementation level leaves it out, so the activities count nowhere. Choose the status that says how far the measure is implemented, or move the activities.',
  "nil.with-entries": 'A nil report ("nil": true, nothing to report) cannot have entries; it has {count}. Remove the entries or the nil flag.',
  "entries.empty": 'The report has no entries. Add entries, or send a nil report ("nil": true) if there is nothing to report.',
  "partner.unknown": 'Partner "{received}" is not a participant of the registry. Use its ISO alpha-2 code.',
  "partner.unknown.suggest": 'Partner "{received}" is not a code of the registry; did you mean "{suggestion}" ({name})?',
  "partner.is-reporter": 'Partner "{code}" is the reporting state itself. Remove it from the partners.',
  "activity.outside-year": "This activity ({from} to {to}) lies outside {year}, the year reported on. Check its dates, or report it in its own year.",
  "activity.ends-before-start": "This activity ends ({to}) before it starts ({from}). Correct the dates.",
  "activity.kind-unknown": 'Activity kind "{received}" is not in the vocabulary of {catalogue}; use one of: {known}.',
  "activity.kind-unknown.suggest": 'Activity kind "{received}" is not in the vocabulary of {catalogue}; did you mean "{suggestion}"?',
  "access.public-inside-restricted":
    'This {part} is marked "public", but it is inside a part for member states only ({container}), so it is not published. Set "{change}" to "public" to publish it, or remove the mark.',
  "access.public-inside-restricted.report":
    'This {part} is marked "public", but the report is for member states only (it has no "access": "public"), so it is not published. Set the report\'s "{change}" to "public" to publish it, or remove the mark.',
  "entry.nothing-new-not-before-year":
    '"nothingNewSince" ({since}) must be a year before {year}, the year reported on: it says nothing new was to declare since then. Correct the year, or remove it.',
  "entry.nothing-new-with-activities":
    'The entry declares nothing new since {since}, yet it lists {count} activities of {year}: that is something new. Remove "nothingNewSince", or the activities.',
  "submitted.before-year": '"submittedOn" ({submittedOn}) is before {year}, the year reported on. Check the date or the year.',
  "submitted.in-future": '"submittedOn" ({submittedOn}) is after today ({today}). Check the date.',
} satisfies Readonly<Record<string, string>>;

/** English templates of the ledger's rules: imported by the ledger, not by `validateReport`. */
export const EN_LEDGER = {
  "ledger.type": 'This is not a ledger document ({received}): expected {"schema": "cica-cbm/ledger@1", "reports": [...]}, as written by ledgerToJSON.',
  "ledger.type.text": 'This is not a ledger document ("{received}"): expected {"schema": "cica-cbm/ledger@1", "reports": [...]}, as written by ledgerToJSON.',
  "ledger.conflict":
    "Revision {revision} of {reporter}'s {year} report on {catalogue} is already recorded (submitted {recordedOn}) with other content than this one (submitted {submittedOn}). Send the correction as revision {next}.",
  "ledger.conflict.files":
    "Revision {revision} of {reporter}'s {year} report on {catalogue} was read before, from {firstSource} ({firstWhere}, submitted {recordedOn}), with other content than this one (submitted {submittedOn}). The review counts neither: send the correction as revision {next}.",
  "ledger.id-changed":
    'This revision has id "{received}", but earlier revisions of {reporter}\'s {year} report on {catalogue} have "{recordedId}". Keep the id stable across revisions.',
  "ledger.backdated":
    "Revision {revision} of {reporter}'s {year} report on {catalogue} is dated {submittedOn}, before revision {earlier} ({earlierOn}), which it follows. It is recorded, and counts from {earlierOn}: check its submittedOn.",
  "ledger.backdated.later":
    "Revision {revision} of {reporter}'s {year} report on {catalogue} is dated {submittedOn}, before this revision {earlier} ({earlierOn}), which it follows. Both are recorded, and revision {revision} counts from {earlierOn}: check the two dates.",
  // Readers that lose nothing: ledger text and the command line's CSV input.
  "ledger.duplicate-key":
    'Key "{key}" is given twice in the object at {object} (line {line}, column {column}; first at line {firstLine}, column {firstColumn}). A JSON reader keeps only one of the two, so part of the ledger would be lost: remove or rename one.',
  "ledger.duplicate-key.top":
    'Key "{key}" is given twice in the document\'s top-level object (line {line}, column {column}; first at line {firstLine}, column {firstColumn}). A JSON reader keeps only one of the two, so part of the ledger would be lost: remove or rename one.',
} satisfies Readonly<Record<string, string>>;

/** English templates of the command line's CSV reader. */
export const EN_CSV = {
  "csv.contradiction":
    'Row {row} gives {column} "{value}", but row {firstRow} of the same report (id {id}, revision {revision}) gives "{first}". The rows of one report must agree: correct one of them.',
  "csv.contradiction.entry":
    'Row {row} gives {column} "{value}" for measure {measure}, but row {firstRow} of the same report (id {id}, revision {revision}) gives "{first}". The rows of one entry must agree: correct one of them.',
  "csv.row-without-measure":
    "Row {row} of report {id} (revision {revision}) names no measure, and the report is not nil. Give the measure the row reports on, or mark the report nil (nil = true) if there is nothing to report.",
  "csv.measure-date":
    'Row {row} of report {id}: the measure is the date "{value}", which a spreadsheet makes of a measure id such as "{guess}". Format the measure column as Text and type the id again (or open the file through Data > From Text/CSV with that column as Text), then save as "CSV UTF-8".',
} satisfies Readonly<Record<string, string>>;

/** English templates of the migration with a measure map. */
export const EN_MIGRATION = {
  "migration.catalogue": "This report is written against {received}, but the measure map migrates reports from {from}. Use a map from {received}.",
  "migration.unmapped":
    'Measure "{measure}" of {from} has no counterpart in {to}, so this report is not migrated (the original is kept). Add "{measure}" to the measure map, or move the entry to another measure in a new revision first.',
  "migration.merged":
    'Measure "{measure}" maps to "{into}" of {to}, as does "{other}" of entry {otherEntry}: the two entries would become one, so this report is not migrated (the original is kept). Merge them in a new revision first, or map them apart.',
} satisfies Readonly<Record<string, string>>;

/** English templates of drafts (validateDraft, finalizeDraft): imported by the forms, not by `validateReport`. */
export const EN_DRAFT = {
  "draft.type": "A draft must be a JSON object {…}; this is {received}.",
  "draft.type.text": 'A draft must be a JSON object {…}; this is "{received}".',
  "draft.type.schema":
    '"schema" of a draft must be "cica-cbm/draft@1"; this one says {received}. Load a draft saved by a form, or start one with createDraft or carryForward.',
  "draft.type.schema.text":
    '"schema" of a draft must be "cica-cbm/draft@1"; this one says "{received}". Load a draft saved by a form, or start one with createDraft or carryForward.',
} satisfies Readonly<Record<string, string>>;

/** English templates of the annual plan's rules: imported by `validatePlan`, not by `validateReport`. */
export const EN_PLAN = {
  "plan.type": "A plan must be a JSON object {…}; this is {received}.",
  "plan.type.text": 'A plan must be a JSON object {…}; this is "{received}".',
  "plan.too-large": 'This plan holds more than {max} values (a shared value counts at each place); it was read up to "{field}" only. Send it as plain data.',
  "plan.too-large.value": '"{field}" is outside the format or of the wrong type, and holds more than {max} values; it was read no further. Remove it.',
  "plan.too-many-issues":
    "This plan has more than {max} issues: {max} are listed, errors in preference to warnings, and {more} more were found before validation stopped. Correct them and validate again.",
  "plan.too-many-warnings": "This plan has more than {max} warnings: the first {max} are listed, and {more} more were found. They do not block the plan.",
  "schema.unsupported.plan": '"schema" must be "cica-cbm/plan@1"; this plan says {received}.',
  "schema.unsupported.plan.text": '"schema" must be "cica-cbm/plan@1"; this plan says "{received}".',
  "field.unknown.plan": '"{key}" is not a field of the plan. Put extension data under "extensions", or check the spelling.',
  "revision.below-one.plan": '"revision" must be 1 or more (the plan as approved is revision 1); it is {received}.',
  "plan.value-unknown": '"{field}" must be one of: {known}; it is {received}.',
  "plan.value-unknown.text": '"{field}" must be one of: {known}; it is "{received}".',
  "plan.planned-date": '"{field}" must be a day (2025-05-14), a month (2025-05) or a quarter (2025-Q2); it is "{received}".',
  "plan.dimension-unknown": 'Dimension "{received}" is not a dimension id; use one of: {known}.',
  "plan.dimension-unknown.suggest": 'Dimension "{received}" is not a dimension id; did you mean "{suggestion}"?',
  "plan.area-unknown": 'Priority area "{area}" is not an area of {catalogue}. Check the id against the catalogue.',
  "plan.area-unknown.suggest": 'Priority area "{area}" is not an area of {catalogue}; did you mean "{suggestion}"?',
  "plan.area-mismatch":
    'Priority area "{area}" belongs to the dimension "{areaDimension}", not to "{dimension}", the event\'s. Correct the area or the dimension.',
  "plan.measure-unknown": 'Measure "{measure}" is not in {catalogue}. Check the number against the catalogue.',
  "plan.measure-unknown.elsewhere":
    'Measure "{measure}" is not in {catalogue}; it is in {elsewhere}. Use a measure of {catalogue}, or change the plan\'s catalogue.',
  "plan.measure-unknown.suggest": 'Measure "{measure}" is not in {catalogue}; did you mean "{suggestion}"?',
  "plan.measure-mismatch": 'Measure "{measure}" belongs to the dimension "{owner}", not to "{stated}", the event\'s. Correct the measure or the dimension.',
  "plan.measure-mismatch.area": 'Measure "{measure}" belongs to the priority area "{owner}", not to "{stated}", the event\'s. Correct the measure or the area.',
  "plan.state-unknown": 'State "{received}" is not a participant of the registry. Use its ISO alpha-2 code.',
  "plan.state-unknown.suggest": 'State "{received}" is not a code of the registry; did you mean "{suggestion}" ({name})?',
  "plan.state-not-member": "{name} ({code}) was not a member state in {year}, the plan's year. Check the code, or the plan's year.",
  "plan.state-observer": "{name} ({code}) was an observer, not a member, in {year}, the plan's year: accepted, but check that it is meant.",
  "plan.state-duplicate": 'State "{code}" ("{field}") is listed twice in the same list (first at index {first}). Remove one.',
  "plan.event-duplicate": 'Event id "{id}" is given twice (also to event {first}). Give each event its own id.',
  "plan.approved-in-future": '"approvedOn" ({approvedOn}) is after today ({today}). Check the date.',
  "plan.planned-outside-year": "This event is planned for {planned}, outside {year}, the plan's year. Check the date, or the plan's year.",
  "plan.held-without-dates":
    'This event is recorded as held but gives no dates. Add the day it started ("from") and, if it lasted more than one day, the last ("to").',
  "plan.held-ends-before-start": "This event ends ({to}) before it starts ({from}). Correct the dates.",
  "plan.held-outside-year": "This event was held ({from} to {to}) outside {year}, the plan's year. Check its dates.",
  "plan.held-in-future": "This event is recorded as held from {from}, after today ({today}). Record it as held once it has taken place.",
  "plan.postponed-earlier": "This event is postponed to {to}, before {planned}, the date it was planned for. Check the dates.",
  "plan.postponed-past":
    "This event is still recorded as postponed to {to}, which has passed (today is {today}). Record whether it was held, postponed again or cancelled.",
  "plan.merged-unknown": 'This event is merged into "{into}", which is not an event of the plan. Use the id of an event of this plan.',
  "plan.merged-cycle": "This event is merged into {into}, which is merged back into it ({cycle}). Merge the events into one of them.",
  "plan.merged-cycle.self": "This event is merged into itself ({into}). Name the event it was merged into.",
  "plan.revision-conflict":
    "Revision {revision} of plan {id} is given twice with different content (approved {recordedOn} and {approvedOn}). Give the amendment its own revision, {next}.",
} satisfies Readonly<Record<string, string>>;
