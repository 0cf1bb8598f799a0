-- intake-service: the system of record for breach cases (PostgreSQL; H2 in PostgreSQL mode for the launcher).
-- Ids are UUID strings except subject ids, which are unique within their case. seq keeps each list in the
-- order it was recorded. Enums are stored by name.

-- Running number of generated case references (OFSI-<year>-<number>).
create sequence case_number_seq start with 1 increment by 1;

create table breach_case (
    id                 varchar(36)   primary key,
    case_reference     varchar(40)   not null,
    opened_on          date          not null,
    case_procedure     varchar(40)   not null,
    origin             varchar(40)   not null,
    calendar_division  varchar(40)   not null,
    summary            varchar(4000),
    recorded_at        timestamp with time zone not null,
    closed_on          date,
    closure_reason     varchar(40),
    closure_notes      varchar(4000),
    constraint breach_case_reference_unique unique (case_reference)
);
create index breach_case_newest_first on breach_case (recorded_at, case_reference);

create table case_subject (
    id            varchar(36)  primary key,
    case_id       varchar(36)  not null references breach_case (id),
    seq           integer      not null,
    subject_id    varchar(64)  not null,
    name          varchar(200) not null,
    subject_type  varchar(20)  not null,
    officer_of    varchar(64),
    constraint case_subject_unique unique (case_id, subject_id)
);

create table breach (
    id                                      varchar(36)   primary key,
    case_id                                 varchar(36)   not null references breach_case (id),
    seq                                     integer       not null,
    subject_id                              varchar(64)   not null,
    breach_type                             varchar(60)   not null,
    regime                                  varchar(200)  not null,
    regulation                              varchar(500)  not null,
    description                             varchar(4000) not null,
    breach_date                             date          not null,
    breach_end_date                         date,
    estimated_value                         numeric(19,2),
    established_on_balance_of_probabilities boolean       not null,
    knew_or_had_reasonable_cause_to_suspect boolean,
    withdrawal_reason                       varchar(4000),
    withdrawn_at                            timestamp with time zone
);
create index breach_by_case on breach (case_id, seq);

create table voluntary_disclosure (
    id                                varchar(36)   primary key,
    case_id                           varchar(36)   not null references breach_case (id),
    seq                               integer       not null,
    subject_id                        varchar(64)   not null,
    disclosed_on                      date          not null,
    requested_or_required_by_ofsi     boolean       not null,
    ofsi_already_aware                boolean       not null,
    compelled_by_other_investigation  boolean       not null,
    complete_and_accurate             boolean       not null,
    cooperation                       varchar(4000)
);
create index voluntary_disclosure_by_case on voluntary_disclosure (case_id, seq);

-- Every assessment is kept; the case's current one is the latest (highest seq).
create table factor_assessment (
    id                            varchar(36)   primary key,
    case_id                       varchar(36)   not null references breach_case (id),
    seq                           integer       not null,
    severity                      varchar(20)   not null,
    conduct                       varchar(20)   not null,
    assessed_by                   varchar(200)  not null,
    assessed_on                   date          not null,
    decided_level                 integer,
    level_departure_reason        varchar(4000),
    public_interest_stops_action  boolean       not null,
    public_interest_reason        varchar(4000),
    recorded_at                   timestamp with time zone not null
);
create index factor_assessment_by_case on factor_assessment (case_id, seq);

create table factor_finding (
    id             varchar(36)   primary key,
    assessment_id  varchar(36)   not null references factor_assessment (id),
    seq            integer       not null,
    factor         varchar(60)   not null,
    effect         varchar(20)   not null,
    rationale      varchar(4000) not null
);
create index factor_finding_by_assessment on factor_finding (assessment_id, seq);

create table procedure_milestone (
    id                       varchar(36)   primary key,
    case_id                  varchar(36)   not null references breach_case (id),
    seq                      integer       not null,
    milestone                varchar(60)   not null,
    occurred_on              date          not null,
    subject_id               varchar(64),
    corrects_milestone_id    varchar(36),
    window_kind              varchar(60),
    extension_business_days  integer,
    due_date_in_letter       date,
    reason                   varchar(4000),
    corrected_by             varchar(36),
    recorded_at              timestamp with time zone not null
);
create index procedure_milestone_by_case on procedure_milestone (case_id, seq);

create table penalty_decision (
    id                                     varchar(36)   primary key,
    case_id                                varchar(36)   not null references breach_case (id),
    seq                                    integer       not null,
    subject_id                             varchar(64)   not null,
    decided_on                             date          not null,
    decision_maker                         varchar(200)  not null,
    baseline                               numeric(19,2),
    baseline_departure_reason              varchar(4000),
    voluntary_disclosure_discount_percent  numeric(5,2),
    early_account_discount_percent         numeric(5,2),
    settlement_discount_claimed            boolean       not null,
    hardship_reduction                     numeric(19,2),
    hardship_reason                        varchar(4000),
    instalment_plan                        varchar(4000),
    rationale                              varchar(4000)
);
create index penalty_decision_by_case on penalty_decision (case_id, seq);
