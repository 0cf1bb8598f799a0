-- intake-service: what the rulebook corrections ask intake to record (case-events schema v3).
--  * the breach whose funds a breach shares (the same funds under two prohibitions, counted once, s.146, §6.2);
--  * when the disclosed breach was discovered (promptness, §6.4-6.5), and the parent or group company that made the
--    disclosure on the subject's behalf; null on disclosures recorded before;
--  * the penalty component a decision decides when one subject receives more than one penalty in a case.
alter table breach add column shares_funds_with_breach_id varchar(36);

alter table voluntary_disclosure add column discovered_on date;
alter table voluntary_disclosure add column made_by varchar(200);

alter table penalty_decision add column component varchar(200);
