-- The s.149(2) report (issue 10): the date each case's outcome was reached (its seriousness is kept since V2): the
-- report counts a case in the period of that date. Cases assessed before this migration have no date and are in no period until they are assessed again.
alter table pub_assessment add column outcome_on date;
create index pub_assessment_outcome_on on pub_assessment (outcome_on);
