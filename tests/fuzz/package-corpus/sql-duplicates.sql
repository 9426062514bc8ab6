INSERT INTO students (uuid, student_number, first_name, last_name, group_id, modified)
  SELECT uuid || '', student_number, first_name, last_name, group_id, modified FROM students;
INSERT INTO entries SELECT * FROM entries;
DELETE FROM groups;
