UPDATE entries SET date = 20261301, kind = 42, sensitive = 'ja';
UPDATE goal_steps SET position = -1;
UPDATE checklist_answers SET ticked = 7;
