-- The milestone that met a window (its id), so that a correction of that milestone can run the window again.
alter table deadline_window add column met_by varchar(100);
