-- deadline-service: the cases it has seen and their time windows (DESIGN §4).
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- A case as CaseOpened described it: its procedure and calendar division decide every window's length and end.
create table deadline_case (
    case_id      varchar(100) primary key,
    procedure_kind varchar(40) not null,
    division     varchar(40)  not null,
    opened_on    date         not null,
    closed_on    date,
    recorded_at  timestamp with time zone not null
);

-- One window of a case. window_id is derived from (case, kind, subject, opening milestone), so a milestone
-- delivered twice cannot open a second window; the unique key says the same in the schema.
create table deadline_window (
    window_id          varchar(100) primary key,
    case_id            varchar(100) not null references deadline_case (case_id),
    kind               varchar(60)  not null,
    subject_id         varchar(100),
    guidance_section   varchar(20)  not null,
    division           varchar(40)  not null,
    starts_on          date         not null,
    length_text        varchar(200) not null,
    due_date           date         not null,
    due_at             timestamp with time zone not null,
    fixed_penalty_case boolean      not null,
    opened_by          varchar(100) not null,
    state              varchar(20)  not null,
    state_reason       varchar(500),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index deadline_window_case on deadline_window (case_id);
-- For the timer sweep to come: open windows by due instant.
create index deadline_window_state_due on deadline_window (state, due_at);
