-- deadline-service: extensions and re-computed windows (DESIGN §4, guidance §6.9, §7.1, §8.1, §12.2).
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- Business days granted by extensions so far (already included in due_date), and, for a window re-computed
-- because its milestone was corrected, the window it replaces.
alter table deadline_window add column extended_business_days integer default 0 not null;
alter table deadline_window add column replaces_window_id varchar(100);

-- Every agreed extension of a window, granted or refused, in the order decided. extension_id is derived from
-- (window, milestone), so a redelivered WINDOW_EXTENSION_AGREED cannot be recorded twice.
create table deadline_extension (
    extension_id            varchar(100) primary key,
    window_id               varchar(100) not null references deadline_window (window_id),
    case_id                 varchar(100) not null,
    milestone_id            varchar(100) not null,
    agreed_on               date         not null,
    requested_business_days integer      not null,
    reason                  varchar(2000) not null,
    refusal                 varchar(1000),
    previous_due_date       date         not null,
    due_date                date         not null,
    recorded_at             timestamp with time zone not null
);
create index deadline_extension_case on deadline_extension (case_id, recorded_at);

-- The worklist (GET /deadlines/upcoming): open windows by due date.
create index deadline_window_state_due_date on deadline_window (state, due_date);
