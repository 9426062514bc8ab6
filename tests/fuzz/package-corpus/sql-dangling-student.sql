UPDATE entries SET student_id = 9999 WHERE id IN (SELECT id FROM entries LIMIT 3);
