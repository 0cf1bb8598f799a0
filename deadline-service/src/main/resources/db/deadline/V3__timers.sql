-- deadline-service: durable timers (DESIGN §4). One row per reminder or expiry of a window, keyed by
-- (window_id, timer_kind), so rescheduling a window's timer and cancelling a window's unfired timers are each one
-- keyed update. A sweep claims due PENDING rows with FOR UPDATE SKIP LOCKED, marks them FIRED and writes the
-- event to the outbox in the same transaction: replicas share the work and no timer fires twice.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table deadline_timer (
    window_id          varchar(100) not null,
    -- EXPIRY, or REMINDER_<offset> with the offset in business days from the due date (REMINDER_-5, REMINDER_0, REMINDER_+1)
    timer_kind         varchar(20)  not null,
    case_id            varchar(100) not null,
    -- the window as the event names it (copied so that the sweep reads one table)
    window_kind        varchar(60)  not null,
    subject_id         varchar(100),
    guidance_section   varchar(20)  not null,
    division           varchar(40)  not null,
    due_date           date         not null,
    due_at             timestamp with time zone not null,
    -- reminders only: business days before the due date (5, 1, 0, -1 = one business day overdue)
    business_days_before_due integer,
    -- when it falls due
    fire_at            timestamp with time zone not null,
    -- PENDING, FIRED or CANCELLED; only PENDING rows change
    state              varchar(12)  not null,
    causation_id       varchar(100),
    correlation_id     varchar(100),
    fired_at           timestamp with time zone,
    lateness_millis    bigint,
    fired_by           varchar(100),
    event_id           varchar(100),
    state_reason       varchar(500),
    updated_at         timestamp with time zone not null,
    primary key (window_id, timer_kind)
);
-- The sweep's claim: PENDING rows by due instant.
create index deadline_timer_pending on deadline_timer (state, fire_at);
