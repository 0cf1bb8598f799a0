-- The s.149(2) report (issue 10): each case's seriousness as the assessment labels it (Level 1-4, or the previous
-- guidance's lesser to most serious) and the date its outcome was reached: the report counts a case in the period of
-- that date. Cases assessed before this migration have no date and are in no period until they are assessed again.
alter table pub_assessment add column seriousness varchar(60);
alter table pub_assessment add column outcome_on date;
create index pub_assessment_outcome_on on pub_assessment (outcome_on);
