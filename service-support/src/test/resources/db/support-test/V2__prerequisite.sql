-- prerequisite: what a "prerequisite…" case's event needs before it can be applied (DeadLetterRedriveTest)
create table prerequisite (case_id varchar(100) primary key);
