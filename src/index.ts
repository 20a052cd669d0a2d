/**
 * cica-cbm: a typed core for the CICA Catalogue of Confidence Building Measures.
 *
 * @packageDocumentation
 */
export { DIMENSIONS } from "./dimensions/DIMENSIONS.js";
export { isDimensionId } from "./dimensions/isDimensionId.js";
export type { Dimension, DimensionId } from "./dimensions/DIMENSIONS.js";

export type { Confidence, Lang, Localized, Sourced } from "./common/types.js";
export { CbmError, isCbmError } from "./errors/CbmError.js";
export type { CbmErrorCode } from "./errors/CbmError.js";
export { isCalendarDate } from "./dates/isCalendarDate.js";
export { assumedDay } from "./dates/assumedDay.js";
export { isPartialDate } from "./dates/isPartialDate.js";
export type { PartialDate } from "./dates/PartialDate.js";

export { defineCatalogue } from "./catalogue/defineCatalogue.js";
export type { DefinedMeasureIds, DefinedStatusIds } from "./catalogue/defineCatalogue.js";
export { DEFAULT_STATUSES } from "./catalogue/DEFAULT_STATUSES.js";
export type { DefaultStatusId } from "./catalogue/DEFAULT_STATUSES.js";
export { getMeasure } from "./catalogue/getMeasure.js";
export { hasMeasure } from "./catalogue/hasMeasure.js";
export { getImplementationStatus } from "./catalogue/getImplementationStatus.js";
export { measuresIn } from "./catalogue/measuresIn.js";
export type { MeasureFilter } from "./catalogue/measuresIn.js";
export { DEFAULT_ACTIVITY_KINDS } from "./catalogue/DEFAULT_ACTIVITY_KINDS.js";
export type { ActivityKindDefinition, DefaultActivityKindId } from "./catalogue/DEFAULT_ACTIVITY_KINDS.js";
export { activityKindsOf } from "./catalogue/activityKindsOf.js";
export { reportableMeasures } from "./catalogue/reportableMeasures.js";
export type { LabelledId, ReportableMeasure, ReportableMeasuresOptions } from "./catalogue/reportableMeasures.js";
export { diffCatalogues } from "./catalogue/diffCatalogues.js";
export { defineMeasureMap } from "./catalogue/defineMeasureMap.js";
export type { MeasureMap } from "./catalogue/defineMeasureMap.js";
export type { CatalogueDiff, ChangedMeasure, MeasureFieldChange } from "./catalogue/diffCatalogues.js";
export type {
  Catalogue,
  CatalogueDefinition,
  DimensionDefinition,
  Measure,
  MeasureDefinition,
  MeasureIdOf,
  MeasureKind,
  PriorityAreaDefinition,
  StatusDefinition,
  StatusIdOf,
} from "./catalogue/types.js";

export { defineRegistry } from "./participants/defineRegistry.js";
export { statusOn } from "./participants/statusOn.js";
export { statusChangeOn } from "./participants/statusChangeOn.js";
export { membersOn } from "./participants/membersOn.js";
export { observersOn } from "./participants/observersOn.js";
export { findParticipant } from "./participants/findParticipant.js";
export { chairOn } from "./participants/chairOn.js";
export { coordinatorsOn } from "./participants/coordinatorsOn.js";
export { coordinatorHistory } from "./participants/coordinatorHistory.js";
export type {
  ChairTerm,
  CoordinatorAssignment,
  CoordinatorRole,
  Participant,
  ParticipantDefinition,
  ParticipantKind,
  ParticipantStatus,
  Registry,
  RegistryDefinition,
  StatusBasis,
  StatusChange,
  StatusChangeDefinition,
} from "./participants/types.js";

export { cica } from "./data/cica/index.js";
export type { CicaCatalogueRef, CicaData } from "./data/cica/index.js";
export type {
  CicaCatalogueProvenance,
  CicaDataInfo,
  CicaDecision,
  CicaDecisionKind,
  CicaDimensionRecord,
  CicaFactProvenance,
  CicaMeeting,
  CicaParticipantProvenance,
  CicaProvenance,
} from "./data/cica/types.js";
export { cica2004, cica2021 } from "./data/cica/catalogues.js";
export type { Cica2021MeasureId } from "./data/cica/catalogues.js";
export { cicaRegistry } from "./data/cica/registry.js";
export { cicaDataInfo, cicaDataVersion, cicaDecisions, cicaDimensions, cicaMeetings } from "./data/cica/facts.js";
export { cicaProvenance, cicaSources } from "./data/cica/provenance.js";
export { provenanceOf } from "./data/cica/provenanceOf.js";
export type { FactProvenance, FactSource } from "./data/cica/provenanceOf.js";

