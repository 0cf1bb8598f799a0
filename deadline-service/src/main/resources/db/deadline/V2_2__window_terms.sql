-- Whose timeframes the case's windows run under (CIVIL_MONETARY_PENALTY or FIXED_MONETARY_PENALTY, §13.3): the
-- procedure the case was opened with until the assessment service says otherwise (CaseAssessed.halvedWindows).
-- Null on rows written before this migration: read as the procedure.
alter table deadline_case add column window_terms varchar(40);
