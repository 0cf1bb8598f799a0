-- intake-service: a subject's earlier enforcement for information, reporting and licensing offences, which the
-- fixed-penalty ladder of the guidance (Figure 13A, §13.1-13.2) looks at: warning letters already issued and the
-- largest fixed penalty already imposed (5000.00 or 10000.00).
alter table case_subject add column prior_fixed_penalty_warnings integer not null default 0;
alter table case_subject add column prior_fixed_penalty numeric(19,2);
