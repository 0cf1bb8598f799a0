-- intake-service: the audit trail (issue 9.3). One row per event an accepted change caused, written in the change's
-- transaction: who (the token's subject and name), the role the action was allowed in, when, the request id
-- (X-Correlation-Id or a generated one), the action (method and route) and what changed (the event's kind).
create table intake_audit (
    event_id       varchar(36)  primary key,
    case_id        varchar(36)  not null,
    recorded_at    timestamp with time zone not null,
    principal      varchar(255) not null,
    principal_name varchar(255) not null,
    acting_role    varchar(64)  not null,
    request_id     varchar(100) not null,
    action         varchar(100) not null,
    change_kind    varchar(100) not null
);
create index intake_audit_case on intake_audit (case_id, recorded_at);
