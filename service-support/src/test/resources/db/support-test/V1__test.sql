create table widget (id varchar(64) primary key, name varchar(200) not null);
create table seen_event (event_id varchar(100) primary key, case_id varchar(100) not null);
