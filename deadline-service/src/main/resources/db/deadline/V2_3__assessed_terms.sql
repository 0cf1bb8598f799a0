-- The assessment service's latest finding on a case's fixed-penalty timeframes (CaseAssessed, §13.3), kept whether or
-- not this service has seen the case opened yet: the two topics are consumed independently, so an assessment may
-- arrive first. true = the halved windows apply, false = the full process applies.
create table deadline_assessed_terms (
    case_id             varchar(100) primary key,
    halved_windows      boolean      not null,
    assessment_event_id varchar(100) not null,
    recorded_at         timestamp with time zone not null
);