export { statusInYear } from "./participants/statusInYear.js";

export { NationalReportSchema } from "./reports/schema.js";
export type { NationalReport, ReportActivity, ReportEntry, ReportEvidence } from "./reports/schema.js";
export { ACCESS_LEVELS, REPORT_SCHEMA_ID, REPORT_SCHEMA_IDS, REPORT_SCHEMA_V1 } from "./reports/schemaIds.js";
export type { Access, ReportSchemaId } from "./reports/schemaIds.js";
export { accessOf } from "./reports/access.js";
export { upgradeReport } from "./reports/upgradeReport.js";
export { REPORT_LIMITS } from "./reports/limits.js";
export type { ReportLimits } from "./reports/limits.js";
export { REPORT_RULES } from "./reports/rules.js";
export { RULE_SEVERITIES } from "./reports/ruleIds.js";
export type { RuleId, RuleInfo, Severity } from "./reports/rules.js";
export type { IssueOf, IssuePath, ReportIssue, ValidationContext, ValidationFailure, ValidationResult, ValidationSuccess } from "./reports/types.js";
export type { IssueParams, ParamsOf, Received } from "./reports/issueParams.js";
export type { LedgerIssueParams } from "./reports/issueParamsLedger.js";
export type { MessageParams } from "./i18n/messages.js";
export { en } from "./i18n/en.js";
export { ru } from "./i18n/ru.js";
export { MESSAGE_KEYS, resolveLocale } from "./i18n/Locale.js";
export { defineLocale } from "./i18n/defineLocale.js";
export type { LabelTemplate, LocaleDefinition, Templated } from "./i18n/defineLocale.js";
export { LOCALE_KEYS, localeTemplate } from "./i18n/localeTemplate.js";
export { localize } from "./i18n/localize.js";
export type { Locale, MessageKey } from "./i18n/Locale.js";
export type { FieldWords } from "./i18n/fields.js";
export type { Labels } from "./i18n/labels.js";
export { validateReport } from "./reports/validateReport.js";
export { validateReports } from "./reports/validateReports.js";
export { validateReportText } from "./reports/validateReportText.js";
export { reportIdentity } from "./reports/reportIdentity.js";
export type { NamedValidationResult, ReportInput, ReportOrigin } from "./reports/validateReports.js";
export type { ReportIdentity } from "./reports/reportIdentity.js";
export { compileReportSchema } from "./reports/compileReportSchema.js";
export { formatIssue } from "./reports/formatIssue.js";
export { formatPath } from "./reports/formatPath.js";
export { groupIssues } from "./reports/groupIssues.js";
export { migrateReport } from "./reports/migrateReport.js";
export type { MigrationResult, UnmappedEntry } from "./reports/migrateReport.js";
export type { GroupIssuesOptions, IssueGroup, SubmissionHit, SubmissionIssueGroup } from "./reports/groupIssues.js";

export { createLedger } from "./ledger/createLedger.js";
export type { Ledger } from "./ledger/store.js";
export { recordReport } from "./ledger/recordReport.js";
export type { RecordOutcome, RecordResult } from "./ledger/recordReport.js";
export { currentReports } from "./ledger/currentReports.js";
export { reportHistory } from "./ledger/reportHistory.js";
export type { ReportFilter } from "./ledger/visibleReports.js";
export { diffReports } from "./ledger/diffReports.js";
export type { ReportChange } from "./ledger/diffReports.js";
export { reportDigest } from "./ledger/reportDigest.js";
export { LEDGER_SCHEMA_ID } from "./ledger/LEDGER_SCHEMA_ID.js";
export type { LedgerJSON } from "./ledger/LEDGER_SCHEMA_ID.js";
export { ledgerFromJSON } from "./ledger/ledgerFromJSON.js";
export type { LedgerLoaded, LedgerLoadResult, LedgerNotLoaded } from "./ledger/ledgerFromJSON.js";
export { ledgerToJSON } from "./ledger/ledgerToJSON.js";
export { migrateLedger } from "./ledger/migrateLedger.js";
export type { LedgerMigration, NotMigrated } from "./ledger/migrateLedger.js";

