-- The catch-up that typesets publications' files (plenary.reports.internal.PublishedFiles) runs on one instance at a
-- time, under a lease.
INSERT INTO instance_lock (name) VALUES ('report-files');
