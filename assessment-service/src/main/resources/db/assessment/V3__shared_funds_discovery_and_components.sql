-- assessment-service: the inputs the rulebook corrections need (case-events schema v3).
--  * a breach may name the breach whose funds it shares, so the aggregated value counts them once (s.146, §6.2);
--  * a disclosure carries the date the breach was discovered (promptness, §6.4-6.5) and the parent or group company
--    that made it on the subject's behalf;
--  * a penalty decision may name the penalty component it decides (one subject, several penalties in one case).
alter table case_breach add column shares_funds_with_breach_id varchar(100);

alter table case_disclosure add column discovered_on date;
alter table case_disclosure add column made_by varchar(500);

alter table case_penalty_decision add column component varchar(200);