export type { Accumulator, AccumulatorOptions, AggregateContext, ReportSource, ReportSummary, SummaryRecord } from "./aggregate/types.js";
export type { BackdatedRevision, ConflictingSubmission, RevisionConflict, RevisionNotes } from "./aggregate/types.js";
export { createAccumulator } from "./aggregate/createAccumulator.js";
export { accumulate } from "./aggregate/accumulate.js";
export { mergeAccumulators } from "./aggregate/mergeAccumulators.js";
export { finishAccumulator } from "./aggregate/finishAccumulator.js";
export { toReportSummary } from "./aggregate/toReportSummary.js";
export { reportingRate } from "./aggregate/reportingRate.js";
export type { Reply, ReplyRow, ReportingRate, ReportingRateOptions } from "./aggregate/reportingRate.js";
export type { RejectedSubmission, ValidationOutcome } from "./aggregate/rejectedSubmissions.js";
export { implementationMatrix } from "./aggregate/implementationMatrix.js";
export type { ImplementationMatrix, MatrixCell, MatrixGroup, MatrixGrouping, MatrixOptions, MatrixRow } from "./aggregate/implementationMatrix.js";
export type { MatrixMeasure, MatrixScaleEnd } from "./aggregate/implementationMatrix.js";
export { countEntries } from "./aggregate/countEntries.js";
export type { CountEntriesOptions, SummaryKey, SummaryRow } from "./aggregate/countEntries.js";
export { trend } from "./aggregate/trend.js";
export type { TrendOptions, TrendYear } from "./aggregate/trend.js";
export { findDiscrepancies } from "./aggregate/findDiscrepancies.js";
export type { ActivitySide, Discrepancies, DiscrepancyOptions, DiscrepancyRow, DiscrepancyStatus } from "./aggregate/findDiscrepancies.js";

export type { Table, TableCell, TableColumn } from "./render/table.js";
export { toCsv } from "./render/toCsv.js";
export type { CsvOptions } from "./render/toCsv.js";
export { toMarkdown } from "./render/toMarkdown.js";
export { replyTable } from "./render/replyTable.js";
export type { ReplyTableOptions } from "./render/replyTable.js";
export { rateTable } from "./render/rateTable.js";
export type { RateTableOptions } from "./render/rateTable.js";
export { formatShare } from "./render/formatShare.js";
export { matrixTable } from "./render/matrixTable.js";
export type { MatrixTableOptions } from "./render/matrixTable.js";
export { matrixLegend } from "./render/matrixLegend.js";
export { discrepancyTable } from "./render/discrepancyTable.js";
export type { TableOptions } from "./render/tableOptions.js";
export { renderMatrixSvg } from "./render/renderMatrixSvg.js";
export type { MatrixSvgOptions } from "./render/renderMatrixSvg.js";

export type { CbmPlan, PlanEvent, PlanEventFormat, PlanOutcome, PlannedDate } from "./plans/types.js";
export { CbmPlanSchema, PLAN_SCHEMA_ID } from "./plans/schema.js";
export { PLAN_LIMITS } from "./plans/limits.js";
export type { PlanLimits } from "./plans/limits.js";
export { validatePlan } from "./plans/validatePlan.js";
export type { PlanValidationContext, PlanValidationResult } from "./plans/validatePlan.js";
export { latestPlan } from "./plans/latestPlan.js";
export { checkPlanRevisions } from "./plans/checkPlanRevisions.js";
export type { PlanIssueParams } from "./reports/issueParamsPlan.js";
export { planExecution } from "./plans/planExecution.js";
export { EVENT_STATES } from "./plans/executionTypes.js";
export type {
  EventBreakdownRow,
  EventExecution,
  EventState,
  EventStateCounts,
  PlanConflict,
  PlanExecution,
  PlanExecutionOptions,
  ReportedActivity,
} from "./plans/executionTypes.js";
export { dimensionReview } from "./plans/dimensionReview.js";
export type { DimensionReview, DimensionReviewOptions } from "./plans/dimensionReview.js";
export { renderDimensionReview } from "./render/renderDimensionReview.js";
export { DRAFT_SCHEMA_ID } from "./forms/ReportDraft.js";
export type { DraftActivity, DraftEntry, DraftEvidence, ReportDraft } from "./forms/ReportDraft.js";
export { createDraft } from "./forms/createDraft.js";
export type { CreateDraftOptions } from "./forms/createDraft.js";
export { validateDraft } from "./forms/validateDraft.js";
export type { DraftValidation, ValidateDraftOptions } from "./forms/validateDraft.js";
export { finalizeDraft } from "./forms/finalizeDraft.js";
export type { FinalizeDraftOptions, FinalizeResult } from "./forms/finalizeDraft.js";
export { carryForward } from "./forms/carryForward.js";
export type { CarryForwardOptions, CarryForwardResult } from "./forms/carryForward.js";

export { renderReport } from "./render/renderReport.js";
export type { RenderReportOptions } from "./render/renderReport.js";
export type { PlanLabels } from "./i18n/labels.js";
export type { ReportLabels } from "./i18n/labels.js";

export { publish } from "./forms/publish.js";
export type {
  Publication,
  PublicationColumn,
  PublicationColumnType,
  PublicationTableName,
  PublishedReply,
  PublishOptions,
  WithheldDeclaration,
} from "./forms/publish.js";
