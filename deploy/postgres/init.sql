-- One database per service (DESIGN §7: each service's state lives in its own database).
create database intake;
create database assessment;
create database deadline;
create database publication;
