-- deadline-service: the timers' changes find their rows through an index whatever the table's statistics. Cancelling a
-- window's pending timers (window_id, state) and a closed case's (case_id, state) matched only part of the primary key,
-- or nothing, and on a table not yet analysed the planner could pick deadline_timer_pending (state, fire_at) and read
-- every pending timer of every case (53,773 rows per case was seen). With both columns of an index matched, it is the
-- cheapest plan without statistics too. Runs on PostgreSQL and on H2 in PostgreSQL mode.
create index deadline_timer_window_state on deadline_timer (window_id, state);
create index deadline_timer_case_state on deadline_timer (case_id, state);
