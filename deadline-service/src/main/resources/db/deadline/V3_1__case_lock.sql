-- One row per case this service has heard of, from either topic: every change of a case locks its row first. The case
-- row itself cannot serve before the case is opened here, and an assessment may arrive at that very moment (the two
-- topics are consumed independently); both inserting the same key makes the later one wait for the earlier.
create table deadline_case_lock (
    case_id varchar(100) primary key
);
